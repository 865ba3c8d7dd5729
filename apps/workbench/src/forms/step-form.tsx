import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { CheckGroup } from '../components/check-group';
import { SanctionsField } from './sanctions-field';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../api/client';
import type { Guard, InputDef, StepDef } from '../api/types';
import { errorMessage } from '../components/states';

/** A person who may be named in an `officers` input, with why not when they may not. */
export interface OfficerOption {
  userId: string;
  name: string;
  note?: string | undefined;
  disabledReason?: string | null | undefined;
}

type Values = Record<string, unknown>;

/** Guards that make a field required or limit it, by the field they concern. */
function guardsOf(step: StepDef, input: string): Guard[] {
  return (step.guards ?? []).filter((g) => 'input' in g && g.input === input);
}

/** The conditions under which a field becomes required (e.g. 见证人 when the party is absent; 邮件号码 for 邮寄送达). */
function requiredWhen(step: StepDef, input: InputDef): { input: string; equals: string | boolean }[] {
  return guardsOf(step, input.name).flatMap((g) => (g.type === 'requiredWhen' ? [g.when] : []));
}

/** A field that concerns one case only (onlyWhen) is shown, and sent, only in that case. */
function applies(input: InputDef, valueOf: (name: string) => unknown): boolean {
  return !input.onlyWhen || valueOf(input.onlyWhen.input) === input.onlyWhen.equals;
}

/** 笔录 times and arrival times: Beijing wall-clock time as the API takes it. */
const MOMENT_FORMAT = 'YYYY-MM-DDTHH:mm';

function hintOf(step: StepDef, input: InputDef): string | undefined {
  const hints = guardsOf(step, input.name)
    .filter((g) => g.type !== 'requiredWhen')
    .map((g) => ('reason' in g ? g.reason : g.type === 'maxFineForParty' ? '简易程序罚款不得超过法定限额' : ''))
    .filter(Boolean);
  return hints.length ? hints.join('；') : undefined;
}

/** The value a form holds → the value the API takes (dates as YYYY-MM-DD, trimmed text). */
export function toInputs(step: StepDef, values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const i of step.inputs) {
    const v = values[i.name];
    if (v === undefined || v === null || v === '') continue;
    if (!applies(i, (n) => values[n])) continue;
    if (i.type === 'date') out[i.name] = dayjs.isDayjs(v) ? (v as Dayjs).format('YYYY-MM-DD') : String(v);
    else if (i.type === 'datetime') out[i.name] = dayjs.isDayjs(v) ? (v as Dayjs).format(MOMENT_FORMAT) : String(v);
    else if (i.type === 'text' || i.type === 'longtext') {
      const t = String(v).trim();
      if (t) out[i.name] = t;
    } else if (i.type === 'officers' || i.type === 'sanctions') {
      if (Array.isArray(v) && v.length) out[i.name] = v;
    } else out[i.name] = v;
  }
  return out;
}

/** The API's values → the form's (dates as dayjs). */
export function toFormValues(step: StepDef, inputs: Record<string, unknown> | null | undefined): Values {
  const out: Values = {};
  if (!inputs) return out;
  for (const i of step.inputs) {
    const v = inputs[i.name];
    if (v === undefined) continue;
    out[i.name] = (i.type === 'date' || i.type === 'datetime') && typeof v === 'string' ? dayjs(v) : v;
  }
  return out;
}

function field(input: InputDef, officers: readonly OfficerOption[]): ReactNode {
  switch (input.type) {
    case 'text':
      return <Input maxLength={input.max ?? 200} showCount={!!input.max && input.max <= 100} />;
    case 'longtext':
      return <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={input.max ?? 20000} />;
    case 'money':
      return (
        <InputNumber<number>
          prefix="¥"
          min={0}
          max={input.max}
          precision={2}
          step={100}
          style={{ width: 220 }}
          formatter={(v) =>
            v === undefined || v === null || `${v}` === '' ? '' : Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 2 })
          }
          parser={(v) => Number((v ?? '').replace(/[¥,\s]/g, ''))}
        />
      );
    case 'date':
      return <DatePicker format="YYYY-MM-DD" style={{ width: 220 }} />;
    case 'datetime':
      return <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 220 }} />;
    case 'boolean':
      return (
        <Radio.Group>
          <Radio value={true}>是</Radio>
          <Radio value={false}>否</Radio>
        </Radio.Group>
      );
    case 'choice': {
      const choices = input.choices ?? [];
      if (choices.length <= 4) {
        return (
          <Radio.Group>
            {choices.map((c) => (
              <Radio key={c.value} value={c.value}>
                {c.label}
              </Radio>
            ))}
          </Radio.Group>
        );
      }
      return (
        <Select
          options={choices.map((c) => ({ value: c.value, label: c.label }))}
          style={{ maxWidth: 420 }}
          showSearch={{ optionFilterProp: 'label' }}
        />
      );
    }
    case 'sanctions':
      return <SanctionsField aria-label={input.label} />;
    case 'officers':
      return (
        <CheckGroup aria-label={input.label} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
          {officers.map((o) => (
            <Checkbox key={o.userId} value={o.userId} disabled={!!o.disabledReason}>
              {o.name}
              {o.note ? <Typography.Text type="secondary"> （{o.note}）</Typography.Text> : null}
              {o.disabledReason ? (
                <Tooltip title={o.disabledReason}>
                  <Tag style={{ marginLeft: 6 }}>不能参与：{o.disabledReason}</Tag>
                </Tooltip>
              ) : null}
            </Checkbox>
          ))}
        </CheckGroup>
      );
  }
}

/**
 * The fields of one step, generated from its definition (type, label, required, choices, max,
 * and the guards that concern a field): the one renderer every step form uses, so a changed
 * procedure definition changes the screen with no UI code.
 */
export function StepFields({ step, officers = [], prefix }: { step: StepDef; officers?: readonly OfficerOption[]; prefix?: string }) {
  const nameOf = (n: string) => (prefix ? [prefix, n] : n);
  return (
    <>
      {step.inputs.map((input) => {
        const when = requiredWhen(step, input);
        const base = input.required !== false;
        const deps = [...when.map((w) => w.input), ...(input.onlyWhen ? [input.onlyWhen.input] : [])];
        return (
          <Form.Item key={input.name} noStyle dependencies={deps.map(nameOf)}>
            {({ getFieldValue }) => {
              if (!applies(input, (n) => getFieldValue(nameOf(n)))) return null;
              const required = base || when.some((w) => getFieldValue(nameOf(w.input)) === w.equals);
              return (
                <Form.Item
                  name={nameOf(input.name)}
                  label={input.label}
                  required={required}
                  extra={hintOf(step, input)}
                  rules={[
                    {
                      required,
                      message: `请填写「${input.label}」`,
                      ...(input.type === 'text' || input.type === 'longtext' ? { whitespace: true } : {}),
                      ...(input.type === 'officers' || input.type === 'sanctions' ? { type: 'array' as const, min: 1 } : {}),
                    },
                  ]}
                >
                  {field(input, officers)}
                </Form.Item>
              );
            }}
          </Form.Item>
        );
      })}
    </>
  );
}

/**
 * Puts the server's refusal where it belongs: beside the field it names (details.field, a missing
 * label, a guard on a field, an officer) or, when it concerns the whole step, above the form.
 * Returns the message left for the top of the form (null when every part went to a field).
 */
export function placeServerError(step: StepDef, form: FormInstance, error: unknown, prefix?: string): string | null {
  if (!(error instanceof ApiError)) return errorMessage(error);
  const d = error.details ?? {};
  const fields: { name: string; errors: string[] }[] = [];
  if (error.code === 'OFFICER_NOT_QUALIFIED' && !step.inputs.some((i) => i.type === 'officers')) return error.message;
  // a step's input by its name, or by its place in the request body ('inputs.place', as the server's NUL check names it)
  const field = typeof d['field'] === 'string' ? d['field'].replace(/^inputs\./, '') : null;
  if (field && step.inputs.some((i) => i.name === field)) fields.push({ name: field, errors: [error.message] });
  if (Array.isArray(d['missing'])) {
    for (const label of d['missing'] as string[]) {
      const i = step.inputs.find((x) => x.label === label);
      if (i) fields.push({ name: i.name, errors: [`请填写「${label}」`] });
    }
  }
  if (typeof d['guard'] === 'string') {
    const g = (step.guards ?? []).find((x) => x.type === d['guard'] && 'input' in x && typeof x.input === 'string');
    if (g && 'input' in g && g.input) fields.push({ name: g.input, errors: [error.message] });
  }
  if (typeof d['officer'] === 'string' && step.inputs.some((i) => i.type === 'officers')) {
    const i = step.inputs.find((x) => x.type === 'officers')!;
    fields.push({ name: i.name, errors: [error.message] });
  }
  if (fields.length) form.setFields(fields.map((f) => ({ ...f, name: prefix ? [prefix, f.name] : f.name })));
  return fields.length && error.code.startsWith('STEP_INPUT') ? null : error.message;
}

/**
 * A whole step form: generated fields, the server's errors at their fields, one submit. The
 * caller sends the inputs (POST …/steps, or the review and opening calls).
 */
export function StepForm({
  step,
  officers,
  initial,
  submitLabel,
  onSubmit,
  extra,
  disabled,
}: {
  step: StepDef;
  officers?: readonly OfficerOption[];
  initial?: Record<string, unknown> | null;
  submitLabel?: string;
  onSubmit: (inputs: Record<string, unknown>) => Promise<unknown>;
  extra?: ReactNode;
  disabled?: boolean;
}) {
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [topError, setTopError] = useState<string | null>(null);
  const initialValues = useMemo(() => toFormValues(step, initial), [step, initial]);
  useEffect(() => {
    form.resetFields();
  }, [form, initialValues]);
  const submit = async (values: Values) => {
    setBusy(true);
    setTopError(null);
    try {
      await onSubmit(toInputs(step, values));
    } catch (e) {
      setTopError(placeServerError(step, form, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit} disabled={disabled || busy} scrollToFirstError>
      {topError ? <Alert type="error" showIcon role="alert" title={topError} style={{ marginBottom: 16 }} /> : null}
      <StepFields step={step} officers={officers} />
      {extra}
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} disabled={disabled}>
          {submitLabel ?? `办理「${step.name}」`}
        </Button>
      </Space>
    </Form>
  );
}
