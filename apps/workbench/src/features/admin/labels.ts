import type { RecordingLevel, UnitKind } from './api-types';

/** Chinese words for the codes the admin screens show; the rules' own lists come from the domain package. */
export { ENFORCEMENT_KINDS, AMOUNT_FACETS } from '@sanxiang/domain/browser';

export const AGENCY_KINDS: Record<string, string> = { enforcement: '执法机关', justice: '司法行政部门' };

export const UNIT_KINDS: Record<UnitKind, string> = {
  handling: '承办机构',
  legal: '法制审核机构',
  office: '办公室',
  leadership: '机关领导',
};

export const LEVELS: Record<RecordingLevel, string> = { none: '不要求', record: '音像记录', 'full-process': '全程音像记录' };

const RANK: Record<RecordingLevel, number> = { none: 0, record: 1, 'full-process': 2 };
export const levelRank = (l: RecordingLevel): number => RANK[l];

/** 有效 green, 暂扣 orange, 吊销 red, 过期/未生效 grey: always with the word. */
export const CERT_COLORS: Record<string, string> = {
  valid: 'success',
  suspended: 'warning',
  revoked: 'error',
  'inspection-failed': 'warning',
  expired: 'default',
  'not-yet-valid': 'default',
};

export const OUTBOX_STATES: Record<string, { text: string; color: string }> = {
  delivered: { text: '已送达', color: 'success' },
  pending: { text: '待发', color: 'processing' },
  failed: { text: '已放弃', color: 'error' },
};

/** packages/domain publication/lifecycle.ts PublicationAct */
export const OUTBOX_ACTS: Record<string, string> = {
  publish: '公示',
  correct: '更正',
  'record-ground': '登记撤下事由',
  withdraw: '撤下',
  stop: '信用修复后停止公示',
  expire: '期满下线',
};

/** An action bar that stays in view under the top bar while a long table is edited. */
export const STICKY_BAR = { position: 'sticky', top: 64, zIndex: 5, marginBottom: 16 } as const;
