/**
 * What each kind of import does, as one interface: the keys by which two rows of a file are the
 * same record, the look-ups a chunk of rows is planned against, the plan of one row (pure), and
 * the write of a chunk through the owning module. The kinds are listed in registry.ts.
 */
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/connect.js';
import type { DialectName } from '../../../platform/db/dialect.js';
import type { DomainEvent } from '../../../platform/events.js';
import type { Actor } from '../../auth/index.js';
import type { ImportFormat, ImportKind } from '../import-kinds.js';
import type { KindValues, RowIssue } from '../row-values.js';

/** The plan of one row. */
export interface Plan {
  action: 'create' | 'update' | 'skip' | 'error';
  reason: string;
  /** The record matched (update, skip). */
  recordId: string | null;
  /** The fields an update changes. */
  changes: string[];
  issues: RowIssue[];
}

/** What planning needs: the database (or the chunk's transaction) and the run's settings. */
export interface PlanDeps {
  db: Db;
  /** Where the file comes from: the namespace of its external ids. */
  source: ImportFormat;
  /** For clients with no time zone of their own or of their country. */
  defaultTimeZone: string | null;
  /** Who imports: only an owner makes owners. */
  actor: Actor;
}

/** What writing needs besides planning: time, and the reactions of the modules written to. */
export interface WriteDeps extends PlanDeps {
  dialect: DialectName;
  clock: Clock;
  /** Collects live events of new tickets; published after the chunk commits. */
  emit: (event: DomainEvent) => void;
  /** Runs in the chunk's transaction after a ticket changed (SLA clocks, ladders). */
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
  /** Tells live readers to re-check a user's access (a role changed). */
  accessChanged?: (userId: string) => void;
}

export interface KindHandler<K extends ImportKind, World> {
  kind: K;
  /** Rows applied per transaction: tickets do more work each than contacts. */
  chunkSize: number;
  /** Keys two rows share when they describe the same record; the later one is skipped. */
  keys(values: KindValues[K]): string[];
  /** Looks up what a chunk of rows refers to, in a few queries. */
  lookup(deps: PlanDeps, rows: KindValues[K][]): Promise<World>;
  /** What to do with one row, given the look-ups. */
  plan(values: KindValues[K], world: World, deps: PlanDeps): Plan;
  /** Writes planned creates and updates (in one transaction); the record id of each row, in order. */
  write(deps: WriteDeps, rows: { values: KindValues[K]; plan: Plan }[], world: World): Promise<string[]>;
}

export const planError = (issues: RowIssue[]): Plan => ({ action: 'error', reason: issues.map((i) => i.message).join('; '), recordId: null, changes: [], issues });
export const planSkip = (reason: string, recordId: string | null): Plan => ({ action: 'skip', reason, recordId, changes: [], issues: [] });
export const planCreate = (reason: string): Plan => ({ action: 'create', reason, recordId: null, changes: [], issues: [] });

/** An update of the fields that differ, or a skip when none does. */
export function planChanges(recordId: string, changes: string[], how: string): Plan {
  if (changes.length === 0) return planSkip(`already up to date (${how})`, recordId);
  return { action: 'update', reason: `updates ${changes.join(', ')} (${how})`, recordId, changes, issues: [] };
}

/** Names compared as people read them: case and surrounding space ignored. */
export function sameName(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

export function fold(name: string): string {
  return name.normalize('NFKC').trim().toLocaleLowerCase('en');
}
