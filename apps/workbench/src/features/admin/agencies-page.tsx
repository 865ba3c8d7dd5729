import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Drawer, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { QueryView, EmptyState } from '../../components/states';
import type { AgencyRow, UnitKind } from './api-types';
import { useAgencies } from './agency-scope';
import { AgencyForm, templateSample } from './agency-form';
import { AGENCY_KINDS, UNIT_KINDS } from './labels';
import { ProblemsAlert } from './problems';
import { AgencySeal } from './agency-seal';

/**
 * 机构: the agencies in the administrator's scope (a 司法局 sees its region), each with its
 * 主体资格 (R-PUB-1 执法主体), 执法类别, 编号规则 (R-REC-5) and 内设机构; setting up an agency,
 * changing its details, adding a unit. The open agency is in the URL (?id=).
 */
export default function AgenciesPage() {
  const session = useSession();
  const q = useAgencies();
  const [params, setParams] = useSearchParams();
  const openId = params.get('id');
  const [creating, setCreating] = useState(false);
  const admin = session.has('admin');
  const qc = useQueryClient();
  const { message } = App.useApp();
  const open = (id: string | null) => setParams(id ? { id } : {}, { replace: false });
  return (
    <Page
      title="机构"
      crumbs={[{ title: '系统管理' }, { title: '机构' }]}
      subtitle={
        session.user.agencyKind === 'justice'
          ? '辖区内各执法机关的主体信息、执法类别、案件编号规则和内设机构'
          : '本机关及下属机关的主体信息、执法类别、案件编号规则和内设机构'
      }
      extra={
        admin ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            设立机关
          </Button>
        ) : null
      }
    >
      <Card size="small">
        <QueryView query={q} isEmpty={(d) => d.length === 0} empty="暂无可见的机关">
          {(agencies) => (
            <Table<AgencyRow>
              rowKey="id"
              size="small"
              dataSource={agencies}
              pagination={agencies.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              scroll={{ x: 900 }}
              columns={[
                {
                  title: '机关名称',
                  dataIndex: 'name',
                  render: (n: string, a) => (
                    <Button
                      type="link"
                      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                      onClick={() => open(a.id)}
                    >
                      {n}
                    </Button>
                  ),
                },
                {
                  title: '类别',
                  dataIndex: 'kind',
                  width: 120,
                  render: (k: string) => <Tag color={k === 'justice' ? 'blue' : 'default'}>{AGENCY_KINDS[k] ?? k}</Tag>,
                },
                { title: '所在区划', dataIndex: 'regionName', width: 110 },
                { title: '上级机关', key: 'parent', width: 200, render: (_, a) => agencies.find((p) => p.id === a.parentId)?.name ?? '—' },
                { title: '执法行为类别', key: 'kinds', render: (_, a) => (a.procedureKinds.length ? a.procedureKinds.join('、') : '—') },
                { title: '内设机构', key: 'units', width: 90, render: (_, a) => `${a.units.length} 个` },
              ]}
            />
          )}
        </QueryView>
      </Card>
      <Drawer open={creating} onClose={() => setCreating(false)} title="设立机关" size={640} destroyOnHidden>
        <AgencyForm
          agencies={q.data ?? []}
          onDone={(a) => {
            message.success(`已设立「${a.name}」`);
            setCreating(false);
            void qc.invalidateQueries({ queryKey: ['agencies'] });
            open(a.id);
          }}
        />
      </Drawer>
      <AgencyDrawer agency={q.data?.find((a) => a.id === openId)} agencies={q.data ?? []} onClose={() => open(null)} editable={admin} />
    </Page>
  );
}

function AgencyDrawer({
  agency,
  agencies,
  onClose,
  editable,
}: {
  agency: AgencyRow | undefined;
  agencies: AgencyRow[];
  onClose: () => void;
  editable: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const qc = useQueryClient();
  const { message } = App.useApp();
  return (
    <Drawer
      open={!!agency}
      onClose={() => {
        setEditing(false);
        onClose();
      }}
      title={agency ? (editing ? `修改：${agency.name}` : agency.name) : ''}
      size={680}
      destroyOnHidden
      extra={
        agency && editable && !editing ? (
          <Button type="primary" onClick={() => setEditing(true)}>
            修改
          </Button>
        ) : null
      }
    >
      {agency && editing ? (
        <AgencyForm
          agency={agency}
          agencies={agencies}
          onDone={() => {
            message.success('已保存机关信息');
            setEditing(false);
            void qc.invalidateQueries({ queryKey: ['agencies'] });
          }}
        />
      ) : agency ? (
        <>
          <Descriptions
            size="small"
            bordered
            column={1}
            styles={{ label: { width: 150 } }}
            items={[
              { key: 'credit', label: '统一社会信用代码', children: <span className="mono">{agency.creditCode}</span> },
              { key: 'kind', label: '机关类别', children: AGENCY_KINDS[agency.kind] ?? agency.kind },
              { key: 'region', label: '所在区划', children: `${agency.regionName}（${agency.regionCode}）` },
              { key: 'parent', label: '上级机关', children: agencies.find((p) => p.id === agency.parentId)?.name ?? '—' },
              { key: 'short', label: '简称', children: agency.shortName },
              { key: 'fields', label: '执法类别', children: agency.fields.length ? agency.fields.map((f) => <Tag key={f}>{f}</Tag>) : '—' },
              {
                key: 'kinds',
                label: '执法行为类别',
                children: agency.procedureKinds.length ? agency.procedureKinds.map((f) => <Tag key={f}>{f}</Tag>) : '—',
              },
              {
                key: 'tpl',
                label: '案件编号规则',
                children: (
                  <span>
                    <Typography.Text code>{agency.numberTemplate}</Typography.Text> 例：
                    {templateSample(agency.numberTemplate, agency.shortName)}
                  </span>
                ),
              },
              { key: 'basis', label: '主体资格与职权依据', children: agency.legalBasis || '—' },
              { key: 'addr', label: '办公地址', children: agency.address || '—' },
              { key: 'phone', label: '联系电话', children: agency.phone || '—' },
            ]}
          />
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
            内设机构
          </Typography.Title>
          <Table
            rowKey="id"
            size="small"
            dataSource={agency.units}
            pagination={false}
            locale={{ emptyText: <EmptyState>尚未设立内设机构</EmptyState> }}
            columns={[
              { title: '名称', dataIndex: 'name' },
              { title: '类别', dataIndex: 'kind', width: 160, render: (k: string) => UNIT_KINDS[k as UnitKind] ?? k },
            ]}
          />
          {editable ? <UnitForm agencyId={agency.id} /> : null}
          <AgencySeal agencyId={agency.id} editable={editable} />
        </>
      ) : null}
    </Drawer>
  );
}

function UnitForm({ agencyId }: { agencyId: string }) {
  const [form] = Form.useForm<{ name: string; kind: UnitKind }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const submit = async (v: { name: string; kind: UnitKind }) => {
    setBusy(true);
    setError(null);
    try {
      const u = await unwrap(
        api.POST('/api/v1/agencies/{id}/units', { params: { path: { id: agencyId } }, body: { name: v.name.trim(), kind: v.kind } }),
      );
      message.success(`已设立内设机构「${u.name}」`);
      form.resetFields();
      await qc.invalidateQueries({ queryKey: ['agencies'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="设立内设机构" style={{ marginTop: 16 }}>
      <ProblemsAlert error={error} />
      <Form form={form} name="unit" layout="inline" onFinish={(v) => void submit(v)} initialValues={{ kind: 'handling' }} disabled={busy}>
        <Space wrap align="start">
          <Form.Item name="name" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
            <Input placeholder="名称，如：综合执法大队" aria-label="内设机构名称" maxLength={50} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="kind">
            <Select
              aria-label="内设机构类别"
              style={{ width: 150 }}
              options={Object.entries(UNIT_KINDS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={busy}>
            添加
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
