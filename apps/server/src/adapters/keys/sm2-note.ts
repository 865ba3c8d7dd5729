import { sm2 } from 'sm-crypto-v2';
import { NOTE_ALG_UNASSIGNED, noteKeyId, vkeyString, type NoteSigner, type NoteVerifier } from '@sanxiang/domain';

/**
 * SM2 signatures over SM3 (GB/T 32918, GB/T 35276: the 国密 algorithms Chinese government
 * systems are asked for) as C2SP signed-note signatures. The signed-note spec has no byte for
 * SM2, so the type is 0xff followed by the identifier "SM2-SM3" (as the spec recommends for
 * unassigned algorithms); the public key is the 65-byte uncompressed point; the signature is
 * DER-encoded with the default distinguishing identifier 1234567812345678 (GB/T 35276), which
 * `openssl dgst -sm3 -verify pub.pem -sigopt distid:1234567812345678` checks.
 */
export const SM2_NOTE_TYPE = Buffer.concat([Buffer.from([NOTE_ALG_UNASSIGNED]), Buffer.from('SM2-SM3', 'ascii')]);
export const SM2_DEFAULT_ID = '1234567812345678';
/** order of the SM2 curve's base point (GB/T 32918.5) */
export const SM2_N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;

export function sm2PublicKeyOf(privateKeyHex: string): string {
  return sm2.getPublicKeyFromPrivateKey(privateKeyHex);
}

export function sm2Signer(name: string, privateKeyHex: string): NoteSigner & { publicKeyHex: string } {
  if (!/^[^\s+]+$/.test(name)) throw new Error('a note key name has no spaces or plus signs');
  const publicKeyHex = sm2PublicKeyOf(privateKeyHex);
  const typed = Buffer.concat([SM2_NOTE_TYPE, Buffer.from(publicKeyHex, 'hex')]);
  const keyId = noteKeyId(name, typed);
  return {
    name,
    keyId,
    publicKeyHex,
    vkey: vkeyString(name, keyId, typed),
    sign: (message) =>
      Buffer.from(sm2.doSignature(new Uint8Array(message), privateKeyHex, { der: true, hash: true, publicKey: publicKeyHex }), 'hex'),
  };
}

/** The verifier of an SM2 note key string, or null when the string is not an SM2 key. */
export function sm2Verifier(vkey: string): NoteVerifier | null {
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(vkey);
  if (!m) return null;
  const [, name, idHex, keyB64] = m as unknown as [string, string, string, string];
  const raw = Buffer.from(keyB64, 'base64');
  if (!raw.subarray(0, SM2_NOTE_TYPE.length).equals(SM2_NOTE_TYPE) || raw.length !== SM2_NOTE_TYPE.length + 65) return null;
  const keyId = noteKeyId(name, raw);
  if (keyId.toString('hex') !== idHex) throw new Error('verifier key id does not match its key');
  const publicKeyHex = raw.subarray(SM2_NOTE_TYPE.length).toString('hex');
  return {
    name,
    keyId,
    algorithm: 'SM2-SM3',
    verify: (msg, sig) => {
      try {
        return sm2.doVerifySignature(new Uint8Array(msg), Buffer.from(sig).toString('hex'), publicKeyHex, { der: true, hash: true });
      } catch {
        return false;
      }
    },
  };
}

/** The SM2 public key as an SPKI PEM (id-ecPublicKey with the SM2 curve), what OpenSSL reads. */
export function sm2PublicKeyPem(publicKeyHex: string): string {
  const point = Buffer.from(publicKeyHex, 'hex');
  const algorithm = Buffer.from('301306072a8648ce3d020106082a811ccf5501822d', 'hex');
  const bits = Buffer.concat([Buffer.from([0x03, point.length + 1, 0x00]), point]);
  const body = Buffer.concat([algorithm, bits]);
  const der = Buffer.concat([Buffer.from([0x30, body.length]), body]);
  return `-----BEGIN PUBLIC KEY-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END PUBLIC KEY-----\n`;
}
