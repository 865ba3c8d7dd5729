import type { Kysely } from 'kysely';
import { DomainError, assertCatalog, type ReviewCatalog } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { agencyCatalog } from './review.state.ts';
import { appendVersion, versionHistory, versionOf } from '../agency-versions/agency-versions.ts';
import { agencyById, agencyRegionPath } from '../org/org.queries.ts';
import { authorize } from '../../http/policy/authorize.ts';

/**
 * 重大执法决定法制审核目录清单 (R-REV-1), versioned per agency: every change is a new version; a
 * proposal keeps the version it was judged under. Until an agency sets its own, it follows its
 * parent agency's, then the built-in one (version 0).
 */
export async function getCatalog(db: Kysely<Database>, actor: Actor, agencyId: string) {
  authorize(actor, 'agency.read', { agencyId: agencyId });
  const current = await agencyCatalog(db, agencyId);
  return {
    agencyId,
    version: current.version,
    inheritedFrom: current.agencyId !== agencyId ? current.agencyId : null,
    catalog: current.catalog,
    history: await versionHistory(db, 'review_catalogs', agencyId),
  };
}

export async function getCatalogVersion(db: Kysely<Database>, actor: Actor, agencyId: string, version: number) {
  authorize(actor, 'agency.read', { agencyId: agencyId });
  const v = await versionOf<ReviewCatalog>(db, 'review_catalogs', agencyId, version);
  if (!v) throw new DomainError('NOT_FOUND', `没有第 ${version} 版目录清单`);
  return { agencyId, version: v.version, catalog: v.content, note: v.note, at: v.at };
}

/** A new version, by the agency's administrator, head or 法制审核人员; refused whole when invalid. */
export async function putCatalog(db: Kysely<Database>, clock: Clock, actor: Actor, agencyId: string, catalog: ReviewCatalog, note: string) {
  authorize(actor, 'review-catalog.update', { agencyId });
  assertCatalog(catalog);
  await appendCatalogVersion(db, agencyId, catalog, note, actor.userId, clock.now());
  return getCatalog(db, actor, agencyId);
}

/** Writes the agency's next catalog version as given (the caller has checked who may and what); returns its number. */
export async function appendCatalogVersion(
  db: Kysely<Database>,
  agencyId: string,
  catalog: ReviewCatalog,
  note: string,
  by: string,
  at: Date,
): Promise<number> {
  return appendVersion(db, 'review_catalogs', agencyId, catalog, note, by, at);
}

/** 法律顾问、公职律师 of the actor's region and the regions above it (R-REV-9). */
export async function listAdvisers(db: Kysely<Database>, actor: Actor) {
  const path = await agencyRegionPath(db, actor.agencyId);
  const rows = await db
    .selectFrom('legal_advisers')
    .selectAll()
    .where('region_code', 'in', path)
    .where('active', '=', true)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.region_code,
    kind: r.kind,
    name: r.name,
    organisation: r.organisation,
    specialties: r.specialties,
    phone: r.phone,
  }));
}

export interface AdviserInput {
  kind: 'counsel' | 'public-lawyer';
  name: string;
  organisation: string;
  specialties: string[];
  phone: string;
}

/** The pool is kept by the 司法局 of a region. */
export async function addAdviser(db: Kysely<Database>, clock: Clock, actor: Actor, input: AdviserInput) {
  authorize(actor, 'adviser.manage');
  const agency = await agencyById(db, actor.agencyId);
  if (!agency) throw new DomainError('NOT_FOUND', '机关不存在');
  if (!input.name.trim() || !input.organisation.trim()) throw new DomainError('VALIDATION_FAILED', '姓名和所在单位不能为空');
  const row = await db
    .insertInto('legal_advisers')
    .values({
      region_code: agency.region_code,
      kind: input.kind,
      name: input.name.trim(),
      organisation: input.organisation.trim(),
      specialties: input.specialties.map((s) => s.trim()).filter(Boolean),
      phone: input.phone.trim(),
      added_by: actor.userId,
      added_at: clock.now(),
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    regionCode: agency.region_code,
    kind: input.kind,
    name: input.name.trim(),
    organisation: input.organisation.trim(),
    specialties: input.specialties,
    phone: input.phone.trim(),
  };
}
