import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ROSTER_DEFS, chinaDate } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { errors, type App } from '../../http/typebox.ts';
import { esc, layout } from '../../http/html-layout.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { sendCached, sendPage, shown } from '../portal/portal.routes.ts';
import { agencyByCreditCode, agencyById } from '../org/org.queries.ts';
import { publicationsOfCases } from '../publications/publication.records.ts';
import { XLSX_TYPE, listToXlsx, rowsFromXlsx } from '../lists/lists.xlsx.ts';
import { getRoster, putRoster } from './draw.rosters.ts';
import { commitPlan, createPlan, drawPlan, type DrawDeps } from './draw.service.ts';
import { casesOfPlan, getPlan, listPlans, publicDrawRecord, publicPlansOfAgency } from './draw.views.ts';
import { drawPage, drawsIndexPage, type DrawnRow } from './draw.pages.ts';
import {
  AgencyParams,
  PlanBody,
  PlanListView,
  PlanParams,
  PlanView,
  PublicDrawParams,
  PublicDrawRecordSchema,
  RosterBody,
  RosterImportQuery,
  RosterParams,
  RosterView,
} from './draw.schemas.ts';

/** 双随机、一公开 (R-X-2, R-PUB-6): 名录库 (JSON and .xlsx), plans, commitment and draw; the public record and pages. */
export function registerDrawRoutes(app: App, deps: DrawDeps): void {
  const tags = ['双随机、一公开'];

  app.get('/api/v1/agencies/:id/rosters/:roster', {
    schema: {
      tags,
      summary: '双随机名录库（现行版本）：targets 检查对象，inspectors 执法检查人员，conflicts 回避关系',
      params: RosterParams,
      response: { 200: RosterView, ...errors() },
    },
    handler: async (req) => getRoster(deps.db, actorOf(req), req.params.id, req.params.roster, chinaDate(deps.clock.now())),
  });

  app.put('/api/v1/agencies/:id/rosters/:roster', {
    schema: {
      tags,
      summary: '保存名录库新版本（整表替换；逐行校验，有错则全部不保存，返回 422 及行号、列名、原因）',
      params: RosterParams,
      body: RosterBody,
      response: { 200: RosterView, ...errors(403, 422) },
    },
    handler: async (req) => putRoster(deps, actorOf(req), req.params.id, req.params.roster, req.body),
  });

  app.post('/api/v1/agencies/:id/rosters/:roster/import', {
    schema: {
      tags,
      summary: '从电子表格（.xlsx，第一行为表头）导入名录库；有错误行则全部不导入，错误按表格行号报告；?note=说明',
      params: RosterParams,
      querystring: RosterImportQuery,
      consumes: [XLSX_TYPE],
      response: { 200: RosterView, ...errors(403, 422) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      authorize(actor, 'draw.manage', { agencyId: req.params.id });
      if (!Buffer.isBuffer(req.body)) throw new DomainError('VALIDATION_FAILED', `请以 ${XLSX_TYPE} 上传电子表格`);
      const rows = await rowsFromXlsx(ROSTER_DEFS[req.params.roster], req.body);
      // row numbers in errors are the spreadsheet's (the header is row 1)
      return putRoster(deps, actor, req.params.id, req.params.roster, { rows, note: req.query.note }, 1);
    },
  });

  app.get('/api/v1/agencies/:id/rosters/:roster/export', {
    schema: { tags, summary: '导出名录库为电子表格（.xlsx），可修改后再导入', params: RosterParams, produces: [XLSX_TYPE] },
    handler: async (req, reply) => {
      const v = await getRoster(deps.db, actorOf(req), req.params.id, req.params.roster);
      const def = ROSTER_DEFS[req.params.roster];
      const a = await agencyById(deps.db, req.params.id);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${a?.name ?? ''}${def.name}`)}.xlsx`)
        .header('cache-control', 'no-store')
        .send(await listToXlsx(def.name, def.columns, v.rows));
    },
  });

  app.get('/api/v1/agencies/:id/draw-plans', {
    schema: { tags, summary: '本机关的双随机抽查方案，新的在前', params: AgencyParams, response: { 200: PlanListView, ...errors() } },
    handler: async (req) => listPlans(deps, actorOf(req), req.params.id),
  });

  app.post('/api/v1/agencies/:id/draw-plans', {
    schema: {
      tags,
      summary: '为随机抽查事项清单中的一项制定抽查方案（比例或户数、期间、计划检查日期、每户人员数）',
      params: AgencyParams,
      body: PlanBody,
      response: { 201: PlanView, ...errors(403, 422) },
    },
    handler: async (req, reply) => reply.status(201).send(await createPlan(deps, actorOf(req), req.params.id, req.body)),
  });

  app.get('/api/v1/agencies/:id/draw-plans/:planId', {
    schema: {
      tags,
      summary: '抽查方案、承诺、种子、结果及据此启动的检查案件',
      params: PlanParams,
      response: { 200: PlanView, ...errors() },
    },
    handler: async (req) => getPlan(deps, actorOf(req), req.params.id, req.params.planId),
  });

  app.post('/api/v1/agencies/:id/draw-plans/:planId/commit', {
    schema: {
      tags,
      summary: '公布承诺：冻结名录库与方案并公布其哈希，种子定为本机关账本将来某一条数时的根哈希',
      params: PlanParams,
      response: { 200: PlanView, ...errors(403, 409, 422) },
    },
    handler: async (req) => commitPlan(deps, actorOf(req), req.params.id, req.params.planId),
  });

  app.post('/api/v1/agencies/:id/draw-plans/:planId/draw', {
    schema: {
      tags,
      summary: '抽取：种子产生后（账本达到承诺的条数并签署检查点）执行抽取，并为每个抽中对象启动行政检查案件；种子未产生时 409',
      params: PlanParams,
      response: { 200: PlanView, ...errors(403, 409, 422) },
    },
    handler: async (req) => drawPlan(deps, actorOf(req), req.params.id, req.params.planId),
  });

  // ---- public: the record anyone re-runs, and the portal pages ----
  app.get('/api/v1/public/draws/:planId', {
    config: { public: true },
    schema: {
      tags: ['公示 public'],
      summary:
        '双随机抽查的公开数据（R-PUB-6）：方案、冻结的名录库、承诺、种子及凭据、结果；`npx sanxiang draw verify <本地址>` 据此重新抽取核验',
      security: [],
      params: PublicDrawParams,
      response: { 200: PublicDrawRecordSchema, ...errors() },
    },
    handler: async (req, reply) => {
      const r = await publicDrawRecord(deps.db, req.params.planId);
      if (!r) throw new DomainError('NOT_FOUND', '没有该双随机抽查，或其承诺尚未公布');
      return sendCached(req, reply, 'application/json; charset=utf-8', JSON.stringify(r));
    },
  });

  const notFound = (reply: FastifyReply, what: string) =>
    sendPage(reply, 404, layout({ title: '未找到', main: `<h1>未找到</h1><p>没有「${esc(what)}」。</p>` }));
  const html = (req: FastifyRequest, reply: FastifyReply, body: string) => sendCached(req, reply, 'text/html; charset=utf-8', body);

  app.get<{ Params: { credit: string } }>(
    '/agencies/:credit/draws',
    { config: { public: true }, schema: { hide: true } },
    async (req, reply) => {
      const a = await agencyByCreditCode(deps.db, req.params.credit);
      if (!a) return notFound(reply, shown(req.params.credit));
      return html(req, reply, drawsIndexPage(a, await publicPlansOfAgency(deps.db, a.id)));
    },
  );

  app.get<{ Params: { planId: string } }>('/draws/:planId', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
    const id = req.params.planId;
    const r = /^[0-9a-f-]{36}$/.test(id) ? await publicDrawRecord(deps.db, id) : null;
    if (!r) return notFound(reply, shown(id));
    const rows = await drawnRows(deps, id, r.agency.creditCode);
    return html(req, reply, drawPage({ name: r.agency.name, credit_code: r.agency.creditCode }, r, rows, deps.publicUrl));
  });
}

/** What the portal shows of each drawn inspection's result: its case, and its 检查结论's publication. */
async function drawnRows(deps: DrawDeps, planId: string, creditCode: string): Promise<Map<string, DrawnRow>> {
  const cases = await casesOfPlan(deps.db, planId);
  const pubs = new Map(
    (
      await publicationsOfCases(
        deps.db,
        [...cases.values()].map((c) => c.caseId),
      )
    ).map((p) => [p.case_id, p]),
  );
  const out = new Map<string, DrawnRow>();
  for (const [code, c] of cases) {
    const p = pubs.get(c.caseId);
    const published = !!p && p.version > 0 && (p.state === 'published' || p.state === 'expired');
    out.set(code, {
      caseNumber: c.number,
      result: published ? '已公示检查结果' : p ? (p.state === 'withdrawn' ? '已撤下' : '已作出结论，待公示') : '尚未作出检查结论',
      resultUrl: published ? `/decisions/${encodeURIComponent(creditCode)}/${encodeURIComponent(p.doc_number)}` : null,
      dueOn: p && !published ? p.due_on : null,
    });
  }
  return out;
}
