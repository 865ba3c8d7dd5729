import type { Kysely } from 'kysely';
import { parseCheckpointBody, parseVerifierKey, splitNote, verifyConsistency, verifyNote, type NoteVerifier } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { KeyStore } from '../../adapters/keys/key-store.ts';
import { sm2Verifier } from '../../adapters/keys/sm2-note.ts';
import { agencyCreditCode } from '../org/org.queries.ts';

/** A witness a log asks for cosignatures: the local 司法局 or another instance over HTTP. */
export interface WitnessTarget {
  name: string;
  vkey: string;
  submit(requestBody: string): Promise<WitnessResponse>;
}

/**
 * The 司法局 as witness (R-REC-4, C2SP tlog-witness): it cosigns an agency's checkpoint only when
 * it is consistent with the last checkpoint it cosigned for that log, checked and recorded
 * atomically. An agency that rewrites its history cannot get a cosignature for the new history.
 */
export interface WitnessDeps {
  db: Kysely<Database>;
  keys: KeyStore;
  clock: Clock;
  /** key names of witnesses: `<prefix>/<统一社会信用代码>` */
  witnessPrefix: string;
}

export interface WitnessResponse {
  status: number;
  contentType: string;
  body: string;
}

const text = (status: number, body: string, contentType = 'text/plain; charset=utf-8'): WitnessResponse => ({ status, contentType, body });

export function parseVerifier(vkey: string): NoteVerifier {
  return sm2Verifier(vkey) ?? parseVerifierKey(vkey);
}

export async function witnessName(deps: Pick<WitnessDeps, 'db' | 'witnessPrefix'>, witnessAgencyId: string): Promise<string> {
  return `${deps.witnessPrefix}/${await agencyCreditCode(deps.db, witnessAgencyId)}`;
}

/** Whether the witness already trusts the log of `origin` (has its verifier keys configured). */
export async function trustsLog(db: Kysely<Database>, witnessAgencyId: string, origin: string): Promise<boolean> {
  const row = await db
    .selectFrom('witness_logs')
    .select('origin')
    .where('witness_agency_id', '=', witnessAgencyId)
    .where('origin', '=', origin)
    .executeTakeFirst();
  return row !== undefined;
}

/** Trust a log: its origin and verifier keys (what a 司法局 administrator configures for each agency). */
export async function trustLog(
  deps: Pick<WitnessDeps, 'db' | 'clock'>,
  witnessAgencyId: string,
  origin: string,
  vkeys: string[],
): Promise<void> {
  for (const k of vkeys) parseVerifier(k);
  await deps.db
    .insertInto('witness_logs')
    .values({ witness_agency_id: witnessAgencyId, origin, vkeys, updated_at: deps.clock.now() })
    .onConflict((oc) => oc.columns(['witness_agency_id', 'origin']).doUpdateSet({ vkeys }))
    .execute();
}

interface ParsedRequest {
  oldSize: number;
  proof: Buffer[];
  note: string;
}

function parseRequest(body: string): ParsedRequest | string {
  const split = body.indexOf('\n\n');
  if (split < 0) return '请求缺少空行分隔';
  const head = body.slice(0, split).split('\n');
  const m = /^old (0|[1-9]\d*)$/.exec(head[0] ?? '');
  if (!m) return '首行须为 old <树大小>';
  const proofLines = head.slice(1);
  if (proofLines.length > 63) return '一致性证明过长';
  const proof: Buffer[] = [];
  for (const l of proofLines) {
    const h = Buffer.from(l, 'base64');
    if (h.length !== 32 || h.toString('base64') !== l) return '一致性证明行须为 Base64 编码的 32 字节哈希';
    proof.push(h);
  }
  return { oldSize: Number(m[1]), proof, note: body.slice(split + 2) };
}

export async function addCheckpoint(deps: WitnessDeps, witnessAgencyId: string, requestBody: string): Promise<WitnessResponse> {
  const req = parseRequest(requestBody);
  if (typeof req === 'string') return text(400, `${req}\n`);
  let cpBody: string;
  let origin: string;
  let size: number;
  let root: Buffer;
  try {
    cpBody = splitNote(req.note).body;
    const cp = parseCheckpointBody(cpBody);
    ({ origin, size } = cp);
    root = Buffer.from(cp.root);
  } catch {
    return text(400, '检查点格式错误\n');
  }
  const log = await deps.db
    .selectFrom('witness_logs')
    .selectAll()
    .where('witness_agency_id', '=', witnessAgencyId)
    .where('origin', '=', origin)
    .executeTakeFirst();
  if (!log) return text(404, '未登记的账本\n');
  try {
    verifyNote(req.note, log.vkeys.map(parseVerifier));
  } catch {
    return text(403, '检查点签名无效\n');
  }
  if (req.oldSize > size) return text(400, 'old 大于检查点树大小\n');
  if (req.oldSize === 0 && req.proof.length > 0) return text(400, 'old 为 0 时一致性证明须为空\n');

  const now = deps.clock.now();
  const outcome = await deps.db.transaction().execute(async (tx) => {
    const cur = await tx
      .selectFrom('witness_logs')
      .select(['size', 'root'])
      .where('witness_agency_id', '=', witnessAgencyId)
      .where('origin', '=', origin)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const refuse = async (status: number, reason: string, body: string, contentType?: string) => {
      await tx
        .insertInto('witness_refusals')
        .values({ witness_agency_id: witnessAgencyId, origin, old_size: req.oldSize, note: req.note, reason, at: now })
        .execute();
      return text(status, body, contentType);
    };
    if (req.oldSize !== cur.size) return text(409, `${cur.size}\n`, 'text/x.tlog.size');
    if (req.oldSize === size) {
      if (cur.root && !cur.root.equals(root))
        return refuse(409, 'same size, different root', '同一大小的检查点根哈希不同：账本历史被改写\n');
    } else if (req.oldSize > 0 && !verifyConsistency(req.oldSize, size, req.proof, cur.root!, root)) {
      return refuse(422, 'consistency proof does not verify', '一致性证明不成立：新检查点与已见证的检查点不一致\n');
    }
    await tx
      .updateTable('witness_logs')
      .set({ size, root, note: req.note, updated_at: now })
      .where('witness_agency_id', '=', witnessAgencyId)
      .where('origin', '=', origin)
      .execute();
    return null;
  });
  if (outcome) return outcome;
  const cosigner = deps.keys.witnessCosigner(witnessAgencyId, await witnessName(deps, witnessAgencyId));
  return text(200, cosigner.cosign(cpBody, Math.floor(now.getTime() / 1000)));
}
