import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { createUser } from '../staff/index.js';

describe.each(DIALECTS)('sessions, tokens and the audit log on %s', (dialect) => {
  let t: TestApp;
  const password = 'correct horse battery staple';
  beforeAll(async () => {
    t = await startTestApp(dialect, { 'login-attempts': '3' });
    await createUser({ db: t.sb.database.db, clock: t.clock }, null, { kind: 'staff', email: 'Dana@MSP.example', name: 'Dana', role: 'technician', tier: 2, password });
  });
  afterAll(async () => t?.close());

  const login = (email: string, pw: string, ip = '10.0.0.1') =>
    t.sb.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: pw }, remoteAddress: ip });

  it('logs in with an argon2id password, sets an HttpOnly SameSite cookie, and needs the CSRF token to write', async () => {
    const r = await login('dana@msp.example', password);
    expect(r.statusCode).toBe(200);
    const cookie = r.cookies.find((c) => c.name === 'sb_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const { csrfToken, user } = r.json();
    expect(user).toMatchObject({ email: 'dana@msp.example', role: 'technician', tier: 2 });
    const hash = await t.sb.database.db.selectFrom('users').select('password_hash').where('email', '=', 'dana@msp.example').executeTakeFirstOrThrow();
    expect(hash.password_hash).toMatch(/^\$argon2id\$/);

    const headers = { cookie: `sb_session=${cookie.value}` };
    expect((await t.sb.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode).toBe(200);
    const body = { organizationId: t.world.a.id, subject: 'From the browser' };
    const noCsrf = await t.sb.app.inject({ method: 'POST', url: '/api/v1/tickets', headers, payload: body });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf_failed');
    const withCsrf = await t.sb.app.inject({ method: 'POST', url: '/api/v1/tickets', headers: { ...headers, 'x-csrf-token': csrfToken }, payload: body });
    expect(withCsrf.statusCode).toBe(201);

    const out = await t.sb.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { ...headers, 'x-csrf-token': csrfToken } });
    expect(out.statusCode).toBe(204);
    expect((await t.sb.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).json().code).toBe('session_expired');
  });

  it('expires sessions after their lifetime', async () => {
    const r = await login('dana@msp.example', password, '10.0.0.9');
    const headers = { cookie: `sb_session=${r.cookies[0].value}` };
    t.clock.advance(t.config.sessionTtlHours * 3600_000 + 1000);
    expect((await t.sb.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
  });

  it('limits failed logins per account, answers 429 with Retry-After, and audits each attempt', async () => {
    for (let i = 0; i < 3; i += 1) expect((await login('dana@msp.example', 'wrong password!', `10.1.0.${i}`)).statusCode).toBe(401);
    const limited = await login('dana@msp.example', password, '10.1.0.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('too_many_attempts');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(15 * 60_000 + 1);
    expect((await login('dana@msp.example', password, '10.1.0.10')).statusCode).toBe(200);
    const audit = await t.call(t.world.tokens.owner, 'GET', '/api/v1/audit?limit=200');
    const actions = audit.body.items.map((e: any) => e.action);
    expect(actions.filter((a: string) => a === 'login.failed').length).toBeGreaterThanOrEqual(3);
    expect(actions).toContain('login.rate_limited');
    expect(actions).toContain('login.succeeded');
    expect(actions).toContain('logout');
    expect((await t.call(t.world.tokens.technician, 'GET', '/api/v1/audit')).status).toBe(403);
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    const unknown = await login('ghost@msp.example', 'whatever password', '10.2.0.1');
    const wrong = await login('dana@msp.example', 'whatever password', '10.2.0.2');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('stores API tokens hashed, shows them once, and stops honouring a revoked one', async () => {
    const created = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tokens', { name: 'RMM integration' });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    const stored = await t.sb.database.db.selectFrom('api_tokens').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await t.call(token, 'GET', '/api/v1/auth/me')).status).toBe(200);
    expect((await t.call(t.world.tokens.technician, 'DELETE', `/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    const after = await t.call(token, 'GET', '/api/v1/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('invalid_token');
    expect((await t.call(null, 'GET', '/api/v1/tickets')).body.code).toBe('authentication_required');
  });

  it('lets only owners and admins create accounts, and never a technician an owner', async () => {
    const body = { kind: 'staff', email: 'new.tech@msp.example', name: 'New Tech', role: 'technician', tier: 1 };
    expect((await t.call(t.world.tokens.technician, 'POST', '/api/v1/users', body)).status).toBe(403);
    expect((await t.call(t.world.tokens.admin, 'POST', '/api/v1/users', { ...body, role: 'owner', email: 'o2@msp.example' })).status).toBe(403);
    const made = await t.call(t.world.tokens.admin, 'POST', '/api/v1/users', body);
    expect(made.status).toBe(201);
    const dup = await t.call(t.world.tokens.admin, 'POST', '/api/v1/users', body);
    expect(dup.body).toMatchObject({ code: 'email_taken', field: '/email' });
    const weak = await t.call(t.world.tokens.admin, 'POST', '/api/v1/users', { ...body, email: 'w@msp.example', password: 'short' });
    expect(weak.body).toMatchObject({ code: 'weak_password', field: '/password' });
  });
});
