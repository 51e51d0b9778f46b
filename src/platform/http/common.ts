/** Schema pieces and helpers shared by every module's routes. */
import { Type, type TSchema } from '@sinclair/typebox';
import { AppError } from '../errors.js';

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Rows per page (1–200).' })),
  cursor: Type.Optional(Type.String({ maxLength: 500, description: 'The `nextCursor` of the previous page.' })),
};

/** A page of results; `nextCursor` is null on the last page. */
export function Page<T extends TSchema>(item: T, name: string) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) }, { title: name });
}

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Opaque cursors: base64url JSON of the sort key of the last row returned. */
export function encodeCursor(value: unknown[]): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): unknown[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === arity && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value;
  } catch {
    // fall through to the error below
  }
  throw new AppError('invalid_cursor', 'This cursor is not one this API issued; start from the first page', { status: 400, field: '/cursor' });
}

/** Trims fetched rows to a page and computes the next cursor from the last row kept. */
export function toPage<R, T>(rows: R[], limit: number, key: (row: R) => unknown[], present: (row: R) => T) {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { items: kept.map(present), nextCursor: more ? encodeCursor(key(kept[kept.length - 1])) : null };
}
