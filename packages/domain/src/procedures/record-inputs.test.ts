import { describe, expect, it } from 'vitest';
import { documentKindOfName } from '../documents/document-templates.ts';
import { chinaMoment } from '../time/china-time.ts';
import { decideStep } from './engine.ts';
import { PROCEDURES, getProcedure } from './registry.ts';
import { A, CLEARED, calendar, codeOf, makeCase } from './test-factories.ts';
import type { ProcedureDef } from './types.ts';

const def = (code: string): ProcedureDef => getProcedure(code)!;

/** The 笔录 templates: every step producing one records its real times (issue 20 item 4). */
const RECORD_KINDS = new Set([
  'inspection-record',
  'inquiry-record',
  'defence-record',
  'hearing-record',
  'coercion-scene-record',
  'license-site-verification-record',
]);

describe('R-REC-2 笔录 record their real times', () => {
  it('every step that produces a 笔录 takes its start and end as China date-times, checked by a timeSpan guard', () => {
    const found: string[] = [];
    for (const p of PROCEDURES)
      for (const s of [p.open, ...p.steps]) {
        if (!s.documents.some((d) => RECORD_KINDS.has(documentKindOfName(d) ?? ''))) continue;
        found.push(`${p.code}.${s.code}`);
        for (const n of ['startedAt', 'endedAt'])
          expect(s.inputs.find((i) => i.name === n)?.type, `${p.code}.${s.code}.${n}`).toBe('datetime');
        expect(
          s.guards?.some((g) => g.type === 'timeSpan' && g.start === 'startedAt' && g.end === 'endedAt'),
          `${p.code}.${s.code}`,
        ).toBe(true);
        for (const n of ['recorder', 'othersPresent', 'refusedToSign'])
          expect(
            s.inputs.some((i) => i.name === n),
            `${p.code}.${s.code}.${n}`,
          ).toBe(true);
      }
    expect(found).toEqual(
      expect.arrayContaining([
        'penalty-general.inspect',
        'penalty-general.inquire',
        'penalty-general.record-defence',
        'penalty-general.hold-hearing',
        'coercion-seizure.impose',
        'coercion-seizure.impose-emergency',
        'license.verify-on-site',
        'license.hearing',
        'inspection.inspect',
      ]),
    );
  });

  it('reads a date-time as Beijing wall-clock time; a zone is converted to it; impossible moments are refused', () => {
    expect(chinaMoment('2026-08-20T09:30')).toBe('2026-08-20T09:30');
    expect(chinaMoment('2026-08-20 09:30:59')).toBe('2026-08-20T09:30');
    expect(chinaMoment('2026-08-20T01:30:00.000Z')).toBe('2026-08-20T09:30');
    expect(chinaMoment('2026-08-19T20:30-05:00')).toBe('2026-08-20T09:30');
    for (const bad of ['2026-02-30T10:00', '2026-08-20T24:00', '2026-08-20T09:60', '2026-08-20', '09:30', '明天上午'])
      expect(chinaMoment(bad), bad).toBeNull();
  });

  const inquire = (inputs: Record<string, unknown>, now: string | null = '2026-08-05T02:00:00Z') => {
    const g = def('penalty-general');
    return codeOf(() =>
      decideStep(
        g,
        makeCase(g),
        A.o1,
        'inquire',
        { officers: ['o1', 'o2'], person: '钱立新', summary: '问答', ...inputs },
        { today: '2026-08-05', ...(now ? { now } : {}), calendar, ...CLEARED },
      ),
    );
  };

  it('refuses an end not after the start, a time later than the moment it is recorded, and a malformed time', () => {
    expect(inquire({ startedAt: '2026-08-05T08:30', endedAt: '2026-08-05T09:15' })).toBe('none');
    expect(inquire({ startedAt: '2026-08-04T23:30', endedAt: '2026-08-05T00:15' })).toBe('none');
    expect(inquire({ startedAt: '2026-08-05T09:15', endedAt: '2026-08-05T09:15' })).toBe('STEP_GUARD_FAILED');
    expect(inquire({ startedAt: '2026-08-05T09:15', endedAt: '2026-08-05T08:30' })).toBe('STEP_GUARD_FAILED');
    // now is 10:00 Beijing
    expect(inquire({ startedAt: '2026-08-05T09:30', endedAt: '2026-08-05T10:01' })).toBe('STEP_GUARD_FAILED');
    expect(inquire({ startedAt: '2026-08-05T09:30', endedAt: '2026-08-05T10:00' })).toBe('none');
    expect(inquire({ startedAt: '2026-08-05T9:30', endedAt: '2026-08-05T09:45' })).toBe('STEP_INPUT_INVALID');
    // without the instant, the end of the day is the limit
    expect(inquire({ startedAt: '2026-08-05T22:00', endedAt: '2026-08-05T23:59' }, null)).toBe('none');
    expect(inquire({ startedAt: '2026-08-05T23:50', endedAt: '2026-08-06T00:10' }, null)).toBe('STEP_GUARD_FAILED');
  });

  it('R-REC-2 refuses a 笔录 that does not state when it began and ended, naming the missing times', () => {
    const refusal = (inputs: Record<string, unknown>) => {
      const g = def('penalty-general');
      try {
        decideStep(
          g,
          makeCase(g),
          A.o1,
          'inspect',
          { officers: ['o1', 'o2'], place: '惠民超市', findings: '货架上有过期酸奶。', ...inputs },
          { today: '2026-08-05', now: '2026-08-05T02:00:00Z', calendar, ...CLEARED },
        );
        return null;
      } catch (e) {
        return e as { code: string; message: string; details: { missing?: string[] } };
      }
    };
    const none = refusal({})!;
    expect(none.code).toBe('STEP_INPUT_MISSING');
    expect(none.details.missing).toEqual(['检查开始时间', '检查结束时间']);
    expect(none.message).toBe('「现场检查」缺少必填内容：检查开始时间、检查结束时间');
    expect(refusal({ startedAt: '2026-08-05T09:00' })!.details.missing).toEqual(['检查结束时间']);
    expect(refusal({ endedAt: '2026-08-05T09:40' })!.details.missing).toEqual(['检查开始时间']);
    expect(refusal({ startedAt: '2026-08-05T09:00', endedAt: '2026-08-05T09:40' })).toBeNull();
    // every 笔录 step declares both times required
    for (const p of PROCEDURES)
      for (const s of [p.open, ...p.steps])
        if (s.guards?.some((x) => x.type === 'timeSpan' && x.start === 'startedAt'))
          for (const n of ['startedAt', 'endedAt'])
            expect(s.inputs.find((i) => i.name === n)?.required, `${p.code}.${s.code}.${n}`).not.toBe(false);
  });
});

describe('R-REC-2 送达 records what its method needs (民事诉讼法 §87–§95)', () => {
  const deliver = (inputs: Record<string, unknown>) => {
    const g = def('penalty-general');
    const c = makeCase(g, {
      state: 'notified',
      steps: [
        ...makeCase(g).steps,
        { code: 'notify', on: '2026-08-05', actorId: 'o1', inputs: { proposedPenalty: '罚款', proposedFine: 100, hearingRight: false } },
      ],
    });
    try {
      decideStep(
        g,
        c,
        A.o1,
        'deliver-notice',
        { deliveredOn: '2026-08-05', recipient: '钱立新', ...inputs },
        {
          today: '2026-08-05',
          now: '2026-08-05T02:00:00Z',
          calendar,
          ...CLEARED,
        },
      );
      return 'none';
    } catch (e) {
      return (e as Error).message;
    }
  };

  it('asks each method for its own facts, and only that method', () => {
    expect(deliver({ method: 'direct' })).toBe('none');
    expect(deliver({ method: 'left', place: '住所', leftReason: '拒收' })).toContain('应当记明见证人');
    expect(deliver({ method: 'left', leftReason: '拒收', witnesses: '赵四' })).toContain('留置文书的地点');
    expect(deliver({ method: 'left', place: '住所', leftReason: '拒收', witnesses: '赵四' })).toBe('none');
    expect(deliver({ method: 'mail', trackingNumber: '1190012345678' })).toContain('应当记明邮寄地址');
    expect(deliver({ method: 'mail', mailAddress: '陶山街 201 号', trackingNumber: '1190012345678' })).toBe('none');
    expect(deliver({ method: 'notice' })).toContain('应当记明公告方式');
    expect(deliver({ method: 'notice', noticeMedium: '门户网站' })).toBe('none');
    // 电子送达 needs the party's consent first (§61), then the address and the arrival, not in the future
    expect(deliver({ method: 'electronic', electronicAddress: 'a@b.cn', reachedAt: '2026-08-05T09:00' })).toContain('未同意电子送达');
  });

  it('marks the inputs of one method as shown only for it, so forms do not ask a 直接送达 for a tracking number', () => {
    const step = def('penalty-general').steps.find((s) => s.code === 'deliver')!;
    expect(step.inputs.find((i) => i.name === 'trackingNumber')?.onlyWhen).toEqual({ input: 'method', equals: 'mail' });
    expect(step.inputs.find((i) => i.name === 'reachedAt')?.onlyWhen).toEqual({ input: 'method', equals: 'electronic' });
    expect(step.inputs.find((i) => i.name === 'place')?.onlyWhen).toBeUndefined();
    const licence = def('license').steps.find((s) => s.code === 'deliver')!;
    expect(licence.inputs.find((i) => i.name === 'method')?.choices?.map((c) => c.value)).toEqual(['direct', 'mail', 'electronic']);
    expect(licence.inputs.some((i) => i.name === 'witnesses')).toBe(false);
  });
});
