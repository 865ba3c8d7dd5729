import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Input, Popconfirm, Space, Table, Typography, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { api, fetchBlob, unwrap } from '../../api/client';
import { QueryView } from '../../components/states';
import { ProblemsAlert } from './problems';

/** 42 mm on screen at 96 dpi: the size the seal takes on the document */
const SEAL_PX = Math.round((42 / 25.4) * 96);

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * 印章图片 (issue 20 item 6): the seal the agency's documents show at the 落款, as the 政务电子印章
 * system issued it. The administrator uploads or replaces it (transparent PNG, ≤ 1 MB) and may remove
 * it; every change is kept with who, when and why. Without one, documents carry no drawn seal but the
 * note that they are electronically signed.
 */
export function AgencySeal({ agencyId, editable }: { agencyId: string; editable: boolean }) {
  const q = useQuery({
    queryKey: ['agency-seal', agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/seal', { params: { path: { id: agencyId } } })),
  });
  const [imageUrl, setImageUrl] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const sha = q.data?.sha256 ?? null;

  useEffect(() => {
    if (!sha) return setImageUrl(null);
    let url: string | null = null;
    let live = true;
    void fetchBlob(`/api/v1/agencies/${agencyId}/seal/image`).then((b) => {
      url = URL.createObjectURL(b);
      if (live) setImageUrl(url);
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [agencyId, sha]);

  const done = async (text: string) => {
    message.success(text);
    setFile(null);
    setNote('');
    await qc.invalidateQueries({ queryKey: ['agency-seal', agencyId] });
  };
  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.PUT('/api/v1/agencies/{id}/seal', {
          params: { path: { id: agencyId } },
          body: { png: await base64Of(file), note: note.trim() },
        }),
      );
      await done('已更新印章图片，此后签发的文书使用新印章');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.DELETE('/api/v1/agencies/{id}/seal', { params: { path: { id: agencyId }, query: { note: note.trim() } } }));
      await done('已撤下印章图片');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title="印章图片" style={{ marginTop: 16 }} data-testid="agency-seal">
      <QueryView query={q}>
        {(seal) => (
          <>
            <Space align="start" size={24} wrap>
              <div
                style={{
                  width: SEAL_PX + 16,
                  height: SEAL_PX + 16,
                  border: '1px dashed #d9d9d9',
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  background: '#fff',
                }}
              >
                {seal.configured && imageUrl ? (
                  <img src={imageUrl} alt="本机关印章" width={SEAL_PX} height={SEAL_PX} style={{ objectFit: 'contain' }} />
                ) : (
                  <Typography.Text type="secondary" style={{ padding: 12, textAlign: 'center' }}>
                    未配置印章图片
                  </Typography.Text>
                )}
              </div>
              <div style={{ maxWidth: 380 }}>
                {seal.configured ? (
                  <Descriptions
                    size="small"
                    column={1}
                    items={[
                      {
                        key: 'size',
                        label: '尺寸',
                        children: `${seal.width}×${seal.height} 像素，${Math.ceil((seal.bytes ?? 0) / 1024)} KB`,
                      },
                      { key: 'sha', label: 'SHA-256', children: <span className="mono">{seal.sha256?.slice(0, 16)}…</span> },
                      { key: 'on', label: '文书上', children: '落款处，直径 42 mm' },
                    ]}
                  />
                ) : (
                  <Typography.Paragraph type="secondary">
                    文书落款处不显示印章，而注明“本文书已加盖电子签名”及证书序列号；文书 PDF 内嵌的数字签名照常可以核验。
                  </Typography.Paragraph>
                )}
                <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                  请上传政务电子印章系统导出的印章：透明背景的 PNG，不超过 1 MB。只影响此后签发的文书。
                </Typography.Paragraph>
              </div>
            </Space>
            {editable ? (
              <div style={{ marginTop: 12 }}>
                <ProblemsAlert error={error} />
                <Space wrap>
                  <Upload
                    accept=".png,image/png"
                    maxCount={1}
                    showUploadList={false}
                    beforeUpload={(f) => {
                      setFile(f);
                      setError(null);
                      return false;
                    }}
                  >
                    <Button icon={<UploadOutlined />}>{seal.configured ? '选择新的印章图片' : '选择印章图片'}</Button>
                  </Upload>
                  {file ? <Typography.Text>{file.name}</Typography.Text> : null}
                  <Input
                    aria-label="变更说明"
                    placeholder="说明，如：印章编号、启用日期"
                    value={note}
                    maxLength={500}
                    onChange={(e) => setNote(e.target.value)}
                    style={{ width: 240 }}
                  />
                  <Button type="primary" disabled={!file} loading={busy} onClick={() => void upload()}>
                    {seal.configured ? '更换' : '上传'}
                  </Button>
                  {seal.configured ? (
                    <Popconfirm
                      title="撤下印章图片？此后签发的文书不再显示印章。"
                      onConfirm={() => void remove()}
                      okText="撤下"
                      cancelText="取消"
                    >
                      <Button danger icon={<DeleteOutlined />} disabled={busy}>
                        撤下
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Space>
              </div>
            ) : null}
            {seal.history.length ? (
              <Table
                style={{ marginTop: 12 }}
                rowKey="version"
                size="small"
                pagination={false}
                dataSource={seal.history}
                columns={[
                  { title: '版本', dataIndex: 'version', width: 60 },
                  { title: '变更', dataIndex: 'action', width: 70, render: (a: string) => (a === 'set' ? '上传' : '撤下') },
                  { title: '说明', dataIndex: 'note', render: (n: string) => n || '—' },
                  { title: '操作人', dataIndex: 'by', width: 90 },
                  {
                    title: '时间',
                    dataIndex: 'at',
                    width: 170,
                    render: (t: string) => new Date(t).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }),
                  },
                ]}
              />
            ) : null}
          </>
        )}
      </QueryView>
    </Card>
  );
}
