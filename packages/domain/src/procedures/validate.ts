import { RULE_PACKS } from '../rules/packs.ts';
import type { ProcedureDef } from './types.ts';
import { SAME } from './types.ts';

/** A definition's internal consistency: what the engine and the flowchart rely on. Empty when sound. */
export function validateProcedure(def: ProcedureDef): string[] {
  const problems: string[] = [];
  const states = new Set(def.states.map((s) => s.code));
  const terminal = new Set(def.states.filter((s) => s.terminal).map((s) => s.code));
  const all = [def.open, ...def.steps];
  const codes = new Set<string>();
  for (const s of all) {
    if (codes.has(s.code)) problems.push(`环节代码重复：${s.code}`);
    codes.add(s.code);
    for (const f of s.from) if (!states.has(f)) problems.push(`${s.code}: 起始状态 ${f} 不存在`);
    if (s.to !== SAME && !states.has(s.to)) problems.push(`${s.code}: 目标状态 ${s.to} 不存在`);
    if (s.to === SAME && s.from.some((f) => terminal.has(f))) problems.push(`${s.code}: 不能在终结状态中办理`);
    for (const i of s.inputs) if (i.type === 'choice' && !i.choices?.length) problems.push(`${s.code}.${i.name}: 选择项为空`);
    if ((s.officerAct || s.presentOfficers) && !s.roles.includes('officer'))
      problems.push(`${s.code}: 须由执法人员办理的环节缺少 officer 角色`);
    if (s.presentOfficers && !s.inputs.some((i) => i.name === 'officers' && i.type === 'officers'))
      problems.push(`${s.code}: 缺少在场执法人员字段 officers`);
    for (const g of s.guards ?? []) {
      const stepsNamed =
        g.type === 'actorNotFrom'
          ? g.steps
          : g.type === 'windowPassed'
            ? [g.step, ...g.unless]
            : g.type === 'stepTaken' || g.type === 'withinWindow' || g.type === 'earlierInputEquals' || g.type === 'stepTakenWhen'
              ? [g.step]
              : g.type === 'notHeavierThan'
                ? [g.earlier.step]
                : g.type === 'sanctionsNotHeavier' || g.type === 'hearingRightGiven'
                  ? [g.notice.step]
                  : [];
      for (const n of stepsNamed) if (!all.some((x) => x.code === n)) problems.push(`${s.code}: 校验规则引用了不存在的环节 ${n}`);
      // earlierInputEquals names an input of the earlier step; every other guard, one of this step's
      const inputOwner = g.type === 'earlierInputEquals' ? all.find((x) => x.code === g.step) : s;
      if ('input' in g && g.input !== undefined && inputOwner && !inputOwner.inputs.some((i) => i.name === g.input))
        problems.push(`${s.code}: 校验规则引用了不存在的字段 ${g.input}`);
      if (g.type === 'sanctionsNotHeavier' || g.type === 'hearingRightFollows' || g.type === 'hearingRightGiven') {
        const owner = g.type === 'hearingRightFollows' ? s : all.find((x) => x.code === g.notice.step);
        const own = g.type === 'hearingRightGiven' ? [] : [g.fields];
        const theirs = g.type === 'hearingRightFollows' ? [] : [g.notice.fields];
        for (const [where, fields] of [...own.map((f) => [s, f] as const), ...theirs.map((f) => [owner, f] as const)]) {
          if (!where) continue;
          if (!where.inputs.some((i) => i.name === fields.sanctions && i.type === 'sanctions'))
            problems.push(`${s.code}: 校验规则引用了不存在的处罚种类字段 ${where.code}.${fields.sanctions}`);
          for (const m of [fields.fine, fields.confiscation])
            if (m && !where.inputs.some((i) => i.name === m && i.type === 'money'))
              problems.push(`${s.code}: 校验规则引用了不存在的金额字段 ${where.code}.${m}`);
        }
        if (g.type === 'hearingRightGiven' && owner && !owner.inputs.some((i) => i.name === g.notice.input))
          problems.push(`${s.code}: 校验规则引用了不存在的字段 ${g.notice.input}`);
      }
      if (g.type === 'timeSpan')
        for (const n of [g.start, g.end])
          if (n !== undefined && !s.inputs.some((i) => i.name === n && i.type === 'datetime'))
            problems.push(`${s.code}: 校验规则引用了不存在的时刻字段 ${n}`);
      if ((g.type === 'requiredWhen' || g.type === 'stepTakenWhen') && !s.inputs.some((i) => i.name === g.when.input))
        problems.push(`${s.code}: 校验规则引用了不存在的字段 ${g.when.input}`);
    }
  }
  if (def.open.from.length !== 0) problems.push('立案环节的起始状态应为空');
  if (def.steps.some((s) => s.from.length === 0)) problems.push('只有立案环节可以没有起始状态');
  if (terminal.size === 0) problems.push('没有终结状态');
  for (const st of def.states) {
    if (!st.terminal && !def.steps.some((s) => s.from.includes(st.code) && s.to !== SAME)) problems.push(`状态 ${st.code} 没有出路`);
  }
  // Reachability from the opening state, and a way to a terminal state from each.
  const next = (state: string) => def.steps.filter((s) => s.from.includes(state) && s.to !== SAME).map((s) => s.to);
  const reach = new Set<string>([def.open.to]);
  const queue = [def.open.to];
  while (queue.length) for (const n of next(queue.shift()!)) if (!reach.has(n)) (reach.add(n), queue.push(n));
  for (const st of def.states) if (!reach.has(st.code)) problems.push(`状态 ${st.code} 不可达`);
  for (const st of def.states) {
    const seen = new Set([st.code]);
    const q = [st.code];
    let ok = terminal.has(st.code);
    while (q.length && !ok)
      for (const n of next(q.shift()!)) {
        if (terminal.has(n)) ok = true;
        if (!seen.has(n)) (seen.add(n), q.push(n));
      }
    if (!ok) problems.push(`状态 ${st.code} 无法到达终结状态`);
  }
  for (const d of def.deadlines) {
    const fromStep = all.find((s) => s.code === d.from);
    if (!fromStep) problems.push(`期限 ${d.code}: 起算环节 ${d.from} 不存在`);
    else if (d.fromInput && !fromStep.inputs.some((i) => i.name === d.fromInput && i.type === 'date'))
      problems.push(`期限 ${d.code}: 起算日期字段 ${d.fromInput} 不存在`);
    for (const u of d.until) if (!all.some((s) => s.code === u)) problems.push(`期限 ${d.code}: 截止环节 ${u} 不存在`);
    if (d.extendBy && !all.some((s) => s.code === d.extendBy!.step)) problems.push(`期限 ${d.code}: 延长环节 ${d.extendBy.step} 不存在`);
    for (const pack of RULE_PACKS) {
      if (!pack.limits[d.limit]) problems.push(`期限 ${d.code}: 规则包 ${pack.id} 没有 ${d.limit}`);
    }
  }
  return problems;
}
