import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Affix, Alert, Button, Card, Col, Descriptions, Flex, Form, Input, InputNumber, Row, Space, Tag, Typography } from 'antd';
import { FolderOpenOutlined, SaveOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/states';
import { dateOf, dateTime } from '../../lib/format';
import { ReasonGate, rememberReason, storedReason } from '../cases/case-access';
import { GRADE_COLORS, GROUP_NAMES, previewGrade, type RoundView, type StandardItem } from './evaluation-types';

interface Values {
  items: { code: string; points: number; finding: string }[];
  comment: string;
}

/** The file as the reviewer reads it: fetched through 调阅 with the reason given (R-REC-7), so the read is logged. */
function CaseSummaryCard({ caseId, reason }: { caseId: string; reason: string }) {
  const q = useQuery({
    queryKey: ['case', caseId, reason],
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}', { params: { path: { id: caseId }, query: { reason } } })),
  });
  return (
    <Card
      size="small"
      title="调阅的案卷"
      style={{ marginBottom: 16 }}
      extra={
        <Link to={`/cases/${caseId}`} target="_blank">
          <FolderOpenOutlined aria-hidden /> 打开完整案卷（文书、音像记录、办案记录）
        </Link>
      }
    >
      <QueryView query={q} rows={3}>
        {(c) => (
          <>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                { key: 'number', label: '案号', children: c.number },
                { key: 'title', label: '案由', children: c.title },
                { key: 'agency', label: '执法机关', children: c.agency.name },
                { key: 'procedure', label: '程序', children: c.procedure.name },
                { key: 'state', label: '状态', children: c.state.name },
                { key: 'officers', label: '承办人员', children: c.officers.map((o) => o.name).join('、') },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              办案环节：{c.history.map((h) => `${h.name}（${dateOf(h.on)}）`).join(' → ')}
            </Typography.Paragraph>
            <Typography.Text type="secondary">本次调阅事由“{reason}”已记入调阅记录。</Typography.Text>
          </>
        )}
      </QueryView>
    </Card>
  );
}

function ScoreForm({ round, caseId, readOnly }: { round: RoundView; caseId: string; readOnly: boolean }) {
  const { user } = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const file = round.agencies.flatMap((a) => a.caseFiles).find((f) => f.caseId === caseId);
  const items = round.standard.items;
  const prior = new Map((file?.score?.items ?? []).map((i) => [i.code, i]));
  const initial: Values = {
    items: items.map((i) => ({ code: i.code, points: prior.get(i.code)?.points ?? i.points, finding: prior.get(i.code)?.finding ?? '' })),
    comment: file?.score?.comment ?? '',
  };
  const watched = (Form.useWatch('items', form) ?? initial.items) as Values['items'];
  const pointsOf = (code: string) => Number(watched.find((w) => w?.code === code)?.points ?? 0);
  const total = items.reduce((n, i) => n + pointsOf(i.code), 0);
  const vetoed = items.some((i) => i.veto && pointsOf(i.code) === 0);
  const grade = previewGrade(round.standard.grades, total, vetoed);
  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.PUT('/api/v1/agencies/{id}/evaluation-rounds/{roundId}/scores/{caseId}', {
          params: { path: { id: user.agencyId, roundId: round.id, caseId } },
          body: {
            items: v.items.map((i) => ({ code: i.code, points: Number(i.points), finding: i.finding ?? '' })),
            comment: v.comment ?? '',
          },
        }),
      ),
    onSuccess: (r) => {
      client.setQueryData(['evaluation-round', user.agencyId, round.id], r);
      navigate(`/evaluation/${round.id}`);
    },
  });
  const groups = [...new Set(items.map((i) => i.group))];
  const indexOf = (i: StandardItem) => items.indexOf(i);
  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} disabled={readOnly}>
      <Affix offsetTop={0}>
        <Card size="small" style={{ marginBottom: 16 }} aria-live="polite">
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Space size="large" wrap>
              <Typography.Text strong style={{ fontSize: 16 }}>
                总分 {total} / {round.standard.maxTotal}
              </Typography.Text>
              <Tag color={GRADE_COLORS[grade.grade]}>{grade.name}</Tag>
              <Typography.Text type="secondary">
                等次：优秀 ≥ {round.standard.grades.excellent}，良好 ≥ {round.standard.grades.good}，合格 ≥ {round.standard.grades.pass}
                ；否决项得 0 分即不合格
              </Typography.Text>
            </Space>
            {readOnly ? null : (
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
                保存评分
              </Button>
            )}
          </Flex>
        </Card>
      </Affix>
      <ErrorAlert error={save.error} />
      {groups.map((g) => {
        const its = items.filter((i) => i.group === g);
        const max = its.reduce((n, i) => n + i.points, 0);
        const got = its.reduce((n, i) => n + pointsOf(i.code), 0);
        return (
          <Card key={g} size="small" title={`${GROUP_NAMES[g]}（${got} / ${max} 分）`} style={{ marginBottom: 16 }}>
            {its.map((it) => {
              const idx = indexOf(it);
              const lost = pointsOf(it.code) < it.points;
              return (
                <Row key={it.code} gutter={16} style={{ marginBottom: 8 }}>
                  <Form.Item name={['items', idx, 'code']} hidden>
                    <Input />
                  </Form.Item>
                  <Col xs={24} lg={9}>
                    <Typography.Text strong>
                      {it.code} {it.name}
                    </Typography.Text>{' '}
                    <Typography.Text type="secondary">（{it.points} 分）</Typography.Text>
                    {it.veto ? (
                      <Tag color="error" style={{ marginLeft: 4 }}>
                        否决项
                      </Tag>
                    ) : null}
                    <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '4px 0 0' }}>
                      {it.guidance}
                    </Typography.Paragraph>
                  </Col>
                  <Col xs={8} lg={3}>
                    <Form.Item label="得分" name={['items', idx, 'points']} rules={[{ required: true, message: '请填写得分' }]}>
                      <InputNumber
                        min={0}
                        max={it.points}
                        step={0.5}
                        precision={1}
                        style={{ width: '100%' }}
                        aria-label={`${it.name} 得分`}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={16} lg={12}>
                    <Form.Item
                      label="问题描述"
                      name={['items', idx, 'finding']}
                      rules={[{ required: lost, whitespace: true, message: '扣了分，须写明问题描述' }]}
                    >
                      <Input.TextArea
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        maxLength={2000}
                        placeholder={lost ? '写明扣分的事实和依据' : '未扣分可不填'}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              );
            })}
          </Card>
        );
      })}
      <Card size="small" title="总体评价" style={{ marginBottom: 16 }}>
        <Form.Item name="comment" noStyle>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} placeholder="对该案卷的总体评价和改进建议（可不填）" />
        </Form.Item>
      </Card>
      {file?.score ? (
        <Typography.Text type="secondary">
          上次评分：{file.score.scoredBy}，{dateTime(file.score.scoredAt)}
        </Typography.Text>
      ) : null}
    </Form>
  );
}

/** 逐项评分 of one drawn file: the reason for 调阅 first, then the file's summary and the form generated from the round's standard. */
export default function ScorePage() {
  const { roundId = '', caseId = '' } = useParams();
  const { user } = useSession();
  const [reason, setReason] = useState(() => storedReason(caseId));
  const q = useQuery({
    queryKey: ['evaluation-round', user.agencyId, roundId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/agencies/{id}/evaluation-rounds/{roundId}', { params: { path: { id: user.agencyId, roundId } } })),
  });
  return (
    <QueryView query={q}>
      {(r) => {
        const file = r.agencies.flatMap((a) => a.caseFiles.map((f) => ({ ...f, agency: a.name }))).find((f) => f.caseId === caseId);
        const title = file ? `评分：${file.number}` : '评分';
        return (
          <Page
            title={title}
            crumbs={[
              { title: '案卷评查', to: '/evaluation' },
              { title: r.title, to: `/evaluation/${r.id}` },
              { title: file?.number ?? '案卷' },
            ]}
            subtitle={file ? <Typography.Text type="secondary">{file.agency}</Typography.Text> : null}
          >
            {!file ? (
              <Alert type="error" showIcon title="该案卷不在本次评查抽取的案卷之中" />
            ) : !reason ? (
              <ReasonGate
                onReason={(text) => {
                  rememberReason(caseId, text);
                  setReason(text);
                }}
              />
            ) : (
              <>
                <CaseSummaryCard caseId={caseId} reason={reason} />
                {r.state === 'returned' ? (
                  <Alert type="info" showIcon style={{ marginBottom: 16 }} title="评查结果已反馈，评分不能再修改。" />
                ) : null}
                <ScoreForm round={r} caseId={caseId} readOnly={r.state !== 'drawn'} />
              </>
            )}
          </Page>
        );
      }}
    </QueryView>
  );
}
