import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { caseSummaries } from '../cases/case.reads.ts';
import { decisionKey, upsertPublicDecision, type PublicStatus } from './public-decision.ts';
import { agencyIdentitiesSubquery } from '../org/org.queries.ts';

/** How each act reads in the public history of a decision. */
const ACT_NAMES: Readonly<Record<string, string>> = {
  published: '公示',
  corrected: '更正',
  withdrawn: '撤下',
  expired: '公示期满',
  stopped: '信用修复后提前停止公示',
};

/**
 * Writes the portal's read model of one publication from its record (R-PUB-3, R-PUB-5): the
 * latest version's public fields and text, the status and every public act with its reason.
 */
export async function projectPublic(tx: Transaction<Database>, id: string, at: Date): Promise<void> {
  const p = await tx
    .selectFrom('publications as p')
    .innerJoin(agencyIdentitiesSubquery(tx).as('a'), 'a.id', 'p.agency_id')
    .innerJoin(caseSummaries(tx).as('c'), 'c.id', 'p.case_id')
    .select([
      'p.id',
      'p.agency_id',
      'p.kind',
      'p.doc_number',
      'p.decided_on',
      'p.public_until',
      'p.state',
      'p.version',
      'a.name as agency_name',
      'a.credit_code',
      'a.region_code',
      'c.party_id',
    ])
    .where('p.id', '=', id)
    .executeTakeFirstOrThrow();
  if (p.version === 0) return;
  const v = await tx
    .selectFrom('publication_versions')
    .selectAll()
    .where('publication_id', '=', id)
    .where('version', '=', p.version)
    .executeTakeFirstOrThrow();
  const events = await tx
    .selectFrom('publication_events')
    .select(['kind', 'at', 'details'])
    .where('publication_id', '=', id)
    .orderBy('seq')
    .execute();
  const history = events
    .filter((e) => ACT_NAMES[e.kind])
    .map((e) => {
      const d = e.details as { version?: number; reason?: string; groundName?: string; repairDecision?: string };
      const reason =
        e.kind === 'withdrawn'
          ? `${d.groundName ?? ''}：${d.reason ?? ''}`
          : e.kind === 'stopped'
            ? `${d.reason ?? ''}（${d.repairDecision ?? ''}）`
            : (d.reason ?? null);
      return { version: d.version ?? null, act: ACT_NAMES[e.kind]!, on: e.at.toISOString(), reason };
    });
  const last = [...events].reverse().find((e) => ACT_NAMES[e.kind] && e.kind !== 'published');
  const status: PublicStatus =
    p.state === 'withdrawn'
      ? 'withdrawn'
      : p.state === 'expired'
        ? 'expired'
        : p.state === 'stopped'
          ? 'stopped'
          : p.version > 1
            ? 'corrected'
            : 'published';
  const lastReason = last ? (history[events.filter((e) => ACT_NAMES[e.kind]).indexOf(last)]?.reason ?? null) : null;
  const fields = v.fields as Record<string, string | null>;
  const first = events.find((e) => e.kind === 'published');
  const draft = (await tx.selectFrom('publications').select('draft').where('id', '=', id).executeTakeFirstOrThrow()).draft as {
    fieldSet: string;
  };
  const party = fields['CF_XDR_MC'] ?? fields['XK_XDR_MC'] ?? fields['ZF_XDR_MC'] ?? '';
  const credit = fields['CF_XDR_SHXYM'] ?? fields['XK_XDR_SHXYM'] ?? fields['ZF_XDR_SHXYM'] ?? null;
  const fine = fields['CF_NR_FK'];
  const summary = (
    await tx
      .selectFrom('publication_events')
      .select('details')
      .where('publication_id', '=', id)
      .where('kind', 'in', ['published', 'corrected'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()
  )?.details as { public?: { title: string; facts: string; conclusion: string; violation: string | null } } | undefined;
  const pub = summary?.public;
  await upsertPublicDecision(
    tx,
    {
      id,
      key: decisionKey(p.credit_code, p.doc_number),
      source: 'local',
      agency: { id: p.agency_id, name: p.agency_name, creditCode: p.credit_code, regionCode: p.region_code },
      kind: p.kind,
      docNumber: p.doc_number,
      title: pub?.title ?? p.doc_number,
      partyName: party,
      partyCreditCode: credit,
      violation: pub?.violation ?? fields['CF_WFXW'] ?? null,
      facts: pub?.facts ?? fields['CF_SY'] ?? fields['ZF_SX'] ?? fields['XK_NR'] ?? '',
      conclusion: pub?.conclusion ?? fields['CF_NR'] ?? fields['ZF_JL'] ?? fields['XK_NR'] ?? '',
      fineAmount: fine ? Math.round(Number(fine) * 10_000 * 100) / 100 : null,
      decidedOn: p.decided_on,
      publishedAt: first?.at ?? at,
      publicUntil: p.public_until,
      status,
      statusReason: status === 'published' ? null : lastReason,
      statusAt: status === 'published' ? null : (last?.at ?? null),
      version: p.version,
      history,
      fieldSet: draft.fieldSet,
      fields: withUntil(fields, p.public_until),
      body: p.state === 'withdrawn' ? null : v.published_text,
    },
    at,
  );
}

/**
 * 公示截止期 is known once published: filled into the item of the field set that carries it. The
 * 双公示 standard requires 处罚有效期 (CF_YXQ) too: the decision's effect on the public record ends with
 * its 公示期, so it carries the same date unless the record already holds one.
 */
function withUntil(fields: Record<string, string | null>, until: string | null): Record<string, string | null> {
  const out = { ...fields };
  for (const code of ['CF_GSJZQ', 'ZF_GSJZQ']) if (code in out) out[code] = until;
  if ('CF_YXQ' in out && !out['CF_YXQ']) out['CF_YXQ'] = until;
  return out;
}
