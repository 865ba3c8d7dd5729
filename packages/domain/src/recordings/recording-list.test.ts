import { describe, expect, it } from 'vitest';
import { PROCEDURES } from '../procedures/registry.ts';
import { checkOverride, checkRecordings, recordingList, requirementFor } from './recording-list.ts';

describe('R-REC-3 音像记录事项清单', () => {
  it('lists every step with its default level; 查封扣押 is full-process', () => {
    const list = recordingList(PROCEDURES, []);
    const seize = list.filter((i) => i.procedure === 'coercion-seizure' && i.level === 'full-process');
    expect(seize.length).toBeGreaterThan(0);
    expect(list.some((i) => i.level === 'record')).toBe(true);
  });

  it('an agency may raise or add items but never lower a full-process one', () => {
    const list = recordingList(PROCEDURES, []);
    const full = list.find((i) => i.level === 'full-process')!;
    expect(() => checkOverride(PROCEDURES, { procedure: full.procedure, step: full.step, level: 'record', what: 'x' })).toThrow('不能降低');
    const plain = list.find((i) => i.level === 'none')!;
    expect(() =>
      checkOverride(PROCEDURES, { procedure: plain.procedure, step: plain.step, level: 'full-process', what: '现场' }),
    ).not.toThrow();
    expect(() => checkOverride(PROCEDURES, { procedure: plain.procedure, step: 'nope', level: 'record', what: 'x' })).toThrow('没有环节');
    const raised = recordingList(PROCEDURES, [{ procedure: plain.procedure, step: plain.step, level: 'full-process', what: '现场' }]);
    expect(requirementFor(raised, plain.procedure, plain.step)).toEqual({ level: 'full-process', what: '现场' });
  });

  it('refuses a step without its records, naming what is missing', () => {
    expect(() => checkRecordings('查封扣押', { level: 'full-process', what: '查封扣押现场' }, ['photo'])).toThrow(
      /全程音像记录.*录像或录音/,
    );
    expect(() => checkRecordings('查封扣押', { level: 'full-process', what: '查封扣押现场' }, ['video'])).not.toThrow();
    expect(() => checkRecordings('现场检查', { level: 'record', what: '现场' }, [])).toThrow('照片、录音或录像');
    expect(() => checkRecordings('现场检查', { level: 'record', what: '现场' }, ['photo'])).not.toThrow();
    expect(() => checkRecordings('立案', null, [])).not.toThrow();
  });
});
