/**
 * 信用修复后提前停止公示 (R-PUB-5, 《市场监督管理行政处罚信息公示规定》§14): the conditions the platform checks
 * itself (time public, 自觉履行, no repeat, sanctions not excluded), the two the 公示管理员 confirms from the
 * 信用修复 decision (harm removed; in neither 经营异常名录 nor 严重违法失信名单), and a refusal's unmet
 * conditions shown in the drawer, each with its article.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, List, Space, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { ApiError, api, unwrap } from '../../api/client';
import type { Publication } from '../../api/types';
import { ErrorAlert } from '../../components/states';

const RULE = '《市场监督管理行政处罚信息公示规定》';

/** What the platform checks from the record, by the server's condition codes (packages/domain early-stop.ts). */
const SYSTEM_CHECKS: readonly { codes: readonly string[]; text: string; basis: string }[] = [
  {
    codes: ['minimum-period', 'short-period'],
    text: '自公示之日起已满六个月（食品、药品、特种设备领域满一年）；仅受到警告、通报批评或者较低数额罚款的，公示期为三个月，届满自动停止公示，不适用提前停止',
    basis: '第十四条第二款，《市场监督管理信用修复管理办法》第六条',
  },
  {
    codes: ['performed'],
    text: '已经自觉履行行政处罚决定中规定的义务（以案件的执行记录为准，经申请强制执行的不属于自觉履行）',
    basis: '第十四条第一款第一项',
  },
  {
    codes: ['no-repeat'],
    text: '未因同一类违法行为再次受到市场监督管理部门行政处罚（核对本平台的处罚记录）',
    basis: '第十四条第一款第三项',
  },
  {
    codes: ['excluded-sanction'],
    text: '未受到责令停产停业、限制开展生产经营活动、限制从业、降低资质等级、吊销许可证件、吊销营业执照的行政处罚',
    basis: '第十四条第三款',
  },
];

/** What the 公示管理员 confirms from the 信用修复 decision: the platform cannot see it. */
const CONFIRMATIONS = [
  { name: 'harmRemoved', text: '已核实当事人已经主动消除危害后果和不良社会影响', basis: '第十四条第一款第二项' },
  { name: 'notListed', text: '已核实当事人未被列入经营异常名录或严重违法失信名单', basis: '第十四条第一款第四项' },
] as const;

/** Short Chinese names of the conditions a refusal may name. */
const CONDITION_NAMES: Readonly<Record<string, string>> = {
  'penalty-only': '适用范围',
  'excluded-sanction': '处罚种类',
  'short-period': '公示期',
  'minimum-period': '公示时间',
  performed: '自觉履行',
  'no-repeat': '未再次受罚',
  'harm-removed': '消除危害后果',
  'not-listed': '经营异常名录、严重违法失信名单',
};

interface Unmet {
  condition: string;
  message: string;
  basis?: string;
}

/** The unmet conditions of a refusal (HTTP 409 PUBLICATION_STATE with details.unmet), or null for any other error. */
function unmetOf(e: unknown): Unmet[] | null {
  if (!(e instanceof ApiError) || e.code !== 'PUBLICATION_STATE') return null;
  const list = e.details?.unmet;
  if (!Array.isArray(list)) return null;
  return list.filter((u): u is Unmet => typeof u === 'object' && u !== null && typeof (u as Unmet).message === 'string');
}

interface Values {
  repairDecision: string;
  reason: string;
  harmRemoved?: boolean;
  notListed?: boolean;
}

export function StopForm({ p, onStopped }: { p: Publication; onStopped: () => void }) {
  const [submitting, setSubmitting] = useState(false);
  const [unmet, setUnmet] = useState<Unmet[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refused = new Set(unmet?.map((u) => u.condition));
  // a refusal is shown above the button, usually below the drawer's fold: bring both into view
  const refusalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (unmet) refusalRef.current?.scrollIntoView({ block: 'nearest' });
  }, [unmet]);
  const submit = async (v: Values) => {
    setSubmitting(true);
    setUnmet(null);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/publications/{id}/stop', {
          params: { path: { id: p.id } },
          body: {
            repairDecision: v.repairDecision,
            reason: v.reason,
            confirmed: { harmRemoved: v.harmRemoved === true, notListed: v.notListed === true },
          },
        }),
      );
      onStopped();
    } catch (e) {
      const u = unmetOf(e);
      if (u) setUnmet(u);
      else setError(e);
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <Form layout="vertical" onFinish={(v: Values) => void submit(v)}>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        依据：{p.earlyStop.basis ?? `${RULE}第十四条`}
        。当事人完成信用修复、同时符合下列条件的，可以提前停止公示；停止后公示平台不再展示本条信息。
        {p.publishedOn ? `本条于 ${p.publishedOn} 公示${p.publicUntil ? `，公示截止期 ${p.publicUntil}` : ''}。` : ''}
      </Typography.Paragraph>
      {/* the page offers the drawer only where the server says the stop applies; should it open otherwise, say why */}
      {!p.earlyStop.allowed ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={p.earlyStop.reason ?? '本条公示不适用提前停止公示'} />
      ) : null}
      <Typography.Title level={2} style={{ fontSize: 15 }}>
        平台根据案件记录核对
      </Typography.Title>
      <List
        size="small"
        bordered
        style={{ marginBottom: 16 }}
        dataSource={SYSTEM_CHECKS}
        renderItem={(c) => {
          const failed = c.codes.some((code) => refused.has(code));
          return (
            <List.Item>
              <Space align="start">
                {!unmet ? (
                  <MinusCircleOutlined style={{ color: '#8c8c8c' }} aria-label="提交时核对" />
                ) : failed ? (
                  <CloseCircleFilled style={{ color: '#cf1322' }} aria-label="未满足" />
                ) : (
                  <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="已满足" />
                )}
                <span>
                  {c.text}
                  <Typography.Text type="secondary">（{c.basis}）</Typography.Text>
                </span>
              </Space>
            </List.Item>
          );
        }}
      />
      <Typography.Title level={2} style={{ fontSize: 15 }}>
        由公示管理员依信用修复决定核实
      </Typography.Title>
      <Typography.Paragraph type="secondary">以下两项平台无法自行核对，请核实后勾选；未勾选的，不得提前停止公示。</Typography.Paragraph>
      {CONFIRMATIONS.map((c) => (
        <Form.Item
          key={c.name}
          name={c.name}
          valuePropName="checked"
          style={{ marginBottom: 8 }}
          rules={[
            {
              validator: (_, value: unknown) =>
                value === true ? Promise.resolve() : Promise.reject(new Error(`须核实后勾选：${c.text.replace(/^已核实/, '')}`)),
            },
          ]}
        >
          <Checkbox>
            {c.text}
            <Typography.Text type="secondary">（公示规定{c.basis}）</Typography.Text>
          </Checkbox>
        </Form.Item>
      ))}
      <Form.Item
        label="信用修复决定文号"
        name="repairDecision"
        style={{ marginTop: 16 }}
        rules={[
          { required: true, whitespace: true, message: '请填写信用修复决定文号' },
          { min: 2, message: '信用修复决定文号至少 2 个字' },
        ]}
      >
        <Input maxLength={100} placeholder="如：馆市监信修〔2027〕1号" />
      </Form.Item>
      <Form.Item label="理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} />
      </Form.Item>
      <div ref={refusalRef}>
        {unmet ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={`不符合提前停止公示的条件（${unmet.length} 项未满足），本条继续公示`}
            description={
              <ol style={{ margin: 0, paddingInlineStart: 20 }} aria-label="未满足的条件">
                {unmet.map((u) => (
                  <li key={u.condition}>
                    {CONDITION_NAMES[u.condition] ? <strong>{CONDITION_NAMES[u.condition]}：</strong> : null}
                    {u.message}
                    {u.basis ? <Typography.Text type="secondary">（依据：{u.basis}）</Typography.Text> : null}
                  </li>
                ))}
              </ol>
            }
          />
        ) : null}
        <ErrorAlert error={error} />
        <Button type="primary" htmlType="submit" loading={submitting}>
          停止公示
        </Button>
      </div>
    </Form>
  );
}
