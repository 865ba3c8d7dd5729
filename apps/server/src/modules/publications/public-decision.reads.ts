import { sql, type Kysely } from 'kysely';
import { chinaDay } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { HomeDecisions } from '../portal/portal.home.ts';

/**
 * The portal's reads of `public_decisions` beside search: a party's profile (all its published
 * decisions across agencies, by 统一社会信用代码) and what the home page shows is happening. Each is
 * an index read bounded by a limit: the home page is the most visited page.
 */

/** A decision's permanent page, from its agency's 统一社会信用代码 and its 文号 (the same address search gives). */
export const publicDecisionPath = (agencyCreditCode: string, docNumber: string) =>
  `/decisions/${encodeURIComponent(agencyCreditCode)}/${encodeURIComponent(docNumber)}`;

/** The state of a decision's 公示 as the public reads it. */
export type ProfileState = 'public' | 'ended' | 'withdrawn' | 'repaired';

export const PROFILE_STATE_NAMES: Readonly<Record<ProfileState, string>> = {
  public: '公示中',
  ended: '已届满',
  withdrawn: '已撤下',
  repaired: '已修复',
};

/**
 * R-PUB-5: withdrawn (撤销、确认违法…) → 已撤下; stopped early after 信用修复 → 已修复; past its
 * 公示截止期 (recorded as expired, or not yet swept) → 已届满; otherwise 公示中 (a corrected one too).
 */
export function profileState(status: string, publicUntil: string | null, today: string): ProfileState {
  if (status === 'withdrawn') return 'withdrawn';
  if (status === 'stopped') return 'repaired';
  if (status === 'expired' || (publicUntil !== null && publicUntil < today)) return 'ended';
  return 'public';
}

export interface ProfileDecision {
  agency: { name: string; creditCode: string };
  kind: string;
  docNumber: string;
  title: string;
  /** the party's name as this decision published it */
  partyName: string;
  decidedOn: string;
  /** the China date it was first published: the 公示期 begins */
  publishedOn: string;
  /** 公示截止期; null where the rules set none */
  publicUntil: string | null;
  state: ProfileState;
  stateName: string;
  corrected: boolean;
  /** the date of the act that ended the 公示 early (撤下, 信用修复), China date */
  endedOn: string | null;
  reason: string | null;
  url: string;
}

export interface PartyProfile {
  creditCode: string;
  /** the name on the newest decision */
  name: string;
  /** other names the party's decisions carry (a renamed company) */
  otherNames: string[];
  decisions: ProfileDecision[];
  /** true when more decisions exist than the profile lists */
  truncated: boolean;
  counts: Record<ProfileState, number>;
}

/** The most decisions a profile lists (a party's own decisions: far fewer in practice). */
export const PROFILE_LIMIT = 500;

/**
 * R-PUB-3, R-PUB-5, R-PUB-8: every published decision of the party with this 统一社会信用代码, of any
 * agency (local or pushed in), newest first, with its 公示期 and state. Natural persons have no
 * profile: their 身份证号码 is never published (R-PUB-4), so decisions about them carry no key to
 * gather them by. One read on `public_decisions_party_credit`.
 */
export async function partyProfile(db: Kysely<Database>, creditCode: string, today: string): Promise<PartyProfile | null> {
  const rows = await db
    .selectFrom('public_decisions')
    .select([
      'agency_name',
      'agency_credit_code',
      'kind',
      'doc_number',
      'title',
      'party_name',
      'decided_on',
      'published_at',
      'public_until',
      'status',
      'status_at',
      'status_reason',
      'version',
    ])
    .where('party_credit_code', '=', creditCode)
    .orderBy('decided_on', 'desc')
    .orderBy('published_at', 'desc')
    .limit(PROFILE_LIMIT + 1)
    .execute();
  if (!rows.length) return null;
  const counts: Record<ProfileState, number> = { public: 0, ended: 0, withdrawn: 0, repaired: 0 };
  const decisions = rows.slice(0, PROFILE_LIMIT).map((r): ProfileDecision => {
    const state = profileState(r.status, r.public_until, today);
    counts[state]++;
    const early = state === 'withdrawn' || state === 'repaired';
    return {
      agency: { name: r.agency_name, creditCode: r.agency_credit_code },
      kind: r.kind,
      docNumber: r.doc_number,
      title: r.title,
      partyName: r.party_name,
      decidedOn: r.decided_on,
      publishedOn: chinaDay(r.published_at) ?? '',
      publicUntil: r.public_until,
      state,
      stateName: PROFILE_STATE_NAMES[state],
      corrected: r.status === 'corrected',
      endedOn: early ? chinaDay(r.status_at) : state === 'ended' ? r.public_until : null,
      reason: early ? r.status_reason : null,
      url: publicDecisionPath(r.agency_credit_code, r.doc_number),
    };
  });
  const name = decisions[0]!.partyName;
  const otherNames = [...new Set(decisions.map((d) => d.partyName))].filter((n) => n !== name);
  return { creditCode, name, otherNames, decisions, truncated: rows.length > PROFILE_LIMIT, counts };
}

const LIVE = ['published', 'corrected'] as const;
/** how many of the newest publications the agencies' list is drawn from */
const RECENT_WINDOW = 500;

/** The home page's three queries, as builders (the bench explains them: bench/portal.bench.ts). */
export function portalActivityQueries(db: Kysely<Database>, year: number, latestCount = 8) {
  return {
    latest: db
      .selectFrom('public_decisions')
      .select([
        'title',
        'kind',
        'doc_number',
        'party_name',
        'party_credit_code',
        'agency_name',
        'agency_credit_code',
        'decided_on',
        'published_at',
      ])
      .where('status', 'in', LIVE)
      .orderBy('published_at', 'desc')
      .limit(latestCount),
    agencies: db
      .selectFrom(
        db
          .selectFrom('public_decisions')
          .select(['agency_name', 'agency_credit_code', 'published_at'])
          .where('status', 'in', LIVE)
          .orderBy('published_at', 'desc')
          .limit(RECENT_WINDOW)
          .as('r'),
      )
      .select([
        'r.agency_credit_code',
        sql<string>`max(r.agency_name)`.as('agency_name'),
        sql<Date>`max(r.published_at)`.as('last'),
        sql<string>`count(*)`.as('n'),
      ])
      .groupBy('r.agency_credit_code')
      .orderBy('last', 'desc')
      .limit(6),
    year: db
      .selectFrom('public_decisions')
      .select(['kind', sql<string>`count(*)`.as('n'), sql<string | null>`sum(fine_amount)`.as('fines')])
      .where('status', 'in', LIVE)
      .where('decided_on', '>=', `${year}-01-01`)
      .where('decided_on', '<=', `${year}-12-31`)
      .groupBy('kind'),
  };
}

/**
 * Three bounded reads: the newest 8 publications (index `public_decisions_published`, migration
 * 0039), the agencies among the newest 500 publications, and this year's public decisions counted
 * by kind (index `public_decisions_kind_date`). EXPLAIN ANALYZE figures: bench/RESULTS.md.
 */
export async function portalActivity(db: Kysely<Database>, today: string, latestCount = 8): Promise<HomeDecisions> {
  const q = portalActivityQueries(db, Number(today.slice(0, 4)), latestCount);
  const year = Number(today.slice(0, 4));
  const [latest, agencies, byKind] = await Promise.all([q.latest.execute(), q.agencies.execute(), q.year.execute()]);
  return {
    latest: latest.map((r) => ({
      title: r.title,
      kind: r.kind,
      docNumber: r.doc_number,
      partyName: r.party_name,
      partyCreditCode: r.party_credit_code,
      agency: { name: r.agency_name, creditCode: r.agency_credit_code },
      decidedOn: r.decided_on,
      publishedOn: chinaDay(r.published_at) ?? '',
      url: publicDecisionPath(r.agency_credit_code, r.doc_number),
    })),
    agencies: agencies.map((a) => ({
      name: a.agency_name,
      creditCode: a.agency_credit_code,
      lastPublishedOn: chinaDay(a.last) ?? '',
      recent: Number(a.n),
    })),
    year: {
      year,
      total: byKind.reduce((s, k) => s + Number(k.n), 0),
      byKind: byKind.map((k) => ({ kind: k.kind, count: Number(k.n) })).sort((a, b) => b.count - a.count),
      fineWan: Math.round(byKind.reduce((s, k) => s + Number(k.fines ?? 0), 0) / 100) / 100,
    },
  };
}
