import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, api, unwrap } from '../../api/client';
import type { CaseDetail, CaseReview } from '../../api/types';
import { useSession } from '../../auth/session';

interface Values {
  heldOn: Dayjs;
  recorder: string;
  participants: { name: string; post: string; opinion: string; vote: 'agree' | 'disagree' | 'abstain' }[];
  conclusion: string;
  outcome: 'decide-as-proposed' | 'revise' | 'further-review';
}

/**
 * 集体讨论 (R-REV-6): who took part, each person's opinion and vote, the conclusion and the
 * outcome. The server generates the 集体讨论记录 and keeps who chaired it.
 */
export function DiscussionForm({ c, review, onDone }: { c: CaseDetail; review: CaseReview; onDone: () => void }) {
  const session = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = review.proposals.at(-1);
  const lastRound = review.rounds.at(-1);
  const lastOpinion = lastRound?.opinion;
  // 行政处罚法 §58: after a review that did not pass, the discussion cannot decide as proposed,
  // unless the agency's catalog names a provision that allows it
  const failed = lastRound?.status === 'problems' && lastRound.proposalVersion === latest?.version;
  const overrideBasis = review.settings.overrideBasis ?? null;
  const outcomes = failed
    ? [
        { value: 'further-review', label: '提请再次法制审核' },
        { value: 'revise', label: '退回修改' },
        ...(overrideBasis ? [{ value: 'decide-as-proposed', label: `不采纳审核意见，按拟作出的决定作出（依据${overrideBasis}）` }] : []),
      ]
    : [
        { value: 'decide-as-proposed', label: '按拟作出的决定作出' },
        { value: 'revise', label: '退回修改' },
      ];
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/cases/{id}/review/discussions', {
          params: { path: { id: c.id } },
          body: {
            heldOn: v.heldOn.format('YYYY-MM-DD'),
            recorder: v.recorder,
            participants: v.participants,
            conclusion: v.conclusion,
            outcome: v.outcome,
          },
        }),
      );
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '提交失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<Values>
      layout="vertical"
      onFinish={submit}
      disabled={busy}
      initialValues={{
        heldOn: dayjs(),
        recorder: '',
        participants: [{ name: session.user.name, post: '机关负责人', opinion: '', vote: 'agree' }],
        outcome: failed ? 'further-review' : 'decide-as-proposed',
      }}
    >
      {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
      <Typography.Paragraph>
        讨论对象：拟作出的决定第 {latest?.version} 版
        {lastOpinion ? `；最近一轮审核意见：${lastOpinion.conclusionName}（${lastOpinion.reviewer?.name ?? ''}）` : ''}
      </Typography.Paragraph>
      <Space wrap size={16}>
        <Form.Item label="讨论日期" name="heldOn" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item label="记录人" name="recorder" rules={[{ required: true, whitespace: true, message: '请填写记录人' }]}>
          <Input maxLength={50} style={{ width: 160 }} />
        </Form.Item>
      </Space>
      <Form.List name="participants">
        {(fields, { add, remove }) => (
          <div>
            <Typography.Text strong>参加人员及意见</Typography.Text>
            {fields.map((f) => (
              <Space key={f.key} align="start" wrap style={{ display: 'flex', marginTop: 8 }}>
                <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: '姓名' }]} style={{ width: 110 }}>
                  <Input placeholder="姓名" aria-label="姓名" maxLength={50} />
                </Form.Item>
                <Form.Item name={[f.name, 'post']} rules={[{ required: true, message: '职务' }]} style={{ width: 130 }}>
                  <Input placeholder="职务" aria-label="职务" maxLength={50} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'opinion']}
                  rules={[{ required: true, whitespace: true, message: '意见' }]}
                  style={{ width: 300 }}
                >
                  <Input.TextArea placeholder="发表的意见" aria-label="意见" autoSize maxLength={5000} />
                </Form.Item>
                <Form.Item name={[f.name, 'vote']} style={{ width: 100 }}>
                  <Select
                    aria-label="表决"
                    options={[
                      { value: 'agree', label: '同意' },
                      { value: 'disagree', label: '不同意' },
                      { value: 'abstain', label: '弃权' },
                    ]}
                  />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} aria-label="删除此人" onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', post: '', opinion: '', vote: 'agree' })}
              style={{ marginBottom: 16 }}
            >
              添加参加人员
            </Button>
          </div>
        )}
      </Form.List>
      <Form.Item label="讨论结论" name="conclusion" rules={[{ required: true, whitespace: true, message: '请填写结论' }]}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={20000} />
      </Form.Item>
      {failed ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="法制审核未通过"
          description={
            overrideBasis
              ? `审核未通过的不得作出决定（《中华人民共和国行政处罚法》第五十八条）。本机关目录清单载明${overrideBasis}允许集体讨论不采纳审核意见，如此决定将报司法局关注。`
              : '审核未通过的不得作出决定（《中华人民共和国行政处罚法》第五十八条）：集体讨论可以提请再次法制审核，或者退回承办人修改。'
          }
        />
      ) : null}
      <Form.Item label="结果" name="outcome">
        <Radio.Group options={outcomes} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        记录集体讨论
      </Button>
    </Form>
  );
}
