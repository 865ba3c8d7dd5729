import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Descriptions, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/states';
import { dateTime } from '../../lib/format';
import { GROUP_NAMES, type StandardItem } from './evaluation-types';

interface Values {
  items: StandardItem[];
  grades: { excellent: number; good: number; pass: number };
  note: string;
}

/**
 * 案卷评查标准 (R-REC-8): the items, points, scoring guidance and grade thresholds in force; the
 * 司法局's administrator saves a new version (a round keeps the version it was created with).
 */
export default function StandardPage() {
  const { user } = useSession();
  const client = useQueryClient();
  const agencyId = user.agencyId;
  const [editing, setEditing] = useState(false);
  const key = ['evaluation-standard', agencyId];
  const q = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/evaluation-standard', { params: { path: { id: agencyId } } })),
  });
  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.PUT('/api/v1/agencies/{id}/evaluation-standard', {
          params: { path: { id: agencyId } },
          body: { standard: { items: v.items.map((i) => ({ ...i, veto: !!i.veto })), grades: v.grades }, note: v.note },
        }),
      ),
    onSuccess: (s) => {
      client.setQueryData(key, s);
      setEditing(false);
    },
  });
  const mayEdit = user.roles.includes('admin');
  return (
    <QueryView query={q}>
      {(s) => (
        <Page
          title="案卷评查标准"
          crumbs={[{ title: '案卷评查', to: '/evaluation' }, { title: '评查标准' }]}
          subtitle={<Tag>{s.version === 0 ? '系统默认标准' : `第 ${s.version} 版`}</Tag>}
          extra={
            mayEdit && !editing ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                修订标准
              </Button>
            ) : null
          }
        >
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                { key: 'total', label: '满分', children: `${s.maxTotal} 分` },
                {
                  key: 'grades',
                  label: '等次',
                  children: `优秀 ≥ ${s.standard.grades.excellent}，良好 ≥ ${s.standard.grades.good}，合格 ≥ ${s.standard.grades.pass}`,
                },
                { key: 'note', label: '说明', children: `${s.note}${s.at ? `（${s.by}，${dateTime(s.at)}）` : ''}` },
              ]}
            />
          </Card>
          {editing ? (
            <Form<Values>
              layout="vertical"
              initialValues={{ items: s.standard.items, grades: s.standard.grades, note: '' }}
              onFinish={(v) => save.mutate(v)}
            >
              <ErrorAlert error={save.error} />
              <Form.List name="items">
                {(fields, { add, remove }) => (
                  <Card
                    size="small"
                    title="评查项目"
                    style={{ marginBottom: 16 }}
                    extra={
                      <Button
                        icon={<PlusOutlined />}
                        onClick={() => add({ code: '', group: 'documents', name: '', points: 5, guidance: '' })}
                      >
                        增加项目
                      </Button>
                    }
                  >
                    {fields.map((f) => (
                      <Space key={f.key} align="start" wrap style={{ display: 'flex', marginBottom: 8 }}>
                        <Form.Item label="编号" name={[f.name, 'code']} rules={[{ required: true, message: '请填写编号' }]}>
                          <Input style={{ width: 64 }} maxLength={12} />
                        </Form.Item>
                        <Form.Item label="类别" name={[f.name, 'group']}>
                          <Select
                            style={{ width: 150 }}
                            options={Object.entries(GROUP_NAMES).map(([value, label]) => ({ value, label }))}
                          />
                        </Form.Item>
                        <Form.Item label="项目名称" name={[f.name, 'name']} rules={[{ required: true, message: '请填写名称' }]}>
                          <Input style={{ width: 200 }} maxLength={100} />
                        </Form.Item>
                        <Form.Item label="分值" name={[f.name, 'points']} rules={[{ required: true, message: '请填写分值' }]}>
                          <InputNumber min={0.5} max={100} step={0.5} style={{ width: 72 }} />
                        </Form.Item>
                        <Form.Item label="评分细则" name={[f.name, 'guidance']} rules={[{ required: true, message: '请填写评分细则' }]}>
                          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} style={{ width: 300 }} maxLength={1000} />
                        </Form.Item>
                        <Form.Item label="否决项" name={[f.name, 'veto']} valuePropName="checked" tooltip="该项得 0 分的案卷评为不合格">
                          <Checkbox aria-label="否决项：得 0 分即不合格" />
                        </Form.Item>
                        <Button
                          aria-label="删除该项目"
                          icon={<DeleteOutlined />}
                          style={{ marginTop: 30 }}
                          onClick={() => remove(f.name)}
                        />
                      </Space>
                    ))}
                  </Card>
                )}
              </Form.List>
              <Card size="small" title="等次分数线" style={{ marginBottom: 16 }}>
                <Space wrap>
                  <Form.Item label="优秀" name={['grades', 'excellent']}>
                    <InputNumber min={0} max={1000} />
                  </Form.Item>
                  <Form.Item label="良好" name={['grades', 'good']}>
                    <InputNumber min={0} max={1000} />
                  </Form.Item>
                  <Form.Item label="合格" name={['grades', 'pass']}>
                    <InputNumber min={0} max={1000} />
                  </Form.Item>
                </Space>
              </Card>
              <Form.Item label="修订说明" name="note" rules={[{ required: true, whitespace: true, message: '请填写修订说明' }]}>
                <Input maxLength={500} />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  保存为新版本
                </Button>
                <Button onClick={() => setEditing(false)}>取消</Button>
              </Space>
            </Form>
          ) : (
            <Card size="small">
              <Table
                rowKey="code"
                size="small"
                pagination={false}
                dataSource={s.standard.items}
                columns={[
                  { title: '编号', dataIndex: 'code', width: 64 },
                  { title: '类别', dataIndex: 'group', width: 140, render: (g: StandardItem['group']) => GROUP_NAMES[g] },
                  {
                    title: '项目',
                    dataIndex: 'name',
                    width: 240,
                    render: (n: string, i) => (
                      <>
                        {n} {i.veto ? <Tag color="error">否决项</Tag> : null}
                      </>
                    ),
                  },
                  { title: '分值', dataIndex: 'points', width: 70 },
                  {
                    title: '评分细则',
                    dataIndex: 'guidance',
                    render: (g: string) => <Typography.Text type="secondary">{g}</Typography.Text>,
                  },
                ]}
              />
            </Card>
          )}
        </Page>
      )}
    </QueryView>
  );
}
