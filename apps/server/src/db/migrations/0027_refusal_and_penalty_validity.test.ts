import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createHarness, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { rerunMigrations } from '../../test/rerun-migrations.ts';
import { penaltyProposal, readyPenaltyCase } from '../../test/review.ts';
import { decideAsProposed, examinedLicence, publishCase } from '../../test/decisions.ts';

/**
 * Migration 0027 (issue 18 item 10): a database holding records as the code wrote them before the
 * 双公示 fixes — a 不予许可 in the 行政许可 set (XK_*, old codes), a 行政处罚 shown without 处罚有效期
 * (CF_YXQ) — runs through the migrator (0026 then 0027, as an upgrade does) and holds afterwards
 * exactly what the current code writes. The current code's rows are made first and kept as the
 * expectation; the old rows are then written over them.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z', upstream: { url: 'http://127.0.0.1:9', key: 'k' } });
});
afterAll(async () => h?.close());

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);

type Fields = Record<string, string | null>;

/** A 食品经营许可 refused (行政许可法 §38 二款) and published by 市场监管局. */
async function refusedLicence(): Promise<string> {
  const id = await examinedLicence(h, '经营场所与住宅未有效隔离。');
  await decideAsProposed(
    h,
    id,
    { step: 'deny', decision: { reason: '经营场所与住宅未有效隔离，不符合食品经营许可条件。' } },
    { publicInterest: true },
  );
  return publishCase(h, id);
}

/** A refusal as the code before f0b2d65 wrote it: the 行政许可 set with the old codes, no 公示截止期. */
function oldRefusal(f: Fields): Fields {
  return {
    XK_XDR_MC: f['ZF_XDR_MC']!,
    XK_XDR_LB: '法人及非法人组织',
    XK_XDR_SHXYM: f['ZF_XDR_SHXYM']!,
    XK_FRDB: COMPANY_A.legalRep ?? null,
    XK_XDR_ZJLX: null,
    XK_XDR_ZJHM: null,
    XK_XKWS: '不予行政许可决定书',
    XK_WSH: f['ZF_WSH']!,
    XK_XKLB: '不予许可',
    XK_XKZS: null,
    XK_XKBH: null,
    XK_NR: f['ZF_JL']!,
    XK_JDRQ: f['ZF_JDRQ']!,
    XK_YXQZ: null,
    XK_YXQJZ: null,
    XK_XKJG: f['ZF_JG']!,
    XK_XKJGDM: f['ZF_JGDM']!,
    XK_ZT: '不予许可',
    XK_SJLY: f['ZF_JG']!,
    XK_SJLYDM: f['ZF_JGDM']!,
  };
}

const slashed = (f: Fields): Fields =>
  Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v.replaceAll('-', '/') : v]));

describe('migration 0027: 不予许可 records and 处罚有效期 of records written before the fixes', () => {
  it('双公示 data standard: an old 不予许可 (XK_*) becomes an 执法决定 (ZF_*) and an old 行政处罚 gets CF_YXQ, as the code writes them now', async () => {
    const refusal = await refusedLicence();
    const penaltyCase = await readyPenaltyCase(h, { notifiedFine: 5000 });
    await decideAsProposed(h, penaltyCase, penaltyProposal(5000));
    // 一般程序 处罚决定书 are published in full text: the 决定书 is made first
    const doc = await as('scjg.liming', 'POST', `/api/v1/cases/${penaltyCase}/documents`, { kind: 'penalty-decision' });
    expect(doc.statusCode, doc.body).toBe(201);
    const fined = await publishCase(h, penaltyCase);
    const db = h.tdb.db;

    // what the current code wrote: the expectation
    const versionOf = async (id: string) =>
      (await db.selectFrom('publication_versions').select('fields').where('publication_id', '=', id).executeTakeFirstOrThrow())
        .fields as Fields;
    const portalOf = (id: string) => db.selectFrom('public_decisions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const draftOf = async (id: string) =>
      (await db.selectFrom('publications').select('draft').where('id', '=', id).executeTakeFirstOrThrow()).draft as Record<string, unknown>;
    const now = {
      rv: await versionOf(refusal),
      rp: await portalOf(refusal),
      rd: await draftOf(refusal),
      fv: await versionOf(fined),
      fp: await portalOf(fined),
    };
    expect(now.rp.field_set).toBe('general');
    expect(now.fp.fields['CF_YXQ']).toBe(now.fp.public_until);
    // the current code keeps 处罚有效期 like 公示截止期 empty in the version: filled where shown
    expect(now.fv['CF_YXQ']).toBeNull();

    // the database as it stood before the fixes
    const old = oldRefusal(now.rv);
    await sql`ALTER TABLE publication_versions DISABLE TRIGGER publication_versions_append_only`.execute(db);
    await db
      .updateTable('publication_versions')
      .set({ fields: JSON.stringify(old) })
      .where('publication_id', '=', refusal)
      .execute();
    await sql`ALTER TABLE publication_versions ENABLE TRIGGER publication_versions_append_only`.execute(db);
    await db
      .updateTable('public_decisions')
      .set({ field_set: 'license', fields: JSON.stringify(old) })
      .where('id', '=', refusal)
      .execute();
    await db
      .updateTable('publications')
      .set({ draft: JSON.stringify({ ...now.rd, title: '食品经营许可 不予行政许可决定', fieldSet: 'license' }) })
      .where('id', '=', refusal)
      .execute();
    await db
      .updateTable('public_decisions')
      .set({ fields: JSON.stringify({ ...now.fp.fields, CF_YXQ: null }) })
      .where('id', '=', fined)
      .execute();
    // a penalty pushed in by another system without CF_YXQ: that system's record, kept as sent
    const pushed = randomUUID();
    const pushedFields = { ...now.fp.fields, CF_WSH: '馆城管罚〔2026〕9号', CF_YXQ: null };
    await db
      .insertInto('public_decisions')
      .values({
        ...now.fp,
        id: pushed,
        key: `91130433MA0A1B2C3B/馆城管罚〔2026〕9号`,
        source: '县综合执法系统',
        agency_id: null,
        doc_number: '馆城管罚〔2026〕9号',
        history: JSON.stringify(now.fp.history),
        fields: JSON.stringify(pushedFields),
      })
      .execute();
    // upward messages: the old refusal (YYYY-MM-DD, before the boundary wrote the standard's form) and
    // the penalty without CF_YXQ, each waiting and delivered
    const message = (fieldSet: string, fields: Fields) => JSON.stringify({ decisions: [{ fieldSet, fields, status: 'published' }] });
    const oldPenaltyOut = slashed({ ...now.fp.fields, CF_YXQ: null });
    const at = new Date();
    await db.deleteFrom('outbox').execute();
    await db
      .insertInto('outbox')
      .values([
        { publication_id: refusal, act: 'publish', payload: message('license', old), created_at: at, next_at: at },
        { publication_id: refusal, act: 'publish', payload: message('license', old), created_at: at, next_at: at, delivered_at: at },
        { publication_id: fined, act: 'publish', payload: message('penalty', oldPenaltyOut), created_at: at, next_at: at },
        {
          publication_id: fined,
          act: 'publish',
          payload: message('penalty', oldPenaltyOut),
          created_at: at,
          next_at: at,
          delivered_at: at,
        },
      ])
      .execute();
    const hashes = await db.selectFrom('publication_events').select(['id', 'details', 'hash']).orderBy('id').execute();

    // the upgrade: neither 0026 nor 0027 has run on this database yet
    expect(await rerunMigrations(db, ['0026_license_field_codes', '0027_refusal_and_penalty_validity'])).toEqual([
      '0026_license_field_codes',
      '0027_refusal_and_penalty_validity',
    ]);

    // back to exactly what the code writes now
    expect(await versionOf(refusal)).toEqual(now.rv);
    expect(await versionOf(fined)).toEqual(now.fv);
    expect(await draftOf(refusal)).toEqual(now.rd);
    const rp = await portalOf(refusal);
    expect({ fieldSet: rp.field_set, fields: rp.fields }).toEqual({ fieldSet: 'general', fields: now.rp.fields });
    expect(rp.fields).toMatchObject({ ZF_LB: '行政许可', ZF_SX: '食品经营许可', ZF_GSJZQ: now.rp.public_until });
    expect((await portalOf(fined)).fields).toEqual(now.fp.fields);
    expect((await portalOf(pushed)).fields).toEqual(pushedFields);

    const out = await db.selectFrom('outbox').select(['publication_id', 'delivered_at', 'payload']).orderBy('id').execute();
    const decisionOf = (m: { payload: unknown }) => (m.payload as { decisions: { fieldSet: string; fields: Fields }[] }).decisions[0]!;
    const [refusalWaiting, refusalSent, fineWaiting, fineSent] = out.map(decisionOf);
    expect(refusalWaiting).toMatchObject({ fieldSet: 'general', fields: now.rp.fields, status: 'published' });
    expect(fineWaiting!.fields).toEqual(slashed(now.fp.fields));
    // a delivered message is history: what was sent stays as it was sent
    expect(refusalSent).toMatchObject({ fieldSet: 'license', fields: old });
    expect(fineSent!.fields).toEqual(oldPenaltyOut);

    // hashed acts untouched, versions append-only again, helpers gone
    expect(await db.selectFrom('publication_events').select(['id', 'details', 'hash']).orderBy('id').execute()).toEqual(hashes);
    await expect(
      db.updateTable('publication_versions').set({ reason: 'x' }).where('publication_id', '=', refusal).execute(),
    ).rejects.toThrow();
    const fn = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_proc WHERE proname LIKE 'sx_0027_%'`.execute(db);
    expect(fn.rows[0]!.n).toBe(0);
  });
});
