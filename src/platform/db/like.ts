import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * Case-insensitive "contains" that behaves the same on both dialects: SQLite's LIKE ignores ASCII
 * case and has no default escape character, PostgreSQL's LIKE is case-sensitive.
 */
export function containsText(column: string, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
