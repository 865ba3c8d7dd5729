#!/usr/bin/env node
// 三项 · 执法记录账本核验工具（公开下载，无需安装任何依赖，Node.js 18 及以上）
//
// 用法：
//   node sanxiang-ledger-verify.mjs <平台网址> <机关统一社会信用代码> [--save 文件] [--since 旧检查点文件]
//
//   --save 文件     把核验通过的最新检查点存入该文件，留待以后核对
//   --since 文件    用以前保存的检查点核对：账本只能在其后追加，之前的任何记录都没有被改写
//
// 它做的事（全部按公开规范，任何人都可以用自己的工具重做）：
//   1. 取机关的验证公钥（/ledger/<代码>/keys），按 C2SP signed-note 核验最新检查点的 Ed25519 签名；
//   2. 只用公开的哈希瓦片（C2SP tlog-tiles，/ledger/<代码>/tile/…）按 RFC 6962 重算树根，与检查点比对；
//   3. 给了旧检查点时，核验旧检查点的签名，取一致性证明并按 RFC 9162 §2.1.4.2 验证新旧两棵树的一致性。
// 退出码：0 全部通过；1 发现问题；2 用法或网络错误。
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const ED25519_SPKI = Buffer.from('302a300506032b6570032100', 'hex');
const sha256 = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const nodeHash = (l, r) => sha256(Buffer.from([1]), l, r);

function fail(message, code = 1) {
  console.error(`✗ ${message}`);
  process.exit(code);
}

async function get(url, as = 'text') {
  let res;
  try {
    res = await fetch(url);
  } catch (e) {
    fail(`无法访问 ${url}：${e.message}`, 2);
  }
  if (!res.ok) fail(`${url} 返回 ${res.status}`, 2);
  return as === 'json' ? res.json() : as === 'bytes' ? Buffer.from(await res.arrayBuffer()) : res.text();
}

/** C2SP signed-note verifier key "<name>+<hex id>+<base64 0x01‖key>", Ed25519 only. */
function parseVerifierKey(vkey) {
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(vkey);
  if (!m) return null;
  const raw = Buffer.from(m[3], 'base64');
  if (raw.length !== 33 || raw[0] !== 0x01) return null;
  const id = sha256(Buffer.from(`${m[1]}\n`), raw).subarray(0, 4);
  if (id.toString('hex') !== m[2]) fail(`公钥 ${m[1]} 的标识与公钥不符`);
  return { name: m[1], id, key: createPublicKey({ key: Buffer.concat([ED25519_SPKI, raw.subarray(1)]), format: 'der', type: 'spki' }) };
}

/** Verifies a signed note's Ed25519 signature by `key`; returns the parsed checkpoint body. */
function openCheckpoint(note, key, what) {
  const sep = note.lastIndexOf('\n\n');
  if (sep < 0) fail(`${what}格式不正确：缺少签名`);
  const body = note.slice(0, sep + 1);
  const lines = note
    .slice(sep + 2)
    .split('\n')
    .filter(Boolean);
  const ok = lines.some((line) => {
    const [dash, name, b64] = line.split(' ');
    if (dash !== '—' || name !== key.name || !b64) return false;
    const raw = Buffer.from(b64, 'base64');
    return raw.subarray(0, 4).equals(key.id) && raw.length === 68 && verify(null, Buffer.from(body), key.key, raw.subarray(4));
  });
  if (!ok) fail(`${what}没有 ${key.name} 的有效 Ed25519 签名：检查点被伪造或改动`);
  const [origin, size, root] = body.split('\n');
  if (!/^(0|[1-9]\d*)$/.test(size ?? '') || Buffer.from(root ?? '', 'base64').length !== 32) fail(`${what}正文格式不正确`);
  return { origin, size: Number(size), root: Buffer.from(root, 'base64'), note };
}

/** C2SP tlog-tiles path of tile (level, index) of the given width. */
function tilePath(level, index, width) {
  const groups = [];
  let rest = index;
  do {
    groups.unshift(String(rest % 1000).padStart(3, '0'));
    rest = Math.floor(rest / 1000);
  } while (rest > 0);
  const n = groups.map((g, i) => (i < groups.length - 1 ? `x${g}` : g)).join('/');
  return `tile/${level}/${n}${width < 256 ? `.p/${width}` : ''}`;
}

/** The RFC 6962 root of a tree of `size` leaves, from the published hash tiles only. */
async function rootFromTiles(base, size) {
  if (size === 0) return sha256(Buffer.alloc(0));
  const cache = new Map();
  async function tile(level, index) {
    const count = Math.floor(size / 2 ** (8 * level));
    const width = Math.min(256, count - index * 256);
    const path = tilePath(level, index, width);
    if (!cache.has(path)) {
      const bytes = await get(`${base}/${path}`, 'bytes');
      if (bytes.length !== width * 32) fail(`瓦片 ${path} 的长度不对`);
      cache.set(path, bytes);
    }
    return cache.get(path);
  }
  /** the node at tree level h, index k (a complete subtree) */
  async function node(h, k) {
    const level = Math.floor(h / 8);
    const r = h - 8 * level;
    const first = k * 2 ** r;
    const t = await tile(level, Math.floor(first / 256));
    let hashes = [];
    for (let i = 0; i < 2 ** r; i++) hashes.push(t.subarray(((first + i) % 256) * 32, ((first + i) % 256) * 32 + 32));
    while (hashes.length > 1) {
      const next = [];
      for (let i = 0; i < hashes.length; i += 2) next.push(nodeHash(hashes[i], hashes[i + 1]));
      hashes = next;
    }
    return hashes[0];
  }
  // the complete subtrees of the binary decomposition of size, left to right, folded from the right
  const parts = [];
  let start = 0;
  for (let h = 52; h >= 0; h--) {
    if (size - start >= 2 ** h) {
      parts.push(await node(h, start / 2 ** h));
      start += 2 ** h;
    }
  }
  let root = parts.pop();
  while (parts.length) root = nodeHash(parts.pop(), root);
  return root;
}

/** RFC 9162 §2.1.4.2. */
function verifyConsistency(m, n, proof, oldRoot, newRoot) {
  if (m > n) return false;
  if (m === n) return proof.length === 0 && oldRoot.equals(newRoot);
  if (m === 0) return true;
  let path = [...proof];
  if ((m & (m - 1)) === 0) path = [oldRoot, ...path];
  if (!path.length) return false;
  let fn = m - 1;
  let sn = n - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(oldRoot) && sr.equals(newRoot);
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    if (i < 0) return null;
    const v = args[i + 1];
    args.splice(i, 2);
    return v ?? fail(`${name} 后面须跟文件名`, 2);
  };
  const save = opt('--save');
  const since = opt('--since');
  const [portal, credit] = args;
  if (!portal || !credit)
    fail('用法：node sanxiang-ledger-verify.mjs <平台网址> <机关统一社会信用代码> [--save 文件] [--since 旧检查点文件]', 2);
  const base = `${portal.replace(/\/+$/, '')}/ledger/${encodeURIComponent(credit)}`;

  const keys = await get(`${base}/keys`, 'json');
  const key = (keys.verifierKeys ?? []).map(parseVerifierKey).find(Boolean);
  if (!key) fail('未取得 Ed25519 验证公钥', 2);
  console.log(`验证公钥：${key.name}（标识 ${key.id.toString('hex')}）`);

  const latest = openCheckpoint(await get(`${base}/checkpoint`), key, '最新检查点');
  console.log(`✓ 最新检查点签名有效：${latest.size} 条记录，树根 ${latest.root.toString('base64')}`);

  const computed = await rootFromTiles(base, latest.size);
  if (!computed.equals(latest.root)) fail('由公开瓦片重算的树根与检查点不符：瓦片或检查点被改动');
  console.log('✓ 由公开的哈希瓦片重算树根，与检查点一致');

  if (since) {
    const old = openCheckpoint(readFileSync(since, 'utf8'), key, `保存的检查点（${since}）`);
    if (old.origin !== latest.origin) fail(`保存的检查点属于另一个账本（${old.origin}）`);
    if (old.size > latest.size) fail(`保存的检查点有 ${old.size} 条，现在只有 ${latest.size} 条：账本被截短`);
    const p =
      old.size === latest.size
        ? { proof: [] }
        : await get(
            `${portal.replace(/\/+$/, '')}/api/v1/ledger/${encodeURIComponent(credit)}/proof/consistency?old=${old.size}&size=${latest.size}`,
            'json',
          );
    const proof = p.proof.map((x) => Buffer.from(x, 'base64'));
    if (!verifyConsistency(old.size, latest.size, proof, old.root, latest.root)) fail(`账本与 ${since} 中的检查点不一致：之前的记录被改写`);
    console.log(`✓ 与保存的检查点（${old.size} 条）一致：此后只有追加，之前的记录未被改写`);
  }
  if (save) {
    writeFileSync(save, latest.note);
    console.log(`已保存最新检查点到 ${save}`);
  }
  console.log('核验通过。');
}

await main();
