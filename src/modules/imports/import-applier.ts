/**
 * Applies runs in the background of the web node, so the upload's answer does not wait for
 * thousands of rows; the browser follows the run's progress. On shutdown it stops between chunks
 * (the run reads as interrupted and resumes when applied again).
 */
import type { Logger } from '../../platform/logger.js';
import type { Actor } from '../auth/index.js';
import { applyImport, type ApplyDeps } from './apply-import.js';
import type { ImportRunRecord } from './imports.repository.js';

export class ImportApplier {
  private readonly running = new Set<Promise<unknown>>();
  private stopping = false;

  constructor(private readonly deps: ApplyDeps & { logger: Logger }) {}

  /** Starts applying a claimed run; errors end up on the run (failed, with its message) and in the log. */
  start(actor: Actor, run: ImportRunRecord): void {
    const work = applyImport(this.deps, actor, run, { stop: () => this.stopping })
      .catch((error: unknown) => this.deps.logger.error({ err: error, importId: run.id }, 'import stopped on an error'))
      .finally(() => this.running.delete(work));
    this.running.add(work);
  }

  /** Lets every run finish its chunk in flight, then stop. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }
}
