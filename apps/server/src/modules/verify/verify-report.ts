/** What `sanxiang verify` found: each problem names the table, row or file and what is wrong with it. */
export interface Problem {
  /** machine-readable kind, e.g. event-hash, chain-break, leaf-mismatch, checkpoint-root, blob-altered */
  kind: string;
  /** where: a case number and entry, an agency's log and index, a file */
  where: string;
  /** for people, in Chinese */
  message: string;
}

export interface VerifyReport {
  problems: Problem[];
  /** Chinese lines summarising what was checked and found intact */
  checked: string[];
}

export class Findings {
  readonly problems: Problem[] = [];
  readonly checked: string[] = [];
  private readonly cap: number;

  constructor(cap = 1000) {
    this.cap = cap;
  }

  add(kind: string, where: string, message: string): void {
    if (this.problems.length < this.cap) this.problems.push({ kind, where, message });
  }

  ok(line: string): void {
    this.checked.push(line);
  }

  report(): VerifyReport {
    return { problems: this.problems, checked: this.checked };
  }
}
