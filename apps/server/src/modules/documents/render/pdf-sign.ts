import { createHash } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf, Signer } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { KeyStore } from '../../../adapters/keys/key-store.ts';
import type { DocumentSigningKey } from '../../../adapters/keys/document-signing-key.ts';
import { issuerAndSerial, octets, oid, explicit, integer, seq, setOf, tlv } from '../../../adapters/keys/der.ts';

/**
 * The digital signature embedded in every PDF document (issue 20 item 6): PAdES baseline B-B, an
 * incremental update adding a signature field whose /Contents is a detached CMS SignedData
 * (SubFilter ETSI.CAdES.detached) over the whole file but the /Contents itself. Any change to a
 * byte of the document afterwards makes the signature invalid in pdfsig, Acrobat and the like.
 * The Ed25519 content seal (sealOf) and the ledger's hashes stay as they are; the hash recorded for
 * the PDF is the signed file's.
 */

/**
 * What signs a rendered document, whichever the technology: receives the PDF as rendered (the
 * signer's certificate serial already printed in it, from `describe`) and the signing time, returns
 * the signed PDF. The built-in one is CMS with the key store's key ({@link cmsPdfSigner}); a
 * GB/T 38540 seal platform would be another implementation (docs/document-signing.md).
 */
export interface DocumentPdfSigner {
  describe(): SignerDescription;
  signPdf(pdf: Buffer, signedAt: Date): Promise<Buffer>;
}

export interface SignerDescription {
  /** e.g. ECDSA P-256 / SHA-256 (PAdES) */
  scheme: string;
  certificateSerial: string;
  subject: string;
  issuer: string;
  selfIssued: boolean;
}

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();

/**
 * A detached CMS SignedData (RFC 5652) over `content` as PAdES B-B asks for it: signed attributes
 * content-type, message-digest and signing-certificate-v2 (ETSI EN 319 122-1), no signing-time
 * attribute (the time is the signature dictionary's /M), the certificates included.
 */
export function cmsSignature(content: Buffer, key: DocumentSigningKey): Buffer {
  const cert = key.certificates[0]!;
  const attribute = (type: string, value: Buffer) => seq(oid(type), setOf(value));
  const signedAttributes = setOf(
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(sha256(content))),
    attribute(OID.signingCertificateV2, seq(seq(seq(octets(sha256(cert)))))),
  );
  // signed as a SET (tag 0x31), carried as [0] IMPLICIT (tag 0xa0)
  const signature = key.sign(signedAttributes);
  const { issuer, serial } = issuerAndSerial(cert);
  const sha256Id = seq(oid(OID.sha256));
  const signerInfo = seq(
    integer(1),
    seq(issuer, serial),
    sha256Id,
    Buffer.concat([Buffer.from([0xa0]), signedAttributes.subarray(1)]),
    key.signatureAlgorithm,
    octets(signature),
  );
  const signedData = seq(integer(1), setOf(sha256Id), seq(oid(OID.data)), tlv(0xa0, ...key.certificates), setOf(signerInfo));
  return seq(oid(OID.signedData), explicit(0, signedData));
}

class CmsSigner extends Signer {
  constructor(private readonly key: DocumentSigningKey) {
    super();
  }
  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return cmsSignature(pdfBuffer, this.key);
  }
}

/** room for the CMS in /Contents: a certificate chain of a few CA certificates fits */
const SIGNATURE_ROOM = 8192;

/** The built-in signer: PAdES with the agency's key and certificate from the key store. */
export function cmsPdfSigner(key: DocumentSigningKey): DocumentPdfSigner {
  return {
    describe: () => ({
      scheme: `${key.signatureAlgorithm.equals(seq(oid('1.2.840.10045.4.3.2'))) ? 'ECDSA' : 'RSA'} / SHA-256（PAdES）`,
      certificateSerial: key.serialHex,
      subject: key.subject,
      issuer: key.issuer,
      selfIssued: key.selfIssued,
    }),
    async signPdf(pdf, signedAt) {
      const withPlaceholder = plainAddPlaceholder({
        pdfBuffer: pdf,
        // the placeholder library writes these as Latin-1: Chinese text would be garbled, and the
        // signer's name is the certificate's (which names the agency) in every viewer anyway
        reason: 'Sanxiang law-enforcement document',
        contactInfo: '',
        name: '',
        location: 'CN',
        signingTime: signedAt,
        signatureLength: SIGNATURE_ROOM,
        subFilter: SUBFILTER_ETSI_CADES_DETACHED,
        widgetRect: [0, 0, 0, 0],
      });
      return new SignPdf().sign(withPlaceholder, new CmsSigner(key));
    },
  };
}

/** The agency's document signer from the key store. */
export function documentPdfSigner(keys: KeyStore, agencyId: string, agencyName: string): DocumentPdfSigner {
  return cmsPdfSigner(keys.documentSigningKey(agencyId, agencyName));
}

/** Signs a rendered PDF with the agency's key: the one call in document issuing. */
export function signDocumentPdf(keys: KeyStore, agencyId: string, agencyName: string, pdf: Buffer, signedAt: Date): Promise<Buffer> {
  return documentPdfSigner(keys, agencyId, agencyName).signPdf(pdf, signedAt);
}
