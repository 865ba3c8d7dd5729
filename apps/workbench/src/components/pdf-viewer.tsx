import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { fetchBlob } from '../api/client';
import { errorMessage } from './states';

/**
 * A PDF shown in the page with pdf.js (loaded only when a PDF is opened): every page drawn to a
 * canvas, zoomable. The file is fetched with the session, so the server logs the view as it logs
 * a download. Documents embed their fonts, so no font files are needed here.
 */
export function PdfViewer({ url, title }: { url: string; title: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(0);
  const [scale, setScale] = useState(1.2);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [doc, setDoc] = useState<import('pdfjs-dist').PDFDocumentProxy | null>(null);

  useEffect(() => {
    let cancelled = false;
    let loaded: import('pdfjs-dist').PDFDocumentProxy | null = null;
    (async () => {
      try {
        const [pdfjs, worker, blob] = await Promise.all([
          import('pdfjs-dist'),
          import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
          fetchBlob(url),
        ]);
        pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
        loaded = await pdfjs.getDocument({ data: new Uint8Array(await blob.arrayBuffer()), isEvalSupported: false }).promise;
        if (cancelled) return void loaded.destroy();
        setDoc(loaded);
        setPages(loaded.numPages);
      } catch (e) {
        if (!cancelled) setError(e);
      } finally {
        if (!cancelled) setLoading(false);
      }
    })();
    return () => {
      cancelled = true;
      void loaded?.destroy();
    };
  }, [url]);

  useEffect(() => {
    if (!doc || !box.current) return;
    const host = box.current;
    let cancelled = false;
    host.replaceChildren();
    (async () => {
      for (let n = 1; n <= doc.numPages && !cancelled; n++) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: scale * (window.devicePixelRatio || 1) });
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.style.width = `${viewport.width / (window.devicePixelRatio || 1)}px`;
        canvas.style.maxWidth = '100%';
        canvas.style.display = 'block';
        canvas.style.margin = '0 auto 12px';
        canvas.style.boxShadow = '0 1px 4px rgba(0,0,0,0.2)';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `${title} 第 ${n} 页，共 ${doc.numPages} 页`);
        host.append(canvas);
        await page.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise;
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [doc, scale, title]);

  if (error) return <Alert type="error" showIcon title={`无法显示：${errorMessage(error)}`} />;
  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        <Button size="small" icon={<MinusOutlined />} aria-label="缩小" onClick={() => setScale((s) => Math.max(0.6, s - 0.2))} />
        <Typography.Text>{Math.round(scale * 100)}%</Typography.Text>
        <Button size="small" icon={<PlusOutlined />} aria-label="放大" onClick={() => setScale((s) => Math.min(3, s + 0.2))} />
        {pages ? <Typography.Text type="secondary">共 {pages} 页</Typography.Text> : null}
      </Space>
      {loading ? <Spin /> : null}
      <div
        ref={box}
        tabIndex={0}
        role="region"
        aria-label={`${title}（PDF 预览）`}
        style={{ background: '#eef0f3', padding: 12, maxHeight: '75vh', overflow: 'auto' }}
        data-testid="pdf-pages"
      />
    </div>
  );
}
