import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkpointBody, ed25519Cosigner, ed25519Signer, parseVerifierKey, signNote, splitNote, verifyNote } from './note.ts';

// golang.org/x/mod/sumdb/note reference vector: key, text and signature published with the Go package.
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const PETER_SKEY_B64 = 'AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const PETER_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_NOTE = `${PETER_TEXT}\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;

function ed25519FromSeed(seed: Buffer) {
  return createPrivateKey({
    key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
    format: 'der',
    type: 'pkcs8',
  });
}

describe('R-REC-4 signed notes interoperate with the Go reference implementation', () => {
  it('verifies the published note and reproduces its signature byte for byte', () => {
    const v = parseVerifierKey(PETER_VKEY);
    expect(verifyNote(PETER_NOTE, [v])).toEqual({
      body: PETER_TEXT,
      verified: [{ name: 'PeterNeumann', keyId: 'c74f20a3', algorithm: 'Ed25519' }],
    });
    const seed = Buffer.from(PETER_SKEY_B64, 'base64').subarray(1);
    const signer = ed25519Signer('PeterNeumann', ed25519FromSeed(seed));
    expect(signer.vkey).toBe(PETER_VKEY);
    expect(signNote(PETER_TEXT, [signer])).toBe(PETER_NOTE);
  });

  it('ignores unknown signatures, rejects a bad signature by a known key and a note no known key signed', () => {
    const v = parseVerifierKey(PETER_VKEY);
    const other = ed25519Signer('Other', generateKeyPairSync('ed25519').privateKey);
    const both = `${PETER_NOTE}${splitNote(signNote(PETER_TEXT, [other])).signatures[0]!.line}`;
    expect(verifyNote(both, [v]).verified.map((x) => x.name)).toEqual(['PeterNeumann']);
    expect(() => verifyNote(PETER_NOTE.replace('problem,', 'problem;'), [v])).toThrow('does not verify');
    expect(() => verifyNote(PETER_NOTE, [parseVerifierKey(other.vkey)])).toThrow('no signature');
    expect(() => parseVerifierKey(PETER_VKEY.replace('c74f20a3', 'c74f20a4'))).toThrow('does not match');
  });
});

describe('R-REC-4 witness cosignatures (C2SP tlog-cosignature, type 0x04)', () => {
  const body = checkpointBody({ origin: 'sanxiang.example/log', size: 3, root: Buffer.alloc(32, 7) });

  it('signs "cosignature/v1\\ntime T\\n" + body with an 8-byte timestamp before the signature', () => {
    const w = ed25519Cosigner('sanxiang.example/witness', generateKeyPairSync('ed25519').privateKey);
    const line = w.cosign(body, 1_790_000_000);
    const note = `${body}\n${line}`;
    const sig = splitNote(note).signatures[0]!;
    expect(sig.keyId).toEqual(w.keyId);
    expect(sig.signature.length).toBe(72);
    expect(Number(sig.signature.readBigUInt64BE(0))).toBe(1_790_000_000);
    const verified = verifyNote(note, [parseVerifierKey(w.vkey)]).verified;
    expect(verified).toEqual([
      { name: 'sanxiang.example/witness', keyId: w.keyId.toString('hex'), algorithm: 'cosignature/v1', timestamp: 1_790_000_000 },
    ]);
    // the timestamp is signed: changing it breaks the cosignature
    const forged = Buffer.concat([sig.keyId, Buffer.from(sig.signature)]);
    forged.writeBigUInt64BE(1_790_000_001n, 4);
    expect(() => verifyNote(`${body}\n— sanxiang.example/witness ${forged.toString('base64')}\n`, [parseVerifierKey(w.vkey)])).toThrow(
      'does not verify',
    );
    // a cosigner key is not an Ed25519 note key: its key id differs, so it is not confused with one
    expect(w.vkey.split('+')[1]).not.toBe(
      ed25519Signer('sanxiang.example/witness', generateKeyPairSync('ed25519').privateKey).keyId.toString('hex'),
    );
  });
});
