import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/db.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { alertFixtures, assetFixtures, vendorFixtures, kbFixtures, billingFixtures, withSenders, spareFixtures, campaignFixtures, credentialFor, exampleBody, fraudFixtures, operations, slaFixtures, urlFor, type Operation, type Parameter, type Targets, backupFixtures, invoiceFixtures } from './endpoints.js';

/**
 * Hostile path and query parameters on every operation of the OpenAPI document: NUL and control
 * characters, broken percent-encodings, forged cursors, huge numbers, far dates, very long text and
 * repeated parameters. Whatever arrives, the answer is a 4xx problem document or a success, never
 * a 5xx, on both databases.
 */
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Raw (already percent-encoded) values sent in every parameter. */
const EVERYWHERE = [
  '%00', 'a%00b', '%01%02', '%7F', '%1B%5B31m', '%0D%0A', '%E2%80%AE',
  '%', '%zz', '%E0%A4%A', '%C3%28', '%ED%A0%80', '%FF%FE', '%C0%80',
  'x'.repeat(3000), '%F0%9F%92%A9'.repeat(60),
  '99999999999999999999', '-1', '1e309', '2147483648', '9223372036854775808', 'NaN', '0x10',
  '9999-12-31', '275760-09-13T00:00:00Z', '%2B010000-01-01T00:00:00Z', '0000-01-01T00:00:00Z',
  '..%2F..%2Fetc%2Fpasswd', '%27%20OR%201%3D1--', '',
];

/** Extra values for parameters of a kind. */
const NUMBERS = ['0', '-2147483649', '4294967296', '1.5', '1e2', 'Infinity', '-0', ' 7', '%EF%BC%91'];
const DATES = [
  '9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59-12:00', '0001-01-01T00:00:00Z', '0000-01-01', '1969-12-31T23:59:59Z',
  '%2B275760-09-13T00:00:00Z', '-000001-01-01T00:00:00Z', '2026-02-30', '2026-13-01T00:00:00Z', '2026-03-01T24:00:00Z', '10000-01-01',
];
const CURSORS = [
  b64(['a', 'b']), b64([1]), b64(['a']), b64([]), b64([null, null]), b64([{}, []]), b64(['\u0000', 'x']), b64([1e308, 'x']),
  b64(['9999-12-31T23:59:59Z', 'x']), b64(['275760-09-13T00:00:00.000Z', 'x']), b64([99999999999999999999]), b64([-1]), b64('x'),
  b64({ a: 1 }), b64('[1,'), '!!!', '.', 'a.b', `${b64(['a', 'b'])}.${b64('forged')}`,
];

function extras(p: Parameter): string[] {
  const s = p.schema ?? {};
  if (p.name === 'cursor') return CURSORS;
  if (s.type === 'integer' || s.type === 'number') return NUMBERS;
  if (s.format === 'date' || s.format === 'date-time' || /at$|from|to|before|after/i.test(p.name)) return DATES;
  return [];
}

/** A valid value for a required query parameter, so the hostile one in another parameter is what gets judged. */
function validValue(p: Parameter): string {
  const s = p.schema ?? {};
  if (s.format === 'date') return p.name === 'to' ? '2026-03-31' : '2026-03-01';
  if (s.format === 'date-time') return p.name === 'to' ? '2026-03-09T00:00:00Z' : '2026-03-02T00:00:00Z';
  if (s.type === 'integer' || s.type === 'number') return String(s.minimum ?? 1);
  const literal = s.anyOf?.[0]?.const ?? s.enum?.[0];
  return literal === undefined ? 'x' : String(literal);
}

describe.each(DIALECTS)('hostile path and query parameters on %s', (dialect) => {
  let t: TestApp;
  let ops: Operation[];
  let ids: Targets;
  let realCursor: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    ops = await operations(t);
    const w = t.world;
    const mk = async (subject: string) => (await t.call(w.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: w.a.id, contactId: w.a.contactId, subject })).body.id;
    const user = (await t.call(w.tokens.owner, 'GET', `/api/v1/users?organizationId=${w.a.id}`)).body.items[0];
    const token = (await t.call(w.tokens.technician, 'GET', '/api/v1/tokens')).body.items[0];
    const ticket = await mk('Hostile params target');
    ids = { ticket, otherTicket: await mk('Other params target'), organization: w.a.id, site: w.a.siteId, contact: w.a.contactId, user: user.id, team: w.teamId, token: token.id, ...(await fraudFixtures(t, ticket)), ...(await slaFixtures(t, w.a.id)), ...(await alertFixtures(t, w.a.id)), ...(await vendorFixtures(t, w.a.id)), ...(await kbFixtures(t, w.a.id)) };
    Object.assign(ids, await billingFixtures(t, ids));
    ids = withSenders(ids, await assetFixtures(t, w.a.id));
    ids = { ...ids, ...(await spareFixtures(t, ticket)) };
    ids = { ...ids, ...(await campaignFixtures(t, w.a.id)) };
    ids = withSenders(ids, await backupFixtures(t, w.a.id));
    ids = { ...ids, ...(await invoiceFixtures(t, w.a.id)) };
    realCursor = (await t.call(w.tokens.owner, 'GET', '/api/v1/tickets?limit=1')).body.nextCursor;
    expect(realCursor).toEqual(expect.any(String));
  });
  afterAll(async () => t?.close());

  /** Every answer that was a 5xx, or an error without a problem document naming a code. */
  const failures: string[] = [];

  /** Sends one request and records it unless the answer is a success or a 4xx problem document with a code. */
  async function send(token: string, op: Operation, url: string, what: string): Promise<void> {
    const r = await t.call(credentialFor(op, token, ids), op.method, url, exampleBody(op, ids));
    const problem = String(r.headers['content-type']).includes('application/problem+json') && /^[a-z_]+$/.test(String(r.body?.code));
    if (r.status >= 500 || (r.status >= 400 && !problem)) failures.push(`${op.method} ${url.slice(0, 160)} (${what}) → ${r.status} ${JSON.stringify(r.body)?.slice(0, 200)}`);
  }

  /** Who sends: staff reach every route's SQL; a client also walks the ticket list, whose queries its scope changes. */
  const senders = (op: Operation) => (op.path === '/api/v1/tickets' ? [t.world.tokens.owner, t.world.a.clientAdminToken] : [t.world.tokens.owner]);

  it('answers every hostile query parameter without a 5xx', async () => {
    let sent = 0;
    for (const op of ops.filter((o) => o.path !== '/api/v1/stream')) {
      const query = op.parameters.filter((p) => p.in === 'query');
      if (query.length === 0) continue;
      const base = urlFor(op, ids);
      const required = query.filter((p) => p.required);
      for (const p of query) {
        const others = required.filter((r) => r.name !== p.name).map((r) => `${r.name}=${encodeURIComponent(validValue(r))}`);
        const values = [...EVERYWHERE, ...extras(p), ...(p.name === 'cursor' ? [`${realCursor.slice(0, -2)}AA`, `${realCursor}x`, realCursor.split('.').reverse().join('.')] : [])];
        const shapes = [...values.map((v) => `${p.name}=${v}`), `${p.name}=a&${p.name}=b`, `${p.name}[]=a`, `${p.name}[0]=a`, `${p.name}`, `${p.name}=%00&${p.name}=x`];
        for (const shape of shapes) {
          for (const token of senders(op)) {
            await send(token, op, `${base}?${[...others, shape].join('&')}`, `${p.name}`);
            sent += 1;
          }
        }
      }
      // Parameters the operation does not declare are refused or ignored, never a 5xx.
      await send(t.world.tokens.owner, op, `${base}?${required.map((r) => `${r.name}=${encodeURIComponent(validValue(r))}&`).join('')}unknown%00=%00`, 'undeclared');
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
  });

  it('answers every hostile path parameter without a 5xx', async () => {
    let sent = 0;
    const values = [...EVERYWHERE, 'x'.repeat(150), 'x'.repeat(250), 'SB-99999999999999', 'SB-2147483648', 'SB-0', '1e3', '%2F', '%20', '%C3%A9', '.', '..'];
    for (const op of ops) {
      const template = op.path.split('/');
      const valid = urlFor(op, ids).split('/');
      for (let i = 0; i < template.length; i += 1) {
        if (!template[i].startsWith('{')) continue;
        for (const value of values) {
          for (const token of senders(op)) {
            await send(token, op, [...valid.slice(0, i), value, ...valid.slice(i + 1)].join('/'), template[i]);
            sent += 1;
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(500);
  });

  it('refuses NUL in a path or query with 400 invalid_character naming the parameter', async () => {
    const owner = t.world.tokens.owner;
    expect((await t.call(owner, 'GET', '/api/v1/tickets/a%00b')).body).toMatchObject({ status: 400, code: 'invalid_character', field: '/id' });
    expect((await t.call(owner, 'GET', '/api/v1/tickets?q=printer%00')).body).toMatchObject({ status: 400, code: 'invalid_character', field: '/q' });
    expect((await t.call(owner, 'GET', '/api/v1/contacts?q=%01bob')).body).toMatchObject({ status: 400, code: 'invalid_character', field: '/q' });
    expect((await t.call(t.world.a.clientUserToken, 'GET', '/api/v1/tickets?organizationId=%00')).body).toMatchObject({ status: 400, code: 'invalid_character', field: '/organizationId' });
  });

  it('refuses a percent-encoding that is not UTF-8 with 400 naming the parameter', async () => {
    const owner = t.world.tokens.owner;
    expect((await t.call(owner, 'GET', '/api/v1/tickets?q=%C3%28')).body).toMatchObject({ status: 400, code: 'invalid_encoding', field: '/q' });
    expect((await t.call(owner, 'GET', '/api/v1/tickets?q=%E0%A4%A')).body).toMatchObject({ status: 400, code: 'invalid_encoding', field: '/q' });
    expect((await t.call(owner, 'GET', '/api/v1/tickets/%ED%A0%80')).body).toMatchObject({ status: 400, code: 'invalid_encoding', field: '/id' });
  });

  it('refuses a forged, altered or foreign cursor with 400 invalid_cursor on /cursor', async () => {
    const client = t.world.a.clientAdminToken;
    for (const cursor of [...CURSORS, `${realCursor}x`, `${realCursor.slice(0, -2)}AA`]) {
      const r = await t.call(client, 'GET', `/api/v1/tickets?cursor=${cursor}`);
      expect(r.body, cursor).toMatchObject({ status: 400, code: 'invalid_cursor', field: '/cursor' });
    }
    // A cursor of one list does not page another.
    const messages = await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ids.ticket}/events?cursor=${realCursor}`);
    expect(messages.body).toMatchObject({ status: 400, code: 'invalid_cursor', field: '/cursor' });
    // The genuine cursor still pages.
    const next = await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets?limit=1&cursor=${realCursor}`);
    expect(next.status).toBe(200);
    expect(next.body.items).toHaveLength(1);
  });

  it('refuses far dates and numbers beyond their range with 400 naming the parameter', async () => {
    const owner = t.world.tokens.owner;
    // The last day with a four-digit year is a valid end of period: a report through it, not a 500.
    for (const report of ['sla', 'fcr', 'csat', 'after-hours', 'goodwill', 'profitability']) expect((await t.call(owner, 'GET', `/api/v1/reports/${report}?from=2026-01-01&to=9999-12-31`)).status).toBe(200);
    for (const [query, field] of [['from=2026-01-01&to=275760-09-13', '/to'], ['from=0000-01-01&to=2026-01-01', '/from'], ['from=2026-02-29&to=2026-03-01', '/from']]) {
      expect((await t.call(owner, 'GET', `/api/v1/reports/sla?${query}`)).body, query).toMatchObject({ status: 400, field });
    }
    for (const [url, field] of [
      ['/api/v1/tickets?dueBefore=9999-12-31T23:59:59-12:00', '/dueBefore'],
      ['/api/v1/tickets?dueBefore=0000-01-01T00:00:00Z', '/dueBefore'],
      ['/api/v1/tickets?limit=-1', '/limit'],
      ['/api/v1/tickets?limit=99999999999999999999', '/limit'],
      ['/api/v1/tickets?tier=2147483648', '/tier'],
    ] as const) {
      expect((await t.call(owner, 'GET', url)).body, url).toMatchObject({ status: 400, field });
    }
  });
});
