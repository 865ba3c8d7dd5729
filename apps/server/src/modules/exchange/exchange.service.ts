import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  DEFAULT_REDACTION_RULES,
  DomainError,
  PUSH_RULES,
  canonicalJson,
  chinaDate,
  checkPushed,
  fromExchangeFields,
  pushedKind,
  maskName,
  redact,
  type PushedDecision,
  type PushProblem,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { agencyIdentitiesSubquery, agencyNamesSubquery } from '../org/org.queries.ts';
import { decisionKey, upsertPublicDecision, type PublicDecision } from '../publications/public-decision.ts';
import { publicDecisionOfKey } from '../publications/publication.records.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';

/**
 * Systems of other agencies push their decisions in (R-PUB-8, R-X-6): each system is registered
 * for one agency and holds a key (only its hash is kept); a push is checked item by item and
 * stored all-or-nothing, free text redacted on arrival by the same engine as local publications.
 */
export interface ExchangeDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface PushSystem {
  id: string;
  name: string;
  agencyId: string;
  agencyName: string;
  agencyCredit: string;
  regionCode: string;
}

const KEY_PREFIX = 'sx_sys_';
const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Registers a system that pushes for an agency; the key is shown once. */
export async function registerSystem(
  deps: ExchangeDeps,
  actor: Actor,
  agencyId: string,
  name: string,
): Promise<{ id: string; name: string; key: string }> {
  authorize(actor, 'exchange.register', { agencyId });
  const n = name.trim();
  if (n.length < 2 || n.length > 60) throw new DomainError('VALIDATION_FAILED', '接入系统名称应为 2–60 个字');
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  await deps.db
    .insertInto('exchange_systems')
    .values({ id, agency_id: agencyId, name: n, key_sha256: hashKey(key), created_by: actor.userId, created_at: deps.clock.now() })
    .execute();
  return { id, name: n, key };
}

const last = (p: { system_id: string; at: Date; stored: number; rejected: number } | undefined) =>
  p ? { ...p, at: p.at.toISOString() } : null;

export async function listSystems(deps: ExchangeDeps, actor: Actor) {
  const rows = await deps.db
    .selectFrom('exchange_systems as s')
    .innerJoin(agencyNamesSubquery(deps.db).as('a'), 'a.id', 's.agency_id')
    .select(['s.id', 's.name', 's.created_at', 's.revoked_at', 'a.name as agency'])
    .where('s.agency_id', 'in', agenciesFor(actor, 'exchange.read'))
    .orderBy('s.created_at')
    .execute();
  if (!rows.length) return [];
  const pushes = await deps.db
    .selectFrom('exchange_pushes')
    .select(['system_id', 'at', 'stored', 'rejected'])
    .where(
      'system_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    agency: r.agency,
    createdAt: r.created_at.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
    lastPush: last(pushes.find((p) => p.system_id === r.id)),
  }));
}

export async function revokeSystem(deps: ExchangeDeps, actor: Actor, id: string): Promise<void> {
  const s = await deps.db.selectFrom('exchange_systems').select(['agency_id']).where('id', '=', id).executeTakeFirst();
  authorize(actor, 'exchange.register', { agencyId: s?.agency_id, noun: '接入系统' });
  await deps.db
    .updateTable('exchange_systems')
    .set({ revoked_at: deps.clock.now() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The system a bearer key belongs to, or a 401 in Chinese. */
export async function systemOfKey(deps: ExchangeDeps, authorization: string | undefined): Promise<PushSystem> {
  const key = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
  if (!key.startsWith(KEY_PREFIX)) throw new DomainError('UNAUTHENTICATED', '须以接入系统密钥认证（Authorization: Bearer sx_sys_…）');
  const s = await deps.db
    .selectFrom('exchange_systems as s')
    .innerJoin(agencyIdentitiesSubquery(deps.db).as('a'), 'a.id', 's.agency_id')
    .select(['s.id', 's.name', 's.revoked_at', 'a.id as agency_id', 'a.name as agency_name', 'a.credit_code', 'a.region_code'])
    .where('s.key_sha256', '=', hashKey(key))
    .executeTakeFirst();
  if (!s || s.revoked_at) throw new DomainError('UNAUTHENTICATED', '接入系统密钥无效或已注销');
  return {
    id: s.id,
    name: s.name,
    agencyId: s.agency_id,
    agencyName: s.agency_name,
    agencyCredit: s.credit_code,
    regionCode: s.region_code,
  };
}

// Pushed decisions are redacted on arrival with today's rules and no marks: no 公示管理员 of this platform
// decides their 请确认 spans, so those stay hidden (the safe side) — nothing here waits for a decision.
const clean = (text: string, party: string, personal: boolean) =>
  redact(text, {
    rules: DEFAULT_REDACTION_RULES,
    context: { party: personal ? { kind: 'person', name: party } : { kind: 'org', name: party } },
  }).text;

/**
 * Stores a push: every item checked first; any problem → 422 with all of them and nothing
 * stored. An item already known (same agency and 文号) with other content becomes its next version.
 */
export async function ingestDecisions(
  deps: ExchangeDeps,
  system: PushSystem,
  body: { decisions?: unknown },
): Promise<{ stored: number; unchanged: number; items: { docNumber: string; url: string; version: number }[] }> {
  const list = Array.isArray(body?.decisions) ? body.decisions : null;
  if (!list || list.length === 0 || list.length > 500) throw new DomainError('VALIDATION_FAILED', 'decisions 应为 1–500 条执法决定');
  const now = deps.clock.now();
  const today = chinaDate(now);
  const problems: PushProblem[] = list.flatMap((item, i) => checkPushed(item, i, system.agencyCredit, today));
  if (problems.length === 0) {
    // checked records only (a record with problems may carry any fieldSet)
    const docs = (list as PushedDecision[]).map((d) => d.fields[PUSH_RULES[d.fieldSet].docNumber] ?? '');
    docs.forEach((doc, i) => {
      if (doc && docs.indexOf(doc) !== i)
        problems.push({ item: i, field: 'docNumber', message: `第 ${i + 1} 条：文号「${doc}」在本次推送中重复` });
    });
  }
  if (problems.length) {
    await deps.db
      .insertInto('exchange_pushes')
      .values({ system_id: system.id, at: now, received: list.length, stored: 0, rejected: list.length })
      .execute();
    throw new DomainError(
      'PUSH_INVALID',
      `推送的 ${list.length} 条中有 ${new Set(problems.map((p) => p.item)).size} 条不合格，全部未保存`,
      { problems },
    );
  }
  const out: { docNumber: string; url: string; version: number }[] = [];
  let unchanged = 0;
  await deps.db.transaction().execute(async (tx) => {
    for (const d of list as PushedDecision[]) {
      const r = PUSH_RULES[d.fieldSet];
      const f = fromExchangeFields(d.fields);
      const partyRaw = f[r.party] ?? '';
      // a party without a credit code is taken to be a natural person: its name and free text are masked
      const personal = !f[r.partyCode];
      const fields: Record<string, string | null> = {};
      for (const [code, v] of Object.entries(f)) fields[code] = v && r.free.includes(code) ? clean(v, partyRaw, personal) : (v ?? null);
      if ('CF_XDR_ZJHM' in fields) fields['CF_XDR_ZJHM'] = null;
      if ('XK_XDR_ZJHM' in fields) fields['XK_XDR_ZJHM'] = null;
      const party = personal ? maskName(partyRaw) : partyRaw;
      if (r.party in fields) fields[r.party] = party;
      const docNumber = f[r.docNumber]!;
      const key = decisionKey(system.agencyCredit, docNumber);
      const before = await publicDecisionOfKey(tx, key);
      if (before && before.source !== system.name)
        throw new DomainError(
          'CONFLICT',
          `文号「${docNumber}」已由「${before.source === 'local' ? '本平台' : before.source}」公示，不能覆盖`,
          { docNumber },
        );
      const body = d.fullText ? clean(d.fullText, partyRaw, personal) : null;
      const status = d.status === 'withdrawn' ? 'withdrawn' : before ? 'corrected' : 'published';
      const same =
        before &&
        canonicalJson(before.fields) === canonicalJson(fields) &&
        (before.body ?? null) === body &&
        (before.status === 'withdrawn') === (status === 'withdrawn');
      if (same) {
        unchanged++;
        out.push({
          docNumber,
          url: `/decisions/${encodeURIComponent(system.agencyCredit)}/${encodeURIComponent(docNumber)}`,
          version: before.version,
        });
        continue;
      }
      const version = (before?.version ?? 0) + 1;
      const act = status === 'withdrawn' ? '撤下' : before ? '更正' : '公示';
      const history = [
        ...((before?.history as PublicDecision['history'] | undefined) ?? []),
        { version, act, on: now.toISOString(), reason: d.reason ?? null },
      ];
      await upsertPublicDecision(
        tx,
        {
          id: before?.id ?? randomUUID(),
          key,
          source: system.name,
          agency: { id: system.agencyId, name: system.agencyName, creditCode: system.agencyCredit, regionCode: system.regionCode },
          kind: pushedKind(d),
          docNumber,
          title: `${party}${r.violation && f[r.violation] ? ` ${f[r.violation]}` : ''} ${pushedKind(d)}决定`,
          partyName: party,
          partyCreditCode: f[r.partyCode] ? f[r.partyCode]!.toUpperCase() : null,
          violation: r.violation ? (f[r.violation] ?? null) : null,
          facts: fields[r.facts] ?? '',
          conclusion: fields[r.conclusion] ?? '',
          fineAmount: f['CF_NR_FK'] ? Math.round(Number(f['CF_NR_FK']) * 10_000 * 100) / 100 : null,
          decidedOn: f[r.date]!,
          publishedAt: before?.published_at ?? now,
          publicUntil: f['CF_GSJZQ'] ?? f['ZF_GSJZQ'] ?? f['XK_YXQZI'] ?? null,
          status,
          statusReason: status === 'published' ? null : (d.reason ?? '推送系统更新了公示信息'),
          statusAt: status === 'published' ? null : now,
          version,
          history,
          fieldSet: d.fieldSet,
          fields,
          body: status === 'withdrawn' ? null : body,
        },
        now,
      );
      out.push({ docNumber, url: `/decisions/${encodeURIComponent(system.agencyCredit)}/${encodeURIComponent(docNumber)}`, version });
    }
    await tx
      .insertInto('exchange_pushes')
      .values({ system_id: system.id, at: now, received: list.length, stored: list.length - unchanged, rejected: 0 })
      .execute();
  });
  return { stored: list.length - unchanged, unchanged, items: out };
}
