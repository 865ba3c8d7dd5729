import type { Kysely } from 'kysely';
import { DomainError, type PaymentSettings } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { appendVersion, versionHistory, versionInForce } from '../agency-versions/agency-versions.ts';
import { agencyRegionName } from '../org/org.queries.ts';

/**
 * 文书设置 (issue 20, item 3): how 罚没款 are paid (行政处罚法 §59(四), §67 罚缴分离) and the bodies
 * the 决定书 name for 行政复议 and 行政诉讼 (§59(五)). Kept as append-only versions with who changed
 * them and why (migration 0030); a 派出机构 without its own follows its parent's. Until an agency
 * sets them, the 复议机关 and the court are derived from its region as before: the people's
 * government at its level (行政复议法 §24) and the court where it sits (行政诉讼法 §18).
 */

type Db = Kysely<Database>;

export interface DocumentSettings {
  payment: { method: 'account' | 'code'; accountName: string; bank: string; accountNumber: string; codeChannel: string };
  reviewBody: string;
  court: string;
}

const EMPTY: DocumentSettings = {
  payment: { method: 'account', accountName: '', bank: '', accountNumber: '', codeChannel: '' },
  reviewBody: '',
  court: '',
};

/** The bodies derived from the agency's region: its people's government and its court. */
export function derivedBodies(regionName: string): { reviewBody: string; court: string } {
  return { reviewBody: `${regionName}人民政府`, court: `${regionName}人民法院` };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** What is wrong with the settings, in Chinese, one reason each; empty when they can be printed on a 决定书. */
export function settingsProblems(s: DocumentSettings): string[] {
  const out: string[] = [];
  const p = s.payment;
  const texts: [string, string][] = [
    ['户名', p.accountName],
    ['开户行', p.bank],
    ['账号', p.accountNumber],
    ['缴款渠道', p.codeChannel],
    ['行政复议机关', s.reviewBody],
    ['管辖法院', s.court],
  ];
  for (const [name, v] of texts) if (CONTROL.test(v)) out.push(`「${name}」含有不可见的控制字符`);
  if (p.method === 'account') {
    if (!p.accountName.trim()) out.push('缴入指定账户的，须填写户名');
    if (!p.bank.trim()) out.push('缴入指定账户的，须填写开户行');
    if (!/^[0-9][0-9 -]{4,38}[0-9]$/.test(p.accountNumber.trim())) out.push('账号应为 6 至 40 位数字（可含空格或连字符）');
  } else if (!p.codeChannel.trim()) out.push('凭缴款码缴纳的，须写明缴纳渠道（如 某省非税收入电子缴款平台或者代理银行）');
  if (s.court.trim() && !/法院$/.test(s.court.trim())) out.push('管辖法院应为人民法院的全称，如 馆陶县人民法院');
  if (s.reviewBody.trim() && s.reviewBody.trim().length < 4) out.push('行政复议机关应为机关全称，如 馆陶县人民政府');
  return out;
}

const trimmed = (s: DocumentSettings): DocumentSettings => ({
  payment: {
    method: s.payment.method,
    accountName: s.payment.accountName.trim(),
    bank: s.payment.bank.trim(),
    accountNumber: s.payment.accountNumber.trim(),
    codeChannel: s.payment.codeChannel.trim(),
  },
  reviewBody: s.reviewBody.trim(),
  court: s.court.trim(),
});

/** The settings in force for an agency (its own, else the nearest ancestor's), version 0 when none. */
export async function settingsInForce(
  db: Db,
  agencyId: string,
): Promise<{ version: number; agencyId: string | null; settings: DocumentSettings }> {
  const v = await versionInForce<DocumentSettings>(db, 'document_settings', agencyId);
  return v ? { version: v.version, agencyId: v.agencyId, settings: v.content } : { version: 0, agencyId: null, settings: EMPTY };
}

/**
 * What a document context takes from the settings: the 缴款 method (null when the agency set none),
 * and the 复议机关 and court, each the configured one or the region's.
 */
export async function documentAgencySettings(
  db: Db,
  agencyId: string,
  regionName: string,
): Promise<{ payment: PaymentSettings | null; reviewBody: string; court: string }> {
  const { version, settings } = await settingsInForce(db, agencyId);
  const derived = derivedBodies(regionName);
  return {
    payment: version ? settings.payment : null,
    reviewBody: settings.reviewBody || derived.reviewBody,
    court: settings.court || derived.court,
  };
}

export async function getDocumentSettings(db: Db, actor: Actor, agencyId: string) {
  authorize(actor, 'agency.read', { agencyId });
  const region = await agencyRegionName(db, agencyId);
  if (region === null) throw new DomainError('NOT_FOUND', '机关不存在');
  const current = await settingsInForce(db, agencyId);
  return {
    agencyId,
    version: current.version,
    inheritedFrom: current.agencyId !== null && current.agencyId !== agencyId ? current.agencyId : null,
    settings: current.settings,
    defaults: derivedBodies(region),
    history: await versionHistory(db, 'document_settings', agencyId),
  };
}

/** A new version by the agency's own system administrator; refused whole, and nothing written, when invalid. */
export async function putDocumentSettings(db: Db, clock: Clock, actor: Actor, agencyId: string, settings: DocumentSettings, note: string) {
  authorize(actor, 'document-settings.update', { agencyId });
  const s = trimmed(settings);
  const problems = settingsProblems(s);
  if (!note.trim()) problems.push('请写明修改理由');
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.join('；'), { problems });
  await appendVersion(db, 'document_settings', agencyId, s, note, actor.userId, clock.now());
  return getDocumentSettings(db, actor, agencyId);
}
