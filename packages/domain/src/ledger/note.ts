import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/**
 * Checkpoints in the C2SP tlog-checkpoint format, signed as C2SP signed notes with Ed25519, so
 * that any verifier for transparency logs can check them (R-REC-4).
 *
 *   <origin>\n<tree size>\n<base64 root hash>\n[extension lines]\n\n— <key name> <base64(key id ‖ signature)>\n
 */
export interface Checkpoint {
  origin: string;
  size: number;
  root: Uint8Array;
  extensions?: string[];
}

const ALG_ED25519 = 0x01;
const SIGNATURE_PREFIX = '\u2014 ';

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
  if (!origin || !size || !root || !/^\d+$/.test(size)) throw new Error('malformed checkpoint');
  const rootBytes = Buffer.from(root, 'base64');
  if (rootBytes.length !== 32 || rootBytes.toString('base64') !== root) throw new Error('malformed checkpoint root');
  return { origin, size: Number(size), root: rootBytes, extensions };
}

/** C2SP signed-note key id for Ed25519: the first 4 bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key). */
export function ed25519KeyId(name: string, publicKey: Uint8Array): Buffer {
  return createHash('sha256').update(name).update('\n').update(Buffer.from([ALG_ED25519])).update(publicKey).digest().subarray(0, 4);
}

function rawPublicKey(key: KeyObject): Buffer {
  const der = key.export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - 32);
}

export interface NoteSigner {
  name: string;
  keyId: Buffer;
  publicKey: Buffer;
  sign(message: Uint8Array): Buffer;
}

/** An Ed25519 signer from a PKCS#8 PEM private key (kept in a key file or the environment, never in the database). */
export function ed25519Signer(name: string, privateKeyPem: string): NoteSigner {
  if (!/^[^\s+]+$/.test(name)) throw new Error('a note key name has no spaces or plus signs');
  const priv = createPrivateKey(privateKeyPem);
  if (priv.asymmetricKeyType !== 'ed25519') throw new Error('the signing key must be Ed25519');
  const publicKey = rawPublicKey(createPublicKey(priv));
  return { name, keyId: ed25519KeyId(name, publicKey), publicKey, sign: (m) => sign(null, m, priv) };
}

/** The verifier key string of signed notes: `<name>+<hex key id>+<base64(0x01 ‖ public key)>`. */
export function verifierKey(s: Pick<NoteSigner, 'name' | 'keyId' | 'publicKey'>): string {
  return `${s.name}+${s.keyId.toString('hex')}+${Buffer.concat([Buffer.from([ALG_ED25519]), s.publicKey]).toString('base64')}`;
}

export function signNote(body: string, signers: readonly NoteSigner[]): string {
  if (!body.endsWith('\n')) throw new Error('a note body ends with a newline');
  const lines = signers.map((s) => `${SIGNATURE_PREFIX}${s.name} ${Buffer.concat([s.keyId, s.sign(Buffer.from(body, 'utf8'))]).toString('base64')}\n`);
  return `${body}\n${lines.join('')}`;
}

export interface ParsedVerifier {
  name: string;
  keyId: Buffer;
  key: KeyObject;
}

export function parseVerifierKey(vkey: string): ParsedVerifier {
  // <name>+<hex id>+<base64 key>: the base64 part may itself contain '+'.
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(vkey);
  if (!m) throw new Error('malformed verifier key');
  const [, name, idHex, keyB64] = m as unknown as [string, string, string, string];
  const raw = Buffer.from(keyB64, 'base64');
  if (raw[0] !== ALG_ED25519 || raw.length !== 33) throw new Error('unsupported verifier key algorithm');
  const publicKey = raw.subarray(1);
  const keyId = ed25519KeyId(name, publicKey);
  if (keyId.toString('hex') !== idHex) throw new Error('verifier key id does not match its key');
  // SPKI DER prefix for Ed25519 public keys (RFC 8410).
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey]);
  return { name, keyId, key: createPublicKey({ key: spki, format: 'der', type: 'spki' }) };
}

/** Returns the note's body when a signature by `verifier` over it is valid; throws otherwise. */
export function openNote(note: string, verifier: ParsedVerifier): string {
  const sep = note.lastIndexOf('\n\n');
  if (sep < 0) throw new Error('a signed note has a blank line before its signatures');
  const body = note.slice(0, sep + 1);
  const sigLines = note.slice(sep + 2).split('\n').filter(Boolean);
  for (const line of sigLines) {
    if (!line.startsWith(SIGNATURE_PREFIX)) throw new Error('malformed signature line');
    const [name, b64] = line.slice(SIGNATURE_PREFIX.length).split(' ');
    if (name !== verifier.name || !b64) continue;
    const raw = Buffer.from(b64, 'base64');
    if (!raw.subarray(0, 4).equals(verifier.keyId)) continue;
    if (verify(null, Buffer.from(body, 'utf8'), verifier.key, raw.subarray(4))) return body;
    throw new Error(`signature by ${name} does not verify`);
  }
  throw new Error(`no signature by ${verifier.name}`);
}
