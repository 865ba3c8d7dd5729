import { X509Certificate, createHash, createPrivateKey, sign as nodeSign, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { p256 } from '@noble/curves/nist.js';
import { bitString, bool, explicit, integer, nullValue, octets, oid, printable, seq, setOf, time, tlv, utf8 } from './der.ts';

/**
 * The key and certificate an agency signs its PDF documents with (the embedded CMS signature that
 * pdfsig, Acrobat and other standard tools check). Two sources, same shape:
 *
 * - issued by a CA: `<keys>/document-signing/<agencyId>/key.pem` (PKCS#8, RSA or ECDSA P-256) and
 *   `chain.pem` (the agency's certificate first, then its intermediates), placed there by the
 *   operator; the certificate must belong to the key.
 * - self-issued (the default): an ECDSA P-256 key derived from the signing seed like every other
 *   key of the agency (no new secret to back up), with a certificate the agency issues to itself
 *   naming it. Derived, not stored: the same seed and name always give the same key and
 *   certificate, and ECDSA signatures are deterministic (RFC 6979), so a document re-rendered
 *   from its record has the same bytes.
 */
export interface DocumentSigningKey {
  /** DER certificates, the signer's first, then any intermediates */
  certificates: Buffer[];
  /** the signer certificate's serial number, upper-case hex as printed on the document */
  serialHex: string;
  /** the certificate's subject and issuer as text (RFC 2253-like, for people) */
  subject: string;
  issuer: string;
  selfIssued: boolean;
  /** the AlgorithmIdentifier of the signature (DER), with SHA-256 as its digest */
  signatureAlgorithm: Buffer;
  /** signs `data` (its SHA-256) with the key: the signature value as CMS carries it */
  sign(data: Buffer): Buffer;
  /**
   * the same key as plain data, for the render workers (threads of this process) to sign a PDF where
   * it was rendered, at their low priority (signingKeyOf rebuilds it there); absent for a signer
   * that cannot leave the main thread
   */
  portable?: PortableSigningKey;
}

/** What rebuilds a DocumentSigningKey in another thread: structured-clonable, never written anywhere. */
export type PortableSigningKey =
  { kind: 'self-issued'; privateKey: Uint8Array; name: string } | { kind: 'ca-issued'; keyPem: string; chainPem: string; source: string };

const ECDSA_SHA256 = seq(oid('1.2.840.10045.4.3.2'));
const RSA_SHA256 = seq(oid('1.2.840.113549.1.1.11'), nullValue());
/** valid from 2024-01-01 for 30 years: fixed, so the certificate is the same whenever it is made */
const SELF_NOT_BEFORE = new Date('2024-01-01T00:00:00Z');
const SELF_NOT_AFTER = new Date('2053-12-31T23:59:59Z');

/** C=CN, O=<agency>, CN=<agency> */
function agencyName(name: string): Buffer {
  const rdn = (type: string, value: Buffer) => setOf(seq(oid(type), value));
  return seq(rdn('2.5.4.6', printable('CN')), rdn('2.5.4.10', utf8(name)), rdn('2.5.4.3', utf8(name)));
}

/** The self-issued certificate of an agency's derived P-256 key. */
export function selfIssuedSigningKey(privateKey: Uint8Array, name: string): DocumentSigningKey {
  const point = Buffer.from(p256.getPublicKey(privateKey, false));
  const subject = agencyName(name);
  // the serial: 16 bytes of a hash of the key and the name, positive
  const serialBytes = createHash('sha256').update(point).update(subject).digest().subarray(0, 16);
  serialBytes[0] = (serialBytes[0]! & 0x7f) | 0x40;
  const keyId = createHash('sha1').update(point).digest();
  const spki = seq(seq(oid('1.2.840.10045.2.1'), oid('1.2.840.10045.3.1.7')), bitString(point));
  const extension = (id: string, critical: boolean, value: Buffer) => seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));
  const extensions = seq(
    extension('2.5.29.19', true, seq()), // basicConstraints: not a CA
    extension('2.5.29.15', true, bitString(Buffer.from([0xc0]), 6)), // keyUsage: digitalSignature, nonRepudiation
    extension('2.5.29.14', false, octets(keyId)), // subjectKeyIdentifier
    extension('2.5.29.35', false, seq(tlv(0x80, keyId))), // authorityKeyIdentifier (itself)
  );
  const tbs = seq(
    explicit(0, integer(2)),
    integer(serialBytes),
    ECDSA_SHA256,
    subject,
    seq(time(SELF_NOT_BEFORE), time(SELF_NOT_AFTER)),
    subject,
    spki,
    explicit(3, extensions),
  );
  const signWith = (data: Buffer) => Buffer.from(p256.sign(createHash('sha256').update(data).digest(), privateKey).toDERRawBytes());
  const certificate = seq(tbs, ECDSA_SHA256, bitString(signWith(tbs)));
  const x509 = new X509Certificate(certificate);
  return {
    portable: { kind: 'self-issued', privateKey: Uint8Array.from(privateKey), name },
    certificates: [certificate],
    serialHex: x509.serialNumber.toUpperCase(),
    subject: x509.subject.replace(/\n/g, ', '),
    issuer: x509.issuer.replace(/\n/g, ', '),
    selfIssued: true,
    signatureAlgorithm: ECDSA_SHA256,
    sign: signWith,
  };
}

function pemBlocks(text: string): Buffer[] {
  return [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map((m) =>
    Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64'),
  );
}

/** The CA-issued key and chain of an agency, when the operator has put them in the keys folder; else null. */
export function caIssuedSigningKey(keysDir: string, agencyId: string): DocumentSigningKey | null {
  const dir = join(keysDir, 'document-signing', agencyId);
  const keyFile = join(dir, 'key.pem');
  const chainFile = join(dir, 'chain.pem');
  if (!existsSync(keyFile) || !existsSync(chainFile)) return null;
  return caSigningKeyOfPem(readFileSync(keyFile, 'utf8'), readFileSync(chainFile, 'utf8'), dir);
}

/** A CA-issued key from its PEM texts (`source`: where they came from, named in errors). */
function caSigningKeyOfPem(keyPem: string, chainPem: string, source: string): DocumentSigningKey {
  const key: KeyObject = createPrivateKey(keyPem);
  const certificates = pemBlocks(chainPem);
  if (certificates.length === 0) throw new Error(`${join(source, 'chain.pem')} 中没有证书`);
  const leaf = new X509Certificate(certificates[0]!);
  if (!leaf.checkPrivateKey(key)) throw new Error(`${join(source, 'chain.pem')} 的第一张证书与 ${join(source, 'key.pem')} 的私钥不匹配`);
  const type = key.asymmetricKeyType;
  if (type !== 'rsa' && type !== 'ec') throw new Error(`文书签名密钥须为 RSA 或 ECDSA（${join(source, 'key.pem')} 为 ${type}）`);
  return {
    portable: { kind: 'ca-issued', keyPem, chainPem, source },
    certificates,
    serialHex: leaf.serialNumber.toUpperCase(),
    subject: leaf.subject.replace(/\n/g, ', '),
    issuer: leaf.issuer.replace(/\n/g, ', '),
    selfIssued: false,
    signatureAlgorithm: type === 'rsa' ? RSA_SHA256 : ECDSA_SHA256,
    sign: (data) => nodeSign('sha256', data, type === 'ec' ? { key, dsaEncoding: 'der' } : key),
  };
}

/** The key a PortableSigningKey describes (in a render worker): the same certificate, the same signatures. */
export function signingKeyOf(p: PortableSigningKey): DocumentSigningKey {
  return p.kind === 'self-issued' ? selfIssuedSigningKey(p.privateKey, p.name) : caSigningKeyOfPem(p.keyPem, p.chainPem, p.source);
}
