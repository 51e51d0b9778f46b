/**
 * Group commit: requests that arrive while a transaction is running wait for it, then share the
 * next one. Each caller's promise settles only after the transaction holding its items committed,
 * so an answer still means "stored". On SQLite, where every commit is a WAL append, this turns a
 * storm of small writes into a few large ones; at low load a lone request waits only for the end of
 * the event loop's turn. A failed shared transaction is retried item by item, so one bad request
 * fails alone.
 */
export interface GroupCommitOptions<I, O> {
  /** Writes every item in one transaction and answers one output per item, in order. */
  commit(items: I[]): Promise<O[]>;
  /** Items per transaction at most (a request's items are never split). */
  maxItems: number;
  /** Transactions running at once (1 on SQLite, which has one writer). */
  concurrency: number;
  /** Whether a failure may pass on a retry (a deadlock, a lost race); retried up to `attempts` times. */
  retryable(error: unknown): boolean;
  attempts?: number;
}

interface Waiting<I, O> {
  items: I[];
  resolve(outputs: O[]): void;
  reject(error: unknown): void;
}

export class GroupCommit<I, O> {
  private readonly queue: Waiting<I, O>[] = [];
  private running = 0;
  private scheduled = false;

  constructor(private readonly o: GroupCommitOptions<I, O>) {}

  /** Commits `items` (with whatever else is waiting); resolves with their outputs once committed. */
  submit(items: I[]): Promise<O[]> {
    return new Promise<O[]>((resolve, reject) => {
      this.queue.push({ items, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Starts the next transactions once the requests read in this turn of the event loop have been
   * submitted. On SQLite a transaction never waits for I/O (better-sqlite3 is synchronous), so one
   * started at once would finish before the next request is even parsed, and every alert would get
   * its own commit (bench/alert-storm.ts saw exactly that: 33,000 commits for 33,000 alerts).
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  /** Requests waiting for a transaction (for metrics and tests). */
  get waiting(): number {
    return this.queue.length;
  }

  private pump(): void {
    while (this.running < this.o.concurrency && this.queue.length > 0) {
      const batch: Waiting<I, O>[] = [this.queue.shift()!];
      let size = batch[0].items.length;
      while (this.queue.length > 0 && size + this.queue[0].items.length <= this.o.maxItems) {
        size += this.queue[0].items.length;
        batch.push(this.queue.shift()!);
      }
      this.running += 1;
      void this.run(batch).finally(() => {
        this.running -= 1;
        this.schedule();
      });
    }
  }

  private async run(batch: Waiting<I, O>[]): Promise<void> {
    if (batch.length > 1) {
      try {
        const outputs = await this.o.commit(batch.flatMap((w) => w.items));
        let at = 0;
        for (const w of batch) {
          w.resolve(outputs.slice(at, at + w.items.length));
          at += w.items.length;
        }
        return;
      } catch {
        // Whose items failed is unknown: each request is tried on its own below.
      }
    }
    for (const w of batch) {
      try {
        w.resolve(await this.alone(w.items));
      } catch (error) {
        w.reject(error);
      }
    }
  }

  private async alone(items: I[]): Promise<O[]> {
    const attempts = this.o.attempts ?? 3;
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.o.commit(items);
      } catch (error) {
        if (attempt >= attempts || !this.o.retryable(error)) throw error;
      }
    }
  }
}
