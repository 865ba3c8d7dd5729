import type { DiscretionBenchmark } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import type { Database } from '../../db/schema.ts';
import type { Kysely } from 'kysely';
import type { Clock } from '../../adapters/clock.ts';
import { consultBenchmark, getBenchmarks, putBenchmarks } from './discretion.service.ts';
import {
  BenchmarkParams,
  BenchmarkVersionBody,
  BenchmarksViewSchema,
  ConsultationQuery,
  ConsultationSchema,
} from './discretion.schemas.ts';

/** 行政处罚裁量基准 and 类案推送 (R-REV-10). */
export function registerDiscretionRoutes(app: App, deps: { db: Kysely<Database>; clock: Clock }): void {
  const tags = ['裁量基准 discretion'];
  app.get('/api/v1/agencies/:id/discretion-benchmarks', {
    schema: { tags, summary: '行政处罚裁量基准（现行版本及历史）', params: IdParams, response: { 200: BenchmarksViewSchema, ...errors() } },
    handler: async (req) => getBenchmarks(deps.db, actorOf(req), req.params.id),
  });
  app.put('/api/v1/agencies/:id/discretion-benchmarks', {
    schema: {
      tags,
      summary: '发布新版裁量基准',
      params: IdParams,
      body: BenchmarkVersionBody,
      response: { 200: BenchmarksViewSchema, ...errors(403) },
    },
    handler: async (req) =>
      putBenchmarks(deps.db, deps.clock, actorOf(req), req.params.id, req.body.benchmarks as DiscretionBenchmark[], req.body.note),
  });
  app.get('/api/v1/agencies/:id/discretion-benchmarks/:violation', {
    schema: {
      tags,
      summary: '查看某一违法行为的裁量基准：各阶次幅度和依据；给出拟罚款时判断是否在幅度内；推送本机关类案',
      params: BenchmarkParams,
      querystring: ConsultationQuery,
      response: { 200: ConsultationSchema, ...errors() },
    },
    handler: async (req) => consultBenchmark(deps.db, actorOf(req), req.params.id, req.params.violation, req.query),
  });
}
