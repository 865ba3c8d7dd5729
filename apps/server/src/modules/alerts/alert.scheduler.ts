/**
 * Runs a task after each relevant change without running it once per change: a poke while the task
 * runs asks for one more run after it; pokes meanwhile fold into that one. `settled()` waits for the
 * work under way (tests, and closing before the database pool ends).
 */
export class CoalescingRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;

  constructor(
    private readonly task: () => Promise<unknown>,
    private readonly onError: (e: unknown) => void,
  ) {}

  poke(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.task();
      } catch (e) {
        this.onError(e);
      }
    } while (this.again && !this.closed);
  }

  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.settled();
  }
}
