import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { CheckGroup } from '../../components/check-group';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { CASE_FLAGS, DISCRETION_GRADES, SANCTIONS } from '@sanxiang/domain/browser';
import { ApiError, api, unwrap } from '../../api/client';
import type { CaseDetail, Procedure } from '../../api/types';
import { StepFields, placeServerError, toFormValues, toInputs } from '../../forms/step-form';
import { officerOptions } from '../cases/step-drawer';
import { DiscretionPanel } from './discretion-panel';

interface Values {
  step: string;
  decision?: Record<string, unknown>;
  caseAmount?: number;
  sanctions?: string[];
  flags?: string[];
  violation?: string;
  grade?: string;
  baseAmount?: number;
  reasoning?: string;
}

type Proposal = {
  step: string;
  decision: Record<string, unknown>;
  caseAmount: number | null;
  sanctions: string[];
  flags: Record<string, boolean | undefined>;
  discretion: { violation: string | null; grade: string | null; baseAmount: number | null; reasoning: string } | null;
};

/**
 * 拟作出的决定 (R-REV-1, R-REV-10): the decision step's own fields (generated from its definition),
 * the sanctions and flags the catalog reads, and the 裁量 — the violation's benchmark, its range and
 * articles, and the similar cases beside the form as it is filled.
 */
export function ProposalForm({
  c,
  procedure,
  previous,
  onDone,
}: {
  c: CaseDetail;
  procedure: Procedure;
  previous: Proposal | null;
  onDone: () => void;
}) {
  const gated = procedure.steps.filter((s) => s.gate === 'legal-review');
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stepCode = Form.useWatch('step', form) ?? previous?.step ?? gated[0]?.code;
  const step = gated.find((s) => s.code === stepCode) ?? gated[0];
  const violation = Form.useWatch('violation', form);
  const decision = Form.useWatch('decision', form) as Record<string, unknown> | undefined;
  const benchmarks = useQuery({
    queryKey: ['discretion-benchmarks', c.agency.id],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/discretion-benchmarks', { params: { path: { id: c.agency.id } } })),
  });
  const fine = typeof decision?.['fineAmount'] === 'number' ? (decision['fineAmount'] as number) : undefined;
  const facts = typeof decision?.['facts'] === 'string' ? (decision['facts'] as string) : '';
  const investigation = [...c.history].reverse().find((h) => h.step === 'conclude-investigation')?.inputs ?? {};
  const initial = useMemo<Values>(() => {
    const p = previous;
    const s = gated.find((x) => x.code === (p?.step ?? gated[0]?.code));
    const seed: Record<string, unknown> = p?.decision ?? {
      facts: investigation['facts'],
      violatedProvision: investigation['violatedProvision'],
      legalBasis: investigation['legalBasis'],
    };
    return {
      step: p?.step ?? gated[0]?.code ?? '',
      decision: s ? toFormValues(s, seed) : {},
      caseAmount: p?.caseAmount ?? undefined,
      sanctions: p?.sanctions ?? [],
      flags: p
        ? Object.entries(p.flags)
            .filter(([, v]) => v)
            .map(([k]) => k)
        : [],
      violation: p?.discretion?.violation ?? undefined,
      grade: p?.discretion?.grade ?? undefined,
      baseAmount: p?.discretion?.baseAmount ?? undefined,
      reasoning: p?.discretion?.reasoning ?? '',
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [previous]);
  if (!step) return <Alert type="info" title="本程序没有须经法制审核的决定环节" />;

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/cases/{id}/review/proposals', {
          params: { path: { id: c.id } },
          body: {
            step: step.code,
            decision: {
              ...toInputs(step, v.decision ?? {}),
              // the 裁量 is asked once (below) and printed on the 决定书 from the decision's own inputs
              ...(step.inputs.some((i) => i.name === 'discretionGrade') && v.grade && v.grade !== '不予处罚'
                ? { discretionGrade: v.grade }
                : {}),
              ...(step.inputs.some((i) => i.name === 'discretionReasons') && v.reasoning?.trim()
                ? { discretionReasons: v.reasoning.trim() }
                : {}),
            },
            caseAmount: v.caseAmount ?? null,
            sanctions: (v.sanctions ?? []) as (typeof SANCTIONS)[number][],
            flags: Object.fromEntries((v.flags ?? []).map((f) => [f, true])),
            discretion: v.violation
              ? {
                  violation: v.violation,
                  grade: (v.grade ?? null) as (typeof DISCRETION_GRADES)[number] | null,
                  baseAmount: v.baseAmount ?? null,
                  reasoning: v.reasoning ?? '',
                }
              : null,
          },
        }),
      );
      onDone();
    } catch (e) {
      setError(
        e instanceof ApiError && e.code.startsWith('STEP_INPUT')
          ? placeServerError(step, form, e, 'decision')
          : e instanceof ApiError
            ? e.message
            : '提交失败，请稍后重试',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Row gutter={16}>
      <Col xs={24} xl={14}>
        <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} disabled={busy}>
          {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
          {gated.length > 1 ? (
            <Form.Item label="拟作出的决定" name="step" rules={[{ required: true }]}>
              <Select options={gated.map((s) => ({ value: s.code, label: s.name }))} style={{ width: 240 }} />
            </Form.Item>
          ) : (
            <Typography.Paragraph>
              拟作出的决定：<strong>{step.name}</strong>
            </Typography.Paragraph>
          )}
          {/* the 裁量 of the decision is stated once, below (裁量阶次, 裁量说明), and carried into the 决定书 */}
          <StepFields
            step={{ ...step, inputs: step.inputs.filter((i) => i.name !== 'discretionGrade' && i.name !== 'discretionReasons') }}
            prefix="decision"
            officers={officerOptions(c)}
          />
          <Form.Item label="处罚种类 / 措施" name="sanctions">
            <CheckGroup aria-label="处罚种类" options={SANCTIONS.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
          <Form.Item label="涉案金额（元）" name="caseAmount">
            <InputNumber<number> prefix="¥" min={0} precision={2} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label="案件情形" name="flags" extra="法制审核目录清单据此判断是否须法制审核">
            <CheckGroup aria-label="案件情形" options={Object.entries(CASE_FLAGS).map(([k, v]) => ({ value: k, label: v }))} />
          </Form.Item>
          <Row gutter={12}>
            <Col span={14}>
              <Form.Item label="违法行为（裁量基准）" name="violation">
                <Select
                  allowClear
                  loading={benchmarks.isPending}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(benchmarks.data?.benchmarks ?? []).map((b) => ({ value: b.id, label: b.name }))}
                  placeholder={benchmarks.data && !benchmarks.data.benchmarks.length ? '本机关尚未制定裁量基准' : '选择违法行为'}
                />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item label="裁量阶次" name="grade">
                <Select allowClear options={DISCRETION_GRADES.map((g) => ({ value: g, label: g }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="计算基数（元，按倍数处罚时）" name="baseAmount">
            <InputNumber<number> prefix="¥" min={0} precision={2} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label="裁量说明" name="reasoning" extra="罚款须说明裁量理由；超出裁量基准幅度的须写明书面理由">
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {previous ? '保存为新版本' : '提出拟作出的决定'}
          </Button>
        </Form>
      </Col>
      <Col xs={24} xl={10}>
        <Typography.Title level={2} style={{ fontSize: 15 }}>
          裁量基准与类案
        </Typography.Title>
        <DiscretionPanel agencyId={c.agency.id} violation={violation} fine={fine} facts={facts} />
      </Col>
    </Row>
  );
}
