import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Drawer, Empty, Row, Space, Tag, Typography } from 'antd';
import { AudioOutlined, DownloadOutlined, FileOutlined, PictureOutlined, VideoCameraOutlined } from '@ant-design/icons';
import type { CaseDetail, Evidence } from '../../api/types';
import { useSession } from '../../auth/session';
import { QueryView } from '../../components/states';
import { bytes, dateTime } from '../../lib/format';
import { useCaseAccess } from '../cases/case-access';
import { evidenceQuery, procedureQuery } from '../cases/queries';
import { EvidenceUploader } from './uploader';
import { EvidenceViewer } from './evidence-viewer';

const ICON: Record<string, React.ReactNode> = { photo: <PictureOutlined />, video: <VideoCameraOutlined />, audio: <AudioOutlined /> };
const KIND: Record<string, string> = { photo: '照片', video: '录像', audio: '录音', other: '文件' };

/** 音像记录: the case's photos, sounds and videos with their 采集 facts and digests; the upload area. */
export function EvidenceTab({ c }: { c: CaseDetail }) {
  const { reason, withReason } = useCaseAccess();
  const session = useSession();
  const q = useQuery(evidenceQuery(c.id, reason));
  const def = useQuery(procedureQuery(c.procedure.code)).data;
  const [params] = useSearchParams();
  const [open, setOpen] = useState<Evidence | null>(null);
  const qc = useQueryClient();
  const canUpload = c.agency.id === session.user.agencyId && !c.terminal;
  const steps = def
    ? [def.open, ...def.steps]
        .filter((s) => !s.via)
        .map((s) => ({
          code: s.code,
          name: s.name,
          need: s.recordings.map((r) => (r.level === 'full-process' ? `全程：${r.what}` : r.what)).join('、') || undefined,
        }))
    : [];
  const stepName = (code: string | null) => (code ? (steps.find((s) => s.code === code)?.name ?? code) : '（不限环节）');
  return (
    <div>
      <QueryView query={q}>
        {(list) =>
          list.length ? (
            <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
              {list.map((e) => (
                <Col key={e.id} xs={24} md={12} xl={8}>
                  <Card
                    size="small"
                    hoverable
                    onClick={() => setOpen(e)}
                    onKeyDown={(k) => (k.key === 'Enter' ? setOpen(e) : undefined)}
                    tabIndex={0}
                    role="button"
                    cover={
                      e.mediaKind === 'photo' ? (
                        <img
                          src={withReason(`/api/v1/evidence/${e.id}/content`)}
                          alt={e.provesWhat}
                          style={{ height: 140, objectFit: 'cover' }}
                          loading="lazy"
                        />
                      ) : undefined
                    }
                  >
                    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                      <Space>
                        {ICON[e.mediaKind] ?? <FileOutlined />}
                        <Typography.Text strong ellipsis style={{ maxWidth: 200 }}>
                          {e.filename}
                        </Typography.Text>
                      </Space>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {KIND[e.mediaKind] ?? '文件'} · {bytes(e.size)} · {stepName(e.step)}
                      </Typography.Text>
                      <Typography.Text style={{ fontSize: 12 }} ellipsis>
                        证明：{e.provesWhat}
                      </Typography.Text>
                    </Space>
                  </Card>
                </Col>
              ))}
            </Row>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无音像记录" style={{ marginBottom: 16 }} />
          )
        }
      </QueryView>
      {canUpload ? (
        <Card size="small" title="上传音像记录">
          <EvidenceUploader
            caseId={c.id}
            steps={steps}
            defaultStep={params.get('step') ?? undefined}
            userName={session.user.name}
            onUploaded={() => void qc.invalidateQueries({ queryKey: ['case', c.id] })}
          />
        </Card>
      ) : null}
      <Drawer open={!!open} onClose={() => setOpen(null)} title={open?.filename} size={860} destroyOnHidden>
        {open ? (
          <>
            <EvidenceViewer e={open} url={withReason(`/api/v1/evidence/${open.id}/content`)} />
            <Descriptions
              size="small"
              column={1}
              bordered
              style={{ marginTop: 16 }}
              items={[
                { key: 'at', label: '采集时间', children: dateTime(open.capturedAt) },
                { key: 'place', label: '采集地点', children: open.capturedPlace },
                { key: 'by', label: '采集人', children: open.capturedBy },
                { key: 'proves', label: '证明对象', children: open.provesWhat },
                { key: 'step', label: '环节', children: stepName(open.step) },
                { key: 'rec', label: '登记', children: `${open.recordedBy} ${dateTime(open.recordedAt)}（第 ${open.eventSeq} 条记录）` },
                { key: 'sha', label: 'SHA-256', children: <span className="mono">{open.sha256}</span> },
                { key: 'sm3', label: 'SM3', children: <span className="mono">{open.sm3}</span> },
              ]}
            />
            <Space style={{ marginTop: 12 }}>
              <Button icon={<DownloadOutlined />} href={withReason(`/api/v1/evidence/${open.id}/content`)} download={open.filename}>
                下载原件
              </Button>
              <Tag>{open.mediaType}</Tag>
            </Space>
          </>
        ) : null}
      </Drawer>
    </div>
  );
}
