import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Alert, Button, Drawer, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined, EyeOutlined, FileAddOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import type { CaseDetail, DocumentRecord } from '../../api/types';
import { PdfViewer } from '../../components/pdf-viewer';
import { ErrorAlert, QueryView, EmptyState } from '../../components/states';
import { dateTime, shortHash } from '../../lib/format';
import { useCaseAccess } from '../cases/case-access';
import { documentsQuery, procedureQuery } from '../cases/queries';
import { PartyAccessCard } from './party-access-card';

const kindsQuery = { queryKey: ['document-kinds'], queryFn: () => unwrap(api.GET('/api/v1/document-kinds')), staleTime: Infinity };

/**
 * 文书: the case's documents, sealed; make one (filled from the case, PDF and Word, 电子签章),
 * preview it in the page, download either form. A document the last step produces is offered first.
 */
export function DocumentsTab({ c }: { c: CaseDetail }) {
  const { reason, withReason } = useCaseAccess();
  const q = useQuery(documentsQuery(c.id, reason));
  const kinds = useQuery(kindsQuery);
  const def = useQuery(procedureQuery(c.procedure.code)).data;
  const [params, setParams] = useSearchParams();
  const [preview, setPreview] = useState<DocumentRecord | null>(null);
  const [kind, setKind] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [access, setAccess] = useState<{ url: string; code: string } | null>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const suggested = params.get('make');
  const titles = new Set(def ? [def.open, ...def.steps].flatMap((s) => s.documents) : []);
  const options = (kinds.data ?? []).map((k) => ({ value: k.code, label: k.title, inProcedure: titles.has(k.title) }));
  options.sort((a, b) => Number(b.inProcedure) - Number(a.inProcedure));
  const suggestedCode = suggested ? options.find((o) => o.label === suggested)?.value : undefined;
  const chosen = kind ?? suggestedCode;
  const canMake = c.agency.id && !c.terminal;

  const make = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      const d = await unwrap(api.POST('/api/v1/cases/{id}/documents', { params: { path: { id: c.id } }, body: { kind: chosen } }));
      message.success(`已制作「${d.title}」${d.number ? `（${d.number}）` : ''}并加盖电子签章`);
      if (d.partyAccess) setAccess(d.partyAccess);
      setParams((p) => (p.delete('make'), p), { replace: true });
      await qc.invalidateQueries({ queryKey: ['case', c.id] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      {canMake ? (
        <div style={{ marginBottom: 16 }}>
          {suggested && suggestedCode ? (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`上一环节须制作「${suggested}」`} />
          ) : null}
          <Space wrap>
            <Select
              aria-label="文书种类"
              placeholder="选择要制作的文书"
              style={{ width: 300 }}
              value={chosen}
              onChange={setKind}
              loading={kinds.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={[
                { label: '本程序的文书', options: options.filter((o) => o.inProcedure).map((o) => ({ value: o.value, label: o.label })) },
                { label: '其他文书', options: options.filter((o) => !o.inProcedure).map((o) => ({ value: o.value, label: o.label })) },
              ]}
            />
            <Button type="primary" icon={<FileAddOutlined />} onClick={() => void make()} loading={busy} disabled={!chosen}>
              制作文书
            </Button>
          </Space>
          <ErrorAlert error={error} style={{ marginTop: 12 }} />
        </div>
      ) : null}
      <QueryView query={q}>
        {(docs) => (
          <Table<DocumentRecord>
            rowKey="id"
            size="small"
            dataSource={docs}
            pagination={false}
            locale={{ emptyText: <EmptyState>尚未制作文书</EmptyState> }}
            scroll={{ x: 640 }}
            columns={[
              { title: '文书', dataIndex: 'title', width: 170, render: (t: string) => <Typography.Text strong>{t}</Typography.Text> },
              {
                title: '文书编号',
                dataIndex: 'number',
                width: 190,
                render: (n: string | null) => n ?? <Typography.Text type="secondary">—</Typography.Text>,
              },
              { title: '制作时间', dataIndex: 'issuedAt', width: 150, render: dateTime },
              {
                title: '电子签章',
                key: 'seal',
                width: 150,
                render: (_, d) => (
                  <Tooltip title={`${d.seal.algorithm} · 密钥 ${d.seal.keyId} · 内容摘要 ${d.contentSha256}`}>
                    <Tag icon={<SafetyCertificateOutlined />} color="success">
                      已签章 {shortHash(d.contentSha256, 6)}
                    </Tag>
                  </Tooltip>
                ),
              },
              {
                title: '操作',
                key: 'actions',
                width: 250,
                render: (_, d) => (
                  <Space size={4} wrap>
                    <Button size="small" icon={<EyeOutlined />} onClick={() => setPreview(d)}>
                      预览
                    </Button>
                    <Button size="small" icon={<DownloadOutlined />} href={withReason(`/api/v1/documents/${d.id}/pdf`)}>
                      PDF
                    </Button>
                    <Button size="small" icon={<DownloadOutlined />} href={withReason(`/api/v1/documents/${d.id}/docx`)}>
                      Word
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryView>
      <PartyAccessCard c={c} reason={reason} />
      <Drawer open={!!preview} onClose={() => setPreview(null)} title={preview?.title} size={900} destroyOnHidden>
        {preview ? <PdfViewer url={withReason(`/api/v1/documents/${preview.id}/pdf`)} title={preview.title} /> : null}
      </Drawer>
      <Modal
        open={!!access}
        title="当事人专区访问码"
        onOk={() => setAccess(null)}
        onCancel={() => setAccess(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
        okText="已记下"
      >
        <p>告知书已印有当事人专区的访问码。系统只保存其摘要，此处仅显示这一次：</p>
        <p>
          <Typography.Text copyable strong style={{ fontSize: 18 }}>
            {access?.code}
          </Typography.Text>
        </p>
        <p>当事人可在 {access?.url} 以案件编号和访问码登录，在线陈述申辩、申请听证、同意电子送达。</p>
        <p>此前告知书所印的访问码仍然有效；如需停用，请在下方「当事人专区访问码」中作废并说明理由。</p>
      </Modal>
      {reason ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          本次调阅事由：{reason}（每次预览和下载均记录在案）
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
