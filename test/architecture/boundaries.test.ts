/**
 * Module seams (issue 10, docs/ARCHITECTURE.md "Who owns which table"):
 * - every table belongs to one module (ownership.ts), and only that module's source names it in
 *   SQL — Kysely builders or raw `sql` text; the named read models (READ_MODELS) may join others;
 * - a module imports another only through its index.js; platform takes module row types only.
 * Test files are left out: they seed and inspect any table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBreach, importsOf, placeOf, resolveImport, tablesNamed } from './boundaries.js';
import { IMPORT_EXCEPTIONS, OWNERS, READ_MODELS } from './ownership.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KNOWN = new Set(Object.keys(OWNERS));

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [relative] : [];
  });
}

const FILES = sourceFiles('src');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** "file names table (owned by owner)" for every table a file names that its place does not own. */
function foreignTables(file: string, source: string): { table: string; line: string }[] {
  const place = placeOf(file);
  return [...tablesNamed(source, KNOWN)].filter((t) => OWNERS[t] !== place).map((t) => ({ table: t, line: `${file} names ${t} (owned by ${OWNERS[t]})` }));
}

/** "file imports target: why" for every import that crosses a seam, less the listed exceptions. */
function importBreaches(file: string, source: string): string[] {
  const allowed = new Set((IMPORT_EXCEPTIONS[file] ?? []).map((e) => e.target));
  return importsOf(source).flatMap(({ specifier, typeOnly }) => {
    const target = resolveImport(file, specifier);
    const why = importBreach(file, target, typeOnly);
    return why && !allowed.has(target) ? [`${file} imports ${target}: ${why}`] : [];
  });
}

/** Tables the migrations create (and keep: one renamed away is left out). */
function migratedTables(): Set<string> {
  const created = new Set<string>();
  const renamed = new Set<string>();
  for (const file of sourceFiles('src/migrations')) {
    const text = read(file);
    for (const m of text.matchAll(/createTable\(\s*'([a-z_]+)'/g)) created.add(m[1]);
    for (const m of text.matchAll(/CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?([a-z_]+)/g)) created.add(m[1]);
    for (const m of text.matchAll(/ALTER TABLE ([a-z_]+) RENAME TO ([a-z_]+)/g)) renamed.add(m[1]);
  }
  for (const t of renamed) created.delete(t);
  return created;
}

describe('module seams', () => {
  it('gives every table the migrations create exactly one owner', () => {
    expect([...migratedTables()].sort()).toEqual([...KNOWN].sort());
  });

  it('names a table in SQL only in the module that owns it, outside the named read models', () => {
    const breaches = FILES.filter((f) => !f.startsWith('src/migrations/') && !(f in READ_MODELS)).flatMap((f) => foreignTables(f, read(f)).map((b) => b.line));
    expect(breaches).toEqual([]);
  });

  it('lets each read model join only the tables it lists, and name them in its header comment', () => {
    for (const [file, model] of Object.entries(READ_MODELS)) {
      const source = read(file);
      const header = source.slice(0, source.indexOf('*/'));
      expect(header, file).toMatch(/read model: joins /i);
      for (const table of model.joins) expect(header, `${file} header names ${table}`).toMatch(new RegExp(`\\b${table}\\b`));
      expect(foreignTables(file, source).map((b) => b.table).filter((t) => !model.joins.includes(t)), file).toEqual([]);
    }
  });

  it('crosses into another module only through its index.js', () => {
    expect(FILES.flatMap((f) => importBreaches(f, read(f)))).toEqual([]);
  });

  it('keeps every listed import exception in use', () => {
    for (const [file, exceptions] of Object.entries(IMPORT_EXCEPTIONS)) {
      const targets = importsOf(read(file)).map((i) => resolveImport(file, i.specifier));
      for (const e of exceptions) expect(targets, file).toContain(e.target);
    }
  });

  it('catches a crossing in synthetic source, so the check cannot pass by finding nothing', () => {
    const file = 'src/modules/escalation/escalation.repository.ts';
    const offending = [
      "await db.selectFrom('tickets as t').select('t.id').execute();",
      "db.selectFrom('escalations').innerJoin('organizations', 'organizations.id', 'escalations.ticket_id')",
      "db.selectFrom(['escalations as e', 'users as u'])",
      "await sql`UPDATE notifications SET status = 'cancelled' WHERE id = ${id}`.execute(db);",
      'await sql<{ n: number }>`SELECT count(*) AS n FROM "contracts" c`.execute(db);',
    ].join('\n');
    expect(foreignTables(file, offending).map((b) => b.table).sort()).toEqual(['contracts', 'notifications', 'organizations', 'tickets', 'users']);
    expect(foreignTables(file, "db.selectFrom('escalations').where('ticket_id', '=', id)")).toEqual([]);
    expect(importBreaches(file, "import { findTicket } from '../tickets/ticket.repository.js';")).toHaveLength(1);
    expect(importBreaches(file, "import type { TicketTable } from '../tickets/tickets.tables.js';")).toHaveLength(1);
    expect(importBreaches(file, "export { ticketFacts } from '../tickets/ticket.repository.js';")).toHaveLength(1);
    expect(importBreaches(file, "import { ticketFacts } from '../tickets/index.js';\nimport { x } from './escalation.js';")).toEqual([]);
    expect(importBreaches('src/platform/db/tables.ts', "import { TicketTables } from '../../modules/tickets/tickets.tables.js';")).toHaveLength(1);
    expect(importBreaches('src/platform/db/tables.ts', "import type { TicketTables } from '../../modules/tickets/tickets.tables.js';")).toEqual([]);
    expect(importBreaches('src/cli.ts', "import { findUserByEmail } from './modules/auth/auth.repository.js';")).toHaveLength(1);
  });

  it('shows the same ownership map in docs/ARCHITECTURE.md', () => {
    const doc = read('docs/ARCHITECTURE.md');
    const section = doc.slice(doc.indexOf('## Who owns which table'));
    const documented: Record<string, string> = {};
    for (const m of section.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)) {
      for (const t of m[2].matchAll(/`([a-z_]+)`/g)) documented[t[1]] = m[1];
    }
    expect(documented).toEqual(OWNERS);
  });
});
