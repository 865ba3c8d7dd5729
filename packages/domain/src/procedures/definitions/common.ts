import type { InputDef, StateDef, StepDef } from '../types.ts';

/** Inputs and closing steps shared by several procedures. */
export const officersPresent: InputDef = { name: 'officers', label: '在场执法人员', type: 'officers' };
export const notes: InputDef = { name: 'notes', label: '备注', type: 'longtext', required: false };

export function closeStep(from: readonly string[], extra: Partial<StepDef> = {}): StepDef {
  return {
    code: 'close',
    name: '结案',
    stage: '结案',
    from,
    to: 'closed',
    roles: ['head'],
    inputs: [{ name: 'summary', label: '结案意见', type: 'longtext' }],
    documents: ['结案审批表'],
    recordings: [],
    ...extra,
  };
}

export const archiveStep: StepDef = {
  code: 'archive',
  name: '归档',
  stage: '归档',
  from: ['closed'],
  to: 'archived',
  roles: ['officer', 'admin'],
  inputs: [{ name: 'volumes', label: '卷宗册数', type: 'text' }],
  documents: ['卷宗封面', '卷内文件目录', '卷内备考表'],
  recordings: [],
};

/** 现场检查 with two officers present, its 笔录 and recording (行政处罚法 §42, §55). */
export function inspectStep(from: readonly string[], to: string, basis?: string): StepDef {
  return {
    code: 'inspect',
    name: '现场检查',
    evidence: '现场笔录',
    stage: '调查取证',
    from,
    to,
    roles: ['officer'],
    officerAct: true,
    presentOfficers: true,
    inputs: [
      officersPresent,
      { name: 'place', label: '检查地点', type: 'text' },
      { name: 'findings', label: '检查情况', type: 'longtext' },
    ],
    documents: ['现场检查笔录'],
    recordings: [{ level: 'record', what: '现场检查' }],
    ...(basis ? { basis } : {}),
  };
}

/** Every procedure ends 已结案 then 已归档 (R-REC-1 结案, 归档). */
export const END_STATES: readonly StateDef[] = [
  { code: 'closed', name: '已结案' },
  { code: 'archived', name: '已归档', terminal: true },
];
