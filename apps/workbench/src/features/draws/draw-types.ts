import type { GetOf } from '../../api/types';

/** Names for the 双随机 answers, taken from the generated types. */
export type RosterView = GetOf<'/api/v1/agencies/{id}/rosters/{roster}'>;
export type PlanView = GetOf<'/api/v1/agencies/{id}/draw-plans/{planId}'>;
export type PlanState = PlanView['state'];

export const STATE_TAGS: Record<PlanState, { color: string; text: string }> = {
  planned: { color: 'default', text: '已制定，未公布承诺' },
  committed: { color: 'processing', text: '已公布承诺，等待种子' },
  drawn: { color: 'success', text: '已抽取' },
};

export const sampleText = (s: PlanView['sample']) => (s.kind === 'count' ? `${s.count} 户` : `${s.percent}%（向上取整）`);
