import type { Role } from '@sanxiang/domain';

/**
 * Who may do what, on which resource, in which scope: the access rules as data (R-X-5, R-REV-5,
 * R-REC-7). Routes and services ask `authorize` (./authorize.ts) with an action of this table and,
 * where the act touches an agency's data, the agency that holds it; nothing else decides access.
 * The scope test (http/scope.test.ts) generates its role × action × own/other-agency matrix from
 * this table, so a rule changed here is a rule tested.
 *
 * A rule allows an act when one of its grants matches the actor:
 * - `roles`: any of these roles, or 'any' signed-in staff;
 * - `scope`: where the resource's agency must be — 'own' (the actor's agency) or 'visible' (the
 *   actor's agency, its subordinate agencies, or a 司法局's region). An act without a resource
 *   (`resource: null`, e.g. the holiday calendar) is decided by roles and kind alone, and what it
 *   lists is bounded by the grant's scope (`agenciesFor`);
 * - `agencyKind`: the kind the actor's agency must be.
 * Outside the actor's visible agencies a resource does not exist for it: `authorize` answers 404
 * with the rule's `resource` noun, so the existence of another agency's data is never confirmed.
 * Otherwise a refusal is 403 FORBIDDEN_ROLE with `denied`.
 */
export type Scope = 'own' | 'visible';
export type AgencyKind = 'enforcement' | 'justice';

export interface Grant {
  roles: readonly Role[] | 'any';
  scope: Scope;
  agencyKind?: AgencyKind;
}

export interface Rule {
  /** the act, in Chinese, for the architecture map and error pages */
  act: string;
  /** what the resource is called in the 404 message ("机关不存在"); null when the act has no resource */
  resource: string | null;
  grants: readonly Grant[];
  /** the 403 message */
  denied: string;
}

const ANY_VISIBLE: readonly Grant[] = [{ roles: 'any', scope: 'visible' }];
const READ = (act: string, resource: string): Rule => ({ act, resource, grants: ANY_VISIBLE, denied: `无权查看${resource}` });

export const RULES = {
  // ── reads: every signed-in member of staff, within the agencies it may see (R-X-5) ──
  'agency.read': READ('查看机关及其清单、标准、统计', '机关'),
  'case.read': READ('查看案件及其记录（监督人员须说明调阅事由，R-REC-7）', '案件'),
  'user.read': READ('查看人员', '人员'),
  'certificate.read': READ('查看执法证', '执法证'),
  'publication.read': READ('查看公示记录', '公示记录'),
  'exchange.read': { act: '查看接入系统及推送状态（列表）', resource: null, grants: ANY_VISIBLE, denied: '无权查看接入系统' },

  // ── organisation and people ──
  'agency.create': {
    act: '设立机关',
    resource: '上级机关',
    grants: [{ roles: ['admin'], scope: 'visible' }],
    denied: '只有系统管理员可以设立机关',
  },
  'agency.create-top': {
    act: '设立不隶属于其他机关的机关',
    resource: null,
    grants: [{ roles: ['admin'], scope: 'visible', agencyKind: 'justice' }],
    denied: '执法机关只能设立下属机关（须指定上级机关）',
  },
  'agency.create-justice': {
    act: '设立司法行政部门',
    resource: null,
    grants: [{ roles: ['admin'], scope: 'visible', agencyKind: 'justice' }],
    denied: '只有司法行政部门的系统管理员可以设立司法行政部门',
  },
  'agency.update': {
    act: '修改机关信息',
    resource: '机关',
    grants: [{ roles: ['admin'], scope: 'visible' }],
    denied: '只有系统管理员可以修改机关信息',
  },
  'unit.create': {
    act: '设立内设机构',
    resource: '机关',
    grants: [{ roles: ['admin'], scope: 'visible' }],
    denied: '只有系统管理员可以设立内设机构',
  },
  'people.manage': {
    act: '管理人员和执法证',
    resource: '人员',
    grants: [{ roles: ['admin'], scope: 'visible' }],
    denied: '只有系统管理员可以管理人员和执法证',
  },
  'calendar.update': {
    act: '维护节假日安排',
    resource: null,
    grants: [{ roles: ['admin'], scope: 'visible', agencyKind: 'justice' }],
    denied: '只有司法行政部门的系统管理员可以维护节假日安排',
  },

  // ── an agency's own rule data and settings: its own staff only, never a superior's ──
  'case-file-standard.update': {
    act: '设定案卷标准',
    resource: '机关',
    grants: [{ roles: ['admin'], scope: 'own' }],
    denied: '只有本机关系统管理员可以设定案卷标准',
  },
  'recording-list.update': {
    act: '修改音像记录事项清单',
    resource: '机关',
    grants: [{ roles: ['admin'], scope: 'own' }],
    denied: '只有本机关系统管理员可以修改音像记录事项清单',
  },
  'review-catalog.update': {
    act: '修改法制审核目录清单（R-REV-2）',
    resource: '机关',
    grants: [{ roles: ['admin', 'head', 'reviewer'], scope: 'own' }],
    denied: '只有本机关的系统管理员、负责人或法制审核人员可以修改法制审核目录清单',
  },
  'discretion.update': {
    act: '修改裁量基准',
    resource: '机关',
    grants: [{ roles: ['admin', 'head', 'reviewer'], scope: 'own' }],
    denied: '只有本机关的系统管理员、负责人或法制审核人员可以修改裁量基准',
  },
  'lists.update': {
    act: '修改公示清单（R-PUB-1）',
    resource: '机关',
    grants: [{ roles: ['admin', 'head'], scope: 'own' }],
    denied: '只有本机关的系统管理员或负责人可以修改公示清单',
  },
  'draw.manage': {
    act: '维护双随机名录库、制定抽查方案并公布承诺（R-X-2）',
    resource: '机关',
    grants: [{ roles: ['admin', 'head', 'officer'], scope: 'own', agencyKind: 'enforcement' }],
    denied: '只有本机关的执法人员、负责人或系统管理员可以维护双随机名录库和抽查方案',
  },
  'draw.run': {
    act: '执行双随机抽取并据此启动检查（R-X-2）',
    resource: '机关',
    grants: [{ roles: ['officer'], scope: 'own', agencyKind: 'enforcement' }],
    denied: '只有本机关的执法人员可以执行抽取并启动检查',
  },
  'document-settings.update': {
    act: '修改文书设置（罚没款缴纳方式、行政复议机关、管辖法院）',
    resource: '机关',
    grants: [{ roles: ['admin'], scope: 'own' }],
    denied: '只有本机关系统管理员可以修改文书设置',
  },
  'publication-settings.update': {
    act: '设置公示方式',
    resource: '机关',
    grants: [{ roles: ['admin', 'head'], scope: 'own' }],
    denied: '只有本机关的系统管理员或负责人可以设置公示方式',
  },
  'statistics.report': {
    act: '报送或公开统计年报（R-PUB-5）',
    resource: '机关',
    grants: [{ roles: ['head', 'admin'], scope: 'own' }],
    denied: '只有本机关负责人或系统管理员可以报送或公开统计年报',
  },
  'exchange.register': {
    act: '登记接入系统（R-X-6）',
    resource: '机关',
    grants: [
      { roles: ['admin'], scope: 'own' },
      { roles: ['admin'], scope: 'visible', agencyKind: 'justice' },
    ],
    denied: '只有本机关或司法局的系统管理员可以登记接入系统',
  },
  'ledger.checkpoint': {
    act: '签发全过程记录检查点（R-REC-3）',
    resource: '机关',
    grants: [{ roles: 'any', scope: 'own' }],
    denied: '只能为本机关签发检查点',
  },

  // ── cases: handled by the handling agency's staff; the engine then checks each step's roles ──
  'case.open': {
    act: '立案',
    resource: null,
    grants: [{ roles: 'any', scope: 'visible', agencyKind: 'enforcement' }],
    denied: '只有行政执法机关可以立案',
  },
  'case.step': {
    act: '办理案件环节',
    resource: '案件',
    grants: [{ roles: 'any', scope: 'own' }],
    denied: '只有本案办案机关的人员可以办理案件环节',
  },
  'case.record': {
    act: '记录本案（音像记录、证据、文书）',
    resource: '案件',
    grants: [{ roles: 'any', scope: 'own' }],
    denied: '只有本案办案机关的人员可以记录本案',
  },
  'party.access.void': {
    act: '作废当事人专区访问码（须说明理由，记入案件记录）',
    resource: '案件',
    grants: [{ roles: ['officer', 'head'], scope: 'own' }],
    denied: '只有办案机关的执法人员或负责人可以作废当事人专区访问码',
  },
  'review.act': {
    act: '提出拟作出的决定、送审、集体讨论、作出决定（R-REV-3、R-REV-6）',
    resource: '案件',
    grants: [{ roles: 'any', scope: 'own' }],
    denied: '只有本案办案机关的人员可以办理',
  },
  'review.opinion': {
    act: '出具法制审核意见（上级机关法制审核机构的审核人员亦可；资格和回避由审核规则判断，R-REV-5）',
    resource: '案件',
    grants: [{ roles: 'any', scope: 'visible' }],
    denied: '无权办理本案法制审核',
  },
  'review.invite-adviser': {
    act: '邀请法律顾问、公职律师（R-REV-9）',
    resource: '案件',
    grants: [{ roles: ['reviewer', 'head'], scope: 'visible' }],
    denied: '只有法制审核人员或者机关负责人可以邀请法律顾问、公职律师',
  },
  'review.adviser-opinion': {
    act: '录入法律顾问、公职律师的意见',
    resource: '案件',
    grants: [{ roles: ['reviewer'], scope: 'visible' }],
    denied: '法律顾问、公职律师的意见由法制审核人员录入',
  },
  'adviser.manage': {
    act: '管理法律顾问、公职律师库',
    resource: null,
    grants: [{ roles: ['admin', 'supervisor'], scope: 'visible', agencyKind: 'justice' }],
    denied: '法律顾问、公职律师库由司法行政部门管理',
  },

  // ── publication (R-PUB-3/4): by the agency that made the decision ──
  'publication.act': {
    act: '办理公示（预览、发布、更正、撤下）',
    resource: '公示记录',
    grants: [{ roles: 'any', scope: 'own' }],
    denied: '只有作出决定的机关可以办理本条公示',
  },

  'publication.preview': {
    act: '对照查看未脱敏的原文（公示前核对；须说明事由并记入调阅记录，R-REC-7）',
    resource: '公示记录',
    grants: [{ roles: ['publisher', 'head'], scope: 'own' }],
    denied: '只有作出决定的机关的公示管理员或负责人可以对照查看未脱敏的原文',
  },

  // ── supervision (R-X-2, R-REC-7) ──
  'supervision.read': {
    act: '查看执法监督数据',
    resource: null,
    grants: [{ roles: ['supervisor', 'head'], scope: 'visible' }],
    denied: '只有监督人员和机关负责人可以查看执法监督数据',
  },
  'access-log.read': {
    act: '查看调阅记录（R-REC-7）',
    resource: null,
    grants: [{ roles: ['supervisor', 'admin', 'head'], scope: 'visible' }],
    denied: '只有监督人员、机关负责人或系统管理员可以查看调阅记录',
  },

  // ── 案卷评查 (R-REC-8; issue 21) ──
  'evaluation-standard.update': {
    act: '修订案卷评查标准（新版本）',
    resource: '机关',
    grants: [{ roles: ['admin'], scope: 'own', agencyKind: 'justice' }],
    denied: '只有司法行政部门的系统管理员可以修订案卷评查标准',
  },
  'evaluation.manage': {
    act: '组织案卷评查：制定评查活动、公布承诺、抽取案卷、逐项评分、反馈结果',
    resource: '机关',
    grants: [{ roles: ['supervisor'], scope: 'own', agencyKind: 'justice' }],
    denied: '只有司法行政部门的监督人员可以组织案卷评查和评分',
  },
  'evaluation.read': {
    act: '查看本机关（司法局：辖区各机关）的案卷评查结果和问题',
    resource: '机关',
    grants: [{ roles: ['head', 'reviewer', 'supervisor', 'admin'], scope: 'visible' }],
    denied: '只有机关负责人、法制审核人员、监督人员或系统管理员可以查看案卷评查结果',
  },
  'evaluation.reply': {
    act: '对案卷评查结果作出整改说明',
    resource: '机关',
    grants: [{ roles: ['head'], scope: 'own', agencyKind: 'enforcement' }],
    denied: '只有被评查机关的负责人可以作出整改说明',
  },

  // ── 执法监督预警 and 复议/诉讼 outcomes (R-X-3, R-REC-8; issue 21) ──
  'alert.read': {
    act: '查看本机关（司法局：辖区）的执法监督预警（承办人等只见指派给自己的）',
    resource: '机关',
    grants: [{ roles: ['head', 'supervisor', 'admin'], scope: 'visible' }],
    denied: '只有机关负责人、监督人员或系统管理员可以查看全机关的执法监督预警',
  },
  'alert.settings': {
    act: '设置预警阈值和短信/即时通讯推送地址',
    resource: '机关',
    grants: [{ roles: ['head', 'admin'], scope: 'own' }],
    denied: '只有本机关负责人或系统管理员可以设置预警和推送',
  },
  'case.outcome': {
    act: '登记行政复议、行政诉讼结果及整改情况',
    resource: '案件',
    grants: [{ roles: ['head', 'reviewer', 'admin'], scope: 'own' }],
    denied: '只有本机关负责人、法制审核人员或系统管理员可以登记复议、诉讼结果',
  },

  // ── 投诉举报 (R-X-4): the handling agency's staff act; the 司法局 reads its region's, never acts ──
  'complaint.read': {
    act: '查看投诉举报（含投诉人姓名、电话和附件；司法局：辖区各机关的，只读）',
    resource: '投诉举报',
    grants: [
      { roles: 'any', scope: 'own', agencyKind: 'enforcement' },
      { roles: ['head', 'admin'], scope: 'visible' },
      { roles: ['supervisor', 'head', 'admin'], scope: 'visible', agencyKind: 'justice' },
    ],
    denied: '只有本机关人员、上级机关负责人或司法局监督人员可以查看投诉举报',
  },
  'complaint.assign': {
    act: '指派投诉举报的承办人、转办其他机关',
    resource: '投诉举报',
    grants: [{ roles: ['head'], scope: 'own', agencyKind: 'enforcement' }],
    denied: '只有本机关负责人可以指派承办人或转办投诉举报',
  },
  'complaint.answer': {
    act: '答复投诉举报（承办人或本机关负责人）',
    resource: '投诉举报',
    grants: [{ roles: ['head', 'officer'], scope: 'own', agencyKind: 'enforcement' }],
    denied: '只有本机关的承办人或负责人可以答复投诉举报',
  },
  'complaint.settings': {
    act: '设置投诉举报的答复期限',
    resource: '机关',
    grants: [{ roles: ['head', 'admin'], scope: 'own', agencyKind: 'enforcement' }],
    denied: '只有本机关负责人或系统管理员可以设置投诉举报的答复期限',
  },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;
