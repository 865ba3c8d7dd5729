import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { DomainError, parseTilePath } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { errors, IdParams, type App } from '../../http/typebox.ts';
import {
  CheckpointResultSchema,
  ConsistencyProofQuery,
  ConsistencyProofView,
  CreditParams,
  InclusionProofQuery,
  InclusionProofView,
  LedgerKeysSchema,
  TileParams,
} from './ledger.schemas.ts';
import { sm2Verifier, sm2PublicKeyPem } from '../../adapters/keys/sm2-note.ts';
import type { KeyStore } from '../../adapters/keys/key-store.ts';
import { addCheckpoint, witnessName, type WitnessDeps } from '../witness/witness.service.ts';
import type { LedgerService } from './ledger.service.ts';
import { checkpointSection } from './ledger.page.ts';
import { agencyByCreditCode, agencyIdentitiesSubquery } from '../org/org.queries.ts';
import { esc, layout } from '../../http/html-layout.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { sendConditional } from '../../http/conditional.ts';

export interface LedgerRouteDeps {
  db: Kysely<Database>;
  /** the address the verifier is pointed at (SANXIANG_PUBLIC_URL) */
  publicUrl: string;
  ledger: LedgerService;
  keys: KeyStore;
  witness: WitnessDeps;
}

/**
 * The ledger as public, static-looking files (C2SP tlog-tiles: `<prefix>/checkpoint`,
 * `<prefix>/tile/<L>/<N>[.p/<W>]`), proofs, keys, the 司法局 witness endpoint
 * (C2SP tlog-witness `add-checkpoint`) and a public page of cosigned checkpoints. Tiles hold only
 * hashes; the entries themselves (case records with personal data) are not published.
 */
export function registerLedgerRoutes(app: App, deps: LedgerRouteDeps): void {
  const tags = ['全过程记录账本 ledger'];
  const agencyByCredit = async (credit: string) => {
    const a = await agencyByCreditCode(deps.db, credit);
    if (!a) throw new DomainError('NOT_FOUND', `统一社会信用代码 ${credit} 无对应机关`);
    return a;
  };

  app.get('/ledger/:credit/checkpoint', {
    config: { public: true },
    schema: {
      tags,
      summary: '最新检查点（C2SP 签名说明格式，含司法局副署）',
      params: CreditParams,
      produces: ['text/plain'],
      response: { ...errors() },
    },
    handler: async (req, reply) => {
      const a = await agencyByCredit(req.params.credit);
      const cp = await deps.ledger.latestCheckpoint(a.id);
      if (!cp) throw new DomainError('NOT_FOUND', '该机关尚无已签名的检查点');
      // the newest checkpoint changes with each batch: a cache asks again every time, and gets 304 while it stands
      return sendConditional(req, reply, 'text/plain; charset=utf-8', cp.note, 'no-cache');
    },
  });

  app.get('/ledger/:credit/tile/*', {
    config: { public: true },
    schema: {
      tags,
      summary: '账本瓦片（C2SP tlog-tiles）',
      params: TileParams,
      produces: ['application/octet-stream'],
      response: { ...errors() },
    },
    handler: async (req, reply) => {
      const a = await agencyByCredit(req.params.credit);
      const t = parseTilePath(`tile/${req.params['*']}`);
      if (!t) throw new DomainError('NOT_FOUND', '瓦片路径无效（账本条目不公开，仅公开哈希瓦片）');
      const stored = await deps.ledger.tiles.tile(a.id, t.level, t.index);
      if (!stored || stored.width < t.width) throw new DomainError('NOT_FOUND', '该瓦片尚不存在');
      // a full tile never changes (C2SP tlog-tiles): a year, immutable; a partial one grows, so it is
      // revalidated (304 while it stands)
      const full = t.width === 256;
      return sendConditional(
        req,
        reply,
        'application/octet-stream',
        stored.data.subarray(0, t.width * 32),
        full ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  app.get('/ledger/:credit/keys', {
    config: { public: true },
    schema: { tags, summary: '账本与见证的验证公钥', params: CreditParams, response: { 200: LedgerKeysSchema, ...errors() } },
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
      querystring: InclusionProofQuery,
      response: { 200: InclusionProofView, ...errors() },
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
      querystring: ConsistencyProofQuery,
      response: { 200: ConsistencyProofView, ...errors() },
    },
    handler: async (req) => {
      const a = await agencyByCredit(req.params.credit);
      const proof = await deps.ledger.consistency(a.id, req.query.old, req.query.size);
      return { old: req.query.old, size: req.query.size, proof: proof.map((h) => h.toString('base64')) };
    },
  });

  app.post('/api/v1/agencies/:id/ledger/checkpoint', {
    schema: {
      tags,
      summary: '立即签发检查点并请求司法局副署',
      params: IdParams,
      response: { 200: CheckpointResultSchema, ...errors(403) },
    },
    handler: async (req) => {
      const actor = req.actor!;
      authorize(actor, 'ledger.checkpoint', { agencyId: req.params.id });
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

  app.get('/ledger', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
    const rows = await deps.db
      .selectFrom('ledger_logs')
      .innerJoin(agencyIdentitiesSubquery(deps.db).as('a'), 'a.id', 'ledger_logs.agency_id')
      .select(['a.id', 'a.name', 'a.credit_code'])
      .orderBy('a.name')
      .execute();
    const items: string[] = [];
    // a witness is named by its key name, which ends with the 司法局's 统一社会信用代码: shown with the 司法局's name
    const witnessNames = new Map<string, string>();
    const witnessName = async (key: string) => {
      const code = /([0-9A-Z]{18})$/.exec(key)?.[1];
      if (!code) return key;
      if (!witnessNames.has(code)) witnessNames.set(code, (await agencyByCreditCode(deps.db, code))?.name ?? key);
      return witnessNames.get(code)!;
    };
    for (const r of rows) {
      const cp = await deps.ledger.latestCheckpoint(r.id);
      const names = new Map<string, string>();
      for (const c of cp?.cosignatures ?? []) names.set(c.witness, await witnessName(c.witness));
      items.push(checkpointSection(r, cp, names));
    }
    const portal = deps.publicUrl;
    const html = layout({
      title: '执法记录账本',
      current: 'ledger',
      main: `<h1>执法全过程记录 · 账本检查点</h1>
<p>每个执法机关的全部执法记录（案件的每一个环节、每一份文书、每一个音像记录的登记、每一次调阅、每一次公示）都登记在该机关的默克尔树账本中（同证书透明 RFC 6962）。
检查点由机关密钥（Ed25519 与 SM2/SM3）签名，并经司法局见证副署。账本只能追加：任何人保存的旧检查点，都可以随时用来核对之前的记录没有被删改。</p>
<section aria-labelledby="h-how"><h2 id="h-how">怎样自己核验</h2>
<ol>
<li>下载核验工具 <a href="/ledger/verifier.mjs" download>sanxiang-ledger-verify.mjs</a>（一个文件，无需安装任何依赖，需 Node.js 18 及以上）。</li>
<li>第一次核验并保存检查点：<pre>node sanxiang-ledger-verify.mjs ${esc(portal)} &lt;机关统一社会信用代码&gt; --save 检查点-今天.txt</pre>
工具取机关的验证公钥，核验最新检查点的 Ed25519 签名，并只用公开的哈希瓦片（C2SP tlog-tiles）重算树根与之比对。</li>
<li>以后任何时候再核对：<pre>node sanxiang-ledger-verify.mjs ${esc(portal)} &lt;机关统一社会信用代码&gt; --since 检查点-今天.txt</pre>
工具取一致性证明，按 RFC 9162 验证新旧两棵树一致——若有任何一条旧记录被改写、删除或账本被截短，核验失败。</li>
</ol>
<p>瓦片只含哈希，不含当事人信息。账本的全部公开文件与接口见<a href="/open-data">开放数据</a>；签名格式与 SM2 签名的 OpenSSL 核验方法见项目中的 docs/verification.md。以下时间均为北京时间。</p></section>
${items.join('\n') || '<p>尚无账本。</p>'}`,
    });
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });

  // the verifier anyone can download and run (a hand-written, dependency-free script kept in the repository)
  const verifierPath = fileURLToPath(new URL('./public/sanxiang-ledger-verify.mjs', import.meta.url));
  app.get('/ledger/verifier.mjs', { config: { public: true }, schema: { hide: true } }, async (_req, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('content-disposition', 'attachment; filename="sanxiang-ledger-verify.mjs"')
      .header('cache-control', 'public, max-age=3600')
      .send(await readFile(verifierPath)),
  );
}
