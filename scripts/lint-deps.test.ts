import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** The dependency lint on a small tree with planted violations (LINT_ROOT), as `npm run lint` runs it. */

const repo = path.resolve(import.meta.dirname, '..');
let dir = '';

function tree(files: Record<string, string>): string {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = mkdtempSync(path.join(tmpdir(), 'sx-lint-'));
  // the real owners' table (it imports the Database type only)
  mkdirSync(path.join(dir, 'apps/server/src/db'), { recursive: true });
  cpSync(path.join(repo, 'apps/server/src/db/owners.ts'), path.join(dir, 'apps/server/src/db/owners.ts'));
  for (const [f, text] of Object.entries({
    'packages/domain/src/index.ts': 'export const x = 1;\n',
    'apps/server/src/modules/.keep.ts': '',
    ...files,
  })) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

function lint(root: string): { status: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(repo, 'scripts/lint-deps.mjs')], {
      cwd: repo,
      env: { ...process.env, LINT_ROOT: root },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { status: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, out: err.stdout + err.stderr };
  }
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run lint: one owner per table', () => {
  it('passes a module querying its own tables', () => {
    const r = lint(
      tree({
        'apps/server/src/modules/cases/case.repository.ts':
          "export const q = (db: any) => db.selectFrom('cases as c').innerJoin('case_events as e', 'e.case_id', 'c.id');\n",
      }),
    );
    expect(r.out).toContain('依赖规则检查通过');
    expect(r.status).toBe(0);
  });

  it("fails on a planted Kysely query of another module's table", () => {
    const r = lint(
      tree({ 'apps/server/src/modules/review/review.service.ts': "export const q = (db: any) => db.selectFrom('cases').selectAll();\n" }),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain("apps/server/src/modules/review/review.service.ts: queries table 'cases', which belongs to modules/cases/");
  });

  it("fails on planted SQL text joining another module's table, and on a write from outside the owner", () => {
    const r = lint(
      tree({
        'apps/server/src/modules/statistics/statistics.service.ts':
          'export const text = `SELECT count(*) FROM cases c JOIN review_rounds r ON r.case_id = c.id`;\n',
        'apps/server/src/http/auth.ts': "export const w = (db: any) => db.insertInto('sessions').values({});\n",
      }),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain("statistics.service.ts: queries table 'cases'");
    expect(r.out).toContain("statistics.service.ts: queries table 'review_rounds'");
    expect(r.out).toContain("apps/server/src/http/auth.ts: queries table 'sessions', which belongs to modules/auth/");
  });

  it("lets the search engine read the portal's read model, and fails when it writes it", () => {
    const read = lint(
      tree({ 'apps/server/src/modules/search/search.repository.ts': 'export const q = `SELECT id FROM public_decisions WHERE true`;\n' }),
    );
    expect(read.status, read.out).toBe(0);
    const write = lint(
      tree({
        'apps/server/src/modules/search/search.repository.ts':
          "export const w = (db: any) => db.updateTable('public_decisions').set({});\n",
      }),
    );
    expect(write.status).toBe(1);
    expect(write.out).toContain("search.repository.ts: writes table 'public_decisions', which it may only read");
  });

  it('ignores comments and tests', () => {
    const r = lint(
      tree({
        'apps/server/src/modules/review/review.service.ts':
          "// reads FROM cases through the cases module\n/* db.selectFrom('cases') */\nexport const y = 1;\n",
        'apps/server/src/modules/review/review.api.test.ts': "export const q = (db: any) => db.selectFrom('cases');\n",
      }),
    );
    expect(r.status, r.out).toBe(0);
  });
});

describe('npm run lint: layers and module cycles', () => {
  it('passes a tree whose imports run down the layers and whose modules form no cycle', () => {
    const r = lint(
      tree({
        'apps/server/src/adapters/clock.ts': 'export const now = () => 0;\n',
        'apps/server/src/db/schema.ts': "import { now } from '../adapters/clock.ts';\nexport const t = now;\n",
        'apps/server/src/http/auth.ts':
          "import type { t } from '../db/schema.ts';\nexport interface SessionResolver { resolve(token: string): Promise<typeof t | null> }\n",
        'apps/server/src/modules/org/org.queries.ts':
          "import type { SessionResolver } from '../../http/auth.ts';\nexport type R = SessionResolver;\n",
        'apps/server/src/modules/cases/case.reads.ts': "import type { R } from '../org/org.queries.ts';\nexport type C = R;\n",
        'apps/server/src/modules/review/review.state.ts': "import type { C } from '../cases/case.reads.ts';\nexport type G = C;\n",
        'apps/server/src/modules/cases/case.api.test.ts': "import type { G } from '../review/review.state.ts';\nexport type T = G;\n",
        'apps/server/src/app.ts': "import type { G } from './modules/review/review.state.ts';\nexport type A = G;\n",
      }),
    );
    expect(r.out).toContain('依赖规则检查通过');
    expect(r.status).toBe(0);
  });

  it('fails on planted imports that run up a layer, type imports included', () => {
    const r = lint(
      tree({
        'apps/server/src/modules/auth/session.store.ts': 'export class SessionStore {}\n',
        'apps/server/src/http/auth.ts':
          "import type { SessionStore } from '../modules/auth/session.store.ts';\nexport type S = SessionStore;\n",
        'apps/server/src/http/actor.ts': 'export interface Actor { id: string }\n',
        'apps/server/src/db/agency-versions.ts': "import type { Actor } from '../http/actor.ts';\nexport type A = Actor;\n",
        'apps/server/src/adapters/db/pool.ts': "import { x } from '../../db/schema.ts';\nexport const y = x;\n",
        'apps/server/src/db/schema.ts': 'export const x = 1;\n',
      }),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain(
      "apps/server/src/http/auth.ts: http/ must not import modules ('modules/auth/session.store.ts' is a layer above)",
    );
    expect(r.out).toContain("apps/server/src/db/agency-versions.ts: db/ must not import http ('http/actor.ts' is a layer above)");
    expect(r.out).toContain("apps/server/src/adapters/db/pool.ts: adapters/ must not import db ('db/schema.ts' is a layer above)");
  });

  it('fails on a planted two-module cycle and names one importing file per edge', () => {
    const r = lint(
      tree({
        'apps/server/src/modules/cases/case.service.ts':
          "import { decisionGate } from '../review/review.state.ts';\nexport const gate = decisionGate;\n",
        'apps/server/src/modules/review/review.state.ts':
          "import type { CaseRow } from '../cases/case.reads.ts';\nexport const decisionGate = (c: CaseRow) => c;\n",
        'apps/server/src/modules/cases/case.reads.ts': 'export interface CaseRow { id: string }\n',
      }),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain(
      'module cycle cases → review → cases (cases/case.service.ts → review/review.state.ts; review/review.state.ts → cases/case.reads.ts)',
    );
  });
});

describe('npm run lint: access rules as data', () => {
  it('passes a module that asks the access rules, and fails on planted hand-written checks', () => {
    const ok = lint(
      tree({
        'apps/server/src/modules/lists/lists.service.ts':
          "import { authorize } from '../../http/policy/authorize.ts';\nexport const put = (a: any, id: string) => authorize(a, 'lists.update', { agencyId: id });\n",
      }),
    );
    expect(ok.out).toContain('依赖规则检查通过');
    const r = lint(
      tree({
        'apps/server/src/modules/lists/lists.service.ts': [
          "import { DomainError } from '@sanxiang/domain';",
          'export function put(actor: any, id: string) {',
          "  if (!actor.visibleAgencyIds.has(id)) throw new DomainError('NOT_FOUND', '机关不存在');",
          "  if (!actor.roles.includes('admin')) throw new DomainError('FORBIDDEN_ROLE', '只有系统管理员可以修改');",
          '}',
          '',
        ].join('\n'),
      }),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain('apps/server/src/modules/lists/lists.service.ts: reads visibleAgencyIds');
    expect(r.out).toContain('apps/server/src/modules/lists/lists.service.ts: throws FORBIDDEN_ROLE by hand');
  });
});

describe('npm run lint: route files name their schemas', () => {
  it("passes a route file naming the schemas of its module's *.schemas.ts, and fails on a planted inline Type.Object", () => {
    const schemas = "import { Type } from '@sinclair/typebox';\nexport const UnitBody = Type.Object({ name: Type.String() });\n";
    const ok = lint(
      tree({
        'apps/server/src/modules/org/org.schemas.ts': schemas,
        'apps/server/src/modules/org/org.routes.ts': [
          "import { UnitBody } from './org.schemas.ts';",
          '// not Type.Object({}) here: a comment is not a schema',
          "export const register = (app: any) => app.post('/api/v1/units', { schema: { body: UnitBody }, handler: async () => null });",
          '',
        ].join('\n'),
      }),
    );
    expect(ok.out).toContain('依赖规则检查通过');
    expect(ok.status).toBe(0);
    const r = lint(
      tree({
        'apps/server/src/modules/org/org.schemas.ts': schemas,
        'apps/server/src/modules/org/org.routes.ts': [
          "import { Type } from '@sinclair/typebox';",
          'export const register = (app: any) =>',
          "  app.post('/api/v1/units', { schema: { body: Type.Object({ name: Type.String() }) }, handler: async () => null });",
          '',
        ].join('\n'),
      }),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain('apps/server/src/modules/org/org.routes.ts: builds a schema inline (Type.Object)');
  });
});

describe('npm run lint: one format', () => {
  it('fails on a file Prettier would change, and passes it once formatted', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sx-format-'));
    cpSync(path.join(repo, '.prettierrc.json'), path.join(dir, '.prettierrc.json'));
    writeFileSync(path.join(dir, 'planted.ts'), 'export const x = {a:1,  b : "two"}\n');
    const prettier = path.join(repo, 'node_modules/prettier/bin/prettier.cjs');
    const check = () => {
      try {
        execFileSync(process.execPath, [prettier, '--check', 'planted.ts'], { cwd: dir, stdio: 'pipe' });
        return 0;
      } catch (e) {
        return (e as { status: number }).status;
      }
    };
    expect(check()).toBe(1);
    execFileSync(process.execPath, [prettier, '--write', 'planted.ts'], { cwd: dir, stdio: 'pipe' });
    expect(check()).toBe(0);
  });
});
