import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import { DomainError, parseTilePath } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { errors, IdParams, type App } from '../../http/typebox.ts';
import { visibleAgencies } from '../../http/scope.ts';
import { sm2Verifier, sm2PublicKeyPem } from '../../adapters/keys/sm2-note.ts';
import type { KeyStore } from '../../adapters/keys/key-store.ts';
import { addCheckpoint, witnessName, type WitnessDeps } from '../witness/witness.service.ts';
import type { LedgerService } from './ledger.service.ts';

export interface LedgerRouteDeps {
  db: Kysely<Database>;
  ledger: LedgerService;
  keys: KeyStore;
  witness: WitnessDeps;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const CreditParams = Type.Object({ credit: Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' }) });

/**
 * The ledger as public, static-looking files (C2SP tlog-tiles: `<prefix>/checkpoint`,
 * `<prefix>/tile/<L>/<N>[.p/<W>]`), proofs, keys, the 司法局 witness endpoint
 * (C2SP tlog-witness `add-checkpoint`) and a public page of cosigned checkpoints. Tiles hold only
 * hashes; the entries themselves (case records with personal data) are not published.
 */
export function registerLedgerRoutes(app: App, deps: LedgerRouteDeps): void {
  const tags = ['全过程记录账本 ledger'];
  const agencyByCredit = async (credit: string) => {
    const a = await deps.db.selectFrom('agencies').select(['id', 'name', 'kind']).where('credit_code', '=', credit).executeTakeFirst();
    if (!a) throw new DomainError('NOT_FOUND', `统一社会信用代码 ${credit} 无对应机关`);
    return a;
  };

  app.get('/ledger/:credit/checkpoint', {
    config: { public: true },
    schema: { tags, summary: '最新检查点（C2SP 签名说明格式，含司法局副署）', params: CreditParams, produces: ['text/plain'], response: { ...errors() } },
    handler: async (req, reply) => {
      const a = await agencyByCredit(req.params.credit);
      const cp = await deps.ledger.latestCheckpoint(a.id);
      if (!cp) throw new DomainError('NOT_FOUND', '该机关尚无已签名的检查点');
      return reply.type('text/plain; charset=utf-8').header('cache-control', 'no-store').send(cp.note);
    },
  });

  app.get('/ledger/:credit/tile/*', {
    config: { public: true },
    schema: { tags, summary: '账本瓦片（C2SP tlog-tiles）', params: Type.Object({ credit: CreditParams.properties.credit, '*': Type.String({ maxLength: 100 }) }), produces: ['application/octet-stream'], response: { ...errors() } },
    handler: async (req, reply) => {
      const a = await agencyByCredit(req.params.credit);
      const t = parseTilePath(`tile/${req.params['*']}`);
      if (!t) throw new DomainError('NOT_FOUND', '瓦片路径无效（账本条目不公开，仅公开哈希瓦片）');
      const stored = await deps.ledger.tiles.tile(a.id, t.level, t.index);
      if (!stored || stored.width < t.width) throw new DomainError('NOT_FOUND', '该瓦片尚不存在');
      const full = t.width === 256;
      return reply
        .type('application/octet-stream')
        .header('cache-control', full ? 'public, max-age=31536000, immutable' : 'no-store')
        .send(stored.data.subarray(0, t.width * 32));
    },
  });

  app.get('/ledger/:credit/keys', {
    config: { public: true },
    schema: { tags, summary: '账本与见证的验证公钥', params: CreditParams, response: { 200: Type.Unknown(), ...errors() } },
    handler: async (req) => {
      const a = await agencyByCredit(req.params.credit);
      const origin = await deps.ledger.origin(a.id);
      const signers = deps.keys.logSigners(a.id, origin);
      const sm2 = signers.map((s) => ({ s, v: sm2Verifier(s.vkey) })).find((x) => x.v);
      const seal = deps.keys.sealKey(a.id);
      const witnessKey = a.kind === 'justice' ? deps.keys.witnessCosigner(a.id, await witnessName(deps.witness, a.id)).vkey : null;
      return {
        origin,
        verifierKeys: signers.map((s) => s.vkey),
        sm2PublicKeyPem: sm2 ? sm2PublicKeyPem((sm2.s as unknown as { publicKeyHex: string }).publicKeyHex) : null,
        witnessKey,
        /** 电子签章: Ed25519 public key (raw, base64) that signs documents' content hashes */
        sealPublicKey: seal.publicKey.toString('base64'),
        sealKeyId: seal.signer.keyId.toString('hex'),
      };
    },
  });

  app.get('/api/v1/ledger/:credit/proof/inclusion', {
    config: { public: true },
    schema: {
      tags,
      summary: '包含性证明（RFC 6962 §2.1.1）',
      params: CreditParams,
      querystring: Type.Object({ index: Type.Integer({ minimum: 0 }), size: Type.Integer({ minimum: 1 }) }),
      response: { 200: Type.Object({ index: Type.Integer(), size: Type.Integer(), proof: Type.Array(Type.String()) }), ...errors() },
    },
    handler: async (req) => {
      const a = await agencyByCredit(req.params.credit);
      const proof = await deps.ledger.inclusion(a.id, req.query.index, req.query.size);
      return { index: req.query.index, size: req.query.size, proof: proof.map((h) => h.toString('base64')) };
    },
  });

  app.get('/api/v1/ledger/:credit/proof/consistency', {
    config: { public: true },
    schema: {
      tags,
      summary: '一致性证明（RFC 6962 §2.1.2）',
      params: CreditParams,
      querystring: Type.Object({ old: Type.Integer({ minimum: 1 }), size: Type.Integer({ minimum: 1 }) }),
      response: { 200: Type.Object({ old: Type.Integer(), size: Type.Integer(), proof: Type.Array(Type.String()) }), ...errors() },
    },
    handler: async (req) => {
      const a = await agencyByCredit(req.params.credit);
      const proof = await deps.ledger.consistency(a.id, req.query.old, req.query.size);
      return { old: req.query.old, size: req.query.size, proof: proof.map((h) => h.toString('base64')) };
    },
  });

  app.post('/api/v1/agencies/:id/ledger/checkpoint', {
    schema: { tags, summary: '立即签发检查点并请求司法局副署', params: IdParams, response: { 200: Type.Unknown(), ...errors(403) } },
    handler: async (req) => {
      const actor = req.actor!;
      if (!(await visibleAgencies(deps.db, actor.agencyId)).has(req.params.id)) throw new DomainError('NOT_FOUND', '机关不存在');
      if (actor.agencyId !== req.params.id) throw new DomainError('FORBIDDEN_ROLE', '只能为本机关签发检查点');
      return deps.ledger.checkpoint(req.params.id);
    },
  });

  // C2SP tlog-witness: the body is text (old size, proof lines, blank line, checkpoint note).
  app.register(async (w) => {
    w.removeAllContentTypeParsers();
    w.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => done(null, body));
    w.post('/witness/:credit/add-checkpoint', {
      config: { public: true },
      schema: { tags, summary: '见证：提交检查点与一致性证明，取得副署（C2SP tlog-witness）', params: CreditParams },
      handler: async (req, reply) => {
        const a = await agencyByCredit((req.params as { credit: string }).credit);
        if (a.kind !== 'justice') throw new DomainError('NOT_FOUND', '该机关不是见证方（司法局）');
        const res = await addCheckpoint(deps.witness, a.id, typeof req.body === 'string' ? req.body : '');
        return reply.code(res.status).type(res.contentType).send(res.body);
      },
    });
  });

  app.get('/ledger', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    const rows = await deps.db.selectFrom('ledger_logs').innerJoin('agencies', 'agencies.id', 'ledger_logs.agency_id').select(['agencies.id', 'agencies.name', 'agencies.credit_code']).orderBy('agencies.name').execute();
    const items: string[] = [];
    for (const r of rows) {
      const cp = await deps.ledger.latestCheckpoint(r.id);
      const cos = cp?.cosignatures.length
        ? cp.cosignatures.map((c) => `${esc(c.witness)}（${esc(c.cosignedAt.replace('T', ' ').slice(0, 19))} UTC）`).join('；')
        : '尚无副署';
      items.push(`<section><h2>${esc(r.name)}</h2>${
        cp
          ? `<p>记录条数：${cp.size}　签发：${esc(cp.signedAt.replace('T', ' ').slice(0, 19))} UTC</p><p>司法局副署：${cos}</p><pre>${esc(cp.note)}</pre>`
          : '<p>尚无检查点</p>'
      }<p><a href="/ledger/${esc(r.credit_code)}/checkpoint">检查点</a> · <a href="/ledger/${esc(r.credit_code)}/keys">验证公钥</a></p></section>`);
    }
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>执法全过程记录 · 账本检查点</title>
<style>body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.7;color:#1f2933}pre{background:#f2f4f7;padding:.6rem;white-space:pre-wrap;word-break:break-all;font-size:.8rem}h2{font-size:1.15rem;margin-top:1.6rem}</style></head>
<body><main><h1>执法全过程记录 · 账本检查点</h1>
<p>每个执法机关的全部执法记录都登记在其默克尔树账本中。检查点由机关密钥（Ed25519 与 SM2/SM3）签名，并经司法局见证副署；任何人保存的旧检查点都可以用一致性证明核对账本没有被改写。</p>
${items.join('\n') || '<p>尚无账本。</p>'}
</main></body></html>`;
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
