import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, api, unwrap } from '../../api/client';
import type { ListCode, ListView } from './api-types';
import { rowProblems, type ListDef, type RowProblem } from './list-defs';
import { ProblemsAlert } from './problems';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Values {
  note: string;
  changedOn?: Dayjs;
}

/** The problems of an import: one line per spreadsheet row, each problem in the cell of its column. */
export function ImportProblems({ def, problems }: { def: Pick<ListDef, 'columns'>; problems: RowProblem[] }) {
  const rows = [...new Set(problems.map((p) => p.row))].sort((a, b) => a - b);
  const known = (p: RowProblem) => def.columns.some((c) => c.label === p.column);
  const columns = def.columns.filter((c) => problems.some((p) => p.column === c.label));
  const text = (p: RowProblem) =>
    p.message
      .replace(/^第 \d+ 行/, '')
      .replace(/^「[^」]*」/, '')
      .replace(/^：/, '') || p.message;
  return (
    <Table
      rowKey="row"
      size="small"
      dataSource={rows.map((row) => ({ row, items: problems.filter((p) => p.row === row) }))}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      rowClassName={() => 'admin-row-error'}
      scroll={{ x: 120 + columns.length * 180 }}
      columns={[
        { title: '表格行号', dataIndex: 'row', width: 90, fixed: 'left', render: (r: number) => (r > 0 ? `第 ${r} 行` : '整表') },
        ...columns.map((c) => ({
          title: c.label,
          key: c.key,
          render: (_: unknown, r: { items: RowProblem[] }) =>
            r.items
              .filter((p) => p.column === c.label)
              .map((p, i) => (
                <div key={i} className="admin-cell-error">
                  {text(p)}
                </div>
              )),
        })),
        ...(problems.some((p) => !known(p))
          ? [
              {
                title: '其他',
                key: 'other',
                render: (_: unknown, r: { items: RowProblem[] }) =>
                  r.items
                    .filter((p) => !known(p))
                    .map((p, i) => (
                      <div key={i} className="admin-cell-error">
                        {p.column ? `列「${p.column}」：` : ''}
                        {text(p)}
                      </div>
                    )),
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * 从电子表格导入 (R-X-6): a .xlsx whose first row holds the column names (as the exported
 * sheet does) replaces the list as a new version; when any row is wrong nothing is saved, and
 * every problem is shown on its spreadsheet row.
 */
export function ListImportModal({
  agencyId,
  def,
  open,
  onClose,
  onDone,
}: {
  agencyId: string;
  def: ListDef;
  open: boolean;
  onClose: () => void;
  onDone: (v: ListView) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { file, pick, error, setError, busy, submit } = useXlsxImport(
    (body: File, v: Values) =>
      unwrap(
        api.POST('/api/v1/agencies/{id}/lists/{list}/import', {
          params: {
            path: { id: agencyId, list: def.code as ListCode },
            query: { note: v.note.trim(), ...(v.changedOn ? { changedOn: v.changedOn.format('YYYY-MM-DD') } : {}) },
          },
          body: body as never,
          bodySerializer: () => body,
          headers: { 'content-type': XLSX_TYPE },
        }),
      ),
    (view) => {
      form.resetFields();
      onDone(view);
    },
  );
  const problems = error instanceof ApiError && error.code === 'LIST_INVALID' ? rowProblems(error.details) : [];
  return (
    <Modal
      open={open}
      title={`从电子表格导入：${def.name}`}
      width={760}
      okText="导入并公布"
      cancelText="取消"
      okButtonProps={{ disabled: !file }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
    >
      <Typography.Paragraph>
        表格第一行为列名：{def.columns.map((c) => c.label).join('、')}。可先“导出
        .xlsx”作为模板。导入后整表替换为新版本；有任何一行不合格，全部不保存。
      </Typography.Paragraph>
      {problems.length ? (
        <>
          <Alert
            type="error"
            showIcon
            role="alert"
            title={`${error instanceof ApiError ? error.message : ''}。请按下列行号修改表格后重新导入：`}
            style={{ marginBottom: 12 }}
          />
          <ImportProblems def={def} problems={problems} />
        </>
      ) : (
        <ProblemsAlert error={error} />
      )}
      <Form form={form} name="list-import" layout="vertical" onFinish={(v) => void submit(v)} disabled={busy} style={{ marginTop: 12 }}>
        <XlsxFileField file={file} onPick={pick} />
        <Form.Item
          label="更新说明"
          name="note"
          rules={[
            { required: true, whitespace: true, message: '请写明本次更新的内容' },
            { min: 2, message: '至少 2 个字' },
          ]}
        >
          <Input maxLength={200} placeholder="如：依据《食品安全法》修订更新执法依据" />
        </Form.Item>
        <Form.Item label="引起更新的变化的生效日期" name="changedOn" extra="法律、机构或人员变化之日；清单应在其后 20 个工作日内更新">
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The form's .xlsx field: one file chosen (kept in the page's state, not uploaded until the form is sent) and its name. */
export function XlsxFileField({ file, onPick }: { file: File | null; onPick: (f: File) => void }) {
  return (
    <Form.Item label="电子表格" required>
      <Space wrap>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            onPick(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>选择 .xlsx 文件</Button>
        </Upload>
        {file ? <Typography.Text>{file.name}</Typography.Text> : <Typography.Text type="secondary">未选择文件</Typography.Text>}
      </Space>
    </Form.Item>
  );
}

/**
 * An .xlsx import form's state: the chosen file, the server's refusal (its rows' problems), whether it
 * is being sent. `send` posts the file with the form's values; `done` runs after a success.
 */
export function useXlsxImport<V, R>(send: (file: File, v: V) => Promise<R>, done: (r: R) => void | Promise<void>) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const pick = (f: File) => {
    setFile(f);
    setError(null);
  };
  const submit = async (v: V) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await send(file, v);
      setFile(null);
      await done(r);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { file, pick, error, setError, busy, submit };
}
