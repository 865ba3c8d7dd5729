import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, LIST_CODES, listDef } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { errors, type App } from '../../http/typebox.ts';
import { sendCached, sendPage, shown } from '../portal/portal.routes.ts';
import { publicAgency } from '../portal/portal.service.ts';
import { agencyCatalog } from '../review/review.state.ts';
import { agencyBenchmarks } from '../discretion/discretion.service.ts';
import { agencyRecordingList } from '../cases/recording-rules.ts';
import { getList, listChanges, putList, recordChange, type ListDeps } from './lists.service.ts';
import { agencyByCreditCode } from '../org/org.queries.ts';
import { XLSX_TYPE, listToXlsx, rowsFromXlsx } from './lists.xlsx.ts';
import {
  ListChangeBody,
  ListChangesQuery,
  ListImportQuery,
  ListParams,
  ListVersionBody,
  ListViewSchema,
  PendingChangeListView,
  RecordedChangeSchema,
} from './lists.schemas.ts';
import { discretionPage, flowchartsPage, listPage, listsIndexPage, recordingPage, reviewCatalogPage } from './lists.pages.ts';
import { layout, esc } from '../../http/html-layout.ts';
import { authorize } from '../../http/policy/authorize.ts';

/** 事前公开 lists (R-PUB-1): the API to keep them (JSON and .xlsx), change tracking, and the public pages. */
export function registerListRoutes(app: App, deps: ListDeps): void {
  const tags = ['事前公开 lists'];
  app.addContentTypeParser(XLSX_TYPE, { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.get('/api/v1/agencies/:id/lists/:list', {
    schema: {
      tags,
      summary: '事前公开清单（现行版本与历史）：matters 事项清单，inspections 随机抽查事项清单，guides 服务指南，remedies 救济渠道',
      params: ListParams,
      response: { 200: ListViewSchema, ...errors() },
    },
    handler: async (req) => {
      authorize(actorOf(req), 'agency.read', { agencyId: req.params.id });
      return getList(deps.db, req.params.id, req.params.list);
    },
  });

  app.put('/api/v1/agencies/:id/lists/:list', {
    schema: {
      tags,
      summary: '公布新版本（整表替换；逐行校验，有错则全部不保存，返回 422 及行号、列名）',
      params: ListParams,
      body: ListVersionBody,
      response: { 200: ListViewSchema, ...errors(403, 422) },
    },
    handler: async (req) => putList(deps, actorOf(req), req.params.id, req.params.list, req.body),
  });

  app.post('/api/v1/agencies/:id/lists/:list/import', {
    schema: {
      tags,
      summary: '从电子表格（.xlsx，第一行为表头）导入并公布新版本；?note=说明&changedOn=日期',
      params: ListParams,
      querystring: ListImportQuery,
      consumes: [XLSX_TYPE],
      response: { 200: ListViewSchema, ...errors(403, 422) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      authorize(actor, 'agency.read', { agencyId: req.params.id });
      if (!Buffer.isBuffer(req.body)) throw new DomainError('VALIDATION_FAILED', `请以 ${XLSX_TYPE} 上传电子表格`);
      const rows = await rowsFromXlsx(listDef(req.params.list), req.body);
      // row numbers in errors are the spreadsheet's (the header is row 1)
      return putList(
        deps,
        actor,
        req.params.id,
        req.params.list,
        { rows, note: req.query.note, ...(req.query.changedOn ? { changedOn: req.query.changedOn } : {}) },
        1,
      );
    },
  });

  app.post('/api/v1/agencies/:id/lists/:list/changes', {
    schema: {
      tags,
      summary: '登记一项待反映的变化（法律修订、机构或人员调整）：应于 20 个工作日内更新清单',
      params: ListParams,
      body: ListChangeBody,
      response: { 201: RecordedChangeSchema, ...errors(403) },
    },
    handler: async (req, reply) => reply.status(201).send(await recordChange(deps, actorOf(req), req.params.id, req.params.list, req.body)),
  });

  app.get('/api/v1/list-changes', {
    schema: {
      tags,
      summary: '尚未在清单中反映的变化及期限（司法局可见辖区内全部机关；overdue=true 只列逾期的）',
      querystring: ListChangesQuery,
      response: { 200: PendingChangeListView, ...errors() },
    },
    handler: async (req) => listChanges(deps, actorOf(req), req.query),
  });

  // ---- public pages and downloads ----
  const agencyOf = (credit: string) => agencyByCreditCode(deps.db, credit);
  const notFound = (reply: FastifyReply, what: string) =>
    sendPage(reply, 404, layout({ title: '未找到', main: `<h1>未找到</h1><p>没有「${esc(what)}」。</p>` }));
  const html = (req: FastifyRequest, reply: FastifyReply, body: string) => sendCached(req, reply, 'text/html; charset=utf-8', body);
  const xlsx = (reply: FastifyReply, name: string, bytes: Buffer) =>
    reply
      .type(XLSX_TYPE)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}.xlsx`)
      .header('cache-control', 'public, max-age=60')
      .send(bytes);

  app.get<{ Params: { credit: string } }>(
    '/agencies/:credit/lists',
    { config: { public: true }, schema: { hide: true } },
    async (req, reply) => {
      const a = await agencyOf(req.params.credit);
      if (!a) return notFound(reply, shown(req.params.credit));
      const lists = await Promise.all(LIST_CODES.map(async (c) => ({ def: listDef(c), view: await getList(deps.db, a.id, c) })));
      return html(req, reply, listsIndexPage(a, lists));
    },
  );

  app.get<{ Params: { credit: string; list: string } }>(
    '/agencies/:credit/lists/:list',
    { config: { public: true }, schema: { hide: true } },
    async (req, reply) => {
      const a = await agencyOf(req.params.credit);
      if (!a) return notFound(reply, shown(req.params.credit));
      const name = req.params.list;
      if (name === 'flowcharts') return html(req, reply, flowchartsPage(a));
      if (name === 'discretion') return html(req, reply, discretionPage(a, await agencyBenchmarks(deps.db, a.id)));
      if (name === 'review-catalog') return html(req, reply, reviewCatalogPage(a, await agencyCatalog(deps.db, a.id)));
      if (name === 'recording') return html(req, reply, recordingPage(a, await agencyRecordingList(deps.db, a.id)));
      const code = name.endsWith('.xlsx') ? name.slice(0, -5) : name;
      if (!(LIST_CODES as string[]).includes(code)) return notFound(reply, shown(name));
      const def = listDef(code);
      const v = await getList(deps.db, a.id, code);
      if (name.endsWith('.xlsx')) return xlsx(reply, `${a.name}${def.name}`, await listToXlsx(def.name, def.columns, v.rows));
      return html(req, reply, listPage(a, def, v));
    },
  );

  app.get<{ Params: { credit: string; list: string; version: string } }>(
    '/agencies/:credit/lists/:list/versions/:version',
    { config: { public: true }, schema: { hide: true } },
    async (req, reply) => {
      const a = await agencyOf(req.params.credit);
      const n = Number(req.params.version);
      if (!a || !(LIST_CODES as string[]).includes(req.params.list) || !Number.isInteger(n) || n < 1)
        return notFound(reply, shown(`${req.params.list} ${req.params.version}`));
      try {
        return html(req, reply, listPage(a, listDef(req.params.list), await getList(deps.db, a.id, req.params.list, n), true));
      } catch (e) {
        if (e instanceof DomainError && e.code === 'NOT_FOUND') return notFound(reply, `第 ${n} 版`);
        throw e;
      }
    },
  );

  // 执法人员清单 comes from the people records; its spreadsheet is generated from them
  app.get<{ Params: { credit: string } }>(
    '/agencies/:credit/officers.xlsx',
    { config: { public: true }, schema: { hide: true } },
    async (req, reply) => {
      const found = await publicAgency({ db: deps.db, clock: deps.clock }, req.params.credit);
      if (!found) return notFound(reply, shown(req.params.credit));
      const columns = [
        { key: 'holder', label: '姓名' },
        { key: 'unit', label: '所在机构' },
        { key: 'post', label: '职务' },
        { key: 'number', label: '执法证号' },
        { key: 'fields', label: '执法类别' },
        { key: 'regions', label: '执法区域' },
        { key: 'status', label: '状态' },
        { key: 'validTo', label: '有效期至' },
      ];
      const rows = found.officers.map((o) => ({
        holder: o.holder,
        unit: o.unit ?? '',
        post: o.post,
        number: o.number,
        fields: o.fields.join('、'),
        regions: o.regions.map((r) => r.name).join('、'),
        status: o.statusName,
        validTo: o.validTo,
      }));
      return xlsx(reply, `${found.agency.name}执法人员清单`, await listToXlsx('执法人员清单', columns, rows));
    },
  );
}
