import { Image, Typography } from 'antd';
import type { Evidence } from '../../api/types';
import { PdfViewer } from '../../components/pdf-viewer';

/** An evidence file shown as what it is: a photo, a sound, a video (seekable: the server answers ranges), a PDF. */
export function EvidenceViewer({ e, url }: { e: Evidence; url: string }) {
  if (e.mediaKind === 'photo' || e.mediaType.startsWith('image/'))
    return <Image src={url} alt={`${e.filename}：${e.provesWhat}`} style={{ maxWidth: '100%', maxHeight: 520 }} />;
  if (e.mediaKind === 'video' || e.mediaType.startsWith('video/')) {
    return (
      <video
        controls
        preload="metadata"
        src={url}
        style={{ width: '100%', maxHeight: 520, background: '#000' }}
        aria-label={`${e.filename}：${e.provesWhat}`}
      >
        <track kind="captions" />
      </video>
    );
  }
  if (e.mediaKind === 'audio' || e.mediaType.startsWith('audio/')) {
    return (
      <audio controls preload="metadata" src={url} style={{ width: '100%' }} aria-label={`${e.filename}：${e.provesWhat}`}>
        <track kind="captions" />
      </audio>
    );
  }
  if (e.mediaType === 'application/pdf') return <PdfViewer url={url} title={e.filename} />;
  return (
    <Typography.Paragraph>
      此类文件不能在页面中显示，请 <a href={url}>下载</a> 后查看。
    </Typography.Paragraph>
  );
}
