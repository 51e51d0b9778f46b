/**
 * The few places where SQLite and PostgreSQL differ in column types live here, so migrations
 * read the same for both dialects.
 */
import { sql, type RawBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export interface ColumnTypes {
  /** Text identifiers (UUIDs) used as primary and foreign keys. */
  id: 'text';
  /** An instant in time: ISO-8601 text on SQLite (sorts lexically), timestamptz on PostgreSQL. */
  instant: 'text' | 'timestamptz';
  /** A JSON document: text on SQLite, jsonb on PostgreSQL. */
  json: 'text' | 'jsonb';
  /** A boolean: 0/1 integer on SQLite, boolean on PostgreSQL. */
  bool: 'integer' | 'boolean';
  /** A 64-bit integer. */
  bigint: 'integer' | 'bigint';
  /** Raw bytes (raw emails, attachments): BLOB on SQLite, bytea on PostgreSQL; read back as Buffer on both. */
  bytes: 'blob' | 'bytea';
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  return dialect === 'sqlite'
    ? { id: 'text', instant: 'text', json: 'text', bool: 'integer', bigint: 'integer', bytes: 'blob' }
    : { id: 'text', instant: 'timestamptz', json: 'jsonb', bool: 'boolean', bigint: 'bigint', bytes: 'bytea' };
}

/** Reads a JSON column: PostgreSQL hands back parsed values, SQLite hands back text. */
export function readJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T;
    } catch {
      return fallback;
    }
  }
  return value as T;
}

/** Reads a boolean column: SQLite stores 0/1. */
export function readBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/**
 * A text column the query planner must not use an index for: SQLite's unary `+`, PostgreSQL's
 * `col || ''`. For where a planner would otherwise pick the index of a low-selectivity filter and
 * sort or look up thousands of rows: SQLite keeps no statistics, and PostgreSQL's assume columns
 * independent (it cannot know that a running SLA clock implies an open status).
 */
export function withoutIndex(dialect: DialectName, column: string): RawBuilder<unknown> {
  return dialect === 'sqlite' ? sql`+${sql.ref(column)}` : sql`(${sql.ref(column)} || '')`;
}
