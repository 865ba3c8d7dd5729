import { randomBytes } from 'node:crypto';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import type { KeyStore } from '../../adapters/keys/key-store.ts';
import type { Kysely } from 'kysely';
import {
  DomainError,
  chinaDate,
  chinaDayStart,
  citeProvision,
  daysInWords,
  getProcedure,
  isTerminal,
  partyHearingRight,
  partyWindowActsIn,
  partyWindowNotice,
  sanctionsOf,
  sanctionsText,
  stepsSinceNotice,
  partyWindowState,
  stateName,
  type PartyWindowState,
  type WorkingCalendar,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { caseSteps, packOrThrow, takeStep, type CaseDeps } from '../cases/case.service.ts';
import { logAccess } from '../access/access.service.ts';
import { caseLogEntries, casePartyView, caseSummaries, casesWithParty, partyNamesSubquery } from '../cases/case.reads.ts';
import { documentWithFiles, documentsOfCase } from '../documents/document.queries.ts';
import { whenRendered } from '../documents/document.render.ts';
import { agencyById } from '../org/org.queries.ts';
import { reserveSignInAttempt, settleSignInAttempt, waitText } from '../auth/sign-in-throttle.ts';
import { tokenId } from '../auth/session.store.ts';
import { accessCodeHash, normaliseAccessCode } from './party-access.ts';
import { partyChannelUser } from '../people/people.queries.ts';

/**
 * 当事人专区: the party of a case, signed in with the access code of its 告知书, states its
 * defence, asks for a hearing, waives, consents to electronic delivery (行政处罚法 §44, §45, §61,
 * §64) and reads the documents served to it. Every act is a step of the case taken through the
 * one engine, so it is in the case's record and ledger like any other; every sign-in and
 * download is in the access log (R-REC-7).
 */
export interface PartyDeps extends CaseDeps {
  calendar: () => WorkingCalendar;
}

export const PARTY_SESSION_MS = 2 * 3600_000;

/** Documents addressed to the party, and when they count as served to it. */
const NOTICE_KINDS = ['penalty-notice', 'hearing-rights-notice', 'hearing-notice'];
const DECISION_KINDS = ['penalty-decision'];

/** 案件编号 as people type it: half-width or other brackets, spaces. */
export function normaliseCaseNumber(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[[【(（〔]/g, '〔')
    .replace(/[\]】)）〕]/g, '〕')
    .slice(0, 60);
}

export interface PartySession {
  accessId: string;
  caseId: string;
  agencyId: string;
  partyId: string;
  partyName: string;
  csrf: string;
  expiresAt: Date;
}

/** Signs the party in: the code must be the current one of the case with that number. */
export async function partySignIn(
  deps: Pick<PartyDeps, 'db' | 'clock'>,
  input: { caseNumber: string; code: string; ip: string },
): Promise<{ token: string; session: PartySession }> {
  const now = deps.clock.now();
  const number = normaliseCaseNumber(input.caseNumber);
  const key = `party:${number}`;
  // guesses are slowed per case number and address, per case number and per address (sign-in-throttle.ts)
  const attempt = await reserveSignInAttempt(deps.db, now, { key, ip: input.ip, device: null });
  if ('retryAfterSeconds' in attempt) {
    const wait = attempt.retryAfterSeconds;
    throw new DomainError('RATE_LIMITED', `访问码错误次数过多，请 ${waitText(wait)}后再试`, { retryAfterSeconds: wait });
  }
  const code = normaliseAccessCode(input.code);
  const row = code
    ? await deps.db
        .selectFrom('party_access as pa')
        .innerJoin(caseSummaries(deps.db).as('c'), 'c.id', 'pa.case_id')
        .innerJoin(partyNamesSubquery(deps.db).as('p'), 'p.id', 'pa.party_id')
        .select(['pa.id', 'pa.case_id', 'pa.agency_id', 'pa.party_id', 'p.name', 'c.number'])
        .where('pa.code_sha256', '=', accessCodeHash(code))
        .where('pa.voided_at', 'is', null)
        .executeTakeFirst()
    : undefined;
  const ok = !!row && row.number === number;
  await settleSignInAttempt(deps.db, attempt.id, ok);
  if (!ok || !row) throw new DomainError('UNAUTHENTICATED', '案件编号或访问码不正确（访问码印在告知书上；已作废的访问码不能再使用）');
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(18).toString('base64url');
  const expiresAt = new Date(now.getTime() + PARTY_SESSION_MS);
  await deps.db
    .insertInto('party_sessions')
    .values({ token_sha256: tokenId(token), access_id: row.id, csrf, created_at: now, expires_at: expiresAt })
    .execute();
  const session: PartySession = {
    accessId: row.id,
    caseId: row.case_id,
    agencyId: row.agency_id,
    partyId: row.party_id,
    partyName: row.name,
    csrf,
    expiresAt,
  };
  await logAccess(deps, await partyActor(deps.db, session), {
    agencyId: row.agency_id,
    action: 'view',
    targetKind: 'party-portal',
    targetId: row.case_id,
    caseId: row.case_id,
    reason: '当事人凭告知书访问码登录当事人专区',
  });
  return { token, session };
}

export async function partySessionOf(deps: Pick<PartyDeps, 'db' | 'clock'>, token: string | null): Promise<PartySession | null> {
  if (!token || token.length > 100) return null;
  const row = await deps.db
    .selectFrom('party_sessions as s')
    .innerJoin('party_access as pa', 'pa.id', 's.access_id')
    .innerJoin(partyNamesSubquery(deps.db).as('p'), 'p.id', 'pa.party_id')
    .select(['pa.id', 'pa.case_id', 'pa.agency_id', 'pa.party_id', 'p.name', 's.csrf', 's.expires_at', 'pa.voided_at'])
    .where('s.token_sha256', '=', tokenId(token))
    .executeTakeFirst();
  if (!row || row.voided_at || row.expires_at <= deps.clock.now()) return null;
  return {
    accessId: row.id,
    caseId: row.case_id,
    agencyId: row.agency_id,
    partyId: row.party_id,
    partyName: row.name,
    csrf: row.csrf,
    expiresAt: row.expires_at,
  };
}

export async function partySignOut(deps: Pick<PartyDeps, 'db'>, token: string | null): Promise<void> {
  if (token) await deps.db.deleteFrom('party_sessions').where('token_sha256', '=', tokenId(token)).execute();
}

/** Removes expired party sessions (run with the staff sessions' pruning). */
export async function prunePartySessions(deps: Pick<PartyDeps, 'db' | 'clock'>): Promise<number> {
  const r = await deps.db.deleteFrom('party_sessions').where('expires_at', '<', deps.clock.now()).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** The actor of the party's online acts: the agency's party channel, naming the party. */
async function partyActor(db: Kysely<Database>, s: PartySession): Promise<Actor> {
  return {
    userId: await partyChannelUser(db, s.agencyId),
    username: 'party-channel',
    name: `当事人${s.partyName}（网上办理）`,
    roles: [],
    agencyId: s.agencyId,
    agencyKind: 'enforcement',
    unitId: null,
    visibleAgencyIds: new Set([s.agencyId]),
    party: { partyId: s.partyId, name: s.partyName, accessId: s.accessId, caseId: s.caseId },
  };
}

export type PartyAct = 'statement' | 'hearing' | 'waive' | 'consent';

/** The party's forms → the procedure's steps; the dates are the server's, never the form's. */
export async function partyAct(deps: PartyDeps, s: PartySession, act: PartyAct, form: Record<string, string>): Promise<void> {
  const actor = await partyActor(deps.db, s);
  const today = chinaDate(deps.clock.now());
  const text = (name: string, label: string, max: number, required = true): string => {
    const v = (form[name] ?? '').replace(/\r\n/g, '\n').trim();
    if (required && !v) throw new DomainError('VALIDATION_FAILED', `请填写${label}`, { field: name });
    if (v.length > max) throw new DomainError('VALIDATION_FAILED', `${label}不能超过 ${max} 字`, { field: name });
    return v;
  };
  const confirmed = () => {
    if (form['confirm'] !== 'yes') throw new DomainError('VALIDATION_FAILED', '请勾选确认项后再提交', { field: 'confirm' });
  };
  switch (act) {
    case 'statement':
      await takeStep(deps, actor, s.caseId, { step: 'party-defence', inputs: { statement: text('statement', '陈述、申辩意见', 5000) } });
      return;
    case 'hearing':
      confirmed();
      await takeStep(deps, actor, s.caseId, { step: 'request-hearing', inputs: { requestedOn: today } });
      return;
    case 'waive': {
      confirmed();
      const note = text('note', '补充说明', 500, false);
      await takeStep(deps, actor, s.caseId, {
        step: 'waive',
        inputs: { statement: `当事人${s.partyName}通过当事人专区声明放弃陈述、申辩和听证的权利。${note ? `补充说明：${note}` : ''}` },
      });
      return;
    }
    case 'consent': {
      confirmed();
      const contact = text('contact', '接收提醒的手机号码或电子邮箱', 100, false);
      if (contact && !/^(1[3-9]\d{9}|[^\s@]+@[^\s@]+\.[^\s@]+)$/.test(contact))
        throw new DomainError('VALIDATION_FAILED', '请填写正确的手机号码或电子邮箱，或者留空', { field: 'contact' });
      await takeStep(deps, actor, s.caseId, {
        step: 'consent-e-delivery',
        inputs: { address: '行政执法公示平台当事人专区', ...(contact ? { contact } : {}) },
      });
      return;
    }
  }
}

export interface PartyDocument {
  id: string;
  title: string;
  issuedAt: Date;
}

export interface PartyCaseView {
  number: string;
  title: string;
  agency: { name: string; address: string | null; phone: string | null };
  partyName: string;
  stateName: string;
  closed: boolean;
  notice: { on: string; proposedPenalty: string; proposedFine: number | null; sanctions: string | null; hearingRight: boolean } | null;
  /** the 陈述申辩 and 听证申请 window (行政处罚法 §64(1), §85) */
  window: PartyWindowState | null;
  /** what the party is told of the law, from the case's rule pack: the hearing notice's lead time (七日), citations */
  law: { hearingNoticeLead: string; hearing: string; electronicDelivery: string };
  can: Record<PartyAct, boolean>;
  consent: { on: string; contact: string | null } | null;
  hearingRequestedOn: string | null;
  /** the party's own acts, online or recorded by officers, oldest first */
  acts: { name: string; at: Date; online: boolean; seq: number; text: string | null }[];
  documents: PartyDocument[];
}

/** What the party sees of its case: never the investigation, only what concerns its rights. */
export async function partyCaseView(deps: PartyDeps, s: PartySession): Promise<PartyCaseView> {
  const c = await casePartyView(deps.db, s.caseId);
  const agency = await agencyById(deps.db, c.agency_id);
  if (!agency) throw new Error(`agency ${c.agency_id} of case ${s.caseId} is missing`);
  const def = getProcedure(c.procedure_code);
  if (!def) throw new Error(`procedure ${c.procedure_code} is missing from this build`);
  const steps = await caseSteps(deps.db, s.caseId);
  const seqs = await caseLogEntries(deps.db, s.caseId).where('kind', '=', 'case.step').orderBy('seq').execute();
  const today = chinaDate(deps.clock.now());
  // the window, the notice that opens it and the states it applies in are the procedure's (domain)
  const notify = partyWindowNotice(def, steps);
  const pack = packOrThrow(c.rule_pack_id);
  const window = partyWindowState(def, steps, pack, deps.calendar(), today);
  const taken = (code: string) => steps.some((x) => x.code === code);
  const notified = partyWindowActsIn(def, c.state) && !!window?.open;
  // §63, §64: the notice told of the right, or its penalty gives it by law — as the engine decides it
  const { party_kind: partyKind } = await casesWithParty(deps.db).where('c.id', '=', s.caseId).executeTakeFirstOrThrow();
  const hearingRight = partyHearingRight(def, steps, partyKind, pack);
  const consent = steps.findLast((x) => x.code === 'consent-e-delivery');
  // what the party did on the last notice: a new 告知书 opens a new window (§44, §45)
  const sinceNotice = stepsSinceNotice(def, steps);
  const hearing = sinceNotice.findLast((x) => x.code === 'request-hearing');
  const PARTY_STEPS: Record<string, string> = {
    'party-defence': '陈述、申辩',
    'record-defence': '陈述、申辩（办案人员记录）',
    waive: '放弃陈述、申辩和听证',
    'request-hearing': '听证申请',
    'consent-e-delivery': '同意电子送达',
  };
  const acts = steps.flatMap((x, i) => {
    const name = PARTY_STEPS[x.code];
    if (!name) return [];
    const ev = seqs.filter((e) => e.step === x.code)[steps.slice(0, i).filter((y) => y.code === x.code).length];
    const online = typeof x.inputs['onlineParty'] === 'object';
    const txt = typeof x.inputs['statement'] === 'string' ? (x.inputs['statement'] as string) : null;
    return [{ name, at: ev?.at ?? chinaDayStart(x.on), online, seq: ev?.seq ?? 0, text: txt }];
  });
  const delivered = taken('deliver');
  const docs = (await documentsOfCase(deps.db, s.caseId)).filter((d) => NOTICE_KINDS.includes(d.kind) || DECISION_KINDS.includes(d.kind));
  return {
    number: c.number,
    title: c.title,
    agency: { name: agency.name, address: agency.address, phone: agency.phone },
    partyName: s.partyName,
    stateName: stateName(def, c.state),
    closed: c.terminal || isTerminal(def, c.state),
    notice: notify
      ? {
          on: notify.on,
          proposedPenalty: String(notify.inputs['proposedPenalty'] ?? ''),
          proposedFine: typeof notify.inputs['proposedFine'] === 'number' ? (notify.inputs['proposedFine'] as number) : null,
          sanctions: sanctionsText(sanctionsOf(notify.inputs, { sanctions: 'sanctions', fine: 'proposedFine' })) || null,
          hearingRight,
        }
      : null,
    window,
    law: {
      hearingNoticeLead: daysInWords(pack.limits['penalty.hearingNoticeBefore']),
      hearing: citeProvision(pack, 'penalty.hearing'),
      electronicDelivery: citeProvision(pack, 'penalty.electronicDelivery'),
    },
    can: {
      statement: notified,
      hearing: notified && hearingRight && !hearing,
      waive: notified && !sinceNotice.some((x) => x.code === 'waive') && !hearing,
      consent:
        !consent && !c.terminal && !taken('deliver') && def.steps.some((x) => x.code === 'consent-e-delivery' && x.from.includes(c.state)),
    },
    consent: consent
      ? { on: consent.on, contact: typeof consent.inputs['contact'] === 'string' ? (consent.inputs['contact'] as string) : null }
      : null,
    hearingRequestedOn: hearing ? String(hearing.inputs['requestedOn'] ?? hearing.on) : null,
    acts,
    documents: docs
      .filter((d) => NOTICE_KINDS.includes(d.kind) || delivered)
      .map((d) => ({ id: d.id, title: d.title, issuedAt: d.issued_at })),
  };
}

/** A served document of the party's own case, its download logged (R-REC-7); 404 for anything else. */
export async function partyDocument(
  deps: PartyDeps & { blobs: BlobStore; keys: KeyStore },
  s: PartySession,
  documentId: string,
  format: 'pdf' | 'docx',
) {
  const view = await partyCaseView(deps, s);
  if (!view.documents.some((d) => d.id === documentId)) throw new DomainError('NOT_FOUND', '文书不存在');
  let d = await documentWithFiles(deps.db, documentId);
  if (!d || d.case_id !== s.caseId) throw new DomainError('NOT_FOUND', '文书不存在');
  if (!d.pdf_sha256 || !d.docx_sha256) {
    // filed moments ago: its files are being made
    await whenRendered(deps, d.id);
    d = (await documentWithFiles(deps.db, d.id))!;
  }
  const actor = await partyActor(deps.db, s);
  return {
    title: d.title,
    sha256: (format === 'pdf' ? d.pdf_sha256 : d.docx_sha256)!,
    log: () =>
      logAccess(deps, actor, {
        agencyId: d.agency_id,
        action: 'download',
        targetKind: `document-${format}`,
        targetId: d.id,
        caseId: d.case_id,
        reason: '当事人下载向其送达的文书',
      }),
  };
}
