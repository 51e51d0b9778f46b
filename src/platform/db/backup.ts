/**
 * Backup and restore of the embedded SQLite database with SQLite's online backup API: a
 * consistent snapshot taken while the server keeps writing. PostgreSQL deployments use pg_dump
 * (docs/operations.md).
 */
import fs from 'node:fs';
import SQLite from 'better-sqlite3';

/** Copies the live database to `target` as one consistent snapshot. Returns the page count. */
export async function backupSqlite(source: SQLite.Database, target: string): Promise<{ totalPages: number }> {
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new file name`);
  // Copying every remaining page in one step keeps the snapshot consistent even while other
  // connections write (a step-wise copy would restart on each foreign write).
  const result = await source.backup(target, { progress: () => 1_000_000_000 });
  return { totalPages: result.totalPages };
}

/** Checks that `file` is a healthy Switchboard database; returns the migrations it holds. */
export function inspectBackup(file: string): string[] {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`${file} is damaged: ${String(check)}`);
    const table = db.prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!table) throw new Error(`${file} is not a Switchboard database`);
    return (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
  } catch (error) {
    if (error instanceof Error && /file is not a database|malformed/i.test(error.message)) throw new Error(`${file} is not a SQLite database`);
    throw error;
  } finally {
    db?.close();
  }
}

/** Writes the backup into the live database file through SQLite, so open connections see it whole. */
export async function restoreSqlite(backupFile: string, liveFile: string): Promise<void> {
  const source = new SQLite(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(liveFile, { progress: () => 1_000_000_000 });
  } finally {
    source.close();
  }
}
