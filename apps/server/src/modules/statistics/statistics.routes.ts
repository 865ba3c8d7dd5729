import { chinaDate } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { errors, type App } from '../../http/typebox.ts';
import { sendCached, sendPage, shown } from '../portal/portal.routes.ts';
import { agencyFigures, annualReport, freezeReport, publishedReports, reportingStatus, type StatisticsDeps } from './statistics.service.ts';
import { statisticsIndexPage, statisticsNotFoundPage, statisticsYearPage } from './statistics.pages.ts';
import { agencyByCreditCode } from '../org/org.queries.ts';
import {
  AgencyQuarterParams,
  AgencyYearParams,
  AnnualReportSchema,
  ReportingStatusSchema,
  StatisticsReportSchema,
  YearParams,
} from './statistics.schemas.ts';
import { authorize } from '../../http/policy/authorize.ts';

/** 行政执法统计 (R-PUB-7): figures, the annual report's 报送 and 公开, the 司法局's overview, and the public pages. */
export function registerStatisticsRoutes(app: App, deps: StatisticsDeps): void {
  const tags = ['统计 statistics'];

  app.get('/api/v1/agencies/:id/statistics/:year', {
    schema: {
      tags,
      summary: '年度执法统计（按类别和结果、罚没款、听证、法制审核、公示），及报送与公开情况',
      params: AgencyYearParams,
      response: { 200: AnnualReportSchema, ...errors() },
    },
    handler: async (req) => annualReport(deps, actorOf(req), req.params.id, req.params.year),
  });

  app.get('/api/v1/agencies/:id/statistics/:year/quarters/:quarter', {
    schema: {
      tags,
      summary: '季度执法统计',
      params: AgencyQuarterParams,
      response: { 200: StatisticsReportSchema, ...errors() },
    },
    handler: async (req) => {
      authorize(actorOf(req), 'agency.read', { agencyId: req.params.id });
      return agencyFigures(deps, req.params.id, req.params.year, req.params.quarter);
    },
  });

  app.post('/api/v1/agencies/:id/statistics/:year/report', {
    schema: {
      tags,
      summary: '报送司法局（次年 1 月 10 日前）：固定当时的统计数据并计算摘要值',
      params: AgencyYearParams,
      response: { 200: AnnualReportSchema, ...errors(403) },
    },
    handler: async (req) => freezeReport(deps, actorOf(req), req.params.id, req.params.year, 'report'),
  });

  app.post('/api/v1/agencies/:id/statistics/:year/publication', {
    schema: {
      tags,
      summary: '向社会公开（次年 1 月 31 日前）',
      params: AgencyYearParams,
      response: { 200: AnnualReportSchema, ...errors(403) },
    },
    handler: async (req) => freezeReport(deps, actorOf(req), req.params.id, req.params.year, 'publish'),
  });

  app.get('/api/v1/statistics/:year/status', {
    schema: {
      tags,
      summary: '司法局：辖区内各机关年报的报送与公开情况（逾期标记）及汇总',
      params: YearParams,
      response: { 200: ReportingStatusSchema, ...errors() },
    },
    handler: async (req) => reportingStatus(deps, actorOf(req), req.params.year),
  });

  const agencyByCredit = (credit: string) => agencyByCreditCode(deps.db, credit);

  app.get<{ Params: { credit: string } }>(
    '/agencies/:credit/statistics',
    { config: { public: true }, schema: { hide: true } },
    async (req, reply) => {
      const a = await agencyByCredit(req.params.credit);
      if (!a) return sendPage(reply, 404, statisticsNotFoundPage(shown(req.params.credit)));
      return sendCached(req, reply, 'text/html; charset=utf-8', statisticsIndexPage(a, await publishedReports(deps.db, a.id)));
    },
  );

  app.get<{ Params: { credit: string; year: string } }>(
    '/agencies/:credit/statistics/:year',
    { config: { public: true }, schema: { hide: true } },
    async (req, reply) => {
      const a = await agencyByCredit(req.params.credit);
      const report = a ? (await publishedReports(deps.db, a.id)).find((r) => String(r.year) === req.params.year) : undefined;
      if (!a || !report) return sendPage(reply, 404, statisticsNotFoundPage(`${shown(req.params.credit)} ${shown(req.params.year)}`));
      return sendCached(req, reply, 'text/html; charset=utf-8', statisticsYearPage(a, report, chinaDate(deps.clock.now())));
    },
  );
}
