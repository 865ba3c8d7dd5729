import { useEffect, useRef, useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, List, Progress, Select, Space, Typography, Upload } from 'antd';
import { InboxOutlined, PauseOutlined, CaretRightOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import * as tus from 'tus-js-client';
import { csrfHeader } from '../../api/client';
import { bytes } from '../../lib/format';

/** 采集 facts of a recording (R-REC-2): when, where, by whom, what it proves. */
export interface CaptureFacts {
  step?: string;
  capturedAt: Dayjs;
  capturedPlace: string;
  capturedBy: string;
  provesWhat: string;
}

interface Item {
  key: string;
  file: File;
  upload: tus.Upload | null;
  sent: number;
  state: 'waiting' | 'uploading' | 'paused' | 'done' | 'error';
  message?: string;
  sha256?: string;
}

/** Uploads that were under way when the page was left: the person picks the same file to continue. */
async function unfinished(caseId: string): Promise<{ name: string; size: number; created: string }[]> {
  try {
    const all = await tus.defaultOptions.urlStorage.findAllUploads();
    return all
      .filter((u) => u.metadata?.['caseId'] === caseId)
      .map((u) => ({ name: u.metadata?.['filename'] ?? '未命名', size: Number(u.size ?? 0), created: String(u.creationTime ?? '') }));
  } catch {
    return [];
  }
}

/** 采集时间 (and place, when the photo has GPS) from the photo's own EXIF data, when it has any. */
async function exifFacts(file: File): Promise<{ at?: Dayjs; place?: string }> {
  if (!file.type.startsWith('image/')) return {};
  try {
    const { default: exifr } = await import('exifr');
    const x = (await exifr.parse(file, ['DateTimeOriginal', 'CreateDate', 'latitude', 'longitude'])) as
      { DateTimeOriginal?: Date; CreateDate?: Date; latitude?: number; longitude?: number } | undefined;
    if (!x) return {};
    const when = x.DateTimeOriginal ?? x.CreateDate;
    return {
      ...(when ? { at: dayjs(when) } : {}),
      ...(typeof x.latitude === 'number' && typeof x.longitude === 'number'
        ? { place: `北纬 ${x.latitude.toFixed(5)}°，东经 ${x.longitude.toFixed(5)}°` }
        : {}),
    };
  } catch {
    return {};
  }
}

/**
 * 音像记录 upload: pick files, state their 采集 facts (time and place taken from a photo's EXIF
 * where it has them), and send them resumably (tus): each with progress, pause and resume; an
 * upload cut off by a dropped connection retries by itself, and one interrupted by leaving the page
 * continues from where it stopped when the same file is picked again.
 */
export function EvidenceUploader({
  caseId,
  steps,
  defaultStep,
  userName,
  onUploaded,
}: {
  caseId: string;
  steps: { code: string; name: string; need?: string }[];
  defaultStep?: string | undefined;
  userName: string;
  onUploaded: () => void;
}) {
  const [form] = Form.useForm<CaptureFacts>();
  const [items, setItems] = useState<Item[]>([]);
  const [pending, setPending] = useState<{ name: string; size: number }[]>([]);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const patch = (key: string, p: Partial<Item>) => setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...p } : x)));

  useEffect(() => {
    void unfinished(caseId).then(setPending);
  }, [caseId, items.length]);
  useEffect(() => () => itemsRef.current.forEach((i) => void i.upload?.abort()), []);

  const addFile = async (file: File) => {
    setItems((xs) => [
      ...xs,
      { key: `${file.name}:${file.size}:${file.lastModified}:${Math.random()}`, file, upload: null, sent: 0, state: 'waiting' },
    ]);
    const exif = await exifFacts(file);
    if (exif.at && !form.getFieldValue('capturedAt')) form.setFieldValue('capturedAt', exif.at);
    if (exif.place && !form.getFieldValue('capturedPlace')) form.setFieldValue('capturedPlace', exif.place);
    return false;
  };

  const start = async (facts: CaptureFacts) => {
    for (const item of itemsRef.current.filter((i) => i.state === 'waiting' || i.state === 'error')) {
      const upload = new tus.Upload(item.file, {
        endpoint: '/api/v1/uploads',
        chunkSize: 8 * 1024 * 1024,
        retryDelays: [0, 1000, 3000, 5000, 10000, 20000, 30000],
        storeFingerprintForResuming: true,
        removeFingerprintOnSuccess: true,
        headers: csrfHeader(),
        metadata: {
          caseId,
          filename: item.file.name,
          filetype: item.file.type || 'application/octet-stream',
          ...(facts.step ? { step: facts.step } : {}),
          capturedAt: facts.capturedAt.format('YYYY-MM-DDTHH:mm:ssZ'),
          capturedPlace: facts.capturedPlace.trim(),
          capturedBy: facts.capturedBy.trim(),
          provesWhat: facts.provesWhat.trim(),
        },
        onProgress: (sent) => patch(item.key, { sent, state: 'uploading' }),
        onAfterResponse: (_req, res) => {
          const sha = res.getHeader('Evidence-Sha256');
          if (sha) patch(item.key, { sha256: sha });
        },
        onSuccess: () => {
          patch(item.key, { state: 'done', sent: item.file.size });
          onUploaded();
        },
        onError: (e) => {
          let message = '上传失败，请稍后重试';
          const body = (e as tus.DetailedError).originalResponse?.getBody();
          try {
            const parsed = body ? (JSON.parse(body) as { error?: { message?: string } }) : null;
            if (parsed?.error?.message) message = parsed.error.message;
          } catch {
            /* not JSON */
          }
          patch(item.key, { state: 'error', message });
        },
      });
      patch(item.key, { upload, state: 'uploading', message: undefined });
      const previous = await upload.findPreviousUploads();
      if (previous.length) upload.resumeFromPreviousUpload(previous[0]!);
      upload.start();
    }
  };

  const waiting = items.some((i) => i.state === 'waiting' || i.state === 'error');
  return (
    <div>
      {pending.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="有未完成的上传"
          description={
            <span>
              {pending.map((p) => `${p.name}（${bytes(p.size)}）`).join('、')}
              ：请重新选择同一文件并开始上传，将从中断处继续，已上传的部分不必重传。
            </span>
          }
        />
      ) : null}
      <Upload.Dragger
        multiple
        showUploadList={false}
        beforeUpload={(f) => addFile(f as unknown as File)}
        accept="image/*,audio/*,video/*,application/pdf"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p>点击或将照片、录音、录像拖到此处</p>
        <p className="ant-upload-hint">支持断点续传：网络中断或离开页面后可继续上传。文件上传时计算 SHA-256 与 SM3 摘要。</p>
      </Upload.Dragger>
      {items.length ? (
        <List
          size="small"
          style={{ marginTop: 12 }}
          dataSource={items}
          renderItem={(i) => (
            <List.Item
              actions={[
                i.state === 'uploading' ? (
                  <Button
                    key="p"
                    size="small"
                    icon={<PauseOutlined />}
                    onClick={() => void i.upload?.abort().then(() => patch(i.key, { state: 'paused' }))}
                  >
                    暂停
                  </Button>
                ) : i.state === 'paused' ? (
                  <Button
                    key="r"
                    size="small"
                    icon={<CaretRightOutlined />}
                    onClick={() => {
                      patch(i.key, { state: 'uploading' });
                      i.upload?.start();
                    }}
                  >
                    继续
                  </Button>
                ) : i.state === 'waiting' ? (
                  <Button key="x" size="small" type="link" onClick={() => setItems((xs) => xs.filter((x) => x.key !== i.key))}>
                    移除
                  </Button>
                ) : null,
              ]}
            >
              <div style={{ width: '100%' }}>
                <Space>
                  <Typography.Text strong>{i.file.name}</Typography.Text>
                  <Typography.Text type="secondary">{bytes(i.file.size)}</Typography.Text>
                  {i.state === 'done' ? (
                    <Typography.Text type="success">已上传并登记{i.sha256 ? `（SHA-256 ${i.sha256.slice(0, 12)}…）` : ''}</Typography.Text>
                  ) : null}
                  {i.state === 'paused' ? <Typography.Text type="warning">已暂停</Typography.Text> : null}
                </Space>
                <Progress
                  percent={i.file.size ? Math.floor((i.sent / i.file.size) * 100) : 100}
                  status={i.state === 'error' ? 'exception' : i.state === 'done' ? 'success' : 'active'}
                  size="small"
                  aria-label={`${i.file.name} 上传进度`}
                />
                {i.message ? <Typography.Text type="danger">{i.message}</Typography.Text> : null}
              </div>
            </List.Item>
          )}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        onFinish={(v) => void start(v)}
        initialValues={{ capturedBy: userName, step: defaultStep }}
      >
        <Space wrap align="start" size={16}>
          <Form.Item label="记录的环节" name="step" style={{ minWidth: 240 }}>
            <Select
              allowClear
              placeholder="（不限环节）"
              options={steps.map((s) => ({ value: s.code, label: s.need ? `${s.name}（${s.need}）` : s.name }))}
            />
          </Form.Item>
          <Form.Item label="采集时间" name="capturedAt" rules={[{ required: true, message: '请填写采集时间' }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(dayjs().endOf('day'))} />
          </Form.Item>
          <Form.Item label="采集人" name="capturedBy" rules={[{ required: true, whitespace: true, message: '请填写采集人' }]}>
            <Input maxLength={100} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item label="采集地点" name="capturedPlace" rules={[{ required: true, whitespace: true, message: '请填写采集地点' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="证明对象"
          name="provesWhat"
          rules={[{ required: true, whitespace: true, message: '请填写证明对象（证明什么事实）' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!waiting}>
          开始上传
        </Button>
      </Form>
    </div>
  );
}
