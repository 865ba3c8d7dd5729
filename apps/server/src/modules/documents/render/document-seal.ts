// the browser entry: the China-time helper without loading the whole rules package into each render worker
import { chinaDateTime } from '@sanxiang/domain/browser';

/**
 * The 电子签章 shown on a document: the agency's signature over the document's content hash
 * (documentContentSha256 of the model), the serial of the certificate whose signature is embedded
 * in the PDF, and the seal image the agency configured. Both renderers place the same seal (or,
 * without an image, the same note) and print the same caption, so the PDF and the Word file say
 * the same thing.
 */
export interface DocumentSeal {
  agencyName: string;
  /** e.g. Ed25519, SM2 */
  algorithm: string;
  keyId: string;
  signatureBase64: string;
  documentSha256Hex: string;
  /** ISO 8601 instant */
  signedAt: string;
  /** serial number (hex) of the certificate of the signature embedded in the PDF (pdf-sign.ts) */
  certificateSerial?: string | undefined;
  /** the agency's seal as a PNG, as its administrator configured it; none: no seal is drawn */
  image?: Uint8Array | undefined;
}

/** Seal red (印章红). */
export const SEAL_RED = 'C8102E';

/** 2026-09-01T02:05:00Z → 2026年9月1日 10:05:00（北京时间）; unparseable values are shown as given. */
export function chinaTimestamp(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const { date, time } = chinaDateTime(new Date(t));
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日 ${time}（北京时间）`;
}

/** The lines printed in small type under the seal. */
export function sealCaption(seal: DocumentSeal): string[] {
  return [
    `电子签章：${seal.agencyName}`,
    `签章算法：${seal.algorithm}　密钥标识：${seal.keyId}`,
    `签章时间：${chinaTimestamp(seal.signedAt)}`,
    `文书内容 SHA-256：${seal.documentSha256Hex}`,
    `签名值：${seal.signatureBase64}`,
    ...(seal.certificateSerial
      ? [`PDF 数字签名：证书序列号 ${seal.certificateSerial}（可用 pdfsig、Adobe Acrobat 等验证，文件改动一个字节即验证失败）`]
      : []),
  ];
}

/** What stands at the 落款 in place of a seal when the agency has configured no seal image. */
export function signedNote(seal: DocumentSeal): string[] {
  return seal.certificateSerial ? ['本文书已加盖电子签名', `证书序列号 ${seal.certificateSerial}`] : ['本文书已加盖电子签名'];
}

/** The footer of page `n` of `total`. */
export function pageFooter(n: number, total: number): string {
  return `第 ${n} 页 共 ${total} 页`;
}
