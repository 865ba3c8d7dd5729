/**
 * Just enough ASN.1 DER (X.690) to write an X.509 certificate and a CMS SignedData, and to find
 * the issuer and serial number in a certificate someone else issued.
 */

function lengthBytes(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** One element: tag, length, contents. */
export function tlv(tag: number, ...contents: Buffer[]): Buffer {
  const body = Buffer.concat(contents);
  return Buffer.concat([Buffer.from([tag]), lengthBytes(body.length), body]);
}

export const seq = (...items: Buffer[]) => tlv(0x30, ...items);
/** SET OF in DER order: the encodings sorted as octet strings */
export const setOf = (...items: Buffer[]) => tlv(0x31, ...[...items].sort(Buffer.compare));
/** [n] EXPLICIT */
export const explicit = (n: number, ...items: Buffer[]) => tlv(0xa0 | n, ...items);
/** [n] IMPLICIT, constructed (the contents of a SET or SEQUENCE under a context tag) */
export const implicitConstructed = (n: number, ...items: Buffer[]) => tlv(0xa0 | n, ...items);
export const octets = (b: Buffer) => tlv(0x04, b);
export const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, 'utf8'));
export const printable = (s: string) => tlv(0x13, Buffer.from(s, 'ascii'));
export const nullValue = () => Buffer.from([0x05, 0x00]);
export const bool = (v: boolean) => Buffer.from([0x01, 0x01, v ? 0xff : 0x00]);
export const bitString = (b: Buffer, unusedBits = 0) => tlv(0x03, Buffer.from([unusedBits]), b);

/** A non-negative INTEGER from its big-endian magnitude. */
export function integer(value: Buffer | number): Buffer {
  const hex = typeof value === 'number' ? value.toString(16) : '';
  let b = typeof value === 'number' ? Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex') : value;
  let i = 0;
  while (i < b.length - 1 && b[i] === 0 && (b[i + 1]! & 0x80) === 0) i++;
  b = b.subarray(i);
  if (b[0]! & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}

export function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const bytes: number[] = [40 * parts[0]! + parts[1]!];
  for (const p of parts.slice(2)) {
    const chunk: number[] = [p & 0x7f];
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** UTCTime before 2050, GeneralizedTime from then on (RFC 5280 §4.1.2.5), to the second. */
export function time(d: Date): Buffer {
  const iso = d.toISOString();
  const digits = iso.slice(0, 19).replace(/[-:T]/g, '');
  return d.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${digits}Z`));
}

/** An element read back: its tag, the whole encoding and the contents. */
export interface DerElement {
  tag: number;
  whole: Buffer;
  contents: Buffer;
}

export function readElement(b: Buffer, at = 0): DerElement {
  const tag = b[at]!;
  let len = b[at + 1]!;
  let head = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[at + 2 + i]!;
    head += n;
  }
  if (at + head + len > b.length) throw new Error('DER element runs past its buffer');
  return { tag, whole: b.subarray(at, at + head + len), contents: b.subarray(at + head, at + head + len) };
}

/** The elements inside a constructed element's contents. */
export function children(contents: Buffer): DerElement[] {
  const out: DerElement[] = [];
  for (let at = 0; at < contents.length;) {
    const e = readElement(contents, at);
    out.push(e);
    at += e.whole.length;
  }
  return out;
}

/** Issuer (the encoded Name) and serial number (the encoded INTEGER) of a DER certificate, what CMS names a signer by. */
export function issuerAndSerial(certificate: Buffer): { issuer: Buffer; serial: Buffer } {
  const tbs = children(readElement(certificate).contents)[0]!;
  const fields = children(tbs.contents);
  const first = fields[0]!.tag === 0xa0 ? 1 : 0; // the [0] version is absent in v1 certificates
  return { serial: fields[first]!.whole, issuer: fields[first + 2]!.whole };
}
