import { useEffect } from 'react';
import { Button, Drawer, Form, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EmptyState } from '../../components/states';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { CatalogCondition, CatalogRule, ProcedureSummary } from './api-types';
import { ConditionEditor, conditionProblem, describeCondition } from './catalog-condition';
import { DraftDrawerFooter } from './draft-bar';

/** R-REV-1: the rule every catalog keeps (一般程序 行政处罚 decisions are always reviewed). */
export const MANDATORY_RULE_ID = 'penalty-general';

/** The rules of a catalog: name, condition in words, basis; editable rows when `onChange` is given. */
export function CatalogRulesTable({
  rules,
  procedures,
  onEdit,
  onDelete,
}: {
  rules: readonly CatalogRule[];
  procedures: readonly ProcedureSummary[];
  onEdit?: (index: number) => void;
  onDelete?: (index: number) => void;
}) {
  return (
    <Table<CatalogRule>
      rowKey="id"
      size="small"
      dataSource={[...rules]}
      pagination={rules.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: <EmptyState>目录清单中没有规则</EmptyState> }}
      scroll={{ x: 820 }}
      columns={[
        { title: '序号', key: 'n', width: 60, render: (_, _r, i) => i + 1 },
        {
          title: '事项',
          dataIndex: 'name',
          width: 240,
          render: (n: string, r) => (
            <span>
              {n} {r.id === MANDATORY_RULE_ID ? <Tag color="red">法定</Tag> : null}
              <Typography.Text type="secondary" className="mono" style={{ display: 'block' }}>
                {r.id}
              </Typography.Text>
            </span>
          ),
        },
        { title: '条件', key: 'cond', render: (_, r) => describeCondition(r.condition, procedures) },
        { title: '依据', dataIndex: 'basis', width: 280 },
        ...(onEdit && onDelete
          ? [
              {
                title: '操作',
                key: 'act',
                width: 96,
                render: (_: unknown, r: CatalogRule) => {
                  const i = rules.indexOf(r);
                  return (
                    <Space size={0}>
                      <Button
                        type="text"
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={`修改规则「${r.name}」`}
                        onClick={() => onEdit(i)}
                      />
                      <Tooltip title={r.id === MANDATORY_RULE_ID ? '一般程序行政处罚决定均须法制审核，此规则不能删除' : undefined}>
                        <Button
                          type="text"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`删除规则「${r.name}」`}
                          disabled={r.id === MANDATORY_RULE_ID}
                          onClick={() => onDelete(i)}
                        />
                      </Tooltip>
                    </Space>
                  );
                },
              },
            ]
          : []),
      ]}
    />
  );
}

interface RuleValues {
  id: string;
  name: string;
  basis: string;
  condition: CatalogCondition;
}

/** One rule in a drawer: 编号 (kept once made), name, condition, basis. */
export function RuleDrawer({
  open,
  rule,
  taken,
  procedures,
  onClose,
  onSave,
}: {
  open: boolean;
  rule: CatalogRule | null;
  taken: readonly string[];
  procedures: readonly ProcedureSummary[];
  onClose: () => void;
  onSave: (r: CatalogRule) => void;
}) {
  const [form] = Form.useForm<RuleValues>();
  const isNew = !rule;
  const mandatory = rule?.id === MANDATORY_RULE_ID;
  useEffect(() => {
    if (!open) return;
    if (rule) form.setFieldsValue({ id: rule.id, name: rule.name, basis: rule.basis, condition: rule.condition });
    else {
      let n = taken.length + 1;
      while (taken.includes(`rule-${n}`)) n++;
      form.setFieldsValue({ id: `rule-${n}`, name: '', basis: '', condition: { type: 'procedure', procedures: [] } });
    }
  }, [open, rule, taken, form]);
  return (
    <Drawer open={open} onClose={onClose} title={isNew ? '添加规则' : `修改规则：${rule?.name ?? ''}`} size={620} forceRender>
      <Form<RuleValues>
        form={form}
        name="rule"
        layout="vertical"
        onFinish={(v) => onSave({ id: v.id.trim(), name: v.name.trim(), basis: v.basis.trim(), condition: v.condition })}
      >
        <Form.Item
          label="规则编号"
          name="id"
          extra={isNew ? '小写字母、数字和连字符，保存后不再更改；案件记录以此编号记下触发的规则' : '编号不能更改'}
          rules={[
            { required: true, message: '请填写编号' },
            { pattern: /^[a-z0-9-]{1,40}$/, message: '只能由小写字母、数字和连字符组成（至多 40 位）' },
            {
              validator: async (_r, v: string) => {
                if (isNew && taken.includes(v)) throw new Error('编号已被其他规则使用');
              },
            },
          ]}
        >
          <Input maxLength={40} disabled={!isNew} style={{ maxWidth: 260 }} />
        </Form.Item>
        <Form.Item
          label="事项名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请填写事项名称' }]}
          extra="按公布的目录清单写，如“较大数额罚款”"
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label="条件"
          name="condition"
          rules={[
            {
              validator: async (_r, c?: CatalogCondition) => {
                const p = conditionProblem(c);
                if (p) throw new Error(p);
                if (mandatory && !(c?.type === 'procedure' && c.procedures.includes('penalty-general')))
                  throw new Error('此规则须包含“行政处罚一般程序”');
              },
            },
          ]}
        >
          <ConditionEditor procedures={procedures} lockedType={mandatory} />
        </Form.Item>
        <Form.Item label="依据" name="basis" rules={[{ required: true, whitespace: true, message: '请填写依据' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
        <DraftDrawerFooter onClose={onClose} />
      </Form>
    </Drawer>
  );
}
