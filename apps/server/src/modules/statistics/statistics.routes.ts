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
import { XLSX_TYPE, sheetsToXlsx } from '../../http/xlsx.ts';
import { analysis, analysisSheets, periodText } from './analysis.service.ts';
import { AnalysisExportQuery, AnalysisQuery, AnalysisView } from './analysis.schemas.ts';
import { reportSheets } from './statistics.sheets.ts';

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

  app.get('/api/v1/analysis', {
    schema: {
      tags,
      summary:
        '统计分析（R-X-3）：可见范围内按机关、承办机构、执法行为类别、执法类别、案由、案件发生地、月份和星期×时段的立案、决定、罚没款、法制审核及退回，与上一同长期间比较',
      querystring: AnalysisQuery,
      response: { 200: AnalysisView, ...errors(403) },
    },
    handler: async (req) => analysis(deps, actorOf(req), req.query),
  });

  app.get('/api/v1/analysis/export', {
    schema: {
      tags,
      summary: '统计分析导出为 .xlsx（一项或全部，每项一个工作表；数字与 /api/v1/analysis 相同）',
      querystring: AnalysisExportQuery,
      produces: [XLSX_TYPE],
      response: { ...errors(403) },
    },
    handler: async (req, reply) => {
      const { figure, ...query } = req.query;
      const f = await analysis(deps, actorOf(req), query);
      const name = `统计分析${figure === 'all' ? '' : `-${figure}`}-${periodText(f)}.xlsx`;
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
        .header('cache-control', 'no-store')
        .send(await sheetsToXlsx(analysisSheets(f, figure)));
    },
  });

  app.get('/api/v1/agencies/:id/statistics/:year/export', {
    schema: {
      tags,
      summary: '年度执法统计（年报）导出为 .xlsx：总表、按类别和结果，及与统计分析相同的各项分组',
      params: AgencyYearParams,
      produces: [XLSX_TYPE],
      response: { ...errors() },
    },
    handler: async (req, reply) => {
      const report = await annualReport(deps, actorOf(req), req.params.id, req.params.year);
      const name = `${req.params.year}年度行政执法统计.xlsx`;
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
        .header('cache-control', 'no-store')
        .send(await sheetsToXlsx(reportSheets(report)));
    },
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
