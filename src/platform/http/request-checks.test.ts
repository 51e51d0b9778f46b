import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { assertJsonDepth, assertParameters, assertQueryEncoding, badUrlError, MAX_JSON_DEPTH, tooDeepAt } from './request-checks.js';

const caught = (fn: () => void): AppError | undefined => {
  try {
    fn();
  } catch (error) {
    return error as AppError;
  }
  return undefined;
};

describe('JSON nesting depth', () => {
  it('lets the API’s own bodies through', () => {
    expect(tooDeepAt('{"steps":[{"targets":[{"type":"role","role":"owner"}]}],"match":{"trigger":"created"}}')).toBeUndefined();
    expect(tooDeepAt(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toBeUndefined();
  });

  it('names where a body nests too deep, as a JSON pointer', () => {
    expect(tooDeepAt(`${'['.repeat(5000)}${']'.repeat(5000)}`)).toBe('/0'.repeat(MAX_JSON_DEPTH));
    expect(tooDeepAt('{"a":1,"b/c":[0,{"x~":[[[]]]}]}', 4)).toBe('/b~1c/1/x~0/0');
    expect(tooDeepAt('{"settings":{"a":[1,2,[3]]}}', 3)).toBe('/settings/a/2');
  });

  it('is not fooled by brackets and quotes inside strings', () => {
    expect(tooDeepAt(`{"subject":"${'[{'.repeat(100)}\\"${'['.repeat(100)}"}`)).toBeUndefined();
  });

  it('refuses a deep body with 400 too_deep', () => {
    const error = caught(() => assertJsonDepth(`{"settings":${'['.repeat(5000)}${']'.repeat(5000)}}`));
    expect(error).toMatchObject({ code: 'too_deep', status: 400 });
    expect(error?.field).toMatch(/^\/settings(\/0)+$/);
  });
});

describe('path and query text', () => {
  it('refuses a query whose percent-encoding is not UTF-8, naming the parameter', () => {
    for (const bad of ['%C3%28', '%E0%A4%A', '%ED%A0%80', '%FF', '%', '%zz', '%C0%80']) {
      expect(caught(() => assertQueryEncoding(`/api/v1/tickets?limit=5&q=${bad}`)), bad).toMatchObject({ code: 'invalid_encoding', status: 400, field: '/q' });
    }
    expect(caught(() => assertQueryEncoding('/api/v1/tickets?q=caf%C3%A9+cr%C3%A8me&status=new,open'))).toBeUndefined();
  });

  it('refuses control characters and over-long text in any parameter', () => {
    expect(caught(() => assertParameters({ id: 'a\u0000b' }))).toMatchObject({ code: 'invalid_character', field: '/id' });
    expect(caught(() => assertParameters({ q: ['fine', 'bell\u0007'] }))).toMatchObject({ code: 'invalid_character', field: '/q' });
    expect(caught(() => assertParameters({ q: 'x'.repeat(2001) }))).toMatchObject({ code: 'too_long', field: '/q' });
    expect(caught(() => assertParameters({ q: 'printer on floor 3 — café ☕', limit: 5 }))).toBeUndefined();
  });

  it('names the path parameter the router could not decode', () => {
    const patterns = [
      { method: 'GET', url: '/api/v1/tickets/:id' },
      { method: 'GET', url: '/api/v1/tickets/counts' },
      { method: 'DELETE', url: '/api/v1/oncall/schedules/:id/overrides/:overrideId' },
    ];
    expect(badUrlError(patterns, 'GET', '/api/v1/tickets/%C3%28?x=1', 'encoding')).toMatchObject({ code: 'invalid_encoding', status: 400, field: '/id' });
    expect(badUrlError(patterns, 'DELETE', '/api/v1/oncall/schedules/abc/overrides/%zz', 'encoding')).toMatchObject({ field: '/overrideId' });
    expect(badUrlError(patterns, 'DELETE', `/api/v1/oncall/schedules/${'x'.repeat(300)}/overrides/o1`, 'length')).toMatchObject({ code: 'too_long', status: 414, field: '/id' });
    expect(badUrlError(patterns, 'GET', '/api/v1/nowhere/%zz', 'encoding').field).toBeUndefined();
  });
});
