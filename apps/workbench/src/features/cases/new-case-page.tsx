import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { CheckGroup } from '../../components/check-group';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Radio, Row, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { isValidCreditCode, isValidIdNumber } from '@sanxiang/domain/browser';
import { ApiError, api, unwrap } from '../../api/client';
import type { Candidate, Procedure, Region } from '../../api/types';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { QueryView } from '../../components/states';
import { StepFields, placeServerError, toInputs } from '../../forms/step-form';
import { procedureQuery } from './queries';

/** A field of an 18-character code checked by its check digit (身份证号码, 统一社会信用代码) as it is typed. */
function code18(valid: (code: string) => boolean, wrong: string) {
  return {
    validator: async (_: unknown, v: string | undefined) => {
      const t = (v ?? '').trim().toUpperCase();
      if (!t) return;
      if (t.length < 18) throw new Error(`已输入 ${t.length} 位，共 18 位`);
      if (!valid(t)) throw new Error(wrong);
    },
  };
}

interface Values {
  procedure: string;
  title: string;
  field: string;
  regionCode: string;
  unitId?: string;
  party: {
    kind: 'org' | 'person';
    name: string;
    creditCode?: string;
    idNumber?: string;
    legalRep?: string;
    address?: string;
    phone?: string;
  };
  officers: string[];
  lead?: string;
  inputs?: Record<string, unknown>;
}

/** Regions at or under the agency's own (案件发生地 must lie in its area). */
function regionsUnder(all: readonly Region[], root: string): Region[] {
  const out: Region[] = [];
  const walk = (code: string, depth: number) => {
    const r = all.find((x) => x.code === code);
    if (r) out.push({ ...r, name: `${'　'.repeat(depth)}${r.name}` });
    for (const c of all.filter((x) => x.parentCode === code)) walk(c.code, depth + 1);
  };
  walk(root, 0);
  return out;
}

/**
 * 新建案件 (立案 / 受理): the procedure, the 案由, the party — a 统一社会信用代码 or 身份证号码 is
 * checked as it is typed, with the rules' own check — the officers (only those whose certificates
 * cover the field, the place and today can be chosen; the others are shown greyed with the reason)
 * and the opening step's own fields, generated from its definition.
 */
export default function NewCasePage() {
  const session = useSession();
  const agency = useQuery({
    queryKey: ['agency', session.user.agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}', { params: { path: { id: session.user.agencyId } } })),
  });
  const procedures = useQuery({ queryKey: ['procedures'], queryFn: () => unwrap(api.GET('/api/v1/procedures')), staleTime: Infinity });
  const regions = useQuery({ queryKey: ['regions'], queryFn: () => unwrap(api.GET('/api/v1/regions')), staleTime: Infinity });
  return (
    <Page title="新建案件" crumbs={[{ title: '案件', to: '/cases' }, { title: '新建案件' }]}>
      <QueryView query={agency}>
        {(a) =>
          procedures.data && regions.data ? (
            <NewCaseForm
              agency={a}
              procedures={procedures.data.filter((p) => a.procedureKinds.includes(p.kind))}
              regions={regionsUnder(regions.data, a.regionCode)}
            />
          ) : (
            <Card loading />
          )
        }
      </QueryView>
    </Page>
  );
}

function NewCaseForm({
  agency,
  procedures,
  regions,
}: {
  agency: { id: string; fields: string[]; regionCode: string; units: { id: string; kind: string; name: string }[] };
  procedures: { code: string; name: string; kind: string; description: string }[];
  regions: Region[];
}) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const procedureCode = Form.useWatch('procedure', form);
  const field = Form.useWatch('field', form);
  const regionCode = Form.useWatch('regionCode', form);
  const partyKind = Form.useWatch(['party', 'kind'], form);
  const chosen = Form.useWatch('officers', form) as string[] | undefined;
  const def = useQuery({ ...procedureQuery(procedureCode ?? ''), enabled: !!procedureCode });
  const candidates = useQuery({
    queryKey: ['officer-candidates', field, regionCode],
    queryFn: () => unwrap(api.GET('/api/v1/officer-candidates', { params: { query: { field: field!, regionCode: regionCode! } } })),
    enabled: !!field && !!regionCode,
  });
  const handlingUnits = agency.units.filter((u) => u.kind === 'handling');

  const submit = async (v: Values) => {
    if (!def.data) return;
    setBusy(true);
    setError(null);
    const officers = v.lead ? [v.lead, ...v.officers.filter((o) => o !== v.lead)] : v.officers;
    const party = {
      kind: v.party.kind,
      name: v.party.name.trim(),
      ...(v.party.kind === 'org'
        ? { creditCode: v.party.creditCode?.trim().toUpperCase() || null, legalRep: v.party.legalRep?.trim() || null }
        : { idNumber: v.party.idNumber?.trim().toUpperCase() || null }),
      address: v.party.address?.trim() || null,
      phone: v.party.phone?.trim() || null,
    };
    try {
      const c = await unwrap(
        api.POST('/api/v1/cases', {
          body: {
            procedure: v.procedure,
            title: v.title.trim(),
            field: v.field,
            regionCode: v.regionCode,
            party,
            officerIds: officers,
            ...(v.unitId ? { unitId: v.unitId } : {}),
            inputs: toInputs(def.data.open, v.inputs ?? {}),
          },
        }),
      );
      message.success(`已立案：${c.number}`);
      void qc.invalidateQueries({ queryKey: ['worklist'] });
      void qc.invalidateQueries({ queryKey: ['cases'] });
      navigate(`/cases/${c.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'PARTY_INVALID') {
        setError(e.message);
      } else if (e instanceof ApiError && (e.code === 'OFFICER_NOT_QUALIFIED' || e.code === 'OFFICERS_INSUFFICIENT')) {
        form.setFields([{ name: 'officers', errors: [e.message] }]);
        setError(e.message);
      } else {
        setError(placeServerError(def.data.open, form, e, 'inputs'));
      }
    } finally {
      setBusy(false);
    }
  };

  const options = useMemo(() => (candidates.data ?? []).map((c) => candidateOption(c)), [candidates.data]);
  const min = def.data ? (def.data.minOfficersAtOpening ?? 2) : 2;

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={busy}
      scrollToFirstError
      initialValues={{
        regionCode: agency.regionCode,
        field: agency.fields.length === 1 ? agency.fields[0] : undefined,
        party: { kind: 'org' },
        officers: [],
      }}
    >
      {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card size="small" title="案件" style={{ marginBottom: 16 }}>
            <Form.Item label="执法程序" name="procedure" rules={[{ required: true, message: '请选择执法程序' }]}>
              <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {procedures.map((p) => (
                  <Radio key={p.code} value={p.code}>
                    <strong>{p.name}</strong>
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {p.description}
                    </Typography.Text>
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
            <Form.Item
              label="案由"
              name="title"
              rules={[
                { required: true, whitespace: true, message: '请填写案由' },
                { max: 200, message: '不超过 200 字' },
              ]}
            >
              <Input placeholder="如：销售过期食品案" maxLength={200} />
            </Form.Item>
            <Space wrap size={16}>
              <Form.Item label="执法类别" name="field" rules={[{ required: true, message: '请选择执法类别' }]}>
                <Select style={{ width: 200 }} options={agency.fields.map((f) => ({ value: f, label: f }))} />
              </Form.Item>
              <Form.Item label="案件发生地" name="regionCode" rules={[{ required: true, message: '请选择案件发生地' }]}>
                <Select
                  style={{ width: 240 }}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={regions.map((r) => ({ value: r.code, label: r.name }))}
                />
              </Form.Item>
              {handlingUnits.length ? (
                <Form.Item label="承办机构" name="unitId">
                  <Select allowClear style={{ width: 200 }} options={handlingUnits.map((u) => ({ value: u.id, label: u.name }))} />
                </Form.Item>
              ) : null}
            </Space>
          </Card>
          <Card size="small" title="当事人" style={{ marginBottom: 16 }}>
            <Form.Item name={['party', 'kind']} label="当事人类型">
              <Radio.Group
                options={[
                  { value: 'org', label: '法人或者其他组织' },
                  { value: 'person', label: '自然人' },
                ]}
              />
            </Form.Item>
            <Form.Item
              label={partyKind === 'person' ? '姓名' : '名称'}
              name={['party', 'name']}
              rules={[{ required: true, whitespace: true, message: '请填写当事人名称' }, { max: 100 }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            {partyKind === 'person' ? (
              <Form.Item
                label="身份证号码"
                name={['party', 'idNumber']}
                validateTrigger={['onChange', 'onBlur']}
                rules={[code18(isValidIdNumber, '身份证号码校验码不正确，请核对')]}
              >
                <Input maxLength={18} style={{ width: 260 }} autoComplete="off" />
              </Form.Item>
            ) : (
              <Space wrap size={16}>
                <Form.Item
                  label="统一社会信用代码"
                  name={['party', 'creditCode']}
                  validateTrigger={['onChange', 'onBlur']}
                  rules={[code18(isValidCreditCode, '统一社会信用代码校验码不正确，请核对')]}
                >
                  <Input maxLength={18} style={{ width: 260 }} autoComplete="off" />
                </Form.Item>
                <Form.Item label="法定代表人（负责人）" name={['party', 'legalRep']}>
                  <Input maxLength={50} style={{ width: 200 }} />
                </Form.Item>
              </Space>
            )}
            <Form.Item label="住所（住址）" name={['party', 'address']}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item label="联系电话" name={['party', 'phone']}>
              <Input maxLength={30} style={{ width: 220 }} />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title="承办人员" style={{ marginBottom: 16 }}>
            {!field || !regionCode ? (
              <Typography.Text type="secondary">请先选择执法类别和案件发生地：只有执法证涵盖该类别和区域的人员才能承办。</Typography.Text>
            ) : (
              <>
                <Form.Item
                  name="officers"
                  extra={`不少于 ${min} 名持有效执法证的执法人员（《行政处罚法》第四十二条）。执法证不涵盖本案的人员不能选择，原因标在名字后。`}
                  rules={[{ type: 'array', min, message: `须指派不少于 ${min} 名执法人员` }]}
                >
                  <CheckGroup aria-label="承办人员" style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
                    {options.map((o) => (
                      <Checkbox key={o.value} value={o.value} disabled={o.disabled}>
                        {o.label}
                      </Checkbox>
                    ))}
                  </CheckGroup>
                </Form.Item>
                {chosen && chosen.length > 1 ? (
                  <Form.Item label="主办人" name="lead" extra="不选择时，第一位为主办人">
                    <Select
                      style={{ width: 200 }}
                      options={options.filter((o) => chosen.includes(o.value)).map((o) => ({ value: o.value, label: o.name }))}
                    />
                  </Form.Item>
                ) : null}
              </>
            )}
          </Card>
          {def.data ? (
            <Card size="small" title={`${def.data.open.name}`} style={{ marginBottom: 16 }}>
              {def.data.open.basis ? <Typography.Paragraph type="secondary">依据：{def.data.open.basis}</Typography.Paragraph> : null}
              <StepFields step={def.data.open} prefix="inputs" />
            </Card>
          ) : null}
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" size="large" loading={busy}>
        {def.data ? def.data.open.name : '立案'}
      </Button>
    </Form>
  );
}

function candidateOption(c: Candidate) {
  return {
    value: c.userId,
    name: c.name,
    disabled: !c.eligible,
    label: (
      <span>
        {c.name}
        {c.self ? '（本人）' : ''}
        <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
          {c.certificate ? `执法证 ${c.certificate.number}` : '无执法证'}
          {c.unitName ? ` · ${c.unitName}` : ''}
        </Typography.Text>
        {!c.eligible ? (
          <Tooltip title={c.reason}>
            <Tag style={{ marginLeft: 6 }}>不能承办：{c.reason}</Tag>
          </Tooltip>
        ) : null}
      </span>
    ),
  };
}

export type { Procedure };
