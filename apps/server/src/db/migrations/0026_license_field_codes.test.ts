import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createHarness, type Harness } from '../../test/harness.ts';
import { rerunMigrations } from '../../test/rerun-migrations.ts';
import { decideAsProposed, examinedLicence, publishCase } from '../../test/decisions.ts';

/**
 * Migration 0026 (issue 18 item 10): a database holding 行政许可 records in the old field codes
 * (XK_YXQJZ, XK_SJLY, XK_SJLYDM) is rewritten to the 双公示 standard's codes (XK_YXQZI, XK_LYDW,
 * XK_LYDWDM) — published versions, the portal's read model and upward messages not yet delivered.
 * The old rows are made as the code before the rename wrote them; the migration then runs through
 * the migrator, as an upgrade does.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z', upstream: { url: 'http://127.0.0.1:9', key: 'k' } });
});
afterAll(async () => h?.close());

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);

/** A 食品经营许可 granted and published by 市场监管局, with 有效期至 given or not. */
async function grantedLicence(validTo: string | null): Promise<string> {
  const id = await examinedLicence(h, '经审查，符合食品经营许可条件。');
  const decision = { licenceNumber: `JY113043300${validTo ? '1' : '2'}`, scope: '预包装食品销售', ...(validTo ? { validTo } : {}) };
  await decideAsProposed(h, id, { step: 'grant', decision });
  return publishCase(h, id);
}

/** The fields as the code before the rename wrote them (commit f0b2d65^): XK_YXQJZ null when no end date. */
function oldFormat(f: Record<string, unknown>, validTo: string | null): Record<string, unknown> {
  const { XK_YXQZI: _until, XK_LYDW: source, XK_LYDWDM: sourceCode, ...rest } = f;
  return { ...rest, XK_YXQJZ: validTo, XK_SJLY: source, XK_SJLYDM: sourceCode };
}

const OLD = ['XK_YXQJZ', 'XK_SJLY', 'XK_SJLYDM'];

describe('migration 0026: 双公示 行政许可 codes of records published before the rename', () => {
  it('双公示 data standard: old XK_YXQJZ / XK_SJLY / XK_SJLYDM in versions, portal rows and waiting messages become XK_YXQZI / XK_LYDW / XK_LYDWDM', async () => {
    const dated = await grantedLicence('2031-09-27');
    const open = await grantedLicence(null);
    const db = h.tdb.db;
    // the database as it stood before 0026: old keys in every stored payload
    await sql`ALTER TABLE publication_versions DISABLE TRIGGER publication_versions_append_only`.execute(db);
    const originals = new Map<string, Record<string, unknown>>();
    for (const [id, validTo] of [
      [dated, '2031-09-27'],
      [open, null],
    ] as const) {
      const v = await db.selectFrom('publication_versions').select('fields').where('publication_id', '=', id).executeTakeFirstOrThrow();
      const pd = await db.selectFrom('public_decisions').select('fields').where('id', '=', id).executeTakeFirstOrThrow();
      originals.set(`v:${id}`, v.fields as Record<string, unknown>);
      originals.set(`p:${id}`, pd.fields as Record<string, unknown>);
      await db
        .updateTable('publication_versions')
        .set({ fields: JSON.stringify(oldFormat(v.fields as Record<string, unknown>, validTo)) })
        .where('publication_id', '=', id)
        .execute();
      await db
        .updateTable('public_decisions')
        .set({ fields: JSON.stringify(oldFormat(pd.fields as Record<string, unknown>, validTo)) })
        .where('id', '=', id)
        .execute();
    }
    await sql`ALTER TABLE publication_versions ENABLE TRIGGER publication_versions_append_only`.execute(db);
    // a pushed record of another system (no agency row) in the old codes, and upward messages: one waiting, one delivered
    const pushed = randomUUID();
    const before = await db.selectFrom('public_decisions').selectAll().where('id', '=', dated).executeTakeFirstOrThrow();
    await db
      .insertInto('public_decisions')
      .values({
        ...before,
        id: pushed,
        key: `91130433MA0A1B2C3B/冀许〔2025〕9号`,
        source: '县行政审批局系统',
        agency_id: null,
        history: JSON.stringify(before.history),
        fields: JSON.stringify({
          XK_WSH: '冀许〔2025〕9号',
          XK_YXQJZ: '2030-01-01',
          XK_SJLY: '县行政审批局',
          XK_SJLYDM: '11130433MB0000000X',
        }),
      })
      .execute();
    const message = (fields: Record<string, unknown>) =>
      JSON.stringify({ decisions: [{ fieldSet: 'license', fields, status: 'published' }] });
    const oldFields = {
      XK_WSH: '馆市监许〔2026〕1号',
      XK_YXQJZ: '2031-09-27',
      XK_SJLY: '馆陶县市场监督管理局',
      XK_SJLYDM: '11130433MB1234567X',
    };
    const now = new Date();
    await db.deleteFrom('outbox').execute();
    await db
      .insertInto('outbox')
      .values([
        { publication_id: dated, act: 'publish', payload: message(oldFields), created_at: now, next_at: now },
        { publication_id: dated, act: 'publish', payload: message(oldFields), created_at: now, next_at: now, delivered_at: now },
      ])
      .execute();

    // the upgrade: 0026 has not run on this database yet
    expect(await rerunMigrations(db, ['0026_license_field_codes', '0027_refusal_and_penalty_validity'])).toEqual([
      '0026_license_field_codes',
      '0027_refusal_and_penalty_validity',
    ]);

    const versions = await db
      .selectFrom('publication_versions')
      .select(['publication_id', 'fields'])
      .where('publication_id', 'in', [dated, open])
      .execute();
    const portal = await db.selectFrom('public_decisions').select(['id', 'fields']).where('id', 'in', [dated, open, pushed]).execute();
    const byId = (rows: { id: string; fields: unknown }[], id: string) => rows.find((r) => r.id === id)!.fields as Record<string, unknown>;
    for (const [tag, rows] of [
      ['v', versions.map((v) => ({ id: v.publication_id, fields: v.fields }))],
      ['p', portal],
    ] as const) {
      for (const r of rows)
        expect(
          Object.keys(r.fields as object).filter((k) => OLD.includes(k)),
          r.id,
        ).toEqual([]);
      // back to exactly what the code writes now: XK_YXQZI and XK_LYDW / XK_LYDWDM with the same values
      for (const id of [dated, open]) expect(byId([...rows], id), `${tag}:${id}`).toEqual(originals.get(`${tag}:${id}`));
      expect(byId([...rows], dated)).toMatchObject({ XK_YXQZI: '2031-09-27', XK_LYDW: '馆陶县市场监督管理局' });
      // granted without an end date: 长期, as the standard writes it
      expect(byId([...rows], open)).toMatchObject({ XK_YXQZI: '2099-12-31', XK_XKWS: '准予行政许可决定书' });
    }
    expect(byId(portal, pushed)).toEqual({
      XK_WSH: '冀许〔2025〕9号',
      XK_YXQZI: '2030-01-01',
      XK_LYDW: '县行政审批局',
      XK_LYDWDM: '11130433MB0000000X',
    });
    const out = await db.selectFrom('outbox').select(['delivered_at', 'payload']).execute();
    const fieldsOf = (m: { payload: unknown }) => (m.payload as { decisions: { fields: Record<string, unknown> }[] }).decisions[0]!.fields;
    expect(fieldsOf(out.find((m) => m.delivered_at === null)!)).toEqual({
      XK_WSH: '馆市监许〔2026〕1号',
      XK_YXQZI: '2031-09-27',
      XK_LYDW: '馆陶县市场监督管理局',
      XK_LYDWDM: '11130433MB1234567X',
    });
    // a delivered message is history: what was sent stays as it was sent
    expect(fieldsOf(out.find((m) => m.delivered_at !== null)!)).toEqual(oldFields);
    // versions are append-only again after the migration
    await expect(
      db.updateTable('publication_versions').set({ reason: 'x' }).where('publication_id', '=', dated).execute(),
    ).rejects.toThrow();
    // the helper function is gone
    const fn = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'sx_0026_license_codes'`.execute(db);
    expect(fn.rows[0]!.n).toBe(0);
  });
});
