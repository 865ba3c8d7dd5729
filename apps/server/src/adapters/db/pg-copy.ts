import type { Readable, Writable } from 'node:stream';
import type pg from 'pg';

/**
 * PostgreSQL's COPY protocol over a pg client, for backup and restore (no pg_dump ships with the
 * embedded PostgreSQL, and the system's may be older than the server). pg hands a query object
 * that has `submit(connection)` the protocol messages of its turn: CopyData chunks for COPY TO,
 * CopyInResponse for COPY FROM, then CommandComplete ("COPY n") and ReadyForQuery, or an error.
 */

interface CopyConnection {
  stream: { pause(): void; resume(): void; writableNeedDrain?: boolean; once(event: 'drain', fn: () => void): void };
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
}

abstract class CopyQuery {
  rows = 0;
  protected failure: Error | null = null;
  readonly done: Promise<number>;
  private settle!: { resolve: (n: number) => void; reject: (e: Error) => void };

  constructor(readonly text: string) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }
  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }
  handleCommandComplete(msg: { text?: string; command?: string; rowCount?: number }): void {
    const n = msg.rowCount ?? Number(/(\d+)\s*$/.exec(msg.text ?? '')?.[1] ?? 0);
    this.rows = Number.isFinite(n) ? n : 0;
  }
  handleReadyForQuery(): void {
    if (this.failure) this.settle.reject(this.failure);
    else this.settle.resolve(this.rows);
  }
  handleError(err: Error): void {
    this.settle.reject(this.failure ?? err);
  }
  // the messages pg hands every query; a COPY has no rows or descriptions
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(connection: CopyConnection): void {
    connection.sendCopyFail('unexpected COPY FROM');
  }
  handleCopyData(_msg: { chunk: Buffer }, _connection: CopyConnection): void {}
}

class CopyOut extends CopyQuery {
  private paused: CopyConnection | null = null;
  private readonly resume = () => {
    const c = this.paused;
    this.paused = null;
    c?.stream.resume();
  };
  constructor(
    text: string,
    private readonly out: Writable,
  ) {
    super(text);
  }
  override handleCopyData(msg: { chunk: Buffer }, connection: CopyConnection): void {
    // back-pressure: stop reading the socket until the file has taken what it was given
    // the chunk is a view of the protocol parser's buffer, which it reuses: the file gets a copy
    if (!this.out.write(Buffer.from(msg.chunk)) && !this.paused) {
      this.paused = connection;
      connection.stream.pause();
      this.out.once('drain', this.resume);
    }
  }
  override handleReadyForQuery(): void {
    // the COPY's last messages may arrive in the chunk that paused the socket: the next query needs it flowing
    this.out.off('drain', this.resume);
    this.resume();
    super.handleReadyForQuery();
  }
  override handleError(err: Error): void {
    this.out.off('drain', this.resume);
    this.resume();
    super.handleError(err);
  }
}

class CopyIn extends CopyQuery {
  constructor(
    text: string,
    private readonly source: Readable,
  ) {
    super(text);
  }
  override handleCopyInResponse(connection: CopyConnection): void {
    void (async () => {
      try {
        for await (const chunk of this.source) {
          connection.sendCopyFromChunk(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
          if (connection.stream.writableNeedDrain) await new Promise<void>((r) => connection.stream.once('drain', r));
        }
        connection.endCopyFrom();
      } catch (e) {
        this.failure = e instanceof Error ? e : new Error(String(e));
        connection.sendCopyFail(this.failure.message);
      }
    })();
  }
}

/** `COPY … TO STDOUT` into `out` (not ended here); resolves to the number of rows. */
export function copyOut(client: pg.ClientBase, text: string, out: Writable): Promise<number> {
  const q = new CopyOut(text, out);
  client.query(q as unknown as pg.Submittable);
  return q.done;
}

/** `COPY … FROM STDIN` from `source`; resolves to the number of rows loaded. */
export function copyIn(client: pg.ClientBase, text: string, source: Readable): Promise<number> {
  const q = new CopyIn(text, source);
  client.query(q as unknown as pg.Submittable);
  return q.done;
}
