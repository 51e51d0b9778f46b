/** What `switchboard import` prints: the preview (every error, the first few of the rest) and the outcome. Pure. */
import { FORMAT_NAMES, type ImportFormat } from './import-kinds.js';
import type { ImportRowRecord } from './imports.repository.js';
import type { ImportRun } from './imports.schema.js';

const n = (value: number) => value.toLocaleString('en');

function rowLine(r: ImportRowRecord): string {
  if (r.action === 'error') return `  row ${r.row}: ${r.issues.map((i) => `${i.column ? `${i.column}: ` : ''}${i.message} [${i.code}]`).join('; ')}`;
  return `  row ${r.row}: ${r.label ? `${r.label} — ` : ''}${r.reason}`;
}

/**
 * The preview: what the file holds, how its columns were read, every row with an error, and the
 * first `shown` rows of each other action (with how many more there are).
 */
export function previewLines(run: ImportRun, rows: Record<'error' | 'create' | 'update' | 'skip', ImportRowRecord[]>, shown: number): string[] {
  const p = run.preview;
  const lines = [
    `${run.fileName}: ${n(run.rows)} rows of ${run.kind} in ${FORMAT_NAMES[run.format as ImportFormat]} columns (${n(run.fileBytes)} bytes)`,
    `  to create ${n(p.create)}, to update ${n(p.update)}, to skip ${n(p.skip)}, with errors ${n(p.error)}`,
    `Columns read: ${run.columns.used.map((c) => `${c.column} → ${c.field}`).join(', ')}${run.columns.ignored.length ? `; ignored: ${run.columns.ignored.join(', ')}` : ''}`,
  ];
  const sections: ['error' | 'create' | 'update' | 'skip', string, number][] = [
    ['error', 'Rows with errors (not imported; fix them and import the file again):', p.error],
    ['create', 'To create:', p.create],
    ['update', 'To update:', p.update],
    ['skip', 'To skip:', p.skip],
  ];
  for (const [action, title, total] of sections) {
    if (total === 0) continue;
    const list = action === 'error' ? rows.error : rows[action].slice(0, shown);
    lines.push(title, ...list.map(rowLine));
    if (total > list.length) lines.push(`  … and ${n(total - list.length)} more`);
  }
  return lines;
}

/** The outcome of applying, and what is left to fix. */
export function appliedLines(run: ImportRun): string[] {
  const a = run.applied;
  const lines = [`Imported: created ${n(a.created)}, updated ${n(a.updated)}, skipped ${n(a.skipped)}, failed ${n(a.failed)}.`];
  const left = run.preview.error + a.failed;
  if (left > 0) lines.push(`${n(left)} row${left === 1 ? ' was' : 's were'} not imported: fix ${left === 1 ? 'it' : 'them'} and import the file again (rows already imported are skipped).`);
  return lines;
}
