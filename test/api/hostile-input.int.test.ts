import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/db.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { alertFixtures, assetFixtures, vendorFixtures, kbFixtures, billingFixtures, withSenders, spareFixtures, campaignFixtures, credentialFor, exampleBody, fraudFixtures, operations, slaFixtures, urlFor, type Operation, type Targets, backupFixtures, invoiceFixtures } from './endpoints.js';

/** Malformed and hostile payloads to every create and update endpoint: never a 5xx. */
interface HostileBody {
  name: string;
  raw?: string;
  body?: unknown;
  contentType?: string;
  /** A scalar inside a nested object or array was replaced. */
  nested?: boolean;
}

function hostileBodies(valid: Record<string, unknown>): HostileBody[] {
  const cases: HostileBody[] = [
    { name: 'malformed JSON', raw: '{"subject": "x",' },
    { name: 'trailing garbage', raw: '{"a":1} trailing' },
    { name: 'empty body', raw: '' },
    { name: 'JSON null', raw: 'null' },
    { name: 'JSON array', body: [valid] },
    { name: 'JSON string', raw: '"just a string"' },
    { name: 'a number', raw: '42' },
    { name: 'empty object', body: {} },
    { name: 'unknown field', body: { ...valid, isAdmin: true } },
    { name: 'prototype pollution', raw: `{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1)}` },
    { name: 'constructor pollution', body: { ...valid, constructor: { prototype: { polluted: true } } } },
    { name: 'deep nesting', raw: `${'['.repeat(5000)}${']'.repeat(5000)}` },
    { name: 'form encoded', raw: 'subject=hello', contentType: 'application/x-www-form-urlencoded' },
    { name: 'XML', raw: '<ticket><subject>x</subject></ticket>', contentType: 'application/xml' },
    { name: 'NUL and control characters', body: Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, typeof v === 'string' ? `\u0000\u0007${v}\u202e` : v])) },
    { name: 'lone surrogates', raw: JSON.stringify(valid).replace(/"([^"]+)"(?=[,}])/, '"\\ud800\\udfff\\ud800"') },
  ];
  for (const [key, value] of Object.entries(valid)) {
    const wrong: unknown[] = [null, 12345, true, { nested: 'object' }, ['array'], 'x'.repeat(100_000), -1, 1e308, '', ' ', 2 ** 31, -(2 ** 53) - 2, '9999-12-31T23:59:59-12:00', '0000-01-01'];
    for (const w of wrong) {
      if (typeof value === typeof w && !Array.isArray(w) && typeof w !== 'string') continue;
      cases.push({ name: `${key} = ${JSON.stringify(w)?.slice(0, 20)}`, body: { ...valid, [key]: w } });
    }
    cases.push({ name: `${key} nested 5000 deep`, raw: JSON.stringify({ ...valid, [key]: 0 }).replace(`"${key}":0`, `"${key}":${'['.repeat(5000)}${']'.repeat(5000)}`) });
  }
  // Inside nested objects and arrays too: dates that do not exist or cannot be stored, numbers past 32 bits.
  for (const path of leafPaths(valid).filter((p) => p.length > 1)) {
    for (const w of [null, '0000-01-01', '9999-12-31', '2026-02-30', '25:61', 2 ** 31, -1, 'x'.repeat(10_000), {}, []]) {
      cases.push({ name: `${path.join('.')} = ${JSON.stringify(w)?.slice(0, 20)}`, body: withLeaf(valid, path, w), nested: true });
    }
  }
  return cases;
}

/** The paths of every scalar inside a JSON value. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [path];
}

/** A copy of `value` with the scalar at `path` replaced. */
function withLeaf(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = withLeaf(copy[head], rest, leaf);
  return copy;
}

describe.each(DIALECTS)('hostile input on %s', (dialect) => {
  let t: TestApp;
  let ops: Operation[];
  let ids: Targets;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    ops = (await operations(t)).filter((o) => o.method === 'POST' || o.method === 'PATCH');
    const w = t.world;
    const mk = async (subject: string) => (await t.call(w.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: w.a.id, contactId: w.a.contactId, subject })).body.id;
    const user = (await t.call(w.tokens.owner, 'GET', `/api/v1/users?organizationId=${w.a.id}`)).body.items[0];
    const token = (await t.call(w.tokens.technician, 'GET', '/api/v1/tokens')).body.items[0];
    const ticket = await mk('Hostile target');
    ids = { ticket, otherTicket: await mk('Other target'), organization: w.a.id, site: w.a.siteId, contact: w.a.contactId, user: user.id, team: w.teamId, token: token.id, ...(await fraudFixtures(t, ticket)), ...(await slaFixtures(t, w.a.id)), ...(await alertFixtures(t, w.a.id)), ...(await vendorFixtures(t, w.a.id)), ...(await kbFixtures(t, w.a.id)) };
    Object.assign(ids, await billingFixtures(t, ids));
    ids = withSenders(ids, await assetFixtures(t, w.a.id));
    ids = { ...ids, ...(await spareFixtures(t, ticket)) };
    ids = { ...ids, ...(await campaignFixtures(t, w.a.id)) };
    ids = withSenders(ids, await backupFixtures(t, w.a.id));
    ids = { ...ids, ...(await invoiceFixtures(t, w.a.id)) };
  });
  afterAll(async () => t?.close());

  it('answers every malformed or hostile body with a 4xx problem document naming a code', async () => {
    let sent = 0;
    for (const op of ops) {
      const valid = exampleBody(op, ids);
      if (valid === undefined) continue;
      for (const c of hostileBodies(valid as Record<string, unknown>)) {
        // Staff reach every route's validation and SQL; nested values are walked as staff only.
        for (const token of c.nested ? [t.world.tokens.owner] : [t.world.tokens.owner, t.world.a.clientAdminToken]) {
          const payload = c.raw ?? JSON.stringify(c.body);
          const r = await t.call(credentialFor(op, token, ids), op.method, urlFor(op, ids), payload, { 'content-type': c.contentType ?? 'application/json' });
          sent += 1;
          const where = `${op.method} ${op.path} with ${c.name} → ${r.status} ${JSON.stringify(r.body)?.slice(0, 200)}`;
          expect(r.status, where).toBeLessThan(500);
          if (r.status >= 400) {
            expect(String(r.headers['content-type']), where).toContain('application/problem+json');
            expect(r.body.code, where).toMatch(/^[a-z_]+$/);
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(500);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the offending field for wrong types and unknown fields', async () => {
    const wrongType = await t.call(t.world.tokens.owner, 'POST', '/api/v1/tickets', { organizationId: ids.organization, subject: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body).toMatchObject({ code: 'validation_failed', field: '/subject' });
    const unknown = await t.call(t.world.tokens.owner, 'POST', '/api/v1/tickets', { organizationId: ids.organization, subject: 'x', sneaky: 1 });
    expect(unknown.body).toMatchObject({ code: 'unknown_field', field: '/sneaky' });
    const missing = await t.call(t.world.tokens.owner, 'POST', '/api/v1/tickets', { organizationId: ids.organization });
    expect(missing.body).toMatchObject({ code: 'validation_failed', field: '/subject' });
    const badZone = await t.call(t.world.tokens.owner, 'POST', '/api/v1/organizations', { name: 'Zoned', timeZone: 'Mars/Olympus_Mons' });
    expect(badZone.body).toMatchObject({ code: 'unknown_time_zone', field: '/timeZone' });
    const malformed = await t.call(t.world.tokens.owner, 'POST', '/api/v1/tickets', '{"subject":', { 'content-type': 'application/json' });
    expect(malformed.body.code).toBe('malformed_json');
  });

  it('refuses a body over the documented limit with 413 and stores nothing', async () => {
    const before = (await t.call(t.world.tokens.owner, 'GET', '/api/v1/tickets?limit=200')).body.items.length;
    const huge = JSON.stringify({ organizationId: ids.organization, subject: 'Huge', description: 'x'.repeat(t.config.bodyLimitBytes + 10) });
    const r = await t.call(t.world.tokens.owner, 'POST', '/api/v1/tickets', huge, { 'content-type': 'application/json' });
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('payload_too_large');
    const after = (await t.call(t.world.tokens.owner, 'GET', '/api/v1/tickets?limit=200')).body.items.length;
    expect(after).toBe(before);
  });

  it('answers unknown ids and unknown routes with 404 problems', async () => {
    for (const path of ['/api/v1/tickets/does-not-exist', '/api/v1/tickets/SB-999999', '/api/v1/contacts/nope', '/api/v1/organizations/nope']) {
      const r = await t.call(t.world.tokens.owner, 'GET', path);
      expect(r.status, path).toBe(404);
      expect(r.body.code).toBe('not_found');
    }
    expect((await t.call(t.world.tokens.owner, 'GET', '/api/v1/nothing-here')).body.code).toBe('route_not_found');
  });
});
