import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildSwitchboard, type Switchboard } from '../../main.js';
import { createLogger } from '../../platform/logger.js';
import { createUser } from '../staff/index.js';

const PASSWORD = 'correct horse battery staple';

describe.each(DIALECTS)('logins: CSRF, proxies and growing delays on %s', (dialect) => {
  let t: TestApp;
  let other: Switchboard;
  beforeAll(async () => {
    t = await startTestApp(dialect, { 'login-attempts': '3', 'public-url': 'https://desk.msp.example', 'trusted-proxies': '10.9.0.0/16' });
    // A second node on the same database, as a load balancer's other backend.
    other = await buildSwitchboard(t.config, { clock: t.clock, database: t.test.database, logger: createLogger('silent'), startEngine: false });
    for (const name of ['dana', 'erin', 'finn', 'gale', 'hana']) {
      await createUser({ db: t.sb.database.db, clock: t.clock }, null, { kind: 'staff', email: `${name}@msp.example`, name, role: 'technician', password: PASSWORD });
    }
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  const login = (email: string, password: string, options: { ip?: string; headers?: Record<string, string>; node?: Switchboard } = {}) =>
    (options.node ?? t.sb).app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', ...options.headers },
      payload: JSON.stringify({ email, password }),
      remoteAddress: options.ip ?? '192.0.2.1',
    });
  const auditOf = async (action: string) => (await t.call(t.world.tokens.owner, 'GET', `/api/v1/audit?limit=200&action=${action}`)).body.items;

  it('accepts only JSON logins: a form post gets 415 and is not even read', async () => {
    const form = await t.sb.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `email=dana%40msp.example&password=${encodeURIComponent(PASSWORD)}`, remoteAddress: '192.0.2.50' });
    expect(form.statusCode).toBe(415);
    expect(form.json()).toMatchObject({ code: 'unsupported_media_type' });
    expect(form.headers['set-cookie']).toBeUndefined();
    const text = await login('dana@msp.example', PASSWORD, { ip: '192.0.2.50', headers: { 'content-type': 'text/plain' } });
    expect(text.statusCode).toBe(415);
    expect((await login('dana@msp.example', PASSWORD, { ip: '192.0.2.50', headers: { 'content-type': 'application/json; charset=utf-8' } })).statusCode).toBe(200);
  });

  it('refuses a login from a page of another site, and audits it; same-origin pages and programs log in', async () => {
    const evil = await login('dana@msp.example', PASSWORD, { ip: '192.0.2.51', headers: { origin: 'https://evil.example' } });
    expect(evil.statusCode).toBe(403);
    expect(evil.json()).toMatchObject({ code: 'cross_site_login' });
    expect(evil.headers['set-cookie']).toBeUndefined();
    const fetchSite = await login('dana@msp.example', PASSWORD, { ip: '192.0.2.51', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(fetchSite.json().code).toBe('cross_site_login');
    expect((await login('dana@msp.example', PASSWORD, { ip: '192.0.2.51', headers: { origin: 'https://desk.msp.example', 'sec-fetch-site': 'same-origin' } })).statusCode).toBe(200);
    // The origin the request was addressed to is this server too (direct access, a dev proxy).
    expect((await login('dana@msp.example', PASSWORD, { ip: '192.0.2.51', headers: { origin: 'http://127.0.0.1:8080', host: '127.0.0.1:8080' } })).statusCode).toBe(200);
    expect((await login('dana@msp.example', PASSWORD, { ip: '192.0.2.51' })).statusCode).toBe(200);
    const refused = await auditOf('csrf.refused');
    expect(refused.some((e: any) => e.detail.code === 'cross_site_login' && e.detail.origin === 'https://evil.example' && e.ip === '192.0.2.51')).toBe(true);
  });

  it('makes each attempt after the allowance wait twice as long, ignores attempts during the wait, and lets the right password in after it', async () => {
    for (let i = 0; i < 3; i += 1) expect((await login('erin@msp.example', 'not the password', { ip: `198.51.100.${i}` })).statusCode).toBe(401);
    const first = await login('erin@msp.example', PASSWORD, { ip: '198.51.100.9' });
    expect(first.statusCode).toBe(429);
    expect(first.json().code).toBe('too_many_attempts');
    expect(first.headers['retry-after']).toBe('1');
    t.clock.advance(1000);
    expect((await login('erin@msp.example', 'not the password', { ip: '198.51.100.10' })).statusCode).toBe(401);
    for (let i = 0; i < 5; i += 1) expect((await login('erin@msp.example', 'still guessing', { ip: `198.51.100.${20 + i}` })).headers['retry-after']).toBe('2');
    t.clock.advance(2000);
    expect((await login('erin@msp.example', 'not the password', { ip: '198.51.100.11' })).statusCode).toBe(401);
    expect((await login('erin@msp.example', PASSWORD, { ip: '198.51.100.12' })).headers['retry-after']).toBe('4');
    t.clock.advance(4000);
    expect((await login('erin@msp.example', PASSWORD, { ip: '198.51.100.12' })).statusCode).toBe(200);
    // Success clears the account: one new mistake does not make anyone wait.
    expect((await login('erin@msp.example', 'typo', { ip: '198.51.100.13' })).statusCode).toBe(401);
    expect((await login('erin@msp.example', PASSWORD, { ip: '198.51.100.13' })).statusCode).toBe(200);
    expect((await auditOf('login.rate_limited')).length).toBeGreaterThanOrEqual(7);
  });

  it('keeps the count in the database, so another node refuses the account too', async () => {
    for (let i = 0; i < 3; i += 1) expect((await login('finn@msp.example', 'wrong password', { ip: `203.0.113.${i}` })).statusCode).toBe(401);
    const elsewhere = await login('finn@msp.example', PASSWORD, { ip: '203.0.113.99', node: other });
    expect(elsewhere.statusCode).toBe(429);
    t.clock.advance(1000);
    expect((await login('finn@msp.example', PASSWORD, { ip: '203.0.113.99', node: other })).statusCode).toBe(200);
  });

  it('limits each client behind a trusted proxy by its own address, and ignores X-Forwarded-For from anyone else', async () => {
    const viaProxy = (client: string, email: string, password: string) => login(email, password, { ip: '10.9.0.2', headers: { 'x-forwarded-for': client } });
    // One person behind the proxy fails on many accounts; their address runs out of attempts…
    for (const name of ['nobody1', 'nobody2', 'nobody3']) expect((await viaProxy('198.18.0.7', `${name}@msp.example`, 'guess guess')).statusCode).toBe(401);
    expect((await viaProxy('198.18.0.7', 'gale@msp.example', PASSWORD)).statusCode).toBe(429);
    // …while everyone else behind the same proxy still logs in.
    expect((await viaProxy('198.18.0.8', 'gale@msp.example', PASSWORD)).statusCode).toBe(200);
    const failed = await auditOf('login.failed');
    expect(failed.filter((e: any) => e.detail.email === 'nobody1@msp.example').map((e: any) => e.ip)).toEqual(['198.18.0.7']);

    // A client that is not a trusted proxy cannot choose its address with the header.
    for (const name of ['nobody4', 'nobody5', 'nobody6']) expect((await login(`${name}@msp.example`, 'guess guess', { ip: '192.0.2.77', headers: { 'x-forwarded-for': `198.18.1.${name.length}${name.at(-1)}` } })).statusCode).toBe(401);
    expect((await login('hana@msp.example', PASSWORD, { ip: '192.0.2.77', headers: { 'x-forwarded-for': '198.18.2.1' } })).statusCode).toBe(429);
    expect((await auditOf('login.failed')).find((e: any) => e.detail.email === 'nobody4@msp.example').ip).toBe('192.0.2.77');
  });
});
