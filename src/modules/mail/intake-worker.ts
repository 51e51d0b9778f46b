/**
 * Processes stored messages in the background: woken as soon as a message is stored, and polling
 * as a safety net, so messages stored before a crash (or whose processing failed) are processed
 * when the node runs again. Each message is processed on its own; one bad message never holds
 * up the rest.
 */
import type { Logger } from '../../platform/logger.js';
import { WakeLoop } from '../../platform/wake-loop.js';
import { pendingMessages } from './inbound.repository.js';
import type { IntakeDeps } from './intake-deps.js';
import { processInbound } from './process-message.js';

/** A message whose processing failed this many times stays `failed` for a person to look at. */
export const MAX_PROCESS_ATTEMPTS = 5;

export class IntakeWorker {
  private readonly loop: WakeLoop;

  constructor(private readonly deps: IntakeDeps & { logger: Logger; pollMs?: number }) {
    this.loop = new WakeLoop({ name: 'mail intake', logger: deps.logger, cycle: () => this.runOnce(), sleepMs: (done) => (done > 0 ? 0 : (deps.pollMs ?? 5_000)) });
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  wake(): void {
    this.loop.wake();
  }

  /** Processes what is waiting now (up to a batch); returns how many were processed. */
  async runOnce(): Promise<number> {
    const ids = await pendingMessages(this.deps.db, 50, MAX_PROCESS_ATTEMPTS);
    let done = 0;
    for (const id of ids) {
      const outcome = await processInbound(this.deps, id);
      if (outcome === 'failed') this.deps.logger.warn({ inboundMessageId: id }, 'processing an inbound message failed; it will be retried');
      else done += 1;
    }
    return done;
  }
}
