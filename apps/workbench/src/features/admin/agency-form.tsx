import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { isValidCreditCode } from '@sanxiang/domain/browser';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import type { AgencyPatchBody, AgencyRow, NewAgencyBody } from './api-types';
import { ENFORCEMENT_KINDS } from './labels';
import { ProblemsAlert } from './problems';

const DEFAULT_TEMPLATE = '{short}{word}〔{year}〕{seq}号';
const PLACEHOLDER = /\{(short|word|year|seq)\}/g;

/** What a template gives for a first case of the year (the server's formatCaseNumber, for the eye only). */
export function templateSample(template: string, short: string): string {
  const parts: Record<string, string> = { short: short || '简称', word: '罚', year: String(new Date().getFullYear()), seq: '1' };
  return template.replace(PLACEHOLDER, (_m, k: string) => parts[k] ?? '');
}

interface Values {
  name: string;
  creditCode: string;
  kind: 'enforcement' | 'justice';
  regionCode: string;
  parentId?: string;
  shortName: string;
  fields: string[];
  procedureKinds: string[];
  numberTemplate: string;
  legalBasis?: string;
  address?: string;
  phone?: string;
}

/**
 * 设立机关 (a 司法局 administrator in its region, or an agency administrator for a subordinate
 * agency) or 修改机关信息 (执法类别, 执法行为类别, 编号规则, 依据, 地址, 电话).
 */
export function AgencyForm({ agency, agencies, onDone }: { agency?: AgencyRow; agencies: AgencyRow[]; onDone: (a: AgencyRow) => void }) {
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const creating = !agency;
  const justice = user.agencyKind === 'justice';
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => unwrap(api.GET('/api/v1/regions')),
    staleTime: 3600_000,
    enabled: creating,
  });
  const template = Form.useWatch('numberTemplate', form) ?? '';
  const shortName = Form.useWatch('shortName', form) ?? '';
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    const common: AgencyPatchBody = {
      shortName: v.shortName.trim(),
      fields: v.fields,
      procedureKinds: v.procedureKinds,
      numberTemplate: v.numberTemplate.trim(),
      legalBasis: v.legalBasis?.trim() ?? '',
      address: v.address?.trim() ?? '',
      phone: v.phone?.trim() ?? '',
    };
    try {
      const saved = agency
        ? await unwrap(api.PATCH('/api/v1/agencies/{id}', { params: { path: { id: agency.id } }, body: common }))
        : await unwrap(
            api.POST('/api/v1/agencies', {
              body: {
                ...common,
                shortName: v.shortName.trim(),
                name: v.name.trim(),
                creditCode: v.creditCode.trim().toUpperCase(),
                kind: v.kind,
                regionCode: v.regionCode,
                parentId: v.parentId ?? null,
              } satisfies NewAgencyBody,
            }),
          );
      onDone(saved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<Values>
      form={form}
      name="agency"
      layout="vertical"
      onFinish={(v) => void submit(v)}
      disabled={busy}
      scrollToFirstError
      initialValues={
        agency
          ? { ...agency, kind: agency.kind === 'justice' ? 'justice' : 'enforcement', parentId: agency.parentId ?? undefined }
          : {
              kind: 'enforcement',
              fields: [],
              procedureKinds: [],
              numberTemplate: DEFAULT_TEMPLATE,
              parentId: justice ? undefined : user.agencyId,
            }
      }
    >
      <ProblemsAlert error={error} />
      {creating ? (
        <>
          <Form.Item
            label="机关名称"
            name="name"
            rules={[
              { required: true, whitespace: true, message: '请填写机关全称' },
              { min: 2, max: 100, message: '2–100 个字' },
            ]}
          >
            <Input maxLength={100} placeholder="如：馆陶县市场监督管理局" />
          </Form.Item>
          <Form.Item
            label="统一社会信用代码"
            name="creditCode"
            validateFirst
            rules={[
              { required: true, message: '请填写统一社会信用代码' },
              { len: 18, message: '统一社会信用代码为 18 位' },
              {
                validator: async (_r, val: string) => {
                  if (val && !isValidCreditCode(val.trim().toUpperCase())) throw new Error('统一社会信用代码校验码不正确，请核对');
                },
              },
            ]}
          >
            <Input maxLength={18} style={{ maxWidth: 260 }} />
          </Form.Item>
          <Form.Item label="机关类别" name="kind">
            <Radio.Group
              options={[
                { value: 'enforcement', label: '执法机关' },
                { value: 'justice', label: '司法行政部门', disabled: !justice },
              ]}
            />
          </Form.Item>
          <Space wrap size={16} align="start">
            <Form.Item label="所在行政区划" name="regionCode" rules={[{ required: true, message: '请选择行政区划' }]}>
              <Select
                style={{ width: 240 }}
                loading={regions.isPending}
                showSearch={{ optionFilterProp: 'label' }}
                options={(regions.data ?? []).map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }))}
              />
            </Form.Item>
            <Form.Item
              label="上级机关"
              name="parentId"
              rules={justice ? [] : [{ required: true, message: '执法机关只能设立下属机关，请选择上级机关' }]}
              extra={justice ? '派出机构、下属机关须选择；独立的执法机关留空' : '本机关的派出机构或下属机关'}
            >
              <Select allowClear={justice} style={{ width: 280 }} options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
            </Form.Item>
          </Space>
        </>
      ) : null}
      <Form.Item
        label="简称"
        name="shortName"
        rules={[
          { required: true, whitespace: true, message: '请填写简称（用于案件编号）' },
          { max: 20, message: '不超过 20 个字' },
        ]}
      >
        <Input maxLength={20} style={{ maxWidth: 260 }} placeholder="如：馆市监" />
      </Form.Item>
      <Form.Item label="执法类别" name="fields" extra="输入后按回车添加，如：市场监管、食品安全">
        <Select mode="tags" tokenSeparators={['、', ',', '，']} maxCount={20} open={false} suffixIcon={null} aria-label="执法类别" />
      </Form.Item>
      <Form.Item label="执法行为类别" name="procedureKinds">
        <Select mode="multiple" options={ENFORCEMENT_KINDS.map((k) => ({ value: k, label: k }))} aria-label="执法行为类别" />
      </Form.Item>
      <Form.Item
        label="案件编号规则"
        name="numberTemplate"
        rules={[
          { required: true, whitespace: true, message: '请填写编号规则' },
          { max: 60, message: '不超过 60 个字' },
          {
            validator: async (_r, val: string) => {
              for (const k of ['word', 'year', 'seq']) if (val && !val.includes(`{${k}}`)) throw new Error(`编号规则须包含 {${k}}`);
            },
          },
        ]}
        extra={
          <span>
            {'{short}'} 简称、{'{word}'} 案件类别字（如“罚”“检”）、{'{year}'} 年份、{'{seq}'} 当年序号（连续不重号）。示例：
            <Typography.Text code>{templateSample(template, shortName)}</Typography.Text>
          </span>
        }
      >
        <Input maxLength={60} style={{ maxWidth: 360 }} />
      </Form.Item>
      <Form.Item label="主体资格与职权依据" name="legalBasis">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Space wrap size={16} align="start">
        <Form.Item label="办公地址" name="address">
          <Input maxLength={200} style={{ width: 320 }} />
        </Form.Item>
        <Form.Item label="联系电话" name="phone">
          <Input maxLength={50} style={{ width: 180 }} />
        </Form.Item>
      </Space>
      <Button type="primary" htmlType="submit" loading={busy}>
        {creating ? '设立机关' : '保存修改'}
      </Button>
    </Form>
  );
}
