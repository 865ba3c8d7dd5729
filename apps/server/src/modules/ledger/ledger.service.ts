import { sql, type Kysely } from 'kysely';
import {
  DomainError,
  checkpointBody,
  consistencyProof,
  inclusionProof,
  rootOf,
  signNote,
  verifyConsistency,
  verifyNote,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { KeyStore } from '../../adapters/keys/key-store.ts';
import { TileStore } from './tile-store.ts';
import { justiceAgenciesOver } from '../org/org.queries.ts';
import { agenciesWithPending, ensureLog, sequenceAgency } from './sequencer.ts';
import { agenciesWithLog } from './ledger.queries.ts';
import {
  addCheckpoint,
  parseVerifier,
  trustLog,
  trustsLog,
  witnessName,
  type WitnessResponse,
  type WitnessTarget,
} from '../witness/witness.service.ts';

export interface LedgerOptions {
  /** checkpoint origins are `<logPrefix>/<统一社会信用代码>` */
  logPrefix: string;
  witnessPrefix: string;
  /** witnesses of other instances, in addition to the local 司法局 of the agency's region */
  remoteWitnesses?: readonly WitnessTarget[];
  /** whether the 司法局 of this deployment witness its agencies' logs (default yes) */
  localWitnesses?: boolean;
}

export interface LedgerDeps {
  db: Kysely<Database>;
  keys: KeyStore;
  clock: Clock;
}

export interface CheckpointView {
  origin: string;
  size: number;
  root: string;
  /** the signed note with the cosignatures the witnesses returned */
  note: string;
  signedAt: string;
  cosignatures: { witness: string; cosignedAt: string }[];
}

export class LedgerService {
  readonly tiles: TileStore;
  private readonly logs = new Map<string, string>();

  constructor(
    private readonly deps: LedgerDeps,
    private readonly opts: LedgerOptions,
  ) {
    this.tiles = new TileStore(deps.db);
  }

  /** Creates the agency's log if needed and lets the local witnesses of its region trust it. */
  async origin(agencyId: string): Promise<string> {
    const known = this.logs.get(agencyId);
    if (known) return known;
    const { origin } = await ensureLog(this.deps.db, agencyId, this.opts.logPrefix, this.deps.clock);
    const vkeys = this.deps.keys.logSigners(agencyId, origin).map((s) => s.vkey);
    for (const w of await this.localWitnessAgencies(agencyId)) {
      if (!(await trustsLog(this.deps.db, w, origin))) await trustLog(this.deps, w, origin, vkeys);
    }
    this.logs.set(agencyId, origin);
    return origin;
  }

  /** The log's verifier keys (C2SP note vkeys), as published for verifiers. */
  verifierKeys(agencyId: string, origin: string): string[] {
    return this.deps.keys.logSigners(agencyId, origin).map((s) => s.vkey);
  }

  /** 司法局 instances in this deployment whose region contains the agency's region. */
  private async localWitnessAgencies(agencyId: string): Promise<string[]> {
    if (this.opts.localWitnesses === false) return [];
    return justiceAgenciesOver(this.deps.db, agencyId);
  }

  private async witnesses(agencyId: string): Promise<WitnessTarget[]> {
    const local: WitnessTarget[] = [];
    for (const w of await this.localWitnessAgencies(agencyId)) {
      const name = await witnessName({ db: this.deps.db, witnessPrefix: this.opts.witnessPrefix }, w);
      local.push({
        name,
        vkey: this.deps.keys.witnessCosigner(w, name).vkey,
        submit: (body) => addCheckpoint({ ...this.deps, witnessPrefix: this.opts.witnessPrefix }, w, body),
      });
    }
    return [...local, ...(this.opts.remoteWitnesses ?? [])];
  }

  async sequence(agencyId: string): Promise<{ appended: number; size: number }> {
    await this.origin(agencyId);
    let appended = 0;
    for (;;) {
      const r = await sequenceAgency(this.deps.db, this.tiles, agencyId, this.deps.clock);
      appended += r.appended;
      if (r.appended < 50_000) return { appended, size: r.size };
    }
  }

  async sequenceAll(): Promise<number> {
    let n = 0;
    for (const a of await agenciesWithPending(this.deps.db)) n += (await this.sequence(a)).appended;
    return n;
  }

  /**
   * Signs a checkpoint of the sequenced tree when it grew, after checking that it extends both the
   * last checkpoint in the database and the last one this signer signed (kept with the keys, out
   * of the database's reach): two checkpoints inconsistent with each other are never signed.
   */
  async sign(agencyId: string): Promise<{ size: number; note: string; signed: boolean }> {
    const origin = await this.origin(agencyId);
    return this.deps.db.transaction().execute(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`ledger-sign:${agencyId}`}, 0))`.execute(tx);
      const log = await tx.selectFrom('ledger_logs').select(['size', 'root']).where('agency_id', '=', agencyId).executeTakeFirstOrThrow();
      const last = await tx
        .selectFrom('ledger_checkpoints')
        .select(['size', 'root', 'note'])
        .where('agency_id', '=', agencyId)
        .orderBy('size', 'desc')
        .limit(1)
        .executeTakeFirst();
      // one log, one key: an instance started with another signing seed (a data folder of its own
      // without SANXIANG_SIGNING_SEED) would add checkpoints no verifier accepts, and they could
      // never be taken back (the table is append-only) — it is refused before anything is written
      if (last) this.assertOwnKey(agencyId, origin, last.note);
      if (last && last.size === log.size && last.root.equals(log.root)) return { size: last.size, note: last.note, signed: false };
      const refs = [last, this.deps.keys.lastSigned(agencyId)].filter((r): r is { size: number; root: Buffer } => !!r && r.size > 0);
      for (const ref of refs) {
        let ok = ref.size < log.size || (ref.size === log.size && ref.root.equals(log.root));
        if (ok && ref.size < log.size) {
          const proof = await this.tiles.withTree(agencyId, log.size, (src) => consistencyProof(src, ref.size, log.size), undefined, tx);
          ok = verifyConsistency(ref.size, log.size, proof, ref.root, log.root);
        }
        if (!ok) {
          throw new DomainError(
            'LEDGER_INCONSISTENT',
            `账本（${origin}）与已签名的第 ${ref.size} 号检查点不一致，拒绝签名：历史记录可能被改写，请运行 sanxiang verify`,
            { size: ref.size },
          );
        }
      }
      const note = signNote(checkpointBody({ origin, size: log.size, root: log.root }), this.deps.keys.logSigners(agencyId, origin));
      this.deps.keys.recordSigned(agencyId, log.size, log.root);
      await tx
        .insertInto('ledger_checkpoints')
        .values({ agency_id: agencyId, size: log.size, root: log.root, note, signed_at: this.deps.clock.now() })
        .execute();
      return { size: log.size, note, signed: true };
    });
  }

  /**
   * At start-up (docs/deploy.md): every log's last checkpoint verifies with this instance's keys,
   * so that an instance given another signing seed stops before it seals a document or signs a
   * checkpoint with a key nobody else holds.
   */
  async checkKeys(): Promise<void> {
    const lasts = await this.deps.db
      .selectFrom('ledger_checkpoints as c')
      .innerJoin('ledger_logs as l', 'l.agency_id', 'c.agency_id')
      .select(['c.agency_id', 'l.origin', 'c.note'])
      .distinctOn('c.agency_id')
      .orderBy('c.agency_id')
      .orderBy('c.size', 'desc')
      .execute();
    for (const last of lasts) this.assertOwnKey(last.agency_id, last.origin, last.note);
  }

  /** The log's last checkpoint must verify with this instance's Ed25519 log key. */
  private assertOwnKey(agencyId: string, origin: string, note: string): void {
    const ed25519 = this.deps.keys.logVerifiers(agencyId, origin).filter((v) => v.algorithm === 'Ed25519');
    try {
      verifyNote(note, ed25519);
    } catch {
      throw new DomainError(
        'LEDGER_INCONSISTENT',
        `本实例的签名密钥与账本（${origin}）已签发的检查点所用密钥不同，拒绝签名：各实例须使用同一签名密钥（同一 SANXIANG_SIGNING_SEED，或共用数据目录的 keys/），见 docs/deploy.md`,
        { origin },
      );
    }
  }

  /** Asks each witness to cosign the latest checkpoint (C2SP tlog-witness), retrying on 409 with the size it reports. */
  async witness(agencyId: string): Promise<{ witness: string; status: number; message: string }[]> {
    const cp = await this.deps.db
      .selectFrom('ledger_checkpoints')
      .select(['size', 'root', 'note'])
      .where('agency_id', '=', agencyId)
      .orderBy('size', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!cp) return [];
    const out: { witness: string; status: number; message: string }[] = [];
    for (const w of await this.witnesses(agencyId)) {
      const seen = await this.deps.db
        .selectFrom('ledger_cosignatures')
        .select(({ fn }) => fn.max('size').as('size'))
        .where('agency_id', '=', agencyId)
        .where('witness', '=', w.name)
        .executeTakeFirst();
      let old = Number(seen?.size ?? 0);
      let res: WitnessResponse = { status: 0, contentType: '', body: '' };
      for (let attempt = 0; attempt < 3; attempt++) {
        const proof =
          old > 0 && old < cp.size ? await this.tiles.withTree(agencyId, cp.size, (src) => consistencyProof(src, old, cp.size)) : [];
        res = await w.submit(`old ${old}\n${proof.map((h) => `${Buffer.from(h).toString('base64')}\n`).join('')}\n${cp.note}`);
        if (
          res.status === 409 &&
          res.contentType.startsWith('text/x.tlog.size') &&
          /^\d+\n$/.test(res.body) &&
          Number(res.body) !== old &&
          Number(res.body) <= cp.size
        ) {
          old = Number(res.body);
          continue;
        }
        break;
      }
      if (res.status === 200) {
        const line = res.body.split('\n').find((l) => l.startsWith(`\u2014 ${w.name} `));
        if (!line) {
          out.push({ witness: w.name, status: 502, message: '见证方未返回其副署' });
          continue;
        }
        verifyNote(`${cp.note.slice(0, cp.note.indexOf('\n\n') + 1)}\n${line}\n`, [parseVerifier(w.vkey)]);
        await this.deps.db
          .insertInto('ledger_cosignatures')
          .values({ agency_id: agencyId, size: cp.size, witness: w.name, line: `${line}\n`, cosigned_at: this.deps.clock.now() })
          .onConflict((oc) =>
            oc.columns(['agency_id', 'size', 'witness']).doUpdateSet({ line: `${line}\n`, cosigned_at: this.deps.clock.now() }),
          )
          .execute();
      }
      out.push({ witness: w.name, status: res.status, message: res.body.trim() });
    }
    return out;
  }

  /** Sequence, sign and get cosignatures now (on demand, and every minute from the worker). */
  async checkpoint(agencyId: string) {
    await this.sequence(agencyId);
    const signed = await this.sign(agencyId);
    const witnesses = await this.witness(agencyId);
    return { ...signed, witnesses };
  }

  async checkpointAll(): Promise<void> {
    await this.sequenceAll();
    for (const agencyId of await agenciesWithLog(this.deps.db)) await this.checkpoint(agencyId);
  }

  async latestCheckpoint(agencyId: string): Promise<CheckpointView | null> {
    const log = await this.deps.db.selectFrom('ledger_logs').select('origin').where('agency_id', '=', agencyId).executeTakeFirst();
    const cp = await this.deps.db
      .selectFrom('ledger_checkpoints')
      .selectAll()
      .where('agency_id', '=', agencyId)
      .orderBy('size', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!log || !cp) return null;
    const cosigs = await this.deps.db
      .selectFrom('ledger_cosignatures')
      .selectAll()
      .where('agency_id', '=', agencyId)
      .where('size', '=', cp.size)
      .orderBy('witness')
      .execute();
    return {
      origin: log.origin,
      size: cp.size,
      root: cp.root.toString('base64'),
      note: cp.note + cosigs.map((c) => c.line).join(''),
      signedAt: cp.signed_at.toISOString(),
      cosignatures: cosigs.map((c) => ({ witness: c.witness, cosignedAt: c.cosigned_at.toISOString() })),
    };
  }

  /** The log's size, read again only when a request goes beyond what this process has seen (the log only grows). */
  private readonly sizes = new Map<string, number>();
  private async sizeAtLeast(agencyId: string, size: number): Promise<number> {
    const known = this.sizes.get(agencyId) ?? -1;
    if (size <= known) return known;
    const log = await this.deps.db.selectFrom('ledger_logs').select('size').where('agency_id', '=', agencyId).executeTakeFirst();
    if (log) this.sizes.set(agencyId, log.size);
    return log?.size ?? 0;
  }

  async inclusion(agencyId: string, index: number, size: number): Promise<Buffer[]> {
    const logSize = await this.sizeAtLeast(agencyId, size);
    if (size > logSize || index >= size) throw new DomainError('LEDGER_PROOF_RANGE', `证明范围超出账本（当前共 ${logSize} 条）`);
    return (await this.tiles.withTree(agencyId, size, (src) => inclusionProof(src, index, size))).map((h) => Buffer.from(h));
  }

  async consistency(agencyId: string, oldSize: number, size: number): Promise<Buffer[]> {
    const logSize = await this.sizeAtLeast(agencyId, size);
    if (size > logSize || oldSize > size || oldSize < 1)
      throw new DomainError('LEDGER_PROOF_RANGE', `证明范围超出账本（当前共 ${logSize} 条）`);
    return (await this.tiles.withTree(agencyId, size, (src) => consistencyProof(src, oldSize, size))).map((h) => Buffer.from(h));
  }

  async root(agencyId: string, size: number): Promise<Buffer> {
    return Buffer.from(await this.tiles.withTree(agencyId, size, (src) => rootOf(src, size)));
  }
}
