/**
 * Paging cursors: opaque to callers and tamper-evident. A cursor is the sort key of the last row of
 * a page, as base64url JSON, followed by an HMAC-SHA256 tag over the list's name and that payload
 * (see docs/adr/0004-signed-cursors.md). A cursor this server did not issue for this list, or one
 * that was altered, is refused as 400 invalid_cursor before any of it reaches SQL; the decoded
 * values are checked against the list's shape all the same.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors.js';
import { isInstant } from './input-ranges.js';

/** One position of a sort key: an id or name, an ISO instant, or a non-negative integer. */
export type CursorPart = 'text' | 'instant' | 'integer';

type PartValue<P extends CursorPart> = P extends 'integer' ? number : string;

/** What a list's cursor holds: a name unique among lists, and the type of each sort-key position. */
export interface CursorShape<T extends unknown[]> {
  readonly name: string;
  readonly parts: readonly CursorPart[];
  /** Only carries the decoded type. */
  readonly values?: T;
}

/** Declares the cursor of one list, e.g. `cursorShape('tickets.activity', 'instant', 'text')`. */
export function cursorShape<const P extends readonly CursorPart[]>(name: string, ...parts: P): CursorShape<{ -readonly [K in keyof P]: PartValue<P[K]> }> {
  return { name, parts };
}

/** Bytes of the HMAC kept in a cursor: 128 bits, plenty against guessing, short in a URL. */
const TAG_BYTES = 16;

/** Signs and checks cursors with one key shared by every node. */
export class CursorCodec {
  constructor(private readonly key: Buffer) {
    if (key.length < 32) throw new Error('A cursor key needs at least 32 bytes');
  }

  encode<T extends unknown[]>(shape: CursorShape<T>, values: T): string {
    const payload = Buffer.from(JSON.stringify(values)).toString('base64url');
    return `${payload}.${this.tag(shape.name, payload).toString('base64url')}`;
  }

  /** The sort key in `cursor`, or undefined without one; 400 invalid_cursor unless it is genuine and well-formed. */
  decode<T extends unknown[]>(shape: CursorShape<T>, cursor: string | undefined): T | undefined {
    if (cursor === undefined) return undefined;
    const [payload, tag, ...rest] = cursor.split('.');
    const given = Buffer.from(tag ?? '', 'base64url');
    const genuine = rest.length === 0 && given.length === TAG_BYTES && given.toString('base64url') === tag && timingSafeEqual(given, this.tag(shape.name, payload));
    if (!genuine) throw invalidCursor();
    let values: unknown;
    try {
      values = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw invalidCursor();
    }
    if (!Array.isArray(values) || values.length !== shape.parts.length || !values.every((v, i) => fits(shape.parts[i], v))) throw invalidCursor();
    return values as T;
  }

  private tag(name: string, payload: string): Buffer {
    return createHmac('sha256', this.key).update(`${name}\n${payload}`).digest().subarray(0, TAG_BYTES);
  }
}

function fits(part: CursorPart, value: unknown): boolean {
  switch (part) {
    case 'integer':
      return Number.isSafeInteger(value) && (value as number) >= 0;
    case 'instant':
      return typeof value === 'string' && isInstant(value);
    case 'text':
      return typeof value === 'string' && !value.includes('\u0000');
  }
}

function invalidCursor(): AppError {
  return new AppError('invalid_cursor', 'This cursor is not one this API issued for this list; start from the first page', { status: 400, field: '/cursor' });
}
