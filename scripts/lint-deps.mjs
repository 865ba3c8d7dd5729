#!/usr/bin/env node
// The dependency rules (ARCHITECTURE.md, "Rules of the tree"): the domain package imports nothing
// of ours and does no I/O; modules never reach into another module's repository; a table is queried
// only by its owning module (apps/server/src/db/owners.ts); no import runs up the server's layers
// (adapters → db → http → modules → app.ts, cli); the server modules import each other without a
// cycle; modules decide access only through the access rules (http/policy); route files build no
// schemas (they name those of the module's *.schemas.ts). Exits non-zero on a violation.
// Run with tsx (`npm run lint`), which lets it read the owners' table from TypeScript.
// LINT_ROOT=<dir> checks another tree of the same layout (the lint's own test plants violations there).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = process.env.LINT_ROOT
  ? path.resolve(process.env.LINT_ROOT)
  : path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const problems = [];

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

const importRe = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

// 1. domain: only relative imports, node:crypto, and (in tests) vitest; the pinned recogniser's loader.
const domainDir = path.join(root, 'packages/domain/src');
for (const f of files(domainDir)) {
  const text = readFileSync(f, 'utf8');
  const isTest = f.endsWith('.test.ts');
  for (const m of text.matchAll(importRe)) {
    const spec = m[1] ?? m[2];
    const allowed =
      spec.startsWith('./') ||
      spec.startsWith('../') ||
      spec === 'node:crypto' ||
      // the one exception: the 脱敏 rule set 2026.1 pins a name recogniser (@node-rs/jieba); its file
      // loads it lazily with createRequire, so only a process that redacts pays for it
      (path.relative(root, f) === path.join('packages', 'domain', 'src', 'redaction', 'recogniser.ts') && spec === 'node:module') ||
      (isTest && (spec === 'vitest' || spec === 'fast-check' || spec.startsWith('node:')));
    if (!allowed) problems.push(`${path.relative(root, f)}: domain must not import '${spec}'`);
    if (spec.startsWith('../') && !path.resolve(path.dirname(f), spec).startsWith(domainDir)) {
      problems.push(`${path.relative(root, f)}: domain must not import outside itself ('${spec}')`);
    }
  }
  if (!isTest && /Date\.now\(\)|new Date\(\)/.test(text))
    problems.push(`${path.relative(root, f)}: domain must not read the clock (take "today" as an argument)`);
}

// 2. server modules: no module imports another module's repository.
const modulesDir = path.join(root, 'apps/server/src/modules');
for (const f of files(modulesDir)) {
  const own = path.relative(modulesDir, f).split(path.sep)[0];
  const text = readFileSync(f, 'utf8');
  for (const m of text.matchAll(importRe)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    const target = path.resolve(path.dirname(f), spec);
    if (!target.startsWith(modulesDir)) continue;
    const other = path.relative(modulesDir, target).split(path.sep)[0];
    if (other !== own && target.endsWith('.repository.ts')) {
      problems.push(`${path.relative(root, f)}: module '${own}' must not use ${other}'s repository`);
    }
  }
}

// 3. tables: queried only by their owner (db/owners.ts), through Kysely or in SQL text.
const serverDir = path.join(root, 'apps/server/src');
const { TABLE_OWNERS, ownerDir, READ_MODEL_READERS } = await import(path.join(serverDir, 'db/owners.ts'));
const tables = Object.keys(TABLE_OWNERS);
const kyselyRe = new RegExp(
  `\\b(?:selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto|(?:inner|left|right|full|cross)Join(?:Lateral)?)\\(\\s*\\[?\\s*['"\`](${tables.join('|')})(?:\\s+as\\s+\\w+)?['"\`]`,
  'g',
);
const sqlRe = new RegExp(`\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+(?:ONLY\\s+)?(${tables.join('|')})\\b(?!\\s*[.(])`, 'gi');
const writeRe = (t) =>
  new RegExp(
    `\\b(?:insertInto|updateTable|deleteFrom|mergeInto)\\(\\s*['"\`]${t}\\b|\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+${t}\\b`,
    'i',
  );
const stripComments = (t) => t.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
for (const f of files(serverDir)) {
  const rel = path.relative(serverDir, f).split(path.sep).join('/');
  if (rel.endsWith('.test.ts') || rel.startsWith('db/migrations/') || rel.startsWith('test/')) continue;
  const text = stripComments(readFileSync(f, 'utf8'));
  const found = new Set([...text.matchAll(kyselyRe), ...text.matchAll(sqlRe)].map((m) => m[1]));
  for (const t of found) {
    const dir = ownerDir(TABLE_OWNERS[t]);
    if (rel === `${dir}.ts` || rel.startsWith(`${dir}/`)) continue;
    const readers = READ_MODEL_READERS[t] ?? [];
    if (readers.some((r) => rel.startsWith(`${r}/`))) {
      if (writeRe(t).test(text))
        problems.push(`apps/server/src/${rel}: writes table '${t}', which it may only read (READ_MODEL_READERS in db/owners.ts)`);
      continue;
    }
    problems.push(`apps/server/src/${rel}: queries table '${t}', which belongs to ${dir}/ (db/owners.ts): call a function of its owner`);
  }
}

// 4. layers, bottom to top: adapters → db → http → modules → app.ts and cli/ (which may import
// anything). A file imports only from its own layer or below; type imports count. Tests are exempt:
// they exercise the composed application.
const LAYERS = ['adapters', 'db', 'http', 'modules', 'app.ts and cli'];
const layerOf = (rel) => {
  const top = rel.split('/')[0];
  return top === 'app.ts' || top === 'cli' ? 4 : LAYERS.indexOf(top);
};
const relImports = (f) => {
  const out = [];
  for (const m of readFileSync(f, 'utf8').matchAll(importRe)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.')) out.push(path.resolve(path.dirname(f), spec));
  }
  return out;
};
for (const f of files(serverDir)) {
  const rel = path.relative(serverDir, f).split(path.sep).join('/');
  const own = layerOf(rel);
  if (own < 0 || rel.endsWith('.test.ts')) continue;
  for (const target of relImports(f)) {
    if (!target.startsWith(serverDir + path.sep)) continue;
    const to = path.relative(serverDir, target).split(path.sep).join('/');
    const other = layerOf(to);
    if (other > own) problems.push(`apps/server/src/${rel}: ${LAYERS[own]}/ must not import ${LAYERS[other]} ('${to}' is a layer above)`);
  }
}

// 5. no cycle between server modules: module-to-module imports (type imports included, tests
// excluded) form an acyclic graph. A cycle is printed with one importing file per edge.
const edges = new Map(); // module → Map(other module → 'a/x.ts → b/y.ts')
for (const f of statSync(modulesDir, { throwIfNoEntry: false }) ? files(modulesDir) : []) {
  if (f.endsWith('.test.ts')) continue;
  const own = path.relative(modulesDir, f).split(path.sep)[0];
  for (const target of relImports(f)) {
    if (!target.startsWith(modulesDir + path.sep)) continue;
    const other = path.relative(modulesDir, target).split(path.sep)[0];
    if (other === own) continue;
    if (!edges.has(own)) edges.set(own, new Map());
    if (!edges.get(own).has(other)) edges.get(own).set(other, `${path.relative(modulesDir, f)} → ${path.relative(modulesDir, target)}`);
  }
}
{
  // Tarjan's strongly connected components
  let next = 0;
  const index = new Map(),
    low = new Map(),
    stack = [],
    onStack = new Set(),
    sccs = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const c = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        c.push(w);
      } while (w !== v);
      if (c.length > 1) sccs.push(c);
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  for (const scc of sccs) {
    // one cycle through the component's first module (breadth-first, inside the component)
    const members = new Set(scc);
    const start = [...scc].sort()[0];
    const prev = new Map([[start, null]]);
    const queue = [start];
    let last = null;
    while (queue.length && !last) {
      const v = queue.shift();
      for (const w of [...(edges.get(v)?.keys() ?? [])].sort()) {
        if (!members.has(w)) continue;
        if (w === start) {
          last = v;
          break;
        }
        if (!prev.has(w)) {
          prev.set(w, v);
          queue.push(w);
        }
      }
    }
    const cycle = [start];
    for (let v = last; v !== start; v = prev.get(v)) cycle.splice(1, 0, v);
    cycle.push(start);
    const via = cycle.slice(1).map((w, i) => edges.get(cycle[i]).get(w));
    problems.push(
      `apps/server/src/modules: module cycle ${cycle.join(' → ')} (${via.join('; ')}); modules in the cycle: ${[...scc].sort().join(', ')}`,
    );
  }
}

// 6. access rules as data (apps/server/src/http/policy/rules.ts): modules decide access only through
// authorize/decide/agenciesFor. A module that reads the actor's visible agencies or throws
// FORBIDDEN_ROLE itself is writing an access rule by hand. The session store and the party area
// build actors (they set the visible agencies); the upload server refuses another user's upload.
const ACTOR_BUILDERS = new Set(['auth/session.store.ts', 'auth/auth.routes.ts', 'party/party.service.ts']);
for (const f of statSync(modulesDir, { throwIfNoEntry: false }) ? files(modulesDir) : []) {
  const rel = path.relative(modulesDir, f).split(path.sep).join('/');
  if (rel.endsWith('.test.ts') || ACTOR_BUILDERS.has(rel)) continue;
  const text = stripComments(readFileSync(f, 'utf8'));
  if (/\.visibleAgencyIds\b/.test(text))
    problems.push(`apps/server/src/modules/${rel}: reads visibleAgencyIds: ask http/policy/authorize.ts (authorize, agenciesFor) instead`);
  if (/DomainError\(\s*['"`]FORBIDDEN_ROLE/.test(text))
    problems.push(`apps/server/src/modules/${rel}: throws FORBIDDEN_ROLE by hand: add the rule to http/policy/rules.ts and call authorize`);
}

// 7. route files register routes only: the schemas they name are built in the module's *.schemas.ts
// (`schema: { params: XParams, body: XBody, response: { 200: XView, ...errors() } }`). A TypeBox
// builder call (Type.Object, Type.Array, …) in a *.routes.ts file is an inline schema.
for (const f of statSync(modulesDir, { throwIfNoEntry: false }) ? files(modulesDir) : []) {
  const rel = path.relative(modulesDir, f).split(path.sep).join('/');
  if (!rel.endsWith('.routes.ts')) continue;
  const m = /\bType\.([A-Z]\w*)\(/.exec(stripComments(readFileSync(f, 'utf8')));
  if (m)
    problems.push(
      `apps/server/src/modules/${rel}: builds a schema inline (Type.${m[1]}): declare it in the module's *.schemas.ts and name it in the route`,
    );
}

if (problems.length) {
  console.error(`依赖规则检查未通过（${problems.length} 处）：`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('依赖规则检查通过。');
