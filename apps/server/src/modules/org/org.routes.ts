import type { Kysely } from 'kysely';
import { DomainError } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import { AgencyBody, AgencyListView, AgencyPatchBody, AgencyView, RegionListView, UnitBody, UnitView } from './org.schemas.ts';
import { createAgencyAs, createUnitAs, updateAgencyAs } from './org.service.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';

async function agencies(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('agencies as a')
    .innerJoin('regions as r', 'r.code', 'a.region_code')
    .selectAll('a')
    .select('r.name as region_name')
    .where('a.id', 'in', [...ids])
    .orderBy('a.kind', 'desc')
    .orderBy('a.name')
    .execute();
  const units = await db
    .selectFrom('units')
    .selectAll()
    .where('agency_id', 'in', [...ids])
    .orderBy('name')
    .execute();
  return rows.map((a) => ({
    id: a.id,
    name: a.name,
    creditCode: a.credit_code,
    kind: a.kind,
    regionCode: a.region_code,
    regionName: a.region_name,
    parentId: a.parent_id,
    fields: a.fields,
    procedureKinds: a.procedure_kinds,
    shortName: a.short_name,
    numberTemplate: a.number_template,
    legalBasis: a.legal_basis,
    address: a.address,
    phone: a.phone,
    units: units.filter((u) => u.agency_id === a.id).map((u) => ({ id: u.id, name: u.name, kind: u.kind })),
  }));
}

export function registerOrgRoutes(app: App, deps: { db: Kysely<Database>; onOrgChanged?: () => void }): void {
  const tags = ['机构 organisation'];

  app.get('/api/v1/regions', {
    schema: {
      tags,
      summary: '行政区划',
      response: {
        200: RegionListView,
        ...errors(),
      },
    },
    handler: async () =>
      (await deps.db.selectFrom('regions').selectAll().orderBy('code').execute()).map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level,
        parentCode: r.parent_code,
      })),
  });

  app.get('/api/v1/agencies', {
    schema: { tags, summary: '可见范围内的机关', response: { 200: AgencyListView, ...errors() } },
    handler: async (req) => agencies(deps.db, agenciesFor(actorOf(req), 'agency.read')),
  });

  app.get('/api/v1/agencies/:id', {
    schema: { tags, summary: '机关详情', params: IdParams, response: { 200: AgencyView, ...errors() } },
    handler: async (req) => {
      authorize(actorOf(req), 'agency.read', { agencyId: req.params.id });
      const [a] = await agencies(deps.db, [req.params.id]);
      if (!a) throw new DomainError('NOT_FOUND', '机关不存在');
      return a;
    },
  });

  app.post('/api/v1/agencies', {
    schema: {
      tags,
      summary: '设立机关（司法局系统管理员在辖区内设立；执法机关系统管理员设立下属机关）',
      body: AgencyBody,
      response: { 201: AgencyView, ...errors(403, 409) },
    },
    handler: async (req, reply) => {
      const b = req.body;
      const id = await createAgencyAs(deps.db, actorOf(req), {
        name: b.name,
        creditCode: b.creditCode,
        kind: b.kind,
        regionCode: b.regionCode,
        parentId: b.parentId ?? null,
        fields: b.fields ?? [],
        procedureKinds: b.procedureKinds ?? [],
        shortName: b.shortName,
        ...(b.numberTemplate ? { numberTemplate: b.numberTemplate } : {}),
        ...(b.legalBasis ? { legalBasis: b.legalBasis } : {}),
        ...(b.address ? { address: b.address } : {}),
        ...(b.phone ? { phone: b.phone } : {}),
      });
      deps.onOrgChanged?.();
      const [a] = await agencies(deps.db, [id]);
      return reply.status(201).send(a!);
    },
  });

  app.patch('/api/v1/agencies/:id', {
    schema: {
      tags,
      summary: '修改机关信息：执法类别、职权、编号规则等（系统管理员）',
      params: IdParams,
      body: AgencyPatchBody,
      response: { 200: AgencyView, ...errors(403) },
    },
    handler: async (req) => {
      await updateAgencyAs(deps.db, actorOf(req), req.params.id, req.body);
      const [a] = await agencies(deps.db, [req.params.id]);
      return a!;
    },
  });

  app.post('/api/v1/agencies/:id/units', {
    schema: {
      tags,
      summary: '设立内设机构（承办机构、法制审核机构等）',
      params: IdParams,
      body: UnitBody,
      response: { 201: UnitView, ...errors(403, 409) },
    },
    handler: async (req, reply) => {
      const id = await createUnitAs(deps.db, actorOf(req), req.params.id, req.body.name, req.body.kind);
      return reply.status(201).send({ id, name: req.body.name, kind: req.body.kind });
    },
  });
}
