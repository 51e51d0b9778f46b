/**
 * A background loop for the engine and the delivery worker: run a cycle, sleep, run again — and
 * wake early when told there is work. A wake that arrives while a cycle runs (or while the next
 * sleep is being decided) makes another cycle start at once instead of being lost to the sleep.
 */
import type { Logger } from './logger.js';

export interface WakeLoopOptions {
  /** For the log line when a cycle throws. */
  name: string;
  logger: Logger;
  /** One cycle; returns how much it did. */
  cycle: () => Promise<number>;
  /** How long to sleep after a cycle that did `done`. */
  sleepMs: (done: number) => Promise<number> | number;
}

export class WakeLoop {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private turn: Promise<void> | undefined;
  private again = false;

  constructor(private readonly o: WakeLoopOptions) {}

  start(): void {
    this.running = true;
    this.schedule(0);
  }

  /** Stops sleeping and waits for a cycle in progress to finish. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.turn;
  }

  /** Resolves once no cycle runs and the next sleep is set (tests, and callers that must not overlap one). */
  async settled(): Promise<void> {
    while (this.turn) await this.turn;
  }

  wake(): void {
    if (!this.running) return;
    if (this.turn) this.again = true;
    else this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), Math.max(0, delayMs));
    this.timer.unref?.();
  }

  private run(): void {
    this.timer = undefined;
    const turn = (async () => {
      let done = 0;
      try {
        done = await this.o.cycle();
      } catch (error) {
        this.o.logger.error({ err: error }, `${this.o.name} cycle failed`);
      }
      try {
        return await this.o.sleepMs(done);
      } catch {
        return 1000;
      }
    })();
    this.turn = turn.then(
      (sleep) => {
        this.turn = undefined;
        const again = this.again;
        this.again = false;
        this.schedule(again ? 0 : sleep);
      },
    );
  }
}
