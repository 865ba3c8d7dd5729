import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/**
 * Checkpoints in the C2SP tlog-checkpoint format, signed as C2SP signed notes (R-REC-4), and
 * witness cosignatures in the C2SP tlog-cosignature format (type 0x04, timestamped Ed25519).
 *
 *   <origin>\n<tree size>\n<base64 root hash>\n[extension lines]\n\n— <key name> <base64(key id ‖ signature)>\n
 *
 * Signers and verifiers are interfaces so that other algorithms (SM2 over SM3, which needs a
 * library outside this package) plug in beside Ed25519.
 */
export interface Checkpoint {
  origin: string;
  size: number;
  root: Uint8Array;
  extensions?: string[];
}

export const NOTE_ALG_ED25519 = 0x01;
export const NOTE_ALG_COSIGNATURE_V1 = 0x04;
/** Signature types without an assigned byte: 0xff followed by a longer identifier (C2SP signed-note). */
export const NOTE_ALG_UNASSIGNED = 0xff;
const SIGNATURE_PREFIX = '\u2014 ';
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function checkpointBody(c: Checkpoint): string {
  if (!c.origin || /[\n]/.test(c.origin)) throw new Error('checkpoint origin must be one non-empty line');
  if (!Number.isSafeInteger(c.size) || c.size < 0) throw new Error('checkpoint size must be a non-negative integer');
  if (c.root.length !== 32) throw new Error('checkpoint root must be 32 bytes');
  const ext = (c.extensions ?? []).map((e) => {
    if (!e || /\n/.test(e)) throw new Error('checkpoint extension lines must be non-empty single lines');
    return `${e}\n`;
  });
  return `${c.origin}\n${c.size}\n${Buffer.from(c.root).toString('base64')}\n${ext.join('')}`;
}

export function parseCheckpointBody(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw new Error('checkpoint body must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  const [origin, size, root, ...extensions] = lines;
  if (!origin || !size || !root || !/^(0|[1-9]\d*)$/.test(size)) throw new Error('malformed checkpoint');
  const rootBytes = Buffer.from(root, 'base64');
  if (rootBytes.length !== 32 || rootBytes.toString('base64') !== root) throw new Error('malformed checkpoint root');
  return { origin, size: Number(size), root: rootBytes, extensions };
}

/** Key id recommended by C2SP signed-note: SHA-256(name ‖ "\n" ‖ type ‖ public key material)[:4]. */
export function noteKeyId(name: string, typeAndKey: Uint8Array): Buffer {
  return createHash('sha256').update(name).update('\n').update(typeAndKey).digest().subarray(0, 4);
}

/** C2SP signed-note key id for Ed25519: the first 4 bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key). */
export function ed25519KeyId(name: string, publicKey: Uint8Array): Buffer {
  return noteKeyId(name, Buffer.concat([Buffer.from([NOTE_ALG_ED25519]), publicKey]));
}

export interface NoteSigner {
  name: string;
  keyId: Buffer;
  /** the verifier key string, `<name>+<hex key id>+<base64(type ‖ public key)>` */
  vkey: string;
  sign(message: Uint8Array): Buffer;
}

export interface NoteVerifier {
  name: string;
  keyId: Buffer;
  /** the algorithm, for people: Ed25519, SM2-SM3, cosignature/v1 */
  algorithm: string;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

function checkKeyName(name: string): void {
  if (!/^[^\s+]+$/.test(name)) throw new Error('a note key name has no spaces or plus signs');
}

function rawEd25519(key: KeyObject): Buffer {
  const der = key.export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - 32);
}

function ed25519Key(privateKey: string | KeyObject): { priv: KeyObject; pub: Buffer } {
  const priv = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey;
  if (priv.asymmetricKeyType !== 'ed25519') throw new Error('the signing key must be Ed25519');
  return { priv, pub: rawEd25519(createPublicKey(priv)) };
}

export function vkeyString(name: string, keyId: Uint8Array, typeAndKey: Uint8Array): string {
  return `${name}+${Buffer.from(keyId).toString('hex')}+${Buffer.from(typeAndKey).toString('base64')}`;
}

/** An Ed25519 note signer from a private key (kept in a key file or the environment, never in the database). */
export function ed25519Signer(name: string, privateKey: string | KeyObject): NoteSigner & { publicKey: Buffer } {
  checkKeyName(name);
  const { priv, pub } = ed25519Key(privateKey);
  const typed = Buffer.concat([Buffer.from([NOTE_ALG_ED25519]), pub]);
  const keyId = noteKeyId(name, typed);
  return { name, keyId, publicKey: pub, vkey: vkeyString(name, keyId, typed), sign: (m) => sign(null, m, priv) };
}

/** The verifier key string of an Ed25519 signer. */
export function verifierKey(s: Pick<NoteSigner, 'vkey'>): string {
  return s.vkey;
}

export function signNote(body: string, signers: readonly NoteSigner[]): string {
  if (!body.endsWith('\n')) throw new Error('a note body ends with a newline');
  const lines = signers.map((s) => signatureLine(s.name, s.keyId, s.sign(Buffer.from(body, 'utf8'))));
  return `${body}\n${lines.join('')}`;
}

export function signatureLine(name: string, keyId: Uint8Array, signature: Uint8Array): string {
  return `${SIGNATURE_PREFIX}${name} ${Buffer.concat([keyId, signature]).toString('base64')}\n`;
}

export interface NoteSignature {
  name: string;
  keyId: Buffer;
  signature: Buffer;
  line: string;
}

/** Splits a signed note into its body (with its final newline) and its signature lines. */
export function splitNote(note: string): { body: string; signatures: NoteSignature[] } {
  const sep = note.lastIndexOf('\n\n');
  if (sep < 0) throw new Error('a signed note has a blank line before its signatures');
  const body = note.slice(0, sep + 1);
  const rest = note.slice(sep + 2);
  if (!rest.endsWith('\n')) throw new Error('signature lines end with a newline');
  const signatures = rest
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      if (!line.startsWith(SIGNATURE_PREFIX)) throw new Error('malformed signature line');
      const parts = line.slice(SIGNATURE_PREFIX.length).split(' ');
      if (parts.length !== 2 || !parts[0] || !parts[1]) throw new Error('malformed signature line');
      const raw = Buffer.from(parts[1], 'base64');
      if (raw.length < 5 || raw.toString('base64') !== parts[1]) throw new Error('malformed signature');
      return { name: parts[0], keyId: raw.subarray(0, 4), signature: raw.subarray(4), line: `${line}\n` };
    });
  return { body, signatures };
}

/** Parses a verifier key of type Ed25519 (0x01) or Ed25519 cosignature (0x04). */
export function parseVerifierKey(vkey: string): NoteVerifier {
  // <name>+<hex id>+<base64 key>: the base64 part may itself contain '+'.
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(vkey);
  if (!m) throw new Error('malformed verifier key');
  const [, name, idHex, keyB64] = m as unknown as [string, string, string, string];
  const raw = Buffer.from(keyB64, 'base64');
  const keyId = noteKeyId(name, raw);
  if (keyId.toString('hex') !== idHex) throw new Error('verifier key id does not match its key');
  if (raw.length !== 33) throw new Error('unsupported verifier key algorithm');
  const key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw.subarray(1)]), format: 'der', type: 'spki' });
  if (raw[0] === NOTE_ALG_ED25519) {
    return { name, keyId, algorithm: 'Ed25519', verify: (msg, sig) => sig.length === 64 && verify(null, msg, key, sig) };
  }
  if (raw[0] === NOTE_ALG_COSIGNATURE_V1) {
    return {
      name,
      keyId,
      algorithm: 'cosignature/v1',
      verify: (msg, sig) => {
        if (sig.length !== 72) return false;
        const time = Buffer.from(sig.subarray(0, 8)).readBigUInt64BE();
        return verify(null, cosignedMessage(Buffer.from(msg).toString('utf8'), time), key, sig.subarray(8));
      },
    };
  }
  throw new Error('unsupported verifier key algorithm');
}

export interface VerifiedNote {
  body: string;
  /** the known keys whose signatures verified */
  verified: { name: string; keyId: string; algorithm: string; timestamp?: number }[];
}

/**
 * Verifies a note against known keys: unknown signatures are ignored, a known key's bad signature
 * rejects the note, and at least one known key must have signed (C2SP signed-note).
 */
export function verifyNote(note: string, verifiers: readonly NoteVerifier[]): VerifiedNote {
  const { body, signatures } = splitNote(note);
  const msg = Buffer.from(body, 'utf8');
  const verified: VerifiedNote['verified'] = [];
  for (const s of signatures) {
    const v = verifiers.find((k) => k.name === s.name && k.keyId.equals(s.keyId));
    if (!v) continue;
    if (!v.verify(msg, s.signature)) throw new Error(`signature by ${s.name} (${v.algorithm}) does not verify`);
    const entry: VerifiedNote['verified'][number] = { name: v.name, keyId: v.keyId.toString('hex'), algorithm: v.algorithm };
    if (v.algorithm === 'cosignature/v1') entry.timestamp = Number(s.signature.readBigUInt64BE(0));
    verified.push(entry);
  }
  if (verified.length === 0) throw new Error(`no signature by ${verifiers.map((v) => v.name).join(', ')}`);
  return { body, verified };
}

/** Returns the note's body when a signature by `verifier` over it is valid; throws otherwise. */
export function openNote(note: string, verifier: NoteVerifier): string {
  return verifyNote(note, [verifier]).body;
}

/** The message a cosignature/v1 signs: a header, the time and the checkpoint body (C2SP tlog-cosignature). */
export function cosignedMessage(body: string, timestamp: bigint | number): Buffer {
  return Buffer.from(`cosignature/v1\ntime ${BigInt(timestamp).toString()}\n${body}`, 'utf8');
}

export interface Cosigner {
  name: string;
  keyId: Buffer;
  vkey: string;
  /** one signature line over the checkpoint body at `timestamp` (POSIX seconds) */
  cosign(body: string, timestamp: number): string;
}

export function ed25519Cosigner(name: string, privateKey: string | KeyObject): Cosigner {
  checkKeyName(name);
  const { priv, pub } = ed25519Key(privateKey);
  const typed = Buffer.concat([Buffer.from([NOTE_ALG_COSIGNATURE_V1]), pub]);
  const keyId = noteKeyId(name, typed);
  return {
    name,
    keyId,
    vkey: vkeyString(name, keyId, typed),
    cosign(body, timestamp) {
      const ts = Buffer.alloc(8);
      ts.writeBigUInt64BE(BigInt(timestamp));
      return signatureLine(name, keyId, Buffer.concat([ts, sign(null, cosignedMessage(body, timestamp), priv)]));
    },
  };
}
