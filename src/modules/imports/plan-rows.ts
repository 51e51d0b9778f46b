/**
 * Reading and planning the rows of a file, a chunk at a time, the same way for the preview and for
 * applying: each row's values read for its kind, rows that repeat an earlier one skipped, then
 * each planned against what the database holds.
 */
import type { ColumnPlan } from './column-maps.js';
import { columnOf, rowValues } from './column-maps.js';
import type { ImportKind } from './import-kinds.js';
import type { StoredIssue } from './imports.repository.js';
import { planError, planSkip, type KindHandler, type Plan, type PlanDeps } from './kinds/kind.js';
import { readContext } from './read-context.js';
import { readRow, rowLabel, type KindValues } from './row-values.js';

/** A row read and planned. */
export interface PlannedRow<K extends ImportKind> {
  row: number;
  cells: string[];
  label: string;
  externalId: string | null;
  values: KindValues[K] | null;
  plan: Plan;
}

/** Whether a row has nothing in it (a spreadsheet's trailing ",,,"). */
export function blankRow(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

const KEY_WORDS: Record<string, string> = { id: 'id', email: 'email', name: 'name', site: 'client and site name' };

/** Remembers the keys of rows seen so far in a file, to skip a row that repeats one. */
export class SeenKeys {
  private readonly rows = new Map<string, number>();

  /** The earlier row with a key of `keys`, or undefined (and the keys are remembered for `row`). */
  repeatOf(keys: string[], row: number): { row: number; key: string } | undefined {
    for (const key of keys) {
      const earlier = this.rows.get(key);
      if (earlier !== undefined) return { row: earlier, key };
    }
    for (const key of keys) this.rows.set(key, row);
    return undefined;
  }
}

/** Issues with the file's column names. */
export function withColumns(columns: ColumnPlan, issues: { field: string; code: string; message: string }[]): StoredIssue[] {
  return issues.map((i) => ({ column: columnOf(columns, i.field), ...i }));
}

/**
 * Reads and plans a chunk of records. `seen` (the preview) skips rows that repeat an earlier row
 * of the file; applying passes none, as only rows planned to create or update come back to it.
 */
export async function planChunk<K extends ImportKind>(
  handler: KindHandler<K, unknown>,
  deps: PlanDeps,
  columns: ColumnPlan,
  records: { row: number; cells: string[] }[],
  seen?: SeenKeys,
): Promise<{ rows: PlannedRow<K>[]; world: unknown }> {
  const rows: (Omit<PlannedRow<K>, 'plan'> & { plan: Plan | null })[] = [];
  for (const { row, cells } of records) {
    const raw = rowValues(cells, columns);
    const read = readRow(handler.kind, raw, readContext());
    const base = { row, cells, label: rowLabel(handler.kind, raw), externalId: raw.externalId || null };
    if (read.issues.length) {
      rows.push({ ...base, values: null, plan: planError(read.issues) });
      continue;
    }
    const repeat = seen?.repeatOf(handler.keys(read.values), row);
    const plan = repeat ? planSkip(`the same ${KEY_WORDS[repeat.key.split(':')[0]] ?? 'record'} as row ${repeat.row}`, null) : null;
    rows.push({ ...base, values: read.values, plan });
  }
  const toPlan = rows.filter((r) => r.plan === null);
  const world = toPlan.length ? await handler.lookup(deps, toPlan.map((r) => r.values!)) : undefined;
  for (const r of toPlan) r.plan = handler.plan(r.values!, world, deps);
  return { rows: rows as PlannedRow<K>[], world };
}
