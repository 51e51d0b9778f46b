/** Schema pieces and helpers shared by every module's routes. */
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { CursorCodec, CursorShape } from './cursor.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Signs and checks the paging cursors of every list (see cursor.ts). */
    cursors: CursorCodec;
  }
}

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Rows per page (1–200).' })),
  cursor: Type.Optional(Type.String({ maxLength: 2000, description: 'The `nextCursor` of the previous page, as it was given.' })),
};

/** A page of results; `nextCursor` is null on the last page. */
export function Page<T extends TSchema>(item: T, name: string) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) }, { title: name });
}

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** The cursor of the request's query (`?cursor=`), decoded for a list of this shape; 400 invalid_cursor unless genuine. */
export function readCursor<T extends unknown[]>(request: FastifyRequest, shape: CursorShape<T>): T | undefined {
  return request.server.cursors.decode(shape, (request.query as { cursor?: string } | undefined)?.cursor);
}

/** Trims fetched rows to a page and signs the next cursor from the last row kept. */
export function toPage<R, T, K extends unknown[]>(request: FastifyRequest, shape: CursorShape<K>, rows: R[], limit: number, key: (row: R) => K, present: (row: R) => T) {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { items: kept.map(present), nextCursor: more ? request.server.cursors.encode(shape, key(kept[kept.length - 1])) : null };
}
