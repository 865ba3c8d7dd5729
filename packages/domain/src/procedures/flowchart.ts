import { ROLE_NAMES, SAME, type ProcedureDef, type StepDef } from './types.ts';

/**
 * 执法流程图 generated from the definition the engine runs, so the published chart cannot drift
 * from what the system enforces (R-PUB-1, R-REC-1).
 */
const roles = (s: StepDef) => s.roles.map((r) => ROLE_NAMES[r]).join('/');

function mermaidText(s: string): string {
  return s.replace(/"/g, '＂').replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'));
}

export function toMermaid(def: ProcedureDef, opts: { current?: string } = {}): string {
  const id = (code: string) => `s_${code.replace(/[^a-zA-Z0-9]/g, '_')}`;
  const lines = ['flowchart TD', `  start(["${mermaidText(def.open.name)}（${roles(def.open)}）"])`];
  for (const st of def.states) {
    const loops = def.steps.filter((s) => s.to === SAME && s.from.includes(st.code)).map((s) => s.name);
    const label = loops.length ? `${st.name}<br/>可办理：${loops.join('、')}` : st.name;
    lines.push(st.terminal ? `  ${id(st.code)}(["${mermaidText(label)}"])` : `  ${id(st.code)}["${mermaidText(label)}"]`);
  }
  lines.push(`  start --> ${id(def.open.to)}`);
  for (const s of def.steps) {
    if (s.to === SAME) continue;
    for (const f of s.from) lines.push(`  ${id(f)} -->|"${mermaidText(`${s.name}（${roles(s)}）`)}"| ${id(s.to)}`);
  }
  if (opts.current) lines.push(`  style ${id(opts.current)} fill:#fde68a,stroke:#b45309,stroke-width:3px`);
  return `${lines.join('\n')}\n`;
}

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Width of a label in px at a font size: CJK characters are about 1em wide, others about 0.6em. */
function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? size : size * 0.6;
  return w;
}

/**
 * Layers by the longest path from the opening state over forward edges (edges back to a state
 * on the current depth-first path — 退回补正 and the like — are drawn as back edges), so the
 * main flow reads top to bottom and the end states sit at the bottom.
 */
function layers(def: ProcedureDef): Map<string, number> {
  const succ = (state: string) => [...new Set(def.steps.filter((s) => s.to !== SAME && s.from.includes(state)).map((s) => s.to))];
  const forward = new Map<string, string[]>();
  const onPath = new Set<string>();
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (v: string) => {
    onPath.add(v);
    forward.set(v, []);
    for (const w of succ(v)) {
      if (onPath.has(w)) continue; // back edge
      forward.get(v)!.push(w);
      if (!done.has(w) && !onPath.has(w)) visit(w);
    }
    onPath.delete(v);
    done.add(v);
    order.push(v);
  };
  visit(def.open.to);
  const rank = new Map<string, number>([[def.open.to, 1]]);
  for (const v of order.reverse()) {
    for (const w of forward.get(v) ?? []) rank.set(w, Math.max(rank.get(w) ?? 0, (rank.get(v) ?? 1) + 1));
  }
  for (const st of def.states) if (!rank.has(st.code)) rank.set(st.code, Math.max(...rank.values()) + 1);
  return rank;
}

interface Box {
  code: string;
  label: string;
  sub: string;
  x: number;
  y: number;
  w: number;
  h: number;
  rank: number;
}

export function toSvg(def: ProcedureDef, opts: { current?: string } = {}): string {
  const FONT = 14;
  const SUB = 11;
  const RANK_H = 110;
  const GAP = 40;
  const rank = layers(def);
  for (const st of def.states) if (!rank.has(st.code)) rank.set(st.code, Math.max(...rank.values()) + 1);
  const boxes: Box[] = [{ code: '@start', label: def.open.name, sub: roles(def.open), x: 0, y: 0, w: 0, h: 44, rank: 0 }];
  for (const st of def.states) {
    const loops = def.steps.filter((s) => s.to === SAME && s.from.includes(st.code)).map((s) => s.name);
    boxes.push({
      code: st.code,
      label: st.name,
      sub: loops.length ? `可办理：${loops.join('、')}` : '',
      x: 0,
      y: 0,
      w: 0,
      h: loops.length ? 52 : 40,
      rank: rank.get(st.code)!,
    });
  }
  for (const b of boxes) b.w = Math.max(textWidth(b.label, FONT), textWidth(b.sub, SUB)) + 28;
  const ranks = Math.max(...boxes.map((b) => b.rank)) + 1;
  const rows: Box[][] = Array.from({ length: ranks }, (_, r) => boxes.filter((b) => b.rank === r));
  const rowWidth = (row: Box[]) => row.reduce((a, b) => a + b.w, 0) + GAP * Math.max(0, row.length - 1);
  const LEFT = 220; // room for the labels of layer-skipping edges
  const width = Math.max(...rows.map(rowWidth)) + 80 + LEFT;
  rows.forEach((row, r) => {
    let x = LEFT + (width - LEFT - rowWidth(row)) / 2;
    for (const b of row) {
      b.x = x;
      b.y = 60 + r * RANK_H;
      x += b.w + GAP;
    }
  });
  const height = 60 + ranks * RANK_H;
  const at = (code: string) => boxes.find((b) => b.code === code)!;
  const edges: string[] = [];
  const edge = (from: Box, to: Box, label: string, i: number) => {
    const x1 = from.x + from.w / 2;
    const y1 = from.y + from.h;
    const x2 = to.x + to.w / 2;
    const y2 = to.y;
    let d: string;
    let lx: number;
    let ly: number;
    if (to.rank > from.rank + 1) {
      // Edges that skip layers go around the left side instead of through the boxes between.
      const side = Math.min(from.x, to.x) - 18 - (i % 4) * 12;
      d = `M${from.x},${from.y + from.h / 2} C${side},${from.y + from.h / 2} ${side},${to.y + to.h / 2} ${to.x},${to.y + to.h / 2}`;
      lx = side - 4;
      ly = (from.y + to.y) / 2 + to.h / 2;
    } else if (to.rank > from.rank) {
      const my = (y1 + y2) / 2;
      d = `M${x1},${y1} C${x1},${my} ${x2},${my} ${x2},${y2 - 2}`;
      lx = (x1 + x2) / 2;
      ly = my - 4 + (i % 2) * 12;
    } else {
      // Back or sideways edges go around the right side.
      const side = Math.max(from.x + from.w, to.x + to.w) + 24 + (i % 3) * 14;
      d = `M${from.x + from.w},${from.y + from.h / 2} C${side},${from.y + from.h / 2} ${side},${to.y + to.h / 2} ${to.x + to.w},${to.y + to.h / 2}`;
      lx = side + 4;
      ly = (from.y + to.y) / 2 + to.h / 2;
    }
    edges.push(`<path d="${d}" class="edge" marker-end="url(#arrow)"/>`);
    const anchor = to.rank > from.rank + 1 ? 'end' : to.rank > from.rank ? 'middle' : 'start';
    edges.push(`<text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" class="elabel" text-anchor="${anchor}">${xml(label)}</text>`);
  };
  let i = 0;
  edge(at('@start'), at(def.open.to), '', i++);
  for (const s of def.steps) {
    if (s.to === SAME) continue;
    for (const f of s.from) edge(at(f), at(s.to), `${s.name}（${roles(s)}）`, i++);
  }
  const nodes = boxes.map((b) => {
    const current = b.code === opts.current;
    const terminal = def.states.find((s) => s.code === b.code)?.terminal || b.code === '@start';
    const cls = current ? 'node current' : terminal ? 'node terminal' : 'node';
    const rx = terminal ? b.h / 2 : 6;
    return [
      `<g${current ? ' aria-current="step"' : ''}>`,
      `<rect x="${b.x.toFixed(1)}" y="${b.y}" width="${b.w.toFixed(1)}" height="${b.h}" rx="${rx}" class="${cls}"/>`,
      `<text x="${(b.x + b.w / 2).toFixed(1)}" y="${b.y + (b.sub ? 21 : 25)}" class="label" text-anchor="middle">${xml(b.label)}</text>`,
      b.sub ? `<text x="${(b.x + b.w / 2).toFixed(1)}" y="${b.y + 40}" class="sub" text-anchor="middle">${xml(b.sub)}</text>` : '',
      '</g>',
    ].join('');
  });
  const extra = Math.max(...boxes.map((b) => b.x + b.w)) + 260;
  const w = Math.max(width, extra);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w.toFixed(0)} ${height}" width="${w.toFixed(0)}" height="${height}" role="img" aria-label="${xml(`${def.name}流程图`)}">`,
    `<title>${xml(`${def.name}流程图（${def.version}）`)}</title>`,
    `<desc>${xml(def.description)}</desc>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#52606d"/></marker></defs>',
    '<style>text{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;fill:#1f2933}.label{font-size:14px;font-weight:600}.sub{font-size:11px;fill:#52606d}.elabel{font-size:11px;fill:#334e68}.node{fill:#f0f4f8;stroke:#486581;stroke-width:1.5}.terminal{fill:#e3f8ff;stroke:#0b69a3}.current{fill:#fde68a;stroke:#b45309;stroke-width:3}.edge{fill:none;stroke:#829ab1;stroke-width:1.4}</style>',
    `<text x="20" y="30" style="font-size:18px;font-weight:700">${xml(def.name)}</text>`,
    ...edges,
    ...nodes,
    '</svg>',
  ].join('\n');
}
