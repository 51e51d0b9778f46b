import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildSwitchboard } from '../../main.js';
import { systemClock } from '../../platform/clock.js';
import { createLogger } from '../../platform/logger.js';
import { DIALECTS } from '../../../test/support/db.js';
import { startEmptyTestApp, type TestApp } from '../../../test/support/app.js';
import { seedWorld } from '../../../test/support/factories.js';
import { HttpBrowser } from '../../../test/support/http-browser.js';
import { CALLBACK, DESK, landing, signInWith, SSO_SETTINGS } from '../../../test/support/sso.js';
import { startTestIdp, type TestIdp } from '../../../test/support/test-idp.js';

describe.each(DIALECTS)('single sign-on through a loopback OpenID provider on %s', (dialect) => {
  let t: Omit<TestApp, 'world'> & { world: Awaited<ReturnType<typeof seedWorld>> };
  let idp: TestIdp;
  let providerId: string;
  const browser = () => new HttpBrowser(t.sb.app, DESK);
  const audit = async (action: string) => (await t.call(t.world.tokens.owner, 'GET', `/api/v1/audit?action=${action}&limit=200`)).body.items as { actorUserId: string | null; detail: Record<string, unknown> }[];

  beforeAll(async () => {
    idp = await startTestIdp({ redirectUri: CALLBACK });
    // The provider signs ID tokens in real time; this node's clock starts there and moves on demand.
    const app = await startEmptyTestApp(dialect, SSO_SETTINGS, systemClock.iso());
    t = { ...app, world: await seedWorld(app.sb.database.db, app.clock) };
    const made = await t.call(t.world.tokens.admin, 'POST', '/api/v1/sso/providers', { name: 'Test IdP', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, allowedDomains: ['MSP.example'] });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    providerId = made.body.id;
    idp.accounts.set('technician@msp.example', { email: 'technician@msp.example', email_verified: true, name: 'The technician' });
    idp.accounts.set('unverified@msp.example', { email: 'technician@msp.example', email_verified: false });
    idp.accounts.set('stranger@elsewhere.example', { email: 'stranger@elsewhere.example', email_verified: true });
    idp.accounts.set('newcomer@msp.example', { email: 'newcomer@msp.example', email_verified: true, name: 'Nia Newcomer' });
    idp.accounts.set('admin@msp.example', { email: 'admin@msp.example', email_verified: true });
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });
  beforeEach(() => {
    idp.misbehave = undefined;
    idp.idTokenTtlSeconds = 3600;
    t.clock.set(systemClock.now());
  });

  it('signs a technician in with a verified email: the same session, cookie and CSRF token as a password login', async () => {
    const b = browser();
    const start = await b.post(`${DESK}/api/v1/auth/sso/${providerId}/start`, { returnTo: '/queue/mine' });
    const url = new URL(JSON.parse(start.body).authorizationUrl);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ response_type: 'code', client_id: idp.clientId, redirect_uri: CALLBACK, code_challenge_method: 'S256', scope: 'openid email profile' });
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    const flowCookie = (await b.jar.getCookies(`${DESK}/api/v1/auth/sso/callback`)).find((c) => c.key === 'sb_sso')!;
    expect(flowCookie).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/api/v1/auth/sso', value: url.searchParams.get('state') });
    // The state is not stored anywhere but in the browser: the flow row holds its hash.
    const rows = await t.sb.database.db.selectFrom('sso_flows').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(url.searchParams.get('state'));

    const ended = await signInWith(b, providerId, 'technician@msp.example');
    expect(landing(ended)).toBe('/queue/mine');
    const session = (await b.jar.getCookies(`${DESK}/`)).find((c) => c.key === 'sb_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'strict', path: '/' });
    expect((await b.cookies(CALLBACK)).has('sb_sso')).toBe(false);

    const me = await b.open(`${DESK}/api/v1/auth/session`);
    const { user, csrfToken } = JSON.parse(me.body);
    expect(user).toMatchObject({ email: 'technician@msp.example', role: 'technician', kind: 'staff' });
    const write = await t.sb.app.inject({ method: 'POST', url: '/api/v1/tickets', headers: { cookie: `sb_session=${session.value}`, 'x-csrf-token': csrfToken }, payload: { organizationId: t.world.a.id, subject: 'Opened after single sign-on' } });
    expect(write.statusCode).toBe(201);
    const noCsrf = await t.sb.app.inject({ method: 'POST', url: '/api/v1/tickets', headers: { cookie: `sb_session=${session.value}` }, payload: { organizationId: t.world.a.id, subject: 'x' } });
    expect(noCsrf.json().code).toBe('csrf_failed');
    expect((await audit('sso.login')).find((e) => e.actorUserId === t.world.staffIds.technician)?.detail).toMatchObject({ providerId, email: 'technician@msp.example', created: false });
  });

  it('refuses an ID token issued for another audience, on the sign-in page and in the audit log', async () => {
    idp.misbehave = 'wrong-audience';
    const b = browser();
    expect(landing(await signInWith(b, providerId, 'technician@msp.example'))).toBe('/?sso_error=wrong_audience');
    expect((await b.cookies(`${DESK}/`)).has('sb_session')).toBe(false);
    expect((await audit('sso.refused')).map((e) => e.detail)).toContainEqual(expect.objectContaining({ reason: 'wrong_audience', providerId, claim: 'aud' }));
  });

  it('refuses an ID token that expired before it reached Switchboard', async () => {
    idp.idTokenTtlSeconds = 60;
    const b = browser();
    // Five minutes pass between the start and the return: the flow (ten minutes) is still good, the token (one) is not.
    const ended = await signInWith(b, providerId, 'technician@msp.example', { beforeProvider: () => t.clock.advance(5 * 60_000) });
    expect(landing(ended)).toBe('/?sso_error=token_expired');
    expect((await audit('sso.refused')).map((e) => e.detail)).toContainEqual(expect.objectContaining({ reason: 'token_expired', claim: 'exp' }));
  });

  it('refuses a sign-in that took longer than ten minutes', async () => {
    const ended = await signInWith(browser(), providerId, 'technician@msp.example', { beforeProvider: () => t.clock.advance(11 * 60_000) });
    expect(landing(ended)).toBe('/?sso_error=flow_expired');
  });

  it('accepts a state once: a replayed callback is refused, with or without the flow cookie', async () => {
    const b = browser();
    const atCallback = await signInWith(b, providerId, 'technician@msp.example', { stopAtCallback: true });
    const callback = new URL(atCallback.headers.location, atCallback.url).href;
    const flowCookie = (await b.jar.getCookies(CALLBACK)).find((c) => c.key === 'sb_sso')!.toString();
    expect(landing(await b.open(callback, { stopAt: () => true }))).toBe('/queue/mine');
    // The same browser again: its flow cookie is gone.
    expect(landing(await b.open(callback, { stopAt: () => true }))).toBe('/?sso_error=state_mismatch');
    // Someone holding both the callback address and the flow cookie.
    const thief = browser();
    await thief.jar.setCookie(flowCookie, CALLBACK);
    expect(landing(await thief.open(callback, { stopAt: () => true }))).toBe('/?sso_error=state_replayed');
    expect((await thief.cookies(`${DESK}/`)).has('sb_session')).toBe(false);
    expect((await audit('sso.refused')).map((e) => e.detail.reason)).toEqual(expect.arrayContaining(['state_replayed', 'state_mismatch']));
  });

  it('refuses a callback for a sign-in another browser started (login CSRF)', async () => {
    const attacker = browser();
    const atCallback = await signInWith(attacker, providerId, 'stranger@elsewhere.example', { stopAtCallback: true });
    const victim = browser();
    await victim.post(`${DESK}/api/v1/auth/sso/${providerId}/start`, {});
    const ended = await victim.open(new URL(atCallback.headers.location, atCallback.url).href, { stopAt: () => true });
    expect(landing(ended)).toBe('/?sso_error=state_mismatch');
    expect(landing(await browser().open(`${CALLBACK}?code=x`, { stopAt: () => true }))).toBe('/?sso_error=state_missing');
  });

  it.each([
    ['an email the provider has not verified', 'unverified@msp.example', 'email_unverified'],
    ['an address outside the allowed domains', 'stranger@elsewhere.example', 'domain_not_allowed'],
    ['a person without an account when no accounts are made on first sign-in', 'newcomer@msp.example', 'unknown_user'],
  ])('refuses %s', async (_what, login, reason) => {
    expect(landing(await signInWith(browser(), providerId, login))).toBe(`/?sso_error=${reason}`);
    expect((await audit('sso.refused')).map((e) => e.detail.reason)).toContain(reason);
  });

  it('refuses a disabled account', async () => {
    expect((await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/users/${t.world.staffIds.admin}`, { disabled: true })).status).toBe(200);
    expect(landing(await signInWith(browser(), providerId, 'admin@msp.example'))).toBe('/?sso_error=user_disabled');
    expect((await audit('sso.refused')).find((e) => e.detail.reason === 'user_disabled')?.actorUserId).toBe(t.world.staffIds.admin);
    await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/users/${t.world.staffIds.admin}`, { disabled: false });
  });

  it('makes a staff account with the default role on first sign-in when the provider says so', async () => {
    expect((await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/sso/providers/${providerId}`, { jitRole: 'technician' })).status).toBe(200);
    const b = browser();
    expect(landing(await signInWith(b, providerId, 'newcomer@msp.example', { returnTo: '/queue/unassigned' }))).toBe('/queue/unassigned');
    const user = await t.sb.database.db.selectFrom('users').selectAll().where('email', '=', 'newcomer@msp.example').executeTakeFirstOrThrow();
    expect(user).toMatchObject({ kind: 'staff', role: 'technician', name: 'Nia Newcomer', password_hash: null });
    expect((await audit('sso.login')).find((e) => e.actorUserId === user.id)?.detail).toMatchObject({ created: true });
    // The second time, the account is found, not made again.
    expect(landing(await signInWith(browser(), providerId, 'newcomer@msp.example'))).toBe('/queue/mine');
    await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/sso/providers/${providerId}`, { jitRole: null });
  });

  it('signs client portal users in only with a provider that lets them', async () => {
    idp.accounts.set('alpha.0@example.com', { email: 'alpha.0@example.com', email_verified: true });
    const open = await t.call(t.world.tokens.owner, 'POST', '/api/v1/sso/providers', { name: 'Client IdP', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret });
    expect(landing(await signInWith(browser(), open.body.id, 'alpha.0@example.com'))).toBe('/?sso_error=kind_not_allowed');
    await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/sso/providers/${open.body.id}`, { userKinds: ['staff', 'client'] });
    const b = browser();
    expect(landing(await signInWith(b, open.body.id, 'alpha.0@example.com', { returnTo: '/portal' }))).toBe('/portal');
    expect(JSON.parse((await b.open(`${DESK}/api/v1/auth/session`)).body).user).toMatchObject({ kind: 'client', organizationId: t.world.a.id });
    await t.call(t.world.tokens.owner, 'DELETE', `/api/v1/sso/providers/${open.body.id}`);
  });

  it('finishes a sign-in on another node: the flow lives in the database, not in a node', async () => {
    const other = await buildSwitchboard(t.config, { clock: t.clock, database: t.sb.database, logger: createLogger('silent'), startEngine: false });
    try {
      const b = browser();
      const atCallback = await signInWith(b, providerId, 'technician@msp.example', { stopAtCallback: true });
      b.app = other.app;
      expect(landing(await b.open(new URL(atCallback.headers.location, atCallback.url).href, { stopAt: () => true }))).toBe('/queue/mine');
    } finally {
      await other.close();
    }
  });
});
