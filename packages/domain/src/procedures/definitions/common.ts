import type { InputDef, StateDef, StepDef } from '../types.ts';
import { SAME } from '../types.ts';
import { recordInputs, recordTimeGuard } from '../record-inputs.ts';

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
      { name: 'presentPerson', label: '当事人或者其在场人员（姓名、职务）', type: 'text', required: false },
      ...recordInputs('检查'),
      { name: 'findings', label: '检查情况', type: 'longtext' },
    ],
    guards: [recordTimeGuard('现场检查')],
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

/**
 * A pair of steps that stop a clock while a thing is out of the agency's hands (检测、检验、检疫、
 * 鉴定): the time between them is not counted (市场监管 rules §18 二款, §64 二款; 行政许可法 §45).
 */
export function pauseSteps(from: readonly string[], basis: string): [StepDef, StepDef] {
  return [
    {
      code: 'start-testing',
      name: '送交检测检验鉴定',
      stage: '调查取证',
      from,
      to: SAME,
      roles: ['officer'],
      officerAct: true,
      inputs: [
        { name: 'items', label: '送检物品及检测、检验、检疫、鉴定项目', type: 'longtext' },
        { name: 'institution', label: '检测检验鉴定机构', type: 'text' },
      ],
      documents: [],
      recordings: [],
      basis,
    },
    {
      code: 'finish-testing',
      name: '收到检测检验鉴定结果',
      stage: '调查取证',
      from,
      to: SAME,
      roles: ['officer'],
      officerAct: true,
      inputs: [{ name: 'result', label: '检测检验鉴定结论', type: 'longtext' }],
      documents: [],
      recordings: [],
      guards: [{ type: 'approvalHeld', approval: 'start-testing', reason: '没有送交中的检测、检验、鉴定' }],
      basis,
    },
  ];
}
