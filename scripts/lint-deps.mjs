#!/usr/bin/env node
// The dependency rule (ENGINEERING.md): the domain package imports nothing of ours and does no
// I/O; modules never reach into another module's repository. Exits non-zero on a violation.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
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

// 1. domain: only relative imports, node:crypto, and (in tests) vitest.
const domainDir = path.join(root, 'packages/domain/src');
for (const f of files(domainDir)) {
  const text = readFileSync(f, 'utf8');
  const isTest = f.endsWith('.test.ts');
  for (const m of text.matchAll(importRe)) {
    const spec = m[1] ?? m[2];
    const allowed = spec.startsWith('./') || spec.startsWith('../') || spec === 'node:crypto' || (isTest && (spec === 'vitest' || spec === 'fast-check' || spec.startsWith('node:')));
    if (!allowed) problems.push(`${path.relative(root, f)}: domain must not import '${spec}'`);
    if (spec.startsWith('../') && !path.resolve(path.dirname(f), spec).startsWith(domainDir)) {
      problems.push(`${path.relative(root, f)}: domain must not import outside itself ('${spec}')`);
    }
  }
  if (!isTest && /Date\.now\(\)|new Date\(\)/.test(text)) problems.push(`${path.relative(root, f)}: domain must not read the clock (take "today" as an argument)`);
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

if (problems.length) {
  console.error(`依赖规则检查未通过（${problems.length} 处）：`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('依赖规则检查通过。');
