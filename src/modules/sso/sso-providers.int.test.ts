import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptSecret } from '../../platform/secrets.js';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { startTestIdp, type TestIdp } from '../../../test/support/test-idp.js';
import { createUser } from '../staff/index.js';
import { SSO_SETTINGS } from '../../../test/support/sso.js';

const PASSWORD = 'quartz meadow lantern 58';

describe.each(DIALECTS)('single sign-on set-up and passwords per role on %s', (dialect) => {
  let t: TestApp;
  let idp: TestIdp;
  let body: Record<string, unknown>;
  const owner = () => t.world.tokens.owner;
  const login = (email: string, password = PASSWORD, ip = '10.9.0.1') => t.sb.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });

  beforeAll(async () => {
    t = await startTestApp(dialect, { ...SSO_SETTINGS, 'login-attempts': '3' });
    idp = await startTestIdp({ redirectUri: 'http://desk.test/api/v1/auth/sso/callback' });
    body = { name: 'Entra ID', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, emailClaim: 'preferred_username', allowedDomains: ['msp.example'] };
    const deps = { db: t.sb.database.db, clock: t.clock };
    await createUser(deps, null, { kind: 'staff', email: 'tess@msp.example', name: 'Tess Tech', role: 'technician', password: PASSWORD });
    await createUser(deps, null, { kind: 'staff', email: 'ada@msp.example', name: 'Ada Admin', role: 'admin', password: PASSWORD });
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  it('lets only owners and admins set providers up, checks the issuer, and never shows the client secret', async () => {
    expect((await t.call(t.world.tokens.technician, 'POST', '/api/v1/sso/providers', body)).status).toBe(403);
    expect((await t.call(t.world.tokens.technician, 'GET', '/api/v1/sso/providers')).status).toBe(403);
    // The discovery document's own address is taken for the issuer.
    const made = await t.call(owner(), 'POST', '/api/v1/sso/providers', { ...body, issuer: `${idp.issuer}/.well-known/openid-configuration` });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ name: 'Entra ID', issuer: idp.issuer, emailClaim: 'preferred_username', userKinds: ['staff'], jitRole: null, enabled: true, redirectUri: 'http://desk.test/api/v1/auth/sso/callback' });
    const listed = await t.call(owner(), 'GET', '/api/v1/sso/providers');
    expect(JSON.stringify(listed.body)).not.toContain(idp.clientSecret);
    const row = await t.sb.database.db.selectFrom('sso_providers').selectAll().where('id', '=', made.body.id).executeTakeFirstOrThrow();
    expect(row.client_secret_encrypted).not.toContain(idp.clientSecret);
    expect(decryptSecret(SSO_SETTINGS['secret-key'], row.client_secret_encrypted, `sso-provider:${made.body.id}`)).toBe(idp.clientSecret);
    const audit = await t.call(owner(), 'GET', '/api/v1/audit?action=sso_provider.created');
    expect(JSON.stringify(audit.body)).not.toContain(idp.clientSecret);
    expect(audit.body.items[0].detail).toMatchObject({ providerId: made.body.id });
    await t.call(owner(), 'DELETE', `/api/v1/sso/providers/${made.body.id}`);
  });

  it('names the field at fault in every refused set-up', async () => {
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ issuer: 'http://127.0.0.1:1' }, 422, 'sso_issuer_unreachable', '/issuer'],
      [{ issuer: 'not a url' }, 422, 'sso_issuer_invalid', '/issuer'],
      [{ issuer: `${idp.issuer}/?tenant=x` }, 422, 'sso_issuer_invalid', '/issuer'],
      [{ allowedDomains: ['msp.example', 'not a domain'] }, 422, 'invalid_domain', '/allowedDomains/1'],
      [{ jitRole: 'technician', allowedDomains: [] }, 422, 'sso_jit_needs_domains', '/allowedDomains'],
      [{ jitRole: 'owner' }, 422, 'invalid_role', '/jitRole'],
      [{ passwordRoles: ['owner'] }, 422, 'sso_password_role_locked_out', '/passwordRoles'],
      [{ emailClaim: 'nickname' }, 400, 'validation_failed', '/emailClaim'],
      [{ clientSecret: undefined }, 400, 'validation_failed', '/clientSecret'],
    ];
    for (const [change, status, code, field] of cases) {
      const r = await t.call(owner(), 'POST', '/api/v1/sso/providers', { ...body, ...change });
      expect(r.status, JSON.stringify(change)).toBe(status);
      expect(r.body, JSON.stringify(change)).toMatchObject({ code, field });
    }
  });

  it('refuses an issuer on the server’s own network unless SWITCHBOARD_SSO_PRIVATE_ISSUERS allows it, and a secret without SWITCHBOARD_SECRET_KEY', async () => {
    const plain = await startTestApp(dialect, { 'secret-key': SSO_SETTINGS['secret-key'] });
    try {
      for (const issuer of [idp.issuer, 'https://169.254.169.254/', 'https://10.0.0.5/tenant/v2.0']) {
        const r = await plain.call(plain.world.tokens.owner, 'POST', '/api/v1/sso/providers', { ...body, issuer });
        expect(r.body, issuer).toMatchObject({ status: 422, field: '/issuer' });
        expect(r.body.code, issuer).toMatch(/^sso_issuer_private$/);
      }
    } finally {
      await plain.close();
    }
    const keyless = await startTestApp(dialect, { 'sso-private-issuers': 'true' });
    try {
      expect((await keyless.call(keyless.world.tokens.owner, 'POST', '/api/v1/sso/providers', body)).body).toMatchObject({ status: 422, code: 'secret_key_missing' });
    } finally {
      await keyless.close();
    }
  });

  it('changes, disables and removes a provider; the sign-in page lists the enabled ones', async () => {
    const a = (await t.call(owner(), 'POST', '/api/v1/sso/providers', body)).body;
    expect((await t.call(owner(), 'POST', '/api/v1/sso/providers', body)).body).toMatchObject({ status: 409, code: 'name_taken', field: '/name' });
    const b = (await t.call(owner(), 'POST', '/api/v1/sso/providers', { ...body, name: 'Google Workspace' })).body;
    expect((await t.call(null, 'GET', '/api/v1/auth/sso/providers')).body.items).toEqual([{ id: a.id, name: 'Entra ID' }, { id: b.id, name: 'Google Workspace' }]);
    const renamed = await t.call(owner(), 'PATCH', `/api/v1/sso/providers/${b.id}`, { name: 'Google', enabled: false });
    expect(renamed.body).toMatchObject({ name: 'Google', enabled: false, issuer: idp.issuer });
    expect((await t.call(null, 'GET', '/api/v1/auth/sso/providers')).body.items).toEqual([{ id: a.id, name: 'Entra ID' }]);
    expect((await t.sb.app.inject({ method: 'POST', url: `/api/v1/auth/sso/${b.id}/start`, payload: {} })).statusCode).toBe(404);
    expect((await t.call(owner(), 'PATCH', '/api/v1/sso/providers/no-such-provider', { enabled: true })).status).toBe(404);
    expect((await t.call(owner(), 'DELETE', `/api/v1/sso/providers/${b.id}`)).status).toBe(204);
    expect((await t.call(owner(), 'DELETE', `/api/v1/sso/providers/${b.id}`)).status).toBe(404);
    await t.call(owner(), 'DELETE', `/api/v1/sso/providers/${a.id}`);
  });

  it('starts a sign-in only from this site’s pages and with a JSON body', async () => {
    const a = (await t.call(owner(), 'POST', '/api/v1/sso/providers', body)).body;
    const start = (headers: Record<string, string>, payload = '{}') => t.sb.app.inject({ method: 'POST', url: `/api/v1/auth/sso/${a.id}/start`, headers: { 'content-type': 'application/json', ...headers }, payload });
    expect((await start({ origin: 'https://evil.example' })).json()).toMatchObject({ status: 403, code: 'cross_site_login' });
    expect((await start({ 'content-type': 'application/x-www-form-urlencoded' }, 'returnTo=/')).statusCode).toBe(415);
    const ok = await start({ origin: 'http://desk.test' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().authorizationUrl).toMatch(new RegExp(`^${idp.issuer}/auth\\?`));
    await t.call(owner(), 'DELETE', `/api/v1/sso/providers/${a.id}`);
  });

  it('turns passwords off for a role: a clear 403 that names the provider, counted by the limiter; other roles keep theirs', async () => {
    const a = (await t.call(owner(), 'POST', '/api/v1/sso/providers', { ...body, passwordRoles: ['owner', 'admin', 'service_manager', 'client_user', 'client_admin'] })).body;
    const refused = await login('tess@msp.example');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'sso_required', details: { providers: ['Entra ID'] } });
    expect(refused.json().detail).toContain('Sign in with Entra ID');
    // The answer is the same whatever the password: it never says whether an old one was right.
    expect((await login('tess@msp.example', 'not her password at all')).json().code).toBe('sso_required');
    expect((await login('tess@msp.example', 'nor this one')).json().code).toBe('sso_required');
    expect((await login('ada@msp.example', PASSWORD, '10.9.0.2')).statusCode).toBe(200);
    // Attempts still count: the account's allowance (3) is spent, so the next one waits.
    expect((await login('tess@msp.example', PASSWORD, '10.9.0.3')).statusCode).toBe(429);
    const audit = await t.call(owner(), 'GET', '/api/v1/audit?limit=200');
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toContain('login.sso_required');
    expect(audit.body.items.filter((e: { action: string; detail: { route?: string } }) => e.action === 'access.refused' && e.detail.route === '/api/v1/auth/login')).toEqual([]);

    // A password change is refused too: there is no password to change.
    const tess = (await t.call(owner(), 'GET', '/api/v1/users?role=technician')).body.items.find((u: { email: string }) => u.email === 'tess@msp.example');
    const token = (await t.call(owner(), 'POST', '/api/v1/tokens', { name: 'tess', userId: tess.id })).body.token;
    expect((await t.call(token, 'POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'another long phrase 77' })).body.code).toBe('sso_required');

    // Disabling the provider gives the role its password back.
    await t.call(owner(), 'PATCH', `/api/v1/sso/providers/${a.id}`, { enabled: false });
    t.clock.advance(16 * 60_000);
    expect((await login('tess@msp.example', PASSWORD, '10.9.0.4')).statusCode).toBe(200);
    await t.call(owner(), 'DELETE', `/api/v1/sso/providers/${a.id}`);
  });

  it('hands a browser session its CSRF token, and nothing to an API token', async () => {
    const r = await login('ada@msp.example', PASSWORD, '10.9.1.1');
    const cookie = `sb_session=${r.cookies.find((c) => c.name === 'sb_session')!.value}`;
    const session = await t.sb.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });
    expect(session.json()).toEqual({ user: expect.objectContaining({ email: 'ada@msp.example' }), csrfToken: r.json().csrfToken, expiresAt: r.json().expiresAt });
    expect(session.headers['cache-control']).toBe('no-store');
    expect((await t.call(owner(), 'GET', '/api/v1/auth/session')).body).toMatchObject({ status: 404, code: 'no_session' });
    expect((await t.call(null, 'GET', '/api/v1/auth/session')).status).toBe(401);
  });
});
