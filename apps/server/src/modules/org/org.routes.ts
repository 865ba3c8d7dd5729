import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import { DomainError } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { actorOf } from '../../http/auth.ts';
import { IdParams, Uuid, errors, type App } from '../../http/typebox.ts';
import { createAgencyAs, createUnitAs, updateAgencyAs } from './org.service.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';

const Agency = Type.Object({
  id: Uuid,
  name: Type.String(),
  creditCode: Type.String({ description: '统一社会信用代码' }),
  kind: Type.String({ description: 'enforcement 执法机关 | justice 司法行政部门' }),
  regionCode: Type.String(),
  regionName: Type.String(),
  parentId: Type.Union([Uuid, Type.Null()]),
  fields: Type.Array(Type.String(), { description: '执法类别' }),
  procedureKinds: Type.Array(Type.String(), { description: '执法行为类别' }),
  shortName: Type.String(),
  numberTemplate: Type.String({ description: '案件编号规则' }),
  legalBasis: Type.String(),
  address: Type.String(),
  phone: Type.String(),
  units: Type.Array(Type.Object({ id: Uuid, name: Type.String(), kind: Type.String() })),
});

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
        200: Type.Array(
          Type.Object({
            code: Type.String(),
            name: Type.String(),
            level: Type.String(),
            parentCode: Type.Union([Type.String(), Type.Null()]),
          }),
        ),
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
    schema: { tags, summary: '可见范围内的机关', response: { 200: Type.Array(Agency), ...errors() } },
    handler: async (req) => agencies(deps.db, agenciesFor(actorOf(req), 'agency.read')),
  });

  app.get('/api/v1/agencies/:id', {
    schema: { tags, summary: '机关详情', params: IdParams, response: { 200: Agency, ...errors() } },
    handler: async (req) => {
      authorize(actorOf(req), 'agency.read', { agencyId: req.params.id });
      const [a] = await agencies(deps.db, [req.params.id]);
      if (!a) throw new DomainError('NOT_FOUND', '机关不存在');
      return a;
    },
  });

  const Strings = (max: number) => Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: max });
  const AgencyFields = {
    fields: Type.Optional(Strings(20)),
    procedureKinds: Type.Optional(Strings(9)),
    shortName: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
    numberTemplate: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    legalBasis: Type.Optional(Type.String({ maxLength: 2000 })),
    address: Type.Optional(Type.String({ maxLength: 200 })),
    phone: Type.Optional(Type.String({ maxLength: 50 })),
  };

  app.post('/api/v1/agencies', {
    schema: {
      tags,
      summary: '设立机关（司法局系统管理员在辖区内设立；执法机关系统管理员设立下属机关）',
      body: Type.Object(
        {
          name: Type.String({ minLength: 2, maxLength: 100 }),
          creditCode: Type.String({ minLength: 18, maxLength: 18 }),
          kind: Type.Union([Type.Literal('enforcement'), Type.Literal('justice')]),
          regionCode: Type.String({ minLength: 2, maxLength: 12 }),
          parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
          ...AgencyFields,
          shortName: Type.String({ minLength: 1, maxLength: 20 }),
        },
        { additionalProperties: false },
      ),
      response: { 201: Agency, ...errors(403, 409) },
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
      body: Type.Object(AgencyFields, { additionalProperties: false }),
      response: { 200: Agency, ...errors(403) },
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
      body: Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 50 }),
          kind: Type.Union([Type.Literal('handling'), Type.Literal('legal'), Type.Literal('office'), Type.Literal('leadership')]),
        },
        { additionalProperties: false },
      ),
      response: { 201: Type.Object({ id: Uuid, name: Type.String(), kind: Type.String() }), ...errors(403, 409) },
    },
    handler: async (req, reply) => {
      const id = await createUnitAs(deps.db, actorOf(req), req.params.id, req.body.name, req.body.kind);
      return reply.status(201).send({ id, name: req.body.name, kind: req.body.kind });
    },
  });
}
