import { Suspense, useEffect, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Button, Grid, Layout, Menu, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { useSession } from '../auth/session';
import { rolesText } from '../lib/format';
import { menuFor } from './menu';
import { useFocusableScrollers } from './scroll-focus';
import { AlertBell } from '../features/alerts/alert-bell';

const { Header, Sider, Content } = Layout;

/** The entry whose path (and query, if it has one) best matches where we are. */
function selectedKey(pathname: string, search: string, paths: string[]): string | undefined {
  const here = new URLSearchParams(search);
  let best: { path: string; score: number } | undefined;
  for (const p of paths) {
    const [pp, q] = p.split('?');
    const base = pp!;
    const prefix = base === '/' ? pathname === '/' : pathname === base || pathname.startsWith(`${base}/`);
    if (!prefix) continue;
    let score = base.length * 10;
    if (q) {
      const want = new URLSearchParams(q);
      if ([...want].every(([k, v]) => here.get(k) === v)) score += 5;
      else continue;
    }
    if (pathname === base) score += 3;
    if (!best || score > best.score) best = { path: p, score };
  }
  return best?.path;
}

/**
 * One frame for every role: the side menu (icons and 中文, collapsed to icons below 1200 px),
 * the top bar with the agency, the person and their roles and 退出登录, then the page.
 */
export function AppLayout() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  useFocusableScrollers();
  const screens = Grid.useBreakpoint();
  // below 1200 px (a tablet at 1024) the menu shows icons only; the breakpoint hook is empty on the first render
  const narrow = screens.xl === undefined ? window.innerWidth < 1200 : !screens.xl;
  const [collapsed, setCollapsed] = useState(narrow);
  useEffect(() => setCollapsed(narrow), [narrow]);

  const groups = useMemo(() => menuFor(session.user.roles), [session.user.roles]);
  const paths = groups.flatMap((g) => g.entries.map((e) => e.path));
  const items: MenuProps['items'] = groups.map((g) =>
    g.label
      ? {
          type: 'group' as const,
          key: g.key,
          label: collapsed ? null : g.label,
          children: g.entries.map((e) => ({ key: e.path, icon: e.icon, label: e.label })),
        }
      : { type: 'group' as const, key: g.key, children: g.entries.map((e) => ({ key: e.path, icon: e.icon, label: e.label })) },
  );
  const selected = selectedKey(location.pathname, location.search, paths);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        trigger={null}
        width={220}
        collapsedWidth={64}
        theme="light"
        style={{ borderRight: '1px solid #f0f0f0', position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div className="brand">
          <span className="brand-mark" aria-hidden>
            三
          </span>
          <span className={collapsed ? 'sr-only' : 'brand-text'}>执法工作台</span>
        </div>
        <nav aria-label="主菜单">
          <Menu mode="inline" items={items} selectedKeys={selected ? [selected] : []} onClick={(e) => navigate(e.key)} inlineIndent={16} />
        </nav>
      </Sider>
      <Layout>
        <Header className="topbar">
          <Button
            type="text"
            aria-label={collapsed ? '展开菜单' : '收起菜单'}
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed(!collapsed)}
          />
          <Typography.Text strong className="topbar-agency">
            {session.user.agencyName}
          </Typography.Text>
          <Space size="middle" className="topbar-user">
            <AlertBell />
            <span>
              {session.user.name}
              <Tag style={{ marginLeft: 8 }}>{rolesText(session.user.roles)}</Tag>
            </span>
            {session.idleMinutes ? (
              <Tooltip title={`为保护执法数据，${session.idleMinutes} 分钟无操作将自动退出登录`}>
                <Typography.Text type="secondary" className="idle-note">
                  {session.idleMinutes} 分钟无操作自动退出
                </Typography.Text>
              </Tooltip>
            ) : null}
            <Button icon={<LogoutOutlined />} onClick={() => void session.signOut().then(() => navigate('/login'))}>
              退出登录
            </Button>
          </Space>
        </Header>
        <Content id="main" tabIndex={-1} className="content">
          <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}

export { Link };
