import { readFileSync } from 'node:fs';

/**
 * Summarises a V8 CPU profile (.cpuprofile, as written by step-profile.ts): self time by function
 * and by package or source folder, and the inclusive time of the functions named on the command line.
 * Usage: node --import tsx bench/lib/profile-summary.ts <file> [function names …]
 */
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const [file, ...names] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [function …]');
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// time per sample: the delta to the next one
const self = new Map<number, number>();
for (let i = 0; i < p.samples.length; i++) {
  const dt = p.timeDeltas[i + 1] ?? 0;
  self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + dt);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const idle = [...self.entries()].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0);
const busy = total - idle;

function where(url: string): string {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return url;
  const m = /\/(apps\/server\/src\/[^/]+(?:\/[^/]+)?|packages\/domain\/src\/[^/]+|bench)\//.exec(url);
  return m ? m[1]! : url;
}

const pct = (t: number) => `${((100 * t) / busy).toFixed(1).padStart(5)} %`;
const print = (title: string, m: Map<string, number>, limit: number) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit)) console.log(`${pct(t)}  ${k}`);
};

console.log(`profile ${(total / 1000).toFixed(0)} ms, busy ${(busy / 1000).toFixed(0)} ms (${((100 * busy) / total).toFixed(0)} %)`);
const fnSelf = new Map<string, number>();
const placeSelf = new Map<string, number>();
for (const [id, t] of self) {
  const f = byId.get(id)!.callFrame;
  if (f.functionName === '(idle)') continue;
  const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules|src)\//, '$1/')}:${f.lineNumber + 1}`;
  fnSelf.set(key, (fnSelf.get(key) ?? 0) + t);
  placeSelf.set(where(f.url), (placeSelf.get(where(f.url)) ?? 0) + t);
}
print('self time by place', placeSelf, 30);
print('self time by function', fnSelf, 40);

// inclusive time of every function (a sample counts once per distinct function on its stack)
{
  const incl = new Map<string, number>();
  for (const [id, t] of self) {
    if (byId.get(id)!.callFrame.functionName === '(idle)') continue;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules|src)\//, '$1/')}:${f.lineNumber + 1}`;
      if (!seen.has(key)) {
        seen.add(key);
        incl.set(key, (incl.get(key) ?? 0) + t);
      }
    }
  }
  print('inclusive time by function', incl, Number(process.env['TOP'] ?? 60));
}

// inclusive time: a sample counts once for each distinct named function on its stack
if (names.length) {
  const incl = new Map<string, number>();
  for (const [id, t] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const fn = byId.get(at)!.callFrame.functionName;
      if (names.includes(fn) && !seen.has(fn)) {
        seen.add(fn);
        incl.set(fn, (incl.get(fn) ?? 0) + t);
      }
    }
  }
  print('inclusive time of the named functions', incl, names.length);
}
