import type { RedactionContext } from '../types.ts';

/**
 * A 行政处罚决定书 written for the tests. Every span that must not be published is marked inline
 * as ⟦kind:text⟧; the loader strips the markers and keeps the spans. Kinds:
 *   name (自然人姓名), id (身份证号码), mobile (手机号码), phone (固定电话), card (银行卡号),
 *   account (银行账号), plate (车牌号码), address (住址), email (电子邮箱), property (不动产权证书号),
 *   im (微信号, QQ号: no rule looks for them yet) — for the rules to find;
 *   secret (商业秘密), health (健康状况) — found by nobody: the test hands them in as manual marks.
 * Everything not marked must come out unchanged (over-redaction is a defect too).
 */
export interface CorpusDecision {
  id: string;
  /** 执法领域 */
  sector: string;
  text: string;
  /** What the case system would know; absent for texts read as the CLI reads them. */
  context?: RedactionContext;
}

export type SpanKind =
  | 'name'
  | 'id'
  | 'mobile'
  | 'phone'
  | 'card'
  | 'account'
  | 'plate'
  | 'address'
  | 'email'
  | 'property'
  | 'im'
  | 'secret'
  | 'health'
  /** looks personal but must stay (an official, a 执法证号, the agency's phone, a 法定代表人 …) */
  | 'keep';
