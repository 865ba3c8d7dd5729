import { createPrivateKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import {
  mkdirSync,
  readFileSync,
  writeFileSync,
  existsSync,
  renameSync,
  openSync,
  fsyncSync,
  closeSync,
  linkSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { ed25519Cosigner, ed25519Signer, parseVerifierKey, type Cosigner, type NoteSigner, type NoteVerifier } from '@sanxiang/domain';
import { SM2_N, sm2Signer, sm2Verifier } from './sm2-note.ts';
import { caIssuedSigningKey, selfIssuedSigningKey, type DocumentSigningKey } from './document-signing-key.ts';

/**
 * Signing keys live outside the database (R-REC-4): one secret seed, from the environment
 * (SANXIANG_SIGNING_SEED, 32 bytes as hex or base64) or a key file in the data folder
 * (`keys/signing-seed`, created on first start with mode 0600). Every agency's keys are derived
 * from it with HKDF-SHA256, so one secret is backed up and a database dump holds no key.
 * The folder also keeps, per log, the last checkpoint this signer signed: the signer refuses to
 * sign a tree that is not an extension of it, whatever the database says.
 */
export interface KeyStore {
  /** the log's note signers: Ed25519 and SM2-over-SM3 */
  logSigners(agencyId: string, origin: string): NoteSigner[];
  logVerifiers(agencyId: string, origin: string): NoteVerifier[];
  /** the 司法局's witness cosigner (C2SP tlog-cosignature) */
  witnessCosigner(agencyId: string, name: string): Cosigner;
  /** Ed25519 key for 电子签章 over document hashes */
  sealKey(agencyId: string): { key: KeyObject; signer: NoteSigner; publicKey: Buffer };
  /**
   * the key and certificate of the signature embedded in the agency's PDF documents: the one a CA
   * issued when the operator configured it (keys/document-signing/<agencyId>/), else self-issued
   * to `agencyName` from a key derived from the seed
   */
  documentSigningKey(agencyId: string, agencyName: string): DocumentSigningKey;
  lastSigned(agencyId: string): { size: number; root: Buffer } | null;
  recordSigned(agencyId: string, size: number, root: Buffer): void;
  /** where the seed came from, for people: 'environment' or the key file's path */
  source: string;
}

/** order of the P-256 base point (FIPS 186-4 D.1.2.3) */
const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

function parseSeed(text: string): Buffer {
  const t = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (bytes.length !== 32) throw new Error('签名密钥种子须为 32 字节（64 位十六进制或 Base64）');
  return bytes;
}

/** Writes `data` to a new temporary file beside `path`, on disk before it returns; its name. */
function writeSynced(path: string, data: string | Buffer, mode: number): string {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, data, { mode });
  const fd = openSync(tmp, 'r');
  fsyncSync(fd);
  closeSync(fd);
  return tmp;
}

function writeFileAtomic(path: string, data: string | Buffer, mode = 0o600): void {
  renameSync(writeSynced(path, data, mode), path);
}

/**
 * Writes `path` only if no one has: two instances starting at once on one shared keys folder must
 * not each keep a seed of their own. The file is written and synced under a temporary name, then
 * linked to its name, which fails when it exists; whoever lost reads the winner's seed.
 */
function createOnce(path: string, data: string, mode = 0o600): void {
  const tmp = writeSynced(path, data, mode);
  try {
    linkSync(tmp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    unlinkSync(tmp);
  }
}

export function openKeyStore(opts: { keysDir: string; seed?: string | undefined }): KeyStore {
  mkdirSync(join(opts.keysDir, 'signed'), { recursive: true, mode: 0o700 });
  let seed: Buffer;
  let source: string;
  if (opts.seed) {
    seed = parseSeed(opts.seed);
    source = 'environment';
  } else {
    const file = join(opts.keysDir, 'signing-seed');
    if (!existsSync(file)) createOnce(file, `${randomBytes(32).toString('hex')}\n`);
    seed = parseSeed(readFileSync(file, 'utf8'));
    source = file;
  }
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', seed, 'sanxiang', purpose, 32));
  const ed25519 = (purpose: string) =>
    createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, derive(purpose)]), format: 'der', type: 'pkcs8' });
  const sm2Private = (purpose: string) =>
    ((BigInt(`0x${derive(purpose).toString('hex')}`) % (SM2_N - 1n)) + 1n).toString(16).padStart(64, '0');
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  };
  const signedPath = (agencyId: string) => join(opts.keysDir, 'signed', `${agencyId}.txt`);

  return {
    source,
    logSigners: (agencyId, origin) =>
      memo(`log:${agencyId}:${origin}`, () => [
        ed25519Signer(origin, ed25519(`log-ed25519/${agencyId}`)),
        sm2Signer(origin, sm2Private(`log-sm2/${agencyId}`)),
      ]),
    logVerifiers(agencyId, origin) {
      return this.logSigners(agencyId, origin).map((s) => sm2Verifier(s.vkey) ?? parseVerifierKey(s.vkey));
    },
    witnessCosigner: (agencyId, name) =>
      memo(`witness:${agencyId}:${name}`, () => ed25519Cosigner(name, ed25519(`witness-ed25519/${agencyId}`))),
    sealKey: (agencyId) =>
      memo(`seal:${agencyId}`, () => {
        const key = ed25519(`seal-ed25519/${agencyId}`);
        const signer = ed25519Signer(`seal/${agencyId}`, key);
        return { key, signer, publicKey: signer.publicKey };
      }),
    documentSigningKey: (agencyId, agencyName) =>
      memo(`document:${agencyId}:${agencyName}`, () => {
        const issued = caIssuedSigningKey(opts.keysDir, agencyId);
        if (issued) return issued;
        // a P-256 scalar in [1, n-1], derived like the SM2 keys
        const scalar = (BigInt(`0x${derive(`document-p256/${agencyId}`).toString('hex')}`) % (P256_N - 1n)) + 1n;
        return selfIssuedSigningKey(Buffer.from(scalar.toString(16).padStart(64, '0'), 'hex'), agencyName);
      }),
    lastSigned(agencyId) {
      const p = signedPath(agencyId);
      if (!existsSync(p)) return null;
      const [size, root] = readFileSync(p, 'utf8').trim().split(' ');
      return { size: Number(size), root: Buffer.from(root ?? '', 'base64') };
    },
    recordSigned(agencyId, size, root) {
      writeFileAtomic(signedPath(agencyId), `${size} ${root.toString('base64')}\n`);
    },
  };
}
