import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { AppError } from '../../platform/errors.js';
import type { DomainEvent } from '../../platform/events.js';
import type { Actor } from '../auth/index.js';
import { planColumns } from './column-maps.js';
import { isFormat, isKind, type ImportKind } from './import-kinds.js';
import { addApplied, claimRun, findRun, pendingRows, saveExternalIds, saveOutcomes, updateRun, type ImportRowRecord, type ImportRunRecord, type RowOutcome } from './imports.repository.js';
import { KIND_HANDLERS } from './kinds/registry.js';
import type { KindHandler, WriteDeps } from './kinds/kind.js';
import { planChunk, withColumns } from './plan-rows.js';

/** How long a node holds a run it applies without finishing a chunk; after that another may resume it. */
export const APPLY_LEASE_MS = 60_000;

export interface ApplyDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  /** Runs in a chunk's transaction after a ticket changed (SLA clocks, ladders). */
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
  /** Publishes live events (new tickets) after their chunk commits. */
  publish?: (event: DomainEvent) => void;
  /** Tells live readers to re-check a user's access (an imported role changed). */
  accessChanged?: (userId: string) => void;
}

function handlerOf<K extends ImportKind>(kind: K): KindHandler<K, unknown> {
  return KIND_HANDLERS[kind];
}

const OUTCOME: Record<string, RowOutcome> = { create: 'created', update: 'updated', skip: 'skipped', error: 'failed' };

/**
 * Takes a previewed run (or a failed or interrupted one) for applying, or says why not: another
 * node is applying it (409 import_running), or it is finished (409 import_finished).
 */
export async function claimImport(deps: { db: Db; clock: Clock }, actor: Actor, runId: string): Promise<ImportRunRecord> {
  const now = deps.clock.now();
  const taken = await claimRun(deps.db, runId, { now: new Date(now).toISOString(), leaseUntil: new Date(now + APPLY_LEASE_MS).toISOString(), by: actor.userId });
  const run = await findRun(deps.db, runId);
  if (!run) throw new AppError('not_found', 'Import was not found', { status: 404 });
  if (!taken) {
    if (run.status === 'done') throw new AppError('import_finished', 'This import has been applied already: upload the file again to import it again', { status: 409 });
    throw new AppError('import_running', 'This import is being applied; watch its progress', { status: 409 });
  }
  if (!run.started_at) await updateRun(deps.db, runId, { started_at: deps.clock.iso() });
  return run;
}

/**
 * Applies one chunk of a claimed run in one transaction: re-plans its rows against the database
 * as it is now, writes them through the modules that own the records, remembers their external
 * ids, and stores each row's outcome with the run's counts. A crash loses at most the chunk in
 * flight; rows already done are never applied twice. False when there is nothing left.
 */
export async function applyImportChunk(deps: ApplyDeps, actor: Actor, run: ImportRunRecord): Promise<boolean> {
  if (!isKind(run.kind) || !isFormat(run.format)) throw new AppError('unknown_import', 'This import names a kind or format this version does not know', { status: 422 });
  const handler = handlerOf(run.kind);
  const columns = planColumns(run.header as string[], run.format, run.kind);
  const events: DomainEvent[] = [];
  const more = await deps.db.transaction().execute(async (trx) => {
    const pending = await pendingRows(trx, run.id, handler.chunkSize);
    if (pending.length === 0) return false;
    const writeDeps: WriteDeps = { db: trx, dialect: deps.dialect, clock: deps.clock, source: run.format as WriteDeps['source'], defaultTimeZone: run.default_time_zone, actor, emit: (e) => events.push(e), onTicketChanged: deps.onTicketChanged, accessChanged: deps.accessChanged };
    const { rows, world } = await planChunk(handler, writeDeps, columns, pending.map((p) => ({ row: p.row, cells: p.cells })));
    const writing = rows.filter((r) => r.plan.action === 'create' || r.plan.action === 'update');
    const ids = writing.length ? await handler.write(writeDeps, writing.map((r) => ({ values: r.values!, plan: r.plan })), world) : [];
    const recordOf = new Map(writing.map((r, i) => [r.row, ids[i]]));
    const counts = { created: 0, updated: 0, skipped: 0, failed: 0 };
    const outcomes: ImportRowRecord[] = rows.map((r, i) => {
      const outcome = OUTCOME[r.plan.action];
      counts[outcome] += 1;
      const issues = withColumns(columns, r.plan.issues);
      return { ...pending[i], recordId: recordOf.get(r.row) ?? r.plan.recordId, outcome, outcomeReason: issues.length ? issues.map((x) => (x.column ? `${x.column}: ${x.message}` : x.message)).join('; ') : r.plan.reason };
    });
    const at = deps.clock.iso();
    await saveExternalIds(trx, outcomes.filter((o) => o.externalId && o.recordId && o.outcome !== 'failed').map((o) => ({ source: run.format, kind: run.kind, externalId: o.externalId!, recordId: o.recordId!, runId: run.id, at })));
    await saveOutcomes(trx, run.id, outcomes);
    await addApplied(trx, run.id, counts, new Date(deps.clock.now() + APPLY_LEASE_MS).toISOString());
    return true;
  });
  for (const e of events) deps.publish?.(e);
  return more;
}

/**
 * Applies a claimed run to its end, chunk by chunk, then marks it done. An error that stops it
 * marks the run failed with the reason; `stop` (the server shutting down) ends it between chunks
 * as interrupted. Applying it again resumes after the last chunk done.
 */
export async function applyImport(deps: ApplyDeps, actor: Actor, run: ImportRunRecord, options: { onChunk?: () => void | Promise<void>; stop?: () => boolean } = {}): Promise<ImportRunRecord> {
  try {
    for (;;) {
      if (options.stop?.()) {
        await updateRun(deps.db, run.id, { lease_until: deps.clock.iso() });
        return (await findRun(deps.db, run.id))!;
      }
      if (!(await applyImportChunk(deps, actor, run))) break;
      await options.onChunk?.();
    }
    await updateRun(deps.db, run.id, { status: 'done', finished_at: deps.clock.iso(), lease_until: null });
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'Applying stopped on an unexpected error (it is in the server log); apply again to resume where it stopped';
    await updateRun(deps.db, run.id, { status: 'failed', message, lease_until: null });
    throw error;
  }
  return (await findRun(deps.db, run.id))!;
}
