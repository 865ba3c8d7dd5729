import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Steps, Table, Tag, Typography } from 'antd';
import { ExportOutlined, LockOutlined, SendOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/states';
import { SeedProgress } from '../../components/seed-progress';
import { dateTime } from '../../lib/format';
import { GRADE_COLORS, ROUND_TAGS, sampleText, type RoundView } from './evaluation-types';

const STEP_OF = { planned: 0, committed: 2, drawn: 3, returned: 4 } as const;

/** One round: 公布承诺 → 等待种子 → 抽取 → 逐份评分 → 反馈结果. */
export default function RoundPage() {
  const { roundId = '' } = useParams();
  const { user } = useSession();
  const client = useQueryClient();
  const agencyId = user.agencyId;
  const key = ['evaluation-round', agencyId, roundId];
  const path = { params: { path: { id: agencyId, roundId } } };
  const q = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/evaluation-rounds/{roundId}', path)),
    refetchInterval: (query) => (query.state.data?.state === 'committed' ? 15_000 : false),
  });
  const done = (r: RoundView) => {
    client.setQueryData(key, r);
    void client.invalidateQueries({ queryKey: ['evaluation-rounds', agencyId] });
  };
  const commit = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/agencies/{id}/evaluation-rounds/{roundId}/commit', path)),
    onSuccess: done,
  });
  const draw = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/agencies/{id}/evaluation-rounds/{roundId}/draw', path)),
    onSuccess: done,
  });
  const ret = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/agencies/{id}/evaluation-rounds/{roundId}/return', path)),
    onSuccess: done,
  });
  return (
    <QueryView query={q}>
      {(r) => (
        <Page
          title={r.title}
          crumbs={[{ title: '案卷评查', to: '/evaluation' }, { title: r.title }]}
          subtitle={<Tag color={ROUND_TAGS[r.state].color}>{ROUND_TAGS[r.state].text}</Tag>}
          extra={
            r.publicUrl ? (
              <Button icon={<ExportOutlined />} href={r.publicUrl.replace(/^https?:\/\/[^/]+/, '')} target="_blank">
                公示页面
              </Button>
            ) : null
          }
        >
          <Card size="small" style={{ marginBottom: 16 }}>
            <Steps
              current={STEP_OF[r.state]}
              items={[{ title: '制定评查' }, { title: '公布承诺' }, { title: '等待种子' }, { title: '抽取并评分' }, { title: '反馈结果' }]}
            />
          </Card>
          <Card size="small" title="评查方案" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'period', label: '评查期间', children: `${r.periodFrom} 至 ${r.periodTo} 归档的案卷` },
                { key: 'sample', label: '抽取数量', children: sampleText(r.sample) },
                { key: 'agencies', label: '被评查机关', children: r.agencies.map((a) => a.name).join('、') },
                {
                  key: 'standard',
                  label: '评查标准',
                  children: `${r.standard.version === 0 ? '系统默认标准' : `第 ${r.standard.version} 版`}，${r.standard.items.length} 项，满分 ${r.standard.maxTotal} 分`,
                },
              ]}
            />
          </Card>
          {r.state === 'planned' ? (
            <Card size="small" title="公布承诺" style={{ marginBottom: 16 }}>
              <Typography.Paragraph>
                公布承诺时，系统冻结各被评查机关在评查期间归档的全部案卷名单（案号，不含当事人信息），计算哈希并在公示平台公布；种子定为执法记录账本将来某一条数时的根哈希——此刻谁也无法预知。
              </Typography.Paragraph>
              <ErrorAlert error={commit.error} />
              <Popconfirm
                title="公布承诺后名单和方案不能再改，确定公布？"
                okText="公布"
                cancelText="取消"
                onConfirm={() => commit.mutate()}
              >
                <Button type="primary" icon={<LockOutlined />} loading={commit.isPending}>
                  公布承诺
                </Button>
              </Popconfirm>
            </Card>
          ) : (
            <Card size="small" title="承诺与种子" style={{ marginBottom: 16 }}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'at', label: '承诺公布时间', children: dateTime(r.committedAt) },
                  {
                    key: 'hash',
                    label: '承诺哈希',
                    children: (
                      <Typography.Text code copyable>
                        {r.commitmentHash}
                      </Typography.Text>
                    ),
                  },
                  {
                    key: 'source',
                    label: '种子来源',
                    children: `${r.ledger?.agency ?? ''}执法记录账本达到 ${r.seedTreeSize} 条时的根哈希`,
                  },
                  ...(r.seed
                    ? [
                        {
                          key: 'seed',
                          label: '种子',
                          children: (
                            <Typography.Text code copyable>
                              {r.seed}
                            </Typography.Text>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
              {r.state === 'committed' ? (
                <>
                  <SeedProgress ledger={r.ledger} seedTreeSize={r.seedTreeSize} />
                  <ErrorAlert error={draw.error} />
                  <Button type="primary" icon={<ThunderboltOutlined />} loading={draw.isPending} onClick={() => draw.mutate()}>
                    抽取案卷
                  </Button>
                </>
              ) : null}
            </Card>
          )}
          {r.state === 'drawn' || r.state === 'returned' ? (
            <Card
              size="small"
              title={`抽中的案卷（已评 ${r.scored} / ${r.toScore} 份）`}
              extra={
                r.state === 'drawn' ? (
                  <Popconfirm
                    title="反馈后评分不能再修改，各机关将看到本机关的得分和问题。确定反馈？"
                    okText="反馈"
                    cancelText="取消"
                    onConfirm={() => ret.mutate()}
                  >
                    <Button type="primary" icon={<SendOutlined />} loading={ret.isPending} disabled={r.scored < r.toScore}>
                      反馈结果
                    </Button>
                  </Popconfirm>
                ) : null
              }
            >
              <ErrorAlert error={ret.error} />
              {r.agencies.map((a) => (
                <div key={a.id} style={{ marginBottom: 16 }}>
                  <Space wrap style={{ marginBottom: 8, display: 'flex' }}>
                    <Typography.Text strong>{a.name}</Typography.Text>
                    <Typography.Text type="secondary">
                      期间归档 {a.populationSize ?? 0} 份，抽取 {a.caseFiles.length} 份
                    </Typography.Text>
                    {a.result ? (
                      <Tag color={GRADE_COLORS[a.result.grade]}>
                        平均 {a.result.mean} 分 · {a.result.gradeName}
                      </Tag>
                    ) : null}
                  </Space>
                  {a.caseFiles.length ? (
                    <Table
                      rowKey="caseId"
                      size="small"
                      pagination={false}
                      dataSource={a.caseFiles}
                      columns={[
                        { title: '序号', dataIndex: 'position', width: 64 },
                        { title: '案号', dataIndex: 'number' },
                        {
                          title: '得分',
                          key: 'score',
                          width: 200,
                          render: (_, f) =>
                            f.score ? (
                              <Space size={4}>
                                <span>{f.score.total} 分</span>
                                <Tag color={GRADE_COLORS[f.score.grade]}>{f.score.gradeName}</Tag>
                              </Space>
                            ) : (
                              <Typography.Text type="warning">未评分</Typography.Text>
                            ),
                        },
                        { title: '评查人', key: 'by', width: 120, render: (_, f) => f.score?.scoredBy ?? '' },
                        {
                          title: '操作',
                          key: 'act',
                          width: 120,
                          render: (_, f) => (
                            <Link to={`/evaluation/${r.id}/cases/${f.caseId}`}>
                              {r.state === 'drawn' ? (f.score ? '修改评分' : '评分') : '查看评分'}
                            </Link>
                          ),
                        },
                      ]}
                    />
                  ) : (
                    <Typography.Paragraph type="secondary">评查期间没有归档的案卷，本次不评查该机关。</Typography.Paragraph>
                  )}
                  {a.reply ? (
                    <Alert
                      style={{ marginTop: 8 }}
                      type="info"
                      showIcon
                      title={`整改说明（${a.reply.by}，${dateTime(a.reply.at)}）`}
                      description={a.reply.text}
                    />
                  ) : null}
                </div>
              ))}
            </Card>
          ) : null}
        </Page>
      )}
    </QueryView>
  );
}
