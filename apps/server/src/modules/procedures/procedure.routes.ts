import { DomainError, PROCEDURES, RULE_PACKS, findRulePack, getProcedure, toMermaid, toSvg } from '@sanxiang/domain';
import { asMutable, errors, type App } from '../../http/typebox.ts';
import {
  ProcedureCodeParams,
  ProcedureDefSchema,
  ProcedureListView,
  RulePackListView,
  RulePackParams,
  RulePackSchema,
} from './procedure.schemas.ts';

/** Procedures and rule packs are public: the 执法流程图 is published from the same definitions the engine runs. */
export function registerProcedureRoutes(app: App): void {
  const tags = ['执法程序 procedures'];
  const find = (code: string) => {
    const def = getProcedure(code);
    if (!def) throw new DomainError('NOT_FOUND', `执法程序「${code}」不存在`);
    return def;
  };

  app.get('/api/v1/procedures', {
    config: { public: true },
    schema: {
      tags,
      summary: '执法程序清单',
      response: {
        200: ProcedureListView,
      },
    },
    handler: async () =>
      PROCEDURES.map((p) => ({
        code: p.code,
        name: p.name,
        kind: p.kind,
        version: p.version,
        numberWord: p.numberWord,
        description: p.description,
      })),
  });

  app.get('/api/v1/procedures/:code', {
    config: { public: true },
    schema: {
      tags,
      summary: '执法程序定义（环节、角色、文书、音像记录、期限）',
      params: ProcedureCodeParams,
      response: { 200: ProcedureDefSchema, ...errors() },
    },
    handler: async (req) => asMutable(find(req.params.code)),
  });

  app.get('/api/v1/procedures/:code/flowchart.svg', {
    config: { public: true },
    schema: { tags, summary: '执法流程图（SVG）', params: ProcedureCodeParams, produces: ['image/svg+xml'], response: { ...errors() } },
    handler: async (req, reply) => reply.type('image/svg+xml; charset=utf-8').send(toSvg(find(req.params.code))),
  });

  app.get('/api/v1/procedures/:code/flowchart.mmd', {
    config: { public: true },
    schema: { tags, summary: '执法流程图（Mermaid）', params: ProcedureCodeParams, produces: ['text/plain'], response: { ...errors() } },
    handler: async (req, reply) => reply.type('text/plain; charset=utf-8').send(toMermaid(find(req.params.code))),
  });

  app.get('/api/v1/rule-packs', {
    config: { public: true },
    schema: {
      tags: ['规则包 rule packs'],
      summary: '法定期限与阈值的版本',
      response: {
        200: RulePackListView,
      },
    },
    handler: async () =>
      RULE_PACKS.map((p) => ({
        id: p.id,
        version: p.version,
        name: p.name,
        effectiveFrom: p.effectiveFrom,
        effectiveTo: p.effectiveTo ?? null,
      })),
  });

  app.get('/api/v1/rule-packs/:id', {
    config: { public: true },
    schema: {
      tags: ['规则包 rule packs'],
      summary: '规则包内容',
      params: RulePackParams,
      response: { 200: RulePackSchema, ...errors() },
    },
    handler: async (req) => {
      const pack = findRulePack(RULE_PACKS, req.params.id);
      if (!pack) throw new DomainError('NOT_FOUND', `规则包「${req.params.id}」不存在`);
      return pack;
    },
  });
}
