import { DomainError } from '../errors.ts';
import type { Role } from '../procedures/types.ts';
import type { DocumentModel } from '../documents/document-model.ts';

/**
 * The life of a publication record (R-PUB-3, R-PUB-5): 待公示 → 已公示 (corrected in place by new
 * versions) → 已撤下 / 公示期满 / 提前停止公示. Every act is recorded with its reason; nothing is
 * deleted.
 */
export type PublicationState = 'pending' | 'published' | 'withdrawal-pending' | 'withdrawn' | 'expired' | 'stopped';

export const PUBLICATION_STATE_NAMES: Readonly<Record<PublicationState, string>> = {
  pending: '待公示',
  published: '已公示',
  'withdrawal-pending': '待撤下',
  withdrawn: '已撤下',
  expired: '公示期满',
  stopped: '已提前停止公示',
};

export type PublicationAct = 'publish' | 'correct' | 'record-ground' | 'withdraw' | 'stop' | 'expire';

const FROM: Readonly<Record<PublicationAct, readonly PublicationState[]>> = {
  publish: ['pending'],
  correct: ['published'],
  'record-ground': ['pending', 'published'],
  withdraw: ['pending', 'published', 'withdrawal-pending'],
  stop: ['published'],
  expire: ['published'],
};

const ACT_NAMES: Readonly<Record<PublicationAct, string>> = {
  publish: '公示',
  correct: '更正',
  'record-ground': '登记撤下事由',
  withdraw: '撤下',
  stop: '提前停止公示',
  expire: '公示期满下线',
};

/** Who may do what: the 公示管理员 publishes; heads, administrators and 法制审核人员 may also record a ground. */
const ROLES: Readonly<Record<PublicationAct, readonly Role[]>> = {
  publish: ['publisher'],
  correct: ['publisher'],
  'record-ground': ['publisher', 'head', 'admin', 'reviewer'],
  withdraw: ['publisher'],
  stop: ['publisher'],
  expire: [],
};

export function assertPublicationAct(act: PublicationAct, state: PublicationState, roles: readonly Role[] | 'system'): void {
  if (roles !== 'system' && !roles.some((r) => ROLES[act].includes(r))) {
    throw new DomainError('FORBIDDEN_ROLE', `只有本机关的公示管理员可以${ACT_NAMES[act]}`, { act });
  }
  if (!FROM[act].includes(state)) {
    throw new DomainError('PUBLICATION_STATE', `公示记录当前为「${PUBLICATION_STATE_NAMES[state]}」，不能${ACT_NAMES[act]}`, {
      act,
      state,
    });
  }
}

/** A reason of 2–500 characters, required for every act but the first publication. */
export function actReason(raw: string | undefined, what: string): string {
  const r = (raw ?? '').trim();
  if (r.length < 2 || r.length > 500) throw new DomainError('VALIDATION_FAILED', `${what}须写明理由（2–500 字）`);
  return r;
}

/**
 * The text of a 执法文书 as served (one line per block), from the same model the PDF and Word files
 * are rendered from; the published full text is derived from exactly this (R-PUB-5).
 */
export function documentPlainText(model: DocumentModel): string {
  const lines: string[] = [model.agencyName, model.title];
  if (model.number) lines.push(model.number);
  for (const b of model.blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') lines.push(b.text);
    else if (b.type === 'fields') for (const r of b.rows) lines.push(`${r.label}：${r.value}`);
    else if (b.type === 'signatures') lines.push(...b.lines);
    else lines.push(...b.lines);
  }
  return lines.join('\n');
}
