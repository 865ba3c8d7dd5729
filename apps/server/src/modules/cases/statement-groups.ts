/**
 * Group execution of one hot-path statement (the step's read, the step's guarded append): calls that
 * arrive while earlier ones are at the database are sent together, as ONE statement over many rows,
 * when a connection is free. PostgreSQL's cost of a step is mostly per statement and per commit
 * (parse, bind, executor start, the round trip, the WAL flush), not per row, so a group costs little
 * more than one call. Nothing waits for a group to fill: a call on a quiet server goes out at once,
 * alone, through the single-row statement; a group forms only from calls that queued behind busy
 * connections. Each call keeps its own answer; if a group's statement fails (one row refused, a
 * deadlock), each of its calls is run again by itself, so that a refusal reaches only its own caller.
 */
export class StatementGroups<I, O> {
  private queue: { input: I; done: (o: O) => void; fail: (e: unknown) => void }[] = [];
  private inFlight = 0;

  constructor(
    private readonly run: {
      /** the statement for one call */
      one: (input: I) => Promise<O>;
      /** the statement for several calls: their answers, in their order */
      group: (inputs: I[]) => Promise<O[]>;
      /** statements of this kind at the database at once (each holds a connection) */
      inFlight: number;
      /** the most calls one statement carries */
      max: number;
    },
  ) {}

  call(input: I): Promise<O> {
    return new Promise((done, fail) => {
      this.queue.push({ input, done, fail });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.run.inFlight && this.queue.length > 0) {
      const calls = this.queue.splice(0, this.run.max);
      this.inFlight++;
      void this.flush(calls).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async flush(calls: typeof this.queue): Promise<void> {
    if (calls.length > 1) {
      let answers: O[] | null = null;
      try {
        answers = await this.run.group(calls.map((c) => c.input));
      } catch {
        // each call again by itself, below: only the refused one fails
      }
      if (answers) {
        calls.forEach((c, i) => c.done(answers[i]!));
        return;
      }
    }
    await Promise.all(
      calls.map(async (c) => {
        try {
          c.done(await this.run.one(c.input));
        } catch (err) {
          c.fail(err);
        }
      }),
    );
  }
}

/** One group runner per pool (and per statement kind): `make` builds it the first time a pool is seen. */
export function perPool<P extends object, I, O>(make: (pool: P) => StatementGroups<I, O>): (pool: P) => StatementGroups<I, O> {
  const byPool = new WeakMap<P, StatementGroups<I, O>>();
  return (pool) => {
    let g = byPool.get(pool);
    if (!g) byPool.set(pool, (g = make(pool)));
    return g;
  };
}
