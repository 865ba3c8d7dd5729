import { useEffect } from 'react';
import { Button, Card, Drawer, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DISCRETION_GRADES, SANCTIONS, rangeText } from '@sanxiang/domain/browser';
import type { Benchmark, BenchmarkGrade, FineRange } from './api-types';
import { DraftDrawerFooter } from './draft-bar';

type Grade = BenchmarkGrade['grade'];
type SanctionName = BenchmarkGrade['sanctions'][number];
type FineKind = FineRange['kind'];

interface GradeValues {
  grade: Grade;
  circumstances: string;
  fineKind: FineKind;
  min?: number;
  max?: number;
  base?: string;
  sanctions: SanctionName[];
}

interface Values {
  id: string;
  name: string;
  violatedArticle: string;
  penaltyArticle: string;
  grades: GradeValues[];
}

const OTHER_SANCTIONS = SANCTIONS.filter((s) => s !== '罚款');

function toValues(b: Benchmark): Values {
  return {
    ...b,
    grades: b.grades.map((g) => ({
      grade: g.grade,
      circumstances: g.circumstances,
      fineKind: g.fine.kind,
      ...(g.fine.kind !== 'none' ? { min: g.fine.min, max: g.fine.max } : {}),
      ...(g.fine.kind === 'multiple' ? { base: g.fine.base } : {}),
      sanctions: g.sanctions,
    })),
  };
}

function fineOf(g: GradeValues): FineRange {
  if (g.fineKind === 'none') return { kind: 'none' };
  if (g.fineKind === 'amount') return { kind: 'amount', min: g.min ?? 0, max: g.max ?? 0 };
  return { kind: 'multiple', min: g.min ?? 0, max: g.max ?? 0, base: (g.base ?? '').trim() };
}

function fromValues(v: Values): Benchmark {
  const order = (g: Grade) => DISCRETION_GRADES.indexOf(g);
  return {
    id: v.id.trim(),
    name: v.name.trim(),
    violatedArticle: v.violatedArticle.trim(),
    penaltyArticle: v.penaltyArticle.trim(),
    grades: [...v.grades]
      .sort((a, b) => order(a.grade) - order(b.grade))
      .map((g) => ({ grade: g.grade, circumstances: g.circumstances.trim(), fine: fineOf(g), sanctions: g.sanctions })),
  };
}

/** One grade's fine range in words, as the edit goes. */
function RangePreview({ name }: { name: number }) {
  const g = Form.useWatch(['grades', name]) as GradeValues | undefined;
  if (!g) return null;
  return <Typography.Text type="secondary">即：{rangeText(fineOf(g))}</Typography.Text>;
}

/**
 * One violation of the 裁量基准 (R-REV-10) in a drawer: code, name, the article broken and the
 * article punishing it, and its grades — circumstances, fine range (an amount, a multiple of a
 * base such as 货值金额, or no fine) and the other sanctions the grade allows.
 */
export function BenchmarkDrawer({
  open,
  benchmark,
  taken,
  onClose,
  onSave,
}: {
  open: boolean;
  benchmark: Benchmark | null;
  taken: readonly string[];
  onClose: () => void;
  onSave: (b: Benchmark) => void;
}) {
  const [form] = Form.useForm<Values>();
  const isNew = !benchmark;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      benchmark
        ? toValues(benchmark)
        : {
            id: '',
            name: '',
            violatedArticle: '',
            penaltyArticle: '',
            grades: [{ grade: '一般处罚', circumstances: '无从轻、减轻、从重情节', fineKind: 'amount', sanctions: [] }],
          },
    );
  }, [open, benchmark, form]);
  return (
    <Drawer open={open} onClose={onClose} title={isNew ? '添加违法行为' : `修改：${benchmark?.name ?? ''}`} size={760} forceRender>
      <Form<Values> form={form} name="benchmark" layout="vertical" onFinish={(v) => onSave(fromValues(v))} scrollToFirstError>
        <Space wrap size={16} align="start">
          <Form.Item
            label="违法行为代码"
            name="id"
            extra={isNew ? '2–40 位小写字母、数字或连字符，保存后不再更改；拟作出的决定以此引用' : '代码不能更改'}
            rules={[
              { required: true, message: '请填写代码' },
              { pattern: /^[a-z0-9][a-z0-9-]{1,39}$/, message: '2–40 位小写字母、数字或连字符' },
              {
                validator: async (_r, v: string) => {
                  if (isNew && taken.includes(v)) throw new Error('代码已被其他违法行为使用');
                },
              },
            ]}
          >
            <Input maxLength={40} disabled={!isNew} style={{ width: 260 }} placeholder="如 food-expired-small" />
          </Form.Item>
        </Space>
        <Form.Item label="违法行为" name="name" rules={[{ required: true, whitespace: true, message: '请填写违法行为' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="违法依据" name="violatedArticle" rules={[{ required: true, whitespace: true, message: '请填写违法依据' }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Form.Item label="处罚依据" name="penaltyArticle" rules={[{ required: true, whitespace: true, message: '请填写处罚依据' }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Form.List
          name="grades"
          rules={[
            {
              validator: async (_r, gs?: GradeValues[]) => {
                if (!gs?.length) throw new Error('至少应有一个裁量阶次');
                const names = gs.map((g) => g.grade);
                if (new Set(names).size !== names.length) throw new Error('裁量阶次不能重复');
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <div>
              <Typography.Text strong>裁量阶次</Typography.Text>
              {fields.map((f) => (
                <GradeCard key={f.key} name={f.name} onRemove={() => remove(f.name)} />
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                icon={<PlusOutlined />}
                disabled={fields.length >= DISCRETION_GRADES.length}
                onClick={() => {
                  const used = (form.getFieldValue('grades') as GradeValues[] | undefined)?.map((g) => g.grade) ?? [];
                  const next = DISCRETION_GRADES.find((g) => !used.includes(g)) ?? '一般处罚';
                  add({ grade: next, circumstances: '', fineKind: next === '不予处罚' ? 'none' : 'amount', sanctions: [] });
                }}
                style={{ marginTop: 8, marginBottom: 16 }}
              >
                添加阶次
              </Button>
            </div>
          )}
        </Form.List>
        <DraftDrawerFooter onClose={onClose} />
      </Form>
    </Drawer>
  );
}

function GradeCard({ name, onRemove }: { name: number; onRemove: () => void }) {
  const form = Form.useFormInstance<Values>();
  const kind = Form.useWatch(['grades', name, 'fineKind'], form) as FineKind | undefined;
  const grade = Form.useWatch(['grades', name, 'grade'], form) as Grade | undefined;
  return (
    <Card
      size="small"
      style={{ marginTop: 8 }}
      title={
        <Form.Item name={[name, 'grade']} noStyle>
          <Select<Grade> aria-label="裁量阶次" style={{ width: 140 }} options={DISCRETION_GRADES.map((g) => ({ value: g, label: g }))} />
        </Form.Item>
      }
      extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={`删除阶次「${grade ?? ''}」`} onClick={onRemove} />}
    >
      <Form.Item
        label="适用情形"
        name={[name, 'circumstances']}
        rules={[{ required: true, whitespace: true, message: '请填写本阶次的适用情形' }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <Form.Item
        label="罚款幅度"
        name={[name, 'fineKind']}
        style={{ marginBottom: 8 }}
        rules={[
          {
            validator: async (_r, k: FineKind) => {
              if (grade === '不予处罚' && k !== 'none') throw new Error('“不予处罚”不应有罚款幅度');
            },
          },
        ]}
      >
        <Radio.Group
          options={[
            { value: 'amount', label: '金额' },
            { value: 'multiple', label: '计算基数的倍数' },
            { value: 'none', label: '不罚款' },
          ]}
        />
      </Form.Item>
      {kind && kind !== 'none' ? (
        <Space wrap align="start">
          {kind === 'multiple' ? (
            <Form.Item name={[name, 'base']} rules={[{ required: true, whitespace: true, message: '请写明计算基数' }]}>
              <Input aria-label="计算基数" placeholder="计算基数，如货值金额" maxLength={30} style={{ width: 180 }} />
            </Form.Item>
          ) : null}
          <Form.Item name={[name, 'min']} rules={[{ required: true, message: '请填写下限' }]}>
            <InputNumber<number>
              aria-label="下限"
              placeholder="下限"
              min={0}
              suffix={kind === 'amount' ? '元' : '倍'}
              style={{ width: 150 }}
            />
          </Form.Item>
          <span style={{ lineHeight: '32px' }}>至</span>
          <Form.Item
            name={[name, 'max']}
            dependencies={[['grades', name, 'min']]}
            rules={[
              { required: true, message: '请填写上限' },
              ({ getFieldValue }) => ({
                validator: async (_r, v?: number) => {
                  const min = getFieldValue(['grades', name, 'min']) as number | undefined;
                  if (v !== undefined && min !== undefined && v < min) throw new Error('上限不能低于下限');
                },
              }),
            ]}
          >
            <InputNumber<number>
              aria-label="上限"
              placeholder="上限"
              min={0}
              suffix={kind === 'amount' ? '元' : '倍'}
              style={{ width: 150 }}
            />
          </Form.Item>
        </Space>
      ) : null}
      <div style={{ marginBottom: 12 }}>
        <RangePreview name={name} />
      </div>
      <Form.Item label="可以并处的其他处罚" name={[name, 'sanctions']} style={{ marginBottom: 0 }}>
        <Select<SanctionName[]>
          mode="multiple"
          aria-label="可以并处的其他处罚"
          placeholder="无"
          options={OTHER_SANCTIONS.map((s) => ({ value: s, label: s }))}
        />
      </Form.Item>
    </Card>
  );
}
