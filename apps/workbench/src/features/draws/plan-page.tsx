import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Steps, Table, Tag, Typography } from 'antd';
import { ExportOutlined, LockOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/states';
import { SeedProgress } from '../../components/seed-progress';
import { dateTime } from '../../lib/format';
import { STATE_TAGS, sampleText, type PlanView } from './draw-types';

const STEP_OF = { planned: 0, committed: 2, drawn: 3 } as const;

/** One plan: 公布承诺 → 等待种子 → 抽取 → 行政检查 cases, with the public page to verify it. */
export default function PlanPage() {
  const { planId = '' } = useParams();
  const { user } = useSession();
  const client = useQueryClient();
  const agencyId = user.agencyId;
  const key = ['draw-plan', agencyId, planId];
  const q = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/draw-plans/{planId}', { params: { path: { id: agencyId, planId } } })),
    // while the seed is awaited the ledger grows: look again now and then
    refetchInterval: (query) => (query.state.data?.state === 'committed' ? 15_000 : false),
  });
  const done = (p: PlanView) => {
    client.setQueryData(key, p);
    void client.invalidateQueries({ queryKey: ['draw-plans', agencyId] });
  };
  const commit = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/agencies/{id}/draw-plans/{planId}/commit', { params: { path: { id: agencyId, planId } } })),
    onSuccess: done,
  });
  const draw = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/agencies/{id}/draw-plans/{planId}/draw', { params: { path: { id: agencyId, planId } } })),
    onSuccess: done,
  });
  const mayManage = user.roles.some((r) => r === 'admin' || r === 'head' || r === 'officer');
  const mayDraw = user.roles.includes('officer');
  return (
    <QueryView query={q}>
      {(p) => (
        <Page
          title={`抽查方案：${p.item.name}`}
          crumbs={[{ title: '双随机抽查', to: '/draws' }, { title: p.item.name }]}
          subtitle={<Tag color={STATE_TAGS[p.state].color}>{STATE_TAGS[p.state].text}</Tag>}
          extra={
            p.state !== 'planned' ? (
              <Button icon={<ExportOutlined />} href={p.publicUrl.replace(/^https?:\/\/[^/]+/, '')} target="_blank">
                公示页面
              </Button>
            ) : null
          }
        >
          <Card size="small" style={{ marginBottom: 16 }}>
            <Steps
              current={STEP_OF[p.state]}
              items={[{ title: '制定方案' }, { title: '公布承诺' }, { title: '等待种子' }, { title: '抽取并启动检查' }]}
            />
          </Card>
          <Card size="small" title="抽查方案" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'item', label: '抽查事项', children: `${p.item.code} ${p.item.name}` },
                { key: 'field', label: '执法类别', children: p.field },
                { key: 'scope', label: '抽取范围', children: p.targetCategory ? `对象类别：${p.targetCategory}` : '全部对象' },
                { key: 'sample', label: '抽取数量', children: sampleText(p.sample) },
                { key: 'per', label: '每户执法检查人员', children: `${p.inspectorsPerTarget} 名` },
                { key: 'period', label: '抽查期间', children: `${p.periodFrom} 至 ${p.periodTo}` },
                { key: 'planned', label: '计划检查日期', children: p.plannedOn },
                ...(p.counts
                  ? [
                      {
                        key: 'counts',
                        label: '冻结的名录库',
                        children: `检查对象 ${p.counts.targets} 户，执法检查人员 ${p.counts.inspectors} 名`,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          {p.state === 'planned' ? (
            <Card size="small" title="公布承诺" style={{ marginBottom: 16 }}>
              <Typography.Paragraph>
                公布承诺时，系统冻结当前的检查对象名录库、执法检查人员名录库和回避关系，连同本方案计算哈希并在公示平台公布；种子定为本机关执法记录账本将来某一条数时的根哈希——此刻谁也无法预知。公布后方案和名录库不能再改。
              </Typography.Paragraph>
              <ErrorAlert error={commit.error} style={{ marginBottom: 12 }} />
              {mayManage ? (
                <Popconfirm
                  title="公布承诺后不能修改方案和冻结的名录库，确定公布？"
                  okText="公布"
                  cancelText="取消"
                  onConfirm={() => commit.mutate()}
                >
                  <Button type="primary" icon={<LockOutlined />} loading={commit.isPending}>
                    公布承诺
                  </Button>
                </Popconfirm>
              ) : null}
            </Card>
          ) : (
            <Card size="small" title="承诺与种子" style={{ marginBottom: 16 }}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'at', label: '承诺公布时间', children: dateTime(p.committedAt) },
                  {
                    key: 'hash',
                    label: '承诺哈希',
                    children: (
                      <Typography.Text code copyable>
                        {p.commitmentHash}
                      </Typography.Text>
                    ),
                  },
                  { key: 'source', label: '种子来源', children: `本机关执法记录账本达到 ${p.seedTreeSize} 条时的根哈希` },
                  ...(p.seed
                    ? [
                        {
                          key: 'seed',
                          label: '种子',
                          children: (
                            <Typography.Text code copyable>
                              {p.seed}
                            </Typography.Text>
                          ),
                        },
                        { key: 'drawn', label: '抽取时间', children: dateTime(p.drawnAt) },
                      ]
                    : []),
                ]}
              />
              {p.state === 'committed' ? (
                <>
                  <SeedProgress ledger={p.ledger} seedTreeSize={p.seedTreeSize} />
                  <ErrorAlert error={draw.error} style={{ marginBottom: 12 }} />
                  {mayDraw ? (
                    <Button type="primary" icon={<ThunderboltOutlined />} loading={draw.isPending} onClick={() => draw.mutate()}>
                      执行抽取
                    </Button>
                  ) : (
                    <Alert type="info" showIcon title="种子产生后，由本机关执法人员执行抽取（抽取会为每个抽中对象启动行政检查案件）。" />
                  )}
                </>
              ) : null}
            </Card>
          )}
          {p.state === 'drawn' ? (
            <Card size="small" title={`抽取结果（${p.targets.length} 户，按抽中顺序）`}>
              <Table
                rowKey="code"
                size="small"
                pagination={false}
                dataSource={p.targets}
                columns={[
                  { title: '序号', dataIndex: 'position', width: 64 },
                  { title: '检查对象', dataIndex: 'name' },
                  { title: '统一社会信用代码', dataIndex: 'code', width: 200 },
                  {
                    title: '执法检查人员',
                    key: 'inspectors',
                    render: (_, t) => t.inspectors.map((i) => `${i.name}（${i.certificate}）`).join('、'),
                  },
                  {
                    title: '行政检查案件',
                    key: 'case',
                    width: 220,
                    render: (_, t) =>
                      t.caseId ? (
                        <Space size={4} wrap>
                          <Link to={`/cases/${t.caseId}`}>{t.caseNumber}</Link>
                        </Space>
                      ) : (
                        <Typography.Text type="warning">尚未启动（再次点击“执行抽取”可补启）</Typography.Text>
                      ),
                  },
                ]}
              />
            </Card>
          ) : null}
        </Page>
      )}
    </QueryView>
  );
}
