import { describe, expect, it } from 'vitest';
import { PROCEDURES, getProcedure } from './registry.ts';
import { statesWaitingOn, waitingOn } from './waiting.ts';

const pg = getProcedure('penalty-general')!;

describe('what a case waits for (待办), derived from the definitions', () => {
  it('R-REC-1: an investigation waits for the officers, not for the head who could end it', () => {
    const w = waitingOn(pg, 'investigating')!;
    expect(w.role).toBe('officer');
    expect(w.steps.map((s) => s.code)).toEqual(['conclude-investigation']);
    expect(w.label).toBe('待承办人办理：调查终结');
  });

  it("R-REV-2: a case in review waits for legal review; a cleared one for the head's decision", () => {
    expect(waitingOn(pg, 'in-review')!.role).toBe('reviewer');
    const reviewed = waitingOn(pg, 'reviewed')!;
    expect(reviewed.role).toBe('head');
    expect(reviewed.steps.map((s) => s.code)).toEqual(['decide']);
  });

  it('approvals: 查封扣押 approval, 许可 decisions and 结案 wait for the head', () => {
    expect(waitingOn(getProcedure('coercion-seizure')!, 'pending-approval')!.role).toBe('head');
    expect(waitingOn(getProcedure('license')!, 'examined')!.steps.map((s) => s.code)).toEqual(['grant', 'deny']);
    expect(waitingOn(pg, 'executed')!.label).toBe('待负责人审批：结案');
  });

  it('a terminal state waits for nobody; every other state of every procedure waits for someone', () => {
    expect(waitingOn(pg, 'archived')).toBeNull();
    for (const def of PROCEDURES)
      for (const s of def.states) if (!s.terminal) expect(waitingOn(def, s.code), `${def.code}/${s.code}`).not.toBeNull();
  });

  it('lists the states that wait for the head', () => {
    const head = statesWaitingOn(PROCEDURES, 'head')
      .filter((x) => x.procedure === 'penalty-general')
      .map((x) => x.state);
    // 立案 itself waits for the head's approval (市场监管 rules §20); every non-penalty ending for 结案
    expect(head).toEqual(['filing', 'reviewed', 'executed', 'terminated', 'not-filed', 'revoked', 'transferred', 'no-penalty-delivered']);
    expect(waitingOn(pg, 'filing')!.label).toBe('待负责人审批：批准立案、不予立案、案件移送');
  });
});
