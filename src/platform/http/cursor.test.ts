import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CursorCodec, cursorShape } from './cursor.js';

const TICKETS = cursorShape('tickets.activity', 'instant', 'text');
const EVENTS = cursorShape('tickets.events', 'integer');
const codec = new CursorCodec(randomBytes(32));
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('signed cursors', () => {
  it('give back the sort key they were made from', () => {
    const cursor = codec.encode(TICKETS, ['2026-03-02T14:00:00.000Z', 'a8133b6d']);
    expect(codec.decode(TICKETS, cursor)).toEqual(['2026-03-02T14:00:00.000Z', 'a8133b6d']);
    expect(codec.decode(EVENTS, codec.encode(EVENTS, [42]))).toEqual([42]);
    expect(codec.decode(TICKETS, undefined)).toBeUndefined();
  });

  it('refuse a cursor that was altered, forged, made with another key or for another list', () => {
    const cursor = codec.encode(TICKETS, ['2026-03-02T14:00:00.000Z', 'a8133b6d']);
    const [payload, tag] = cursor.split('.');
    const forged = [
      `${b64(['2026-01-01T00:00:00.000Z', 'a8133b6d'])}.${tag}`,
      `${payload}.${tag.slice(0, -1)}${tag.endsWith('A') ? 'B' : 'A'}`,
      `${payload}.${tag}x`,
      `${payload}.${tag}.extra`,
      payload,
      b64(['a', 'b']),
      '',
      '.',
      new CursorCodec(randomBytes(32)).encode(TICKETS, ['2026-03-02T14:00:00.000Z', 'a8133b6d']),
    ];
    for (const c of forged) expect(refusal(() => codec.decode(TICKETS, c)), c).toMatchObject({ code: 'invalid_cursor', status: 400, field: '/cursor' });
    expect(refusal(() => codec.decode(EVENTS, cursor))).toMatchObject({ code: 'invalid_cursor' });
  });

  it('refuse a genuinely signed cursor whose values do not fit the list', () => {
    for (const values of [['a', 'b'], ['9999-12-31T23:59:59-12:00', 'x'], [1, 'x'], ['2026-03-02T14:00:00.000Z'], ['2026-03-02T14:00:00.000Z', 'a\u0000']]) {
      expect(refusal(() => codec.decode(TICKETS, codec.encode(TICKETS, values as [string, string]))), JSON.stringify(values)).toMatchObject({ code: 'invalid_cursor' });
    }
    for (const values of [[-1], [1.5], ['1'], [2 ** 53]]) {
      expect(refusal(() => codec.decode(EVENTS, codec.encode(EVENTS, values as [number]))), JSON.stringify(values)).toMatchObject({ code: 'invalid_cursor' });
    }
  });
});
