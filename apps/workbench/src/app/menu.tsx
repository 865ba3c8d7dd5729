import type { ReactNode } from 'react';
import {
  FileTextOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  LineChartOutlined,
  BellOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  ControlOutlined,
  DashboardOutlined,
  DeploymentUnitOutlined,
  EyeOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  GlobalOutlined,
  HomeOutlined,
  MessageOutlined,
  IdcardOutlined,
  NotificationOutlined,
  NumberOutlined,
  OrderedListOutlined,
  PlusCircleOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  UndoOutlined,
  UnorderedListOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import type { Role } from '../auth/session';
import { roleName } from '../lib/format';

export interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
}

/** What each role works with (WORKBENCH.md "Menus by role"); a person with several roles sees the union, grouped by role. */
export const MENUS: Record<Role, MenuEntry[]> = {
  officer: [
    { path: '/cases?mine=1', label: '我的案件', icon: <FolderOpenOutlined /> },
    { path: '/cases/new', label: '新建案件', icon: <PlusCircleOutlined /> },
    { path: '/evidence', label: '音像记录', icon: <VideoCameraOutlined /> },
    { path: '/draws', label: '双随机抽查', icon: <DeploymentUnitOutlined /> },
    { path: '/complaints', label: '投诉举报', icon: <MessageOutlined /> },
  ],
  reviewer: [
    { path: '/reviews', label: '审核待办', icon: <AuditOutlined /> },
    { path: '/reviews/done', label: '已审核', icon: <FileDoneOutlined /> },
    { path: '/admin/discretion', label: '裁量基准', icon: <ControlOutlined /> },
    { path: '/admin/review-catalog', label: '法制审核目录', icon: <ProfileOutlined /> },
  ],
  head: [
    { path: '/approvals', label: '待我审批', icon: <CheckSquareOutlined /> },
    { path: '/approvals/discussions', label: '集体讨论', icon: <TeamOutlined /> },
    { path: '/cases', label: '本机关案件', icon: <UnorderedListOutlined /> },
    { path: '/statistics', label: '统计', icon: <BarChartOutlined /> },
    { path: '/analysis', label: '统计分析', icon: <LineChartOutlined /> },
    { path: '/draws', label: '双随机抽查', icon: <DeploymentUnitOutlined /> },
    { path: '/complaints', label: '投诉举报', icon: <MessageOutlined /> },
    { path: '/alerts', label: '监督预警', icon: <BellOutlined /> },
    { path: '/evaluation/results', label: '案卷评查结果', icon: <FileSearchOutlined /> },
  ],
  publisher: [
    { path: '/publications', label: '待公示', icon: <NotificationOutlined /> },
    { path: '/publications/published', label: '已公示', icon: <GlobalOutlined /> },
    { path: '/publications/withdrawals', label: '撤下与更正', icon: <UndoOutlined /> },
    { path: '/credit-repair', label: '信用修复申请', icon: <SafetyCertificateOutlined /> },
    { path: '/admin/lists', label: '事前公开清单', icon: <OrderedListOutlined /> },
    { path: '/admin/publication-settings', label: '公示设置', icon: <SettingOutlined /> },
  ],
  supervisor: [
    { path: '/supervision', label: '监督首页', icon: <DashboardOutlined /> },
    { path: '/analysis', label: '统计分析', icon: <LineChartOutlined /> },
    { path: '/supervision/cases', label: '案件调阅', icon: <FileSearchOutlined /> },
    { path: '/supervision/access-log', label: '调阅记录', icon: <EyeOutlined /> },
    { path: '/supervision/party-records', label: '当事人记录', icon: <SolutionOutlined /> },
    { path: '/supervision/annual-reports', label: '年报报送', icon: <FileProtectOutlined /> },
    { path: '/supervision/staffing', label: '审核人员配备', icon: <AlertOutlined /> },
    { path: '/evaluation', label: '案卷评查', icon: <FileDoneOutlined /> },
    { path: '/complaints', label: '投诉举报', icon: <MessageOutlined /> },
    { path: '/alerts', label: '监督预警', icon: <BellOutlined /> },
  ],
  admin: [
    { path: '/admin/agencies', label: '机构', icon: <BankOutlined /> },
    { path: '/admin/users', label: '人员与执法证', icon: <IdcardOutlined /> },
    { path: '/qualifications', label: '执法资格', icon: <SafetyOutlined /> },
    { path: '/alerts', label: '监督预警', icon: <BellOutlined /> },
    { path: '/admin/review-catalog', label: '审核目录', icon: <ProfileOutlined /> },
    { path: '/admin/recording-list', label: '音像记录事项清单', icon: <VideoCameraOutlined /> },
    { path: '/admin/discretion', label: '裁量基准', icon: <ControlOutlined /> },
    { path: '/admin/case-file-standards', label: '案卷标准', icon: <SafetyCertificateOutlined /> },
    { path: '/admin/document-numbering', label: '文书编号', icon: <NumberOutlined /> },
    { path: '/admin/calendar', label: '节假日', icon: <CalendarOutlined /> },
    { path: '/admin/lists', label: '事前公开清单', icon: <OrderedListOutlined /> },
    { path: '/draws/rosters', label: '双随机名录库', icon: <DeploymentUnitOutlined /> },
    { path: '/admin/exchange', label: '接入系统', icon: <CloudUploadOutlined /> },
    { path: '/admin/publication-settings', label: '公示设置', icon: <SettingOutlined /> },
    { path: '/admin/document-settings', label: '文书设置', icon: <FileTextOutlined /> },
  ],
};

const ORDER: Role[] = ['officer', 'reviewer', 'head', 'publisher', 'supervisor', 'admin'];

export interface MenuGroup {
  key: string;
  label: string;
  entries: MenuEntry[];
}

/** 待办 first, then one group per role held; an entry shown under an earlier role is not repeated. */
export function menuFor(roles: readonly Role[]): MenuGroup[] {
  const seen = new Set<string>();
  const groups: MenuGroup[] = [{ key: 'home', label: '', entries: [{ path: '/', label: '待办', icon: <HomeOutlined /> }] }];
  for (const role of ORDER) {
    if (!roles.includes(role)) continue;
    const entries = MENUS[role].filter((e) => !seen.has(e.path));
    for (const e of entries) seen.add(e.path);
    if (entries.length) groups.push({ key: role, label: roleName(role), entries });
  }
  return groups;
}

export const ALL_ENTRIES: MenuEntry[] = [
  { path: '/', label: '待办', icon: <HomeOutlined /> },
  ...Object.values(MENUS).flat(),
  { path: '/cases', label: '案件', icon: <ApartmentOutlined /> },
];
