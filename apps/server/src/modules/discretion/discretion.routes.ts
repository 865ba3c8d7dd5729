import { Type } from '@sinclair/typebox';
import { DISCRETION_GRADES, SANCTIONS, type DiscretionBenchmark } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, Uuid, errors, type App } from '../../http/typebox.ts';
import type { Database } from '../../db/schema.ts';
import type { Kysely } from 'kysely';
import type { Clock } from '../../adapters/clock.ts';
import { consultBenchmark, getBenchmarks, putBenchmarks } from './discretion.service.ts';

const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

const Range = Type.Union([
  Type.Object({ kind: Type.Literal('amount'), min: Type.Number({ minimum: 0 }), max: Type.Number({ minimum: 0 }) }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('multiple'), min: Type.Number({ minimum: 0 }), max: Type.Number({ minimum: 0 }), base: Type.String({ maxLength: 30 }) }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('none') }, { additionalProperties: false }),
]);

const Benchmark = Type.Object(
  {
    id: Type.String({ maxLength: 40, description: '违法行为代码，拟作出的决定以此引用' }),
    name: Type.String({ maxLength: 200, description: '违法行为' }),
    violatedArticle: Type.String({ maxLength: 500, description: '违法依据' }),
    penaltyArticle: Type.String({ maxLength: 500, description: '处罚依据' }),
    grades: Type.Array(
      Type.Object(
        { grade: Lit(DISCRETION_GRADES), circumstances: Type.String({ maxLength: 1000 }), fine: Range, sanctions: Type.Array(Lit(SANCTIONS), { maxItems: SANCTIONS.length }) },
        { additionalProperties: false },
      ),
      { maxItems: DISCRETION_GRADES.length },
    ),
  },
  { additionalProperties: false },
);

const BenchmarksView = Type.Object({
  agencyId: Type.String(),
  version: Type.Integer(),
  inheritedFrom: Type.Union([Type.String(), Type.Null()]),
  benchmarks: Type.Array(Type.Unknown()),
  history: Type.Array(Type.Object({ version: Type.Integer(), note: Type.String(), by: Type.String(), at: Type.String() })),
});

/** 行政处罚裁量基准 and 类案推送 (R-REV-10). */
export function registerDiscretionRoutes(app: App, deps: { db: Kysely<Database>; clock: Clock }): void {
  const tags = ['裁量基准 discretion'];
  app.get('/api/v1/agencies/:id/discretion-benchmarks', {
    schema: { tags, summary: '行政处罚裁量基准（现行版本及历史）', params: IdParams, response: { 200: BenchmarksView, ...errors() } },
    handler: async (req) => getBenchmarks(deps.db, actorOf(req), req.params.id),
  });
  app.put('/api/v1/agencies/:id/discretion-benchmarks', {
    schema: {
      tags,
      summary: '发布新版裁量基准',
      params: IdParams,
      body: Type.Object({ benchmarks: Type.Array(Benchmark, { maxItems: 500 }), note: Type.String({ maxLength: 500 }) }, { additionalProperties: false }),
      response: { 200: BenchmarksView, ...errors(403) },
    },
    handler: async (req) => putBenchmarks(deps.db, deps.clock, actorOf(req), req.params.id, req.body.benchmarks as DiscretionBenchmark[], req.body.note),
  });
  app.get('/api/v1/agencies/:id/discretion-benchmarks/:violation', {
    schema: {
      tags,
      summary: '查看某一违法行为的裁量基准：各阶次幅度和依据；给出拟罚款时判断是否在幅度内；推送本机关类案',
      params: Type.Object({ id: Uuid, violation: Type.String({ maxLength: 40 }) }),
      querystring: Type.Object(
        {
          fine: Type.Optional(Type.Number({ minimum: 0 })),
          grade: Type.Optional(Lit(DISCRETION_GRADES)),
          baseAmount: Type.Optional(Type.Number({ minimum: 0 })),
          facts: Type.Optional(Type.String({ maxLength: 2000 })),
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.Object({ version: Type.Integer(), benchmark: Type.Unknown(), verdict: Type.Unknown(), similar: Type.Array(Type.Unknown()) }), ...errors() },
    },
    handler: async (req) => consultBenchmark(deps.db, actorOf(req), req.params.id, req.params.violation, req.query),
  });
}
