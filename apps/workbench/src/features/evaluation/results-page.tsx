import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { EmptyState, ErrorAlert, QueryView } from '../../components/states';
import { dateTime } from '../../lib/format';
import { GRADE_COLORS, type AgencyResults } from './evaluation-types';

type Round = AgencyResults[number];

function ReplyForm({ round, agencyId }: { round: Round; agencyId: string }) {
  const client = useQueryClient();
  const [editing, setEditing] = useState(!round.reply);
  const save = useMutation({
    mutationFn: (reply: string) =>
      unwrap(
        api.PUT('/api/v1/agencies/{id}/evaluation-results/{roundId}/reply', {
          params: { path: { id: agencyId, roundId: round.roundId } },
          body: { reply },
        }),
      ),
    onSuccess: (data) => {
      client.setQueryData(['evaluation-results', agencyId], data);
      setEditing(false);
    },
  });
  if (!editing && round.reply)
    return (
      <Alert
        type="success"
        showIcon
        title={`整改说明（${round.reply.by}，${dateTime(round.reply.at)}）`}
        description={round.reply.text}
        action={
          <Button size="small" onClick={() => setEditing(true)}>
            修改
          </Button>
        }
      />
    );
  return (
    <Form layout="vertical" initialValues={{ reply: round.reply?.text ?? '' }} onFinish={(v: { reply: string }) => save.mutate(v.reply)}>
      <ErrorAlert error={save.error} />
      <Form.Item label="整改说明" name="reply" rules={[{ required: true, whitespace: true, message: '请填写整改说明' }]}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} placeholder="针对评查发现的问题，说明整改措施和完成情况" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        提交整改说明
      </Button>
    </Form>
  );
}

/** 案卷评查结果 returned to the agency: each drawn file's score and findings, the mean and grade, and the head's reply. */
export default function ResultsPage() {
  const { user } = useSession();
  const agencyId = user.agencyId;
  const q = useQuery({
    queryKey: ['evaluation-results', agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/evaluation-results', { params: { path: { id: agencyId } } })),
  });
  const mayReply = user.roles.includes('head');
  return (
    <Page title="案卷评查结果" crumbs={[{ title: '案卷评查结果' }]}>
      <QueryView query={q} isEmpty={(d) => d.length === 0} empty={<EmptyState>司法行政部门尚未反馈本机关的案卷评查结果。</EmptyState>}>
        {(rounds) => (
          <>
            {rounds.map((r) => {
              const names = new Map(r.standard.items.map((i) => [i.code, i]));
              return (
                <Card
                  key={r.roundId}
                  size="small"
                  style={{ marginBottom: 16 }}
                  title={r.title}
                  extra={
                    <Button size="small" icon={<ExportOutlined />} href={r.publicUrl.replace(/^https?:\/\/[^/]+/, '')} target="_blank">
                      抽取公示
                    </Button>
                  }
                >
                  <Descriptions
                    size="small"
                    column={{ xs: 1, md: 3 }}
                    items={[
                      { key: 'by', label: '评查机关', children: r.justice },
                      { key: 'period', label: '评查期间', children: `${r.periodFrom} 至 ${r.periodTo}` },
                      { key: 'at', label: '反馈时间', children: dateTime(r.returnedAt) },
                      {
                        key: 'result',
                        label: '本机关结果',
                        children: r.result ? (
                          <Space>
                            <span>平均 {r.result.mean} 分</span>
                            <Tag color={GRADE_COLORS[r.result.grade]}>{r.result.gradeName}</Tag>
                          </Space>
                        ) : (
                          '本期没有归档案卷被抽取'
                        ),
                      },
                    ]}
                  />
                  <Table
                    style={{ margin: '12px 0' }}
                    rowKey="caseId"
                    size="small"
                    pagination={false}
                    dataSource={r.caseFiles}
                    expandable={{
                      defaultExpandAllRows: true,
                      rowExpandable: (f) => f.score.items.some((i) => i.finding) || !!f.score.comment,
                    }}
                    expandedRowRender={(f) => (
                      <ul style={{ margin: 0, paddingLeft: 20 }}>
                        {f.score.items
                          .filter((i) => i.finding)
                          .map((i) => (
                            <li key={i.code}>
                              <Typography.Text strong>
                                {i.code} {names.get(i.code)?.name}
                              </Typography.Text>
                              （得 {i.points} / {names.get(i.code)?.points} 分）：{i.finding}
                            </li>
                          ))}
                        {f.score.comment ? <li>总体评价：{f.score.comment}</li> : null}
                      </ul>
                    )}
                    columns={[
                      { title: '案号', dataIndex: 'number' },
                      { title: '得分', key: 'total', width: 140, render: (_, f) => `${f.score.total} / ${f.score.max}` },
                      {
                        title: '等次',
                        key: 'grade',
                        width: 110,
                        render: (_, f) => <Tag color={GRADE_COLORS[f.score.grade]}>{f.score.gradeName}</Tag>,
                      },
                      {
                        title: '扣分项目',
                        key: 'lost',
                        width: 120,
                        render: (_, f) => `${f.score.items.filter((i) => i.finding).length} 项`,
                      },
                    ]}
                  />
                  {mayReply ? (
                    <ReplyForm round={r} agencyId={agencyId} />
                  ) : r.reply ? (
                    <Alert type="success" showIcon title={`整改说明（${r.reply.by}）`} description={r.reply.text} />
                  ) : (
                    <Typography.Text type="secondary">尚未作出整改说明（由机关负责人填写）。</Typography.Text>
                  )}
                </Card>
              );
            })}
          </>
        )}
      </QueryView>
    </Page>
  );
}
