import { sql } from 'kysely';
import { reviewStaffing } from '@sanxiang/domain';
import type { Actor } from '../../http/actor.ts';
import { enforcementAgenciesWithParentsSubquery, legalUnitIds } from '../org/org.queries.ts';
import { enabledUsersSubquery } from '../people/people.queries.ts';
import type { ReviewDeps } from './review.context.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';

/**
 * 法制审核人员配备 (R-REV-9): reviewers against enforcement officers, per agency in scope; under 5% is flagged.
 * A 派出机构 without its own 法制审核机构 is counted with its parent's.
 */
export async function staffing(deps: Pick<ReviewDeps, 'db'>, actor: Actor, agencyId?: string) {
  if (agencyId) authorize(actor, 'agency.read', { agencyId });
  const visible = agenciesFor(actor, 'agency.read');
  const ids = agencyId ? [agencyId] : visible;
  // the parents of the agencies in scope too: a 派出机构's reviewers may be its parent's, whoever asks
  const rows = await deps.db
    .selectFrom(enforcementAgenciesWithParentsSubquery(deps.db, visible).as('a'))
    .select((eb) => [
      'a.id',
      'a.name',
      'a.parent_id',
      'a.has_legal_unit',
      eb
        .selectFrom(enabledUsersSubquery(deps.db).as('u'))
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('u.agency_id', '=', 'a.id')
        .where(sql<boolean>`'officer' = ANY(u.roles)`)
        .as('officers'),
      eb
        .selectFrom(enabledUsersSubquery(deps.db).as('u'))
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('u.agency_id', '=', 'a.id')
        .where('u.reviewer_qualified', '=', true)
        .where('u.unit_id', 'in', legalUnitIds(deps.db))
        .where(sql<boolean>`'reviewer' = ANY(u.roles)`)
        .as('reviewers'),
    ])
    .orderBy('a.name')
    .execute();
  // a 派出机构 without its own 法制审核机构 is reviewed by its parent's: its officers count there
  const reviewingAgency = (id: string): string => {
    const r = rows.find((x) => x.id === id);
    return r && !r.has_legal_unit && r.parent_id && rows.some((x) => x.id === r.parent_id) ? reviewingAgency(r.parent_id) : id;
  };
  const officers = new Map<string, number>();
  const covers = new Map<string, string[]>();
  for (const r of rows) {
    const at = reviewingAgency(r.id);
    officers.set(at, (officers.get(at) ?? 0) + Number(r.officers ?? 0));
    if (at !== r.id) covers.set(at, [...(covers.get(at) ?? []), r.name]);
  }
  return rows
    .filter((r) => ids.includes(r.id) && reviewingAgency(r.id) === r.id)
    .map((r) => ({
      agencyId: r.id,
      agencyName: r.name,
      covers: covers.get(r.id) ?? [],
      ...reviewStaffing(officers.get(r.id) ?? 0, Number(r.reviewers ?? 0)),
    }));
}
