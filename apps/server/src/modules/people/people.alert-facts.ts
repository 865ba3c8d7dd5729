import type { Kysely } from 'kysely';
import { effectiveStatus, type Role } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';

/** What the 执法监督预警 (alerts module) asks of people: certificates ending soon, and who holds a role where. */

/** Certificates valid on `today` whose end falls on or before `until`, with their holder. */
export async function certificatesEndingBy(db: Kysely<Database>, today: string, until: string) {
  const rows = await db
    .selectFrom('certificates as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select([
      'c.number',
      'c.fields',
      'c.regions',
      'c.valid_from',
      'c.valid_to',
      'c.status',
      'c.restrictions',
      'u.id',
      'u.display_name',
      'u.agency_id',
    ])
    .where('c.valid_to', '>=', today)
    .where('c.valid_to', '<=', until)
    .where('u.disabled', '=', false)
    .execute();
  return rows
    .filter(
      (r) =>
        effectiveStatus(
          {
            number: r.number,
            fields: r.fields,
            regions: r.regions,
            validFrom: r.valid_from,
            validTo: r.valid_to,
            status: r.status,
            restrictions: r.restrictions,
          },
          today,
        ) === 'valid',
    )
    .map((r) => ({ userId: r.id, agencyId: r.agency_id, holder: r.display_name, number: r.number, validTo: r.valid_to }));
}

/** Enabled staff holding `role`, by agency (those who must act on an alert: heads, publishers …). */
export async function peopleByRole(db: Kysely<Database>, role: Role): Promise<Map<string, { id: string; name: string }[]>> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'agency_id'])
    .where('disabled', '=', false)
    .where('kind', '=', 'staff')
    .where((eb) => eb(eb.val<string>(role), '=', eb.fn.any('roles')))
    .orderBy('display_name')
    .execute();
  const out = new Map<string, { id: string; name: string }[]>();
  for (const r of rows) out.set(r.agency_id, [...(out.get(r.agency_id) ?? []), { id: r.id, name: r.display_name }]);
  return out;
}

/** The id of a user's certificate that ends last (the demo records training and 年检 against it). */
export async function latestCertificateId(db: Kysely<Database>, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('certificates').select('id').where('user_id', '=', userId).orderBy('valid_to', 'desc').executeTakeFirst();
  return row?.id;
}
