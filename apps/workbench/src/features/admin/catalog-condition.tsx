import { InputNumber, Select, Space, Typography } from 'antd';
import { CASE_FLAGS, SANCTIONS } from '@sanxiang/domain/browser';
import type { CatalogCondition, ProcedureSummary } from './api-types';
import { AMOUNT_FACETS, ENFORCEMENT_KINDS } from './labels';

/**
 * A 法制审核目录 rule's condition (packages/domain review/catalog.ts CatalogCondition): one small
 * editor per kind, and the condition in words.
 */
export type ConditionType = CatalogCondition['type'];
type Of<T extends ConditionType> = Extract<CatalogCondition, { type: T }>;
type Facet = Of<'amountAtLeast'>['facet'];
type Kind = Of<'kind'>['kinds'][number];
type SanctionName = Of<'sanction'>['sanctions'][number];
type Flag = Of<'flag'>['flag'];

export const CONDITION_TYPES: Record<ConditionType, string> = {
  procedure: '适用的执法程序',
  kind: '执法行为类别',
  amountAtLeast: '金额达到标准',
  sanction: '拟作出的处罚种类',
  hearingHeld: '举行了听证',
  flag: '承办人标明的情形',
};

const yuan = (n: number) => `${n.toLocaleString('zh-CN')} 元`;

/** The condition in words, as the catalog is published. */
export function describeCondition(c: CatalogCondition, procedures: readonly ProcedureSummary[]): string {
  switch (c.type) {
    case 'procedure':
      return `适用${c.procedures.map((p) => `「${procedures.find((x) => x.code === p)?.name ?? p}」`).join('、')}作出的决定`;
    case 'kind':
      return `${c.kinds.join('、')}决定`;
    case 'amountAtLeast':
      return `${AMOUNT_FACETS[c.facet]}达到 ${yuan(c.org)}${c.person !== undefined ? `（对自然人 ${yuan(c.person)}）` : ''}`;
    case 'sanction':
      return `拟${c.sanctions.join('、')}`;
    case 'hearingHeld':
      return '案件举行了听证';
    case 'flag':
      return `承办人标明：${CASE_FLAGS[c.flag]}`;
  }
}

/** A fresh condition of a kind, to be filled in. */
export function blankCondition(type: ConditionType): CatalogCondition {
  switch (type) {
    case 'procedure':
      return { type, procedures: [] };
    case 'kind':
      return { type, kinds: [] };
    case 'amountAtLeast':
      return { type, facet: 'fine', org: 0 };
    case 'sanction':
      return { type, sanctions: [] };
    case 'hearingHeld':
      return { type };
    case 'flag':
      return { type, flag: 'publicInterest' };
  }
}

/** What is missing from a condition, in Chinese; null when complete (the server checks the same). */
export function conditionProblem(c: CatalogCondition | undefined): string | null {
  if (!c) return '请选择条件';
  switch (c.type) {
    case 'procedure':
      return c.procedures.length ? null : '请至少选择一个执法程序';
    case 'kind':
      return c.kinds.length ? null : '请至少选择一个执法行为类别';
    case 'amountAtLeast':
      return !(c.org > 0) || (c.person !== undefined && !(c.person > 0)) ? '金额标准须大于 0' : null;
    case 'sanction':
      return c.sanctions.length ? null : '请至少选择一种处罚';
    default:
      return null;
  }
}

/** The editor, as a form control (value / onChange). */
export function ConditionEditor({
  value,
  onChange,
  procedures,
  lockedType,
}: {
  value?: CatalogCondition;
  onChange?: (c: CatalogCondition) => void;
  procedures: readonly ProcedureSummary[];
  lockedType?: boolean;
}) {
  const c = value ?? blankCondition('procedure');
  const set = (next: CatalogCondition) => onChange?.(next);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={8}>
      <Select<ConditionType>
        aria-label="条件类型"
        value={c.type}
        disabled={lockedType}
        style={{ width: 220 }}
        onChange={(t) => set(blankCondition(t))}
        options={Object.entries(CONDITION_TYPES).map(([v, label]) => ({ value: v as ConditionType, label }))}
      />
      {c.type === 'procedure' ? (
        <Select<string[]>
          mode="multiple"
          aria-label="执法程序"
          placeholder="选择执法程序"
          value={c.procedures}
          onChange={(procs) => set({ ...c, procedures: procs })}
          options={procedures.map((p) => ({ value: p.code, label: p.name }))}
        />
      ) : null}
      {c.type === 'kind' ? (
        <Select<Kind[]>
          mode="multiple"
          aria-label="执法行为类别"
          placeholder="选择执法行为类别"
          value={c.kinds}
          onChange={(kinds) => set({ ...c, kinds })}
          options={ENFORCEMENT_KINDS.map((k) => ({ value: k, label: k }))}
        />
      ) : null}
      {c.type === 'amountAtLeast' ? (
        <Space wrap align="center">
          <Select<Facet>
            aria-label="金额项"
            style={{ width: 180 }}
            value={c.facet}
            onChange={(facet) => set({ ...c, facet })}
            options={Object.entries(AMOUNT_FACETS).map(([v, label]) => ({ value: v as Facet, label }))}
          />
          <span>达到</span>
          <InputNumber<number>
            aria-label="对单位的标准（元）"
            min={0}
            step={1000}
            value={c.org}
            onChange={(n) => set({ ...c, org: n ?? 0 })}
            suffix="元"
            style={{ width: 150 }}
          />
          <Typography.Text type="secondary">对自然人</Typography.Text>
          <InputNumber<number>
            aria-label="对自然人的标准（元），与单位相同时留空"
            min={0}
            step={1000}
            placeholder="同单位"
            value={c.person}
            onChange={(n) => {
              const { person: _drop, ...rest } = c;
              set(n === null || n === undefined ? rest : { ...rest, person: n });
            }}
            suffix="元"
            style={{ width: 150 }}
          />
        </Space>
      ) : null}
      {c.type === 'sanction' ? (
        <Select<SanctionName[]>
          mode="multiple"
          aria-label="处罚种类"
          placeholder="选择处罚种类"
          value={c.sanctions}
          onChange={(sanctions) => set({ ...c, sanctions })}
          options={SANCTIONS.map((s) => ({ value: s, label: s }))}
        />
      ) : null}
      {c.type === 'flag' ? (
        <Select<Flag>
          aria-label="情形"
          style={{ width: '100%' }}
          value={c.flag}
          onChange={(flag) => set({ ...c, flag })}
          options={Object.entries(CASE_FLAGS).map(([v, label]) => ({ value: v as Flag, label }))}
        />
      ) : null}
      {c.type === 'hearingHeld' ? <Typography.Text type="secondary">案件举行了听证的，作出决定前须法制审核。</Typography.Text> : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        即：{describeCondition(c, procedures)}
      </Typography.Text>
    </Space>
  );
}
