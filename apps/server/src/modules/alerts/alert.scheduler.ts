/**
 * Runs a task after each relevant change without running it once per change: a poke while the task
 * runs asks for one more run after it; pokes meanwhile fold into that one. `settled()` waits for the
 * work under way (tests, and closing before the database pool ends).
 *
 * A run reads the whole record, so under a steady stream of changes back-to-back runs would take a
 * core from the requests (issue 20 item 7: 32 officers working whole cases). After a run, the next
 * one waits until `idleFactor` times the last run's duration has passed: the task takes at most about
 * 1 / (1 + idleFactor) of the time, and a quick run (a few tens of milliseconds on a small record, as
 * in the tests) follows a change almost at once.
 */
export class CoalescingRunner {
  private running: Promise<void> | null = null;
  private waiting: { timer: NodeJS.Timeout; done: Promise<void>; fire: () => void } | null = null;
  private again = false;
  private closed = false;
  private lastEnd = 0;
  private lastDuration = 0;

  constructor(
    private readonly task: () => Promise<unknown>,
    private readonly onError: (e: unknown) => void,
    private readonly idleFactor = 10,
  ) {}

  poke(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.waiting) return;
    const delay = this.lastEnd + this.idleFactor * this.lastDuration - Date.now();
    if (delay <= 0) return this.start();
    let fire!: () => void;
    const done = new Promise<void>((resolve) => (fire = resolve));
    const timer = setTimeout(() => {
      this.waiting = null;
      if (!this.closed) this.start();
      fire();
    }, delay);
    timer.unref();
    this.waiting = { timer, done, fire };
  }

  private start(): void {
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      const t0 = Date.now();
      try {
        await this.task();
      } catch (e) {
        this.onError(e);
      }
      this.lastEnd = Date.now();
      this.lastDuration = this.lastEnd - t0;
      // more changes came in meanwhile: the next run after the same pause as a poke would get
      if (this.again && !this.closed) {
        const pause = this.idleFactor * this.lastDuration;
        if (pause > 0) await new Promise((r) => setTimeout(r, pause).unref());
      }
    } while (this.again && !this.closed);
  }

  /** A run now, whatever the pause (tests; an administrator's request): resolves when it and any run under way are done. */
  async now(): Promise<void> {
    if (this.closed) return;
    if (this.waiting) {
      clearTimeout(this.waiting.timer);
      this.waiting.fire();
      this.waiting = null;
    }
    if (this.running) this.again = true;
    else this.start();
    await this.settled();
  }

  async settled(): Promise<void> {
    while (this.running || this.waiting) {
      if (this.waiting) await this.waiting.done;
      if (this.running) await this.running;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.waiting) {
      clearTimeout(this.waiting.timer);
      this.waiting.fire();
      this.waiting = null;
    }
    await this.settled();
  }
}
