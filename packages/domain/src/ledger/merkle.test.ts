import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EMPTY_ROOT, MemoryTree, consistencyProof, inclusionProof, leafHash, verifyConsistency, verifyInclusion } from './merkle.ts';
import { checkpointBody, ed25519Signer, openNote, parseCheckpointBody, parseVerifierKey, signNote, verifierKey } from './note.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const unhex = (s: string) => Buffer.from(s, 'hex');

// RFC 6962 reference inputs and tree heads (Certificate Transparency's test vectors).
const CT_LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(unhex);
const CT_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

function tree(leaves: Uint8Array[]): MemoryTree {
  const t = new MemoryTree();
  for (const l of leaves) t.append(leafHash(l));
  return t;
}

describe('R-REC-4 Merkle ledger (RFC 6962 / 9162)', () => {
  it('matches the reference tree heads for sizes 0–8', () => {
    const t = tree(CT_LEAVES);
    expect(hex(EMPTY_ROOT)).toBe(CT_ROOTS[0]);
    for (let n = 0; n <= 8; n++) expect(hex(t.root(n)), `size ${n}`).toBe(CT_ROOTS[n]);
  });

  it('produces the reference inclusion proofs', () => {
    const t = tree(CT_LEAVES);
    expect(inclusionProof(t, 0, 8).map(hex)).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(inclusionProof(t, 5, 8).map(hex)).toEqual([
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
  });

  it('every inclusion and consistency proof verifies for all sizes up to 40, and altered ones fail', () => {
    const leaves = Array.from({ length: 40 }, (_, i) => Buffer.from(`案件事件 ${i}`));
    const t = tree(leaves);
    for (let n = 1; n <= 40; n++) {
      const root = t.root(n);
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(t, i, n);
        expect(verifyInclusion(leafHash(leaves[i]!), i, n, proof, root), `${i}/${n}`).toBe(true);
        expect(verifyInclusion(leafHash(Buffer.from('篡改')), i, n, proof, root)).toBe(false);
        if (proof.length) expect(verifyInclusion(leafHash(leaves[i]!), i, n, proof.slice(1), root)).toBe(false);
      }
      for (let m = 0; m <= n; m++) {
        const proof = consistencyProof(t, m, n);
        expect(verifyConsistency(m, n, proof, t.root(m), root), `${m}→${n}`).toBe(true);
        if (m > 0 && m < n) {
          expect(verifyConsistency(m, n, proof, leafHash(Buffer.from('x')), root)).toBe(false);
          expect(verifyConsistency(m, n, proof, t.root(m), t.root(n - 1))).toBe(false);
        }
      }
    }
  });
});

describe('R-REC-4 signed checkpoints (C2SP tlog-checkpoint, signed-note, Ed25519)', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const signer = ed25519Signer('sanxiang.example/馆市监', pem);

  it('formats, signs and verifies a checkpoint; a changed body or another key fails', () => {
    const t = tree(CT_LEAVES);
    const body = checkpointBody({ origin: 'sanxiang.example/馆市监', size: 8, root: t.root() });
    expect(body).toBe(`sanxiang.example/馆市监\n8\n${Buffer.from(CT_ROOTS[8]!, 'hex').toString('base64')}\n`);
    const note = signNote(body, [signer]);
    expect(note).toMatch(/\n\n— sanxiang\.example\/馆市监 [A-Za-z0-9+/]+=*\n$/);
    const v = parseVerifierKey(verifierKey(signer));
    expect(openNote(note, v)).toBe(body);
    expect(parseCheckpointBody(openNote(note, v))).toMatchObject({ size: 8 });
    expect(() => openNote(note.replace('\n8\n', '\n9\n'), v)).toThrow('does not verify');
    const other = ed25519Signer(
      'sanxiang.example/馆市监',
      generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    );
    expect(() => openNote(note, parseVerifierKey(verifierKey(other)))).toThrow('no signature');
  });
});
