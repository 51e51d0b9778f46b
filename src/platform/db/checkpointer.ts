/**
 * SQLite WAL checkpoints on a worker thread. A checkpoint copies the write-ahead log back into
 * the database file and fsyncs both (with synchronous=NORMAL the only fsyncs there are); run by
 * the committing connection, as by default every 1,000 WAL pages, it stopped the one JavaScript
 * thread for its whole length — every request waited, and under disk contention for hundreds of
 * milliseconds. A second connection on a worker thread runs PASSIVE checkpoints instead, which
 * never block the writer; the writer keeps a much larger automatic checkpoint as a backstop should
 * the worker fall behind. What is durable when does not change: commits are in the WAL either way.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** WAL pages after which the writer checkpoints itself, should the worker fall behind (~40 MB). */
export const BACKSTOP_CHECKPOINT_PAGES = 10_000;

// Plain JavaScript evaluated by the worker, so it runs the same under tsc's output, tsx and vitest.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
let stopped = false;
let timer;
const run = () => {
  if (stopped) return;
  let pending = 0;
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    pending = row.log - row.checkpointed;
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
  // Straight on while the writer keeps the log growing; otherwise look again shortly.
  timer = setTimeout(run, pending > 0 ? 1 : workerData.idleMs);
};
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  stopped = true;
  clearTimeout(timer);
  db.close();
  parentPort.postMessage({ stopped: true });
});
run();
`;

export interface Checkpointer {
  /** Stops checkpointing and closes the worker's connection. */
  stop(): Promise<void>;
}

/** Starts checkpointing the WAL of the SQLite database in `file` on a worker thread. */
export function startCheckpointer(file: string, options: { idleMs?: number; onError?: (message: string) => void } = {}): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver, idleMs: options.idleMs ?? 25 } });
  // The worker must not keep a finished process alive.
  worker.unref();
  let stopping: Promise<void> | undefined;
  worker.on('message', (m: { error?: string }) => {
    if (m.error) options.onError?.(m.error);
  });
  worker.on('error', (error) => options.onError?.(error.message));
  return {
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.once('message', () => void worker.terminate());
        worker.postMessage('stop');
      });
      return stopping;
    },
  };
}
