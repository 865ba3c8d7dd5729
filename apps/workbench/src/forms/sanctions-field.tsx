import { Button, Input, InputNumber, Select, Space, Typography } from 'antd';
import { SANCTION_KINDS, SANCTION_KIND_NAMES, type SanctionItem, type SanctionKind, type SanctionKindDef } from '@sanxiang/domain/browser';

/**
 * 处罚种类 as structure (packages/domain/src/procedures/sanctions.ts): one row per kind, with the
 * amount, object and term the kind has. The server checks the same rules; the 告知's hearing right
 * and the decision's "no heavier than notified" read these rows.
 */
export function SanctionsField({
  value,
  onChange,
  id,
  'aria-label': ariaLabel,
}: {
  value?: SanctionItem[] | undefined;
  onChange?: (v: SanctionItem[]) => void;
  id?: string;
  'aria-label'?: string;
}) {
  const rows = value ?? [];
  const set = (next: SanctionItem[]) => onChange?.(next);
  const update = (i: number, patch: Partial<SanctionItem>) => set(rows.map((r, j) => (j === i ? clean({ ...r, ...patch }) : r)));
  const used = new Set(rows.map((r) => r.kind));
  const free = SANCTION_KIND_NAMES.filter((k) => !used.has(k));
  return (
    <div id={id} role="group" aria-label={ariaLabel} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {rows.map((r, i) => {
        const def: SanctionKindDef = SANCTION_KINDS[r.kind];
        return (
          <Space key={r.kind} wrap align="start">
            <Select<SanctionKind>
              aria-label={`第 ${i + 1} 项处罚种类`}
              value={r.kind}
              style={{ width: 200 }}
              options={[r.kind, ...free].map((k) => ({ value: k, label: k }))}
              onChange={(k) => set(rows.map((x, j) => (j === i ? { kind: k } : x)))}
            />
            {def.amount ? (
              <InputNumber<number>
                aria-label={def.amount}
                placeholder={def.amount}
                prefix="¥"
                min={0.01}
                precision={2}
                style={{ width: 200 }}
                value={r.amount ?? null}
                onChange={(v) => update(i, { amount: v ?? undefined })}
              />
            ) : null}
            {def.detail ? (
              <Input
                aria-label={def.detail}
                placeholder={def.detail}
                maxLength={500}
                style={{ width: 280 }}
                value={r.detail ?? ''}
                onChange={(e) => update(i, { detail: e.target.value || undefined })}
              />
            ) : null}
            {def.days ? (
              <InputNumber<number>
                aria-label={def.days}
                placeholder={def.days}
                min={1}
                precision={0}
                addonAfter="日"
                style={{ width: 160 }}
                value={r.days ?? null}
                onChange={(v) => update(i, { days: v ?? undefined })}
              />
            ) : null}
            <Button onClick={() => set(rows.filter((_, j) => j !== i))}>删除</Button>
            {def.hearing ? <Typography.Text type="warning">须告知听证权利（《行政处罚法》第六十三条{def.hearing}）</Typography.Text> : null}
          </Space>
        );
      })}
      <div>
        <Button
          type="dashed"
          disabled={free.length === 0}
          onClick={() => set([...rows, { kind: free.includes('罚款') ? '罚款' : free[0]! }])}
        >
          添加处罚种类
        </Button>
      </div>
    </div>
  );
}

function clean(s: SanctionItem): SanctionItem {
  const out: SanctionItem = { kind: s.kind };
  if (s.amount !== undefined && s.amount !== null) out.amount = s.amount;
  if (s.days !== undefined && s.days !== null) out.days = s.days;
  if (s.detail !== undefined && s.detail !== '') out.detail = s.detail;
  return out;
}
