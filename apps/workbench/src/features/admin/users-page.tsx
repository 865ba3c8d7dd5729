import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Drawer, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ROLE_NAMES } from '@sanxiang/domain/browser';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { QueryView, EmptyState } from '../../components/states';
import { roleName } from '../../lib/format';
import type { StaffUser } from './api-types';
import { AgencyPicker, useAgencyScope } from './agency-scope';
import { CertTag, CertificateTable, IssueCertificateForm } from './certificates';
import { UserForm } from './user-form';

type DrawerState = { kind: 'new' } | { kind: 'edit'; id: string } | { kind: 'certificate'; id: string } | null;

/**
 * 人员与执法证 (R-X-1): the people of an agency with their roles, unit and post, and each
 * person's 执法证 — number, 执法类别, 执法区域, validity and status (有效 / 暂扣 / 吊销 / 过期);
 * adding people, changing roles or unit, disabling an account, issuing, suspending, revoking and
 * restoring certificates. Filters (agency, name, role) are kept in the URL.
 */
export default function UsersPage() {
  const session = useSession();
  const scope = useAgencyScope();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const role = params.get('role') ?? undefined;
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const admin = session.has('admin');
  const q = useQuery({
    queryKey: ['users', scope.agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { agencyId: scope.agencyId } } })),
  });
  const setFilter = (key: string, value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const rows = useMemo(() => {
    const t = text.trim().toLowerCase();
    return (q.data ?? []).filter(
      (u) =>
        (!t ||
          u.displayName.toLowerCase().includes(t) ||
          u.username.toLowerCase().includes(t) ||
          u.certificates.some((c) => c.number.toLowerCase().includes(t))) &&
        (!role || u.roles.includes(role)),
    );
  }, [q.data, text, role]);
  const refresh = async (what: string) => {
    message.success(what);
    await qc.invalidateQueries({ queryKey: ['users'] });
  };
  const current = drawer && drawer.kind !== 'new' ? q.data?.find((u) => u.id === drawer.id) : undefined;
  return (
    <Page
      title="人员与执法证"
      crumbs={[{ title: '系统管理' }, { title: '人员与执法证' }]}
      subtitle="人员的角色、所属机构，以及执法证的执法类别、区域、有效期和状态；只有持有效执法证的人员可以作出执法行为"
      extra={
        admin && scope.agency ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ kind: 'new' })}>
            新增人员
          </Button>
        ) : null
      }
    >
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size={16}>
          <AgencyPicker scope={scope} />
          <Input.Search
            aria-label="查找人员"
            placeholder="姓名、用户名或执法证号"
            allowClear
            defaultValue={text}
            onSearch={(v) => setFilter('q', v.trim() || undefined)}
            style={{ width: 260 }}
          />
          <Select
            aria-label="角色"
            placeholder="全部角色"
            allowClear
            style={{ width: 160 }}
            value={role}
            onChange={(v?: string) => setFilter('role', v)}
            options={Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }))}
          />
        </Space>
      </Card>
      <Card size="small">
        <QueryView query={q} isEmpty={(d) => d.length === 0} empty="本机关尚无人员，请点击“新增人员”">
          {() => (
            <Table<StaffUser>
              rowKey="id"
              size="small"
              dataSource={rows}
              pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => `共 ${n} 人` }}
              locale={{ emptyText: <EmptyState>没有符合条件的人员</EmptyState> }}
              scroll={{ x: 980 }}
              expandable={{
                expandedRowRender: (u) => <CertificateTable user={u} editable={admin} onChanged={refresh} />,
                rowExpandable: () => true,
              }}
              columns={[
                {
                  title: '姓名',
                  key: 'name',
                  width: 170,
                  render: (_, u) => (
                    <span>
                      {u.displayName}
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                        {u.username}
                      </Typography.Text>
                    </span>
                  ),
                },
                { title: '内设机构', key: 'unit', width: 130, render: (_, u) => u.unit?.name ?? '—' },
                { title: '职务', dataIndex: 'post', width: 100, render: (p: string) => p || '—' },
                {
                  title: '角色',
                  key: 'roles',
                  render: (_, u) => (
                    <Space size={[0, 4]} wrap>
                      {u.roles.map((r) => (
                        <Tag key={r}>{roleName(r)}</Tag>
                      ))}
                      {u.reviewerQualified ? <Tag color="blue">审核资格</Tag> : null}
                    </Space>
                  ),
                },
                {
                  title: '执法证',
                  key: 'certs',
                  width: 230,
                  render: (_, u) =>
                    u.certificates.length ? (
                      <Space orientation="vertical" size={2}>
                        {u.certificates.map((c) => (
                          <span key={c.id} style={{ whiteSpace: 'nowrap' }}>
                            <CertTag c={c} /> <span className="mono">{c.number}</span>
                          </span>
                        ))}
                      </Space>
                    ) : (
                      <Typography.Text type="secondary">无</Typography.Text>
                    ),
                },
                {
                  title: '账号',
                  key: 'disabled',
                  width: 80,
                  render: (_, u) => (u.disabled ? <Tag color="error">已停用</Tag> : <Tag color="success">在用</Tag>),
                },
                ...(admin
                  ? [
                      {
                        title: '操作',
                        key: 'act',
                        width: 150,
                        fixed: 'right' as const,
                        render: (_: unknown, u: StaffUser) => (
                          <Space size={0} wrap>
                            <Button
                              size="small"
                              type="link"
                              onClick={() => setDrawer({ kind: 'edit', id: u.id })}
                              aria-label={`修改 ${u.displayName}`}
                            >
                              修改
                            </Button>
                            <Button
                              size="small"
                              type="link"
                              onClick={() => setDrawer({ kind: 'certificate', id: u.id })}
                              aria-label={`为 ${u.displayName} 登记执法证`}
                            >
                              登记执法证
                            </Button>
                          </Space>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </QueryView>
      </Card>
      <Drawer
        open={!!drawer}
        onClose={() => setDrawer(null)}
        title={
          drawer?.kind === 'new'
            ? '新增人员'
            : drawer?.kind === 'edit'
              ? `修改人员：${current?.displayName ?? ''}`
              : `登记执法证：${current?.displayName ?? ''}`
        }
        size={600}
        destroyOnHidden
      >
        {scope.agency && drawer?.kind === 'new' ? (
          <UserForm
            agency={scope.agency}
            onDone={(u) => {
              setDrawer(null);
              void refresh(`已新增人员 ${u.displayName}`);
            }}
          />
        ) : null}
        {scope.agency && drawer?.kind === 'edit' && current ? (
          <UserForm
            agency={scope.agency}
            user={current}
            onDone={(u) => {
              setDrawer(null);
              void refresh(`已保存 ${u.displayName} 的修改`);
            }}
          />
        ) : null}
        {scope.agency && drawer?.kind === 'certificate' && current ? (
          <IssueCertificateForm
            user={current}
            agency={scope.agency}
            onDone={(n) => {
              setDrawer(null);
              void refresh(`已登记执法证 ${n}`);
            }}
          />
        ) : null}
      </Drawer>
    </Page>
  );
}
