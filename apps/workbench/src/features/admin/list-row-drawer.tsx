import { useEffect } from 'react';
import { Drawer, Form, Input, Select, Typography } from 'antd';
import type { ListRow } from './api-types';
import type { ListDef, RowProblem } from './list-defs';
import { DraftDrawerFooter } from './draft-bar';

/**
 * One row of a 事前公开 list in a drawer: every column with its limits; the problems the server
 * named for this row are shown at their fields.
 */
export function ListRowDrawer({
  def,
  open,
  row,
  rowNumber,
  problems,
  onClose,
  onSave,
}: {
  def: ListDef;
  open: boolean;
  row: ListRow | null;
  rowNumber: number | null;
  problems: RowProblem[];
  onClose: () => void;
  onSave: (r: ListRow) => void;
}) {
  const [form] = Form.useForm<ListRow>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(row ?? Object.fromEntries(def.columns.map((c) => [c.key, ''])));
    // the server's problems for this row, at their fields
    form.setFields(
      def.columns
        .map((c) => ({ name: c.key, errors: problems.filter((p) => p.column === c.label).map((p) => p.message) }))
        .filter((f) => f.errors.length > 0),
    );
  }, [open, row, def, form, problems]);
  const other = problems.filter((p) => !def.columns.some((c) => c.label === p.column));
  return (
    <Drawer open={open} onClose={onClose} title={rowNumber ? `修改第 ${rowNumber} 行` : `添加一行：${def.name}`} size={640} forceRender>
      {other.length ? <Typography.Paragraph type="danger">{other.map((p) => p.message).join('；')}</Typography.Paragraph> : null}
      <Form<ListRow>
        form={form}
        name="list-row"
        layout="vertical"
        onFinish={(v) => onSave(Object.fromEntries(def.columns.map((c) => [c.key, (v[c.key] ?? '').trim()])))}
        scrollToFirstError
      >
        {def.columns.map((c) => (
          <Form.Item
            key={c.key}
            label={c.label}
            name={c.key}
            extra={c.key === def.key ? '在本清单中不能重复' : undefined}
            rules={[
              ...(c.required ? [{ required: true, whitespace: true, message: `请填写${c.label}` }] : []),
              { max: c.max, message: `不超过 ${c.max} 字` },
            ]}
          >
            {c.choices ? (
              <Select allowClear={!c.required} options={c.choices.map((x) => ({ value: x, label: x }))} style={{ maxWidth: 260 }} />
            ) : c.max > 200 ? (
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={c.max} />
            ) : (
              <Input maxLength={c.max} />
            )}
          </Form.Item>
        ))}
        <DraftDrawerFooter onClose={onClose} publishLabel="公布新版本" />
      </Form>
    </Drawer>
  );
}
