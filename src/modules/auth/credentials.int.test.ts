import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { createUser } from '../staff/index.js';

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'lantern orbit quilt 42';

describe.each(DIALECTS)('passwords, sessions, tokens and what is audited on %s', (dialect) => {
  let t: TestApp;
  let ivoId: string;
  beforeAll(async () => {
    t = await startTestApp(dialect, { 'secret-key': 'a test secret key of at least 32 characters' });
    const deps = { db: t.sb.database.db, clock: t.clock };
    ivoId = (await createUser(deps, null, { kind: 'staff', email: 'ivo@msp.example', name: 'Ivo', role: 'technician', password: PASSWORD })).id;
    await createUser(deps, null, { kind: 'staff', email: 'jo@msp.example', name: 'Jo', role: 'technician', password: PASSWORD });
  });
  afterAll(async () => t?.close());

  /** Logs in and returns what a browser holds: the cookie header and the CSRF token. */
  const signIn = async (email: string, password = PASSWORD) => {
    const r = await t.sb.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: `192.0.2.${Math.floor(Math.random() * 250)}` });
    expect(r.statusCode, r.body).toBe(200);
    return { cookie: `sb_session=${r.cookies.find((c) => c.name === 'sb_session')!.value}`, csrf: r.json().csrfToken as string };
  };
  const asSession = (s: { cookie: string; csrf: string }, method: string, url: string, payload?: unknown) =>
    t.sb.app.inject({ method: method as 'GET', url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const auditOf = async (action: string) => (await t.call(t.world.tokens.owner, 'GET', `/api/v1/audit?limit=200&action=${action}`)).body.items;

  it('lets a person change their own password, ending every other session of theirs but not this one', async () => {
    const laptop = await signIn('ivo@msp.example');
    const phone = await signIn('ivo@msp.example');
    const wrong = await asSession(laptop, 'POST', '/api/v1/auth/password', { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'wrong_password', field: '/currentPassword' });
    const weak = await asSession(laptop, 'POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'Password1234!' });
    expect(weak.json()).toMatchObject({ code: 'weak_password', field: '/newPassword' });
    const asEmail = await asSession(laptop, 'POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'IVO@msp.example' });
    expect(asEmail.json()).toMatchObject({ code: 'weak_password', field: '/newPassword' });

    expect((await asSession(laptop, 'POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await asSession(laptop, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    const ended = await asSession(phone, 'GET', '/api/v1/auth/me');
    expect(ended.statusCode).toBe(401);
    expect(ended.json().code).toBe('session_expired');
    expect((await t.sb.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'ivo@msp.example', password: PASSWORD } })).statusCode).toBe(401);
    await signIn('ivo@msp.example', NEW_PASSWORD);
    expect((await auditOf('password.changed')).map((e: any) => e.actorUserId)).toContain(ivoId);
    expect((await auditOf('password.change_failed')).length).toBeGreaterThanOrEqual(1);
  });

  it('ends every session of a user whose password an administrator resets, and refuses a weak reset', async () => {
    const jo = await signIn('jo@msp.example');
    const joId = (await asSession(jo, 'GET', '/api/v1/auth/me')).json().id;
    const weak = await t.call(t.world.tokens.admin, 'PATCH', `/api/v1/users/${joId}`, { password: 'jo@msp.example' });
    expect(weak.body).toMatchObject({ code: 'weak_password', field: '/password' });
    expect((await asSession(jo, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await t.call(t.world.tokens.admin, 'PATCH', `/api/v1/users/${joId}`, { password: 'a brand new passphrase here' })).status).toBe(200);
    expect((await asSession(jo, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('refuses common and breached passwords, and the email address, when accounts are created', async () => {
    const body = { kind: 'staff', name: 'Kit', role: 'technician', tier: 1 };
    for (const [email, password] of [['kit1@msp.example', 'Password1234!'], ['kit2@msp.example', 'qwertyuiopasdf'], ['kit3@msp.example', 'kit3@msp.example']]) {
      const r = await t.call(t.world.tokens.admin, 'POST', '/api/v1/users', { ...body, email, password });
      expect(r.status, password).toBe(422);
      expect(r.body).toMatchObject({ code: 'weak_password', field: '/password' });
    }
    expect((await t.call(t.world.tokens.admin, 'POST', '/api/v1/users', { ...body, email: 'kit4@msp.example', password: 'ferry lamp cactus violin' })).status).toBe(201);
  });

  it('revokes the API token a logout is sent with', async () => {
    const token = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tokens', { name: 'script' })).body.token as string;
    expect((await t.call(token, 'GET', '/api/v1/auth/me')).status).toBe(200);
    expect((await t.call(token, 'POST', '/api/v1/auth/logout')).status).toBe(204);
    const after = await t.call(token, 'GET', '/api/v1/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('invalid_token');
    expect((await auditOf('token.revoked')).some((e: any) => e.detail.via === 'logout')).toBe(true);
  });

  it('marks every authenticated answer, and a login, not to be stored; public answers are left alone', async () => {
    expect((await t.call(t.world.tokens.technician, 'GET', '/api/v1/tickets')).headers['cache-control']).toBe('no-store');
    expect((await t.call(t.world.tokens.technician, 'GET', '/api/v1/audit')).headers['cache-control']).toBe('no-store');
    expect((await t.call(null, 'GET', '/api/v1/tickets')).headers['cache-control']).toBe('no-store');
    const login = await t.sb.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'jo@msp.example', password: 'a brand new passphrase here' } });
    expect(login.headers['cache-control']).toBe('no-store');
    expect((await t.call(null, 'GET', '/health/live')).headers['cache-control']).toBeUndefined();
  });

  it('fills in a token’s lastUsedAt, writing it at most once per five minutes', async () => {
    const created = await t.call(t.world.tokens.manager, 'POST', '/api/v1/tokens', { name: 'rmm' });
    const lastUsed = async () => (await t.call(t.world.tokens.owner, 'GET', '/api/v1/tokens')).body.items.find((x: any) => x.id === created.body.id).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const first = t.clock.iso();
    await t.call(created.body.token, 'GET', '/api/v1/auth/me');
    expect(await lastUsed()).toBe(first);
    t.clock.advance(4 * 60_000);
    await t.call(created.body.token, 'GET', '/api/v1/auth/me');
    expect(await lastUsed()).toBe(first);
    t.clock.advance(60_001);
    await t.call(created.body.token, 'GET', '/api/v1/auth/me');
    expect(await lastUsed()).toBe(t.clock.iso());
  });

  it('audits provider changes, CSRF failures and refused authorisations', async () => {
    const provider = await t.call(t.world.tokens.owner, 'POST', '/api/v1/providers', { name: 'Mail relay', kind: 'smtp', settings: { host: '127.0.0.1', port: 2525, secure: false, from: 'paging@msp.example' } });
    expect(provider.status, JSON.stringify(provider.body)).toBe(201);
    expect((await t.call(t.world.tokens.owner, 'DELETE', `/api/v1/providers/${provider.body.id}`)).status).toBe(204);
    expect((await auditOf('provider.created')).map((e: any) => e.detail.providerId)).toContain(provider.body.id);
    expect((await auditOf('provider.deleted')).map((e: any) => e.detail.providerId)).toContain(provider.body.id);
    const jo = await signIn('jo@msp.example', 'a brand new passphrase here');
    const noCsrf = await t.sb.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { cookie: jo.cookie }, payload: { name: 'x' } });
    expect(noCsrf.json().code).toBe('csrf_failed');
    const csrf = await auditOf('csrf.refused');
    expect(csrf.some((e: any) => e.detail.code === 'csrf_failed' && e.detail.route === '/api/v1/tokens' && e.actorUserId !== null)).toBe(true);
    expect((await t.call(t.world.tokens.technician, 'POST', '/api/v1/users', { kind: 'staff', email: 'x@msp.example', name: 'X', role: 'owner' })).status).toBe(403);
    const refused = await auditOf('access.refused');
    expect(refused.some((e: any) => e.actorUserId === t.world.staffIds.technician && e.detail.route === '/api/v1/users' && e.detail.method === 'POST')).toBe(true);
  });
});
