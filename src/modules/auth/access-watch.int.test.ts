/**
 * The live stream loses its reader's rights the moment they are gone: a revoked token, an ended
 * session, a disabled user or a new role ends it with `access.ended`, on the node that made the
 * change and on every other node sharing the PostgreSQL database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildSwitchboard, type Switchboard } from '../../main.js';
import { createLogger } from '../../platform/logger.js';
import { createUser } from '../staff/index.js';

const PASSWORD = 'correct horse battery staple';
type InjectResponse = Awaited<ReturnType<Switchboard['app']['inject']>>;

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`never happened: ${what}`);
};

/** Opens the stream on a node and waits until it is being watched; resolves with the whole stream once it ends. */
async function openStream(node: Switchboard, headers: Record<string, string>): Promise<{ ended: Promise<InjectResponse>; isOpen: () => boolean }> {
  const before = node.access.size;
  let open = true;
  const ended = node.app.inject({ method: 'GET', url: '/api/v1/stream', headers }).then((r) => {
    open = false;
    return r;
  });
  await until(() => node.access.size > before || !open, 'the stream opened');
  return { ended, isOpen: () => open };
}

describe.each(DIALECTS)('live streams lose revoked access on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('ends a stream when its token is revoked, after delivering what came before', async () => {
    const token = (await t.call(t.world.a.clientUserToken, 'POST', '/api/v1/tokens', { name: 'wallboard' })).body;
    const stream = await openStream(t.sb, bearer(token.token));
    const ticket = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.a.contactId, subject: 'Printer offline' });
    expect((await t.call(t.world.a.clientUserToken, 'DELETE', `/api/v1/tokens/${token.id}`)).status).toBe(204);
    const response = await stream.ended;
    expect(response.body).toContain(ticket.body.id);
    expect(response.body).toMatch(/event: access\.ended\ndata: \{"reason":"revoked"\}\n\n$/);
    // Nothing written after the revocation reaches it (it has ended), and the token no longer opens one.
    expect((await t.call(token.token, 'GET', '/api/v1/stream')).status).toBe(401);
  });

  it('ends a disabled user’s streams, and a staff member’s stream when their role changes', async () => {
    const deps = { db: t.sb.database.db, clock: t.clock };
    const lee = await createUser(deps, null, { kind: 'staff', email: 'lee@msp.example', name: 'Lee', role: 'technician', password: PASSWORD });
    const leeToken = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/tokens', { name: 'lee', userId: lee.id })).body.token;
    const first = await openStream(t.sb, bearer(leeToken));
    const unrelated = await openStream(t.sb, bearer(t.world.tokens.manager));
    expect((await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/users/${lee.id}`, { role: 'service_manager' })).status).toBe(200);
    expect((await first.ended).body).toContain('"reason":"changed"');
    const second = await openStream(t.sb, bearer(leeToken));
    expect((await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/users/${lee.id}`, { disabled: true })).status).toBe(200);
    expect((await second.ended).body).toContain('"reason":"revoked"');
    expect(unrelated.isOpen()).toBe(true);
    await t.sb.access.recheck();
    expect(unrelated.isOpen()).toBe(true);
  });

  it('ends the streams of a session that logs out, or that a password change on another device ends', async () => {
    await createUser({ db: t.sb.database.db, clock: t.clock }, null, { kind: 'staff', email: 'mo@msp.example', name: 'Mo', role: 'technician', password: PASSWORD });
    const signIn = async () => {
      const r = await t.sb.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'mo@msp.example', password: PASSWORD } });
      return { cookie: `sb_session=${r.cookies[0].value}`, 'x-csrf-token': r.json().csrfToken as string };
    };
    const desk = await signIn();
    const phone = await signIn();
    const deskStream = await openStream(t.sb, { cookie: desk.cookie });
    const phoneStream = await openStream(t.sb, { cookie: phone.cookie });
    const change = await t.sb.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: desk, payload: { currentPassword: PASSWORD, newPassword: 'another long passphrase 7' } });
    expect(change.statusCode).toBe(204);
    expect((await phoneStream.ended).body).toContain('access.ended');
    expect(deskStream.isOpen()).toBe(true);
    expect((await t.sb.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: desk })).statusCode).toBe(204);
    expect((await deskStream.ended).body).toContain('"reason":"revoked"');
  });

  it('ends a stream whose session expires, at the periodic re-check', async () => {
    await createUser({ db: t.sb.database.db, clock: t.clock }, null, { kind: 'staff', email: 'nia@msp.example', name: 'Nia', role: 'technician', password: PASSWORD });
    const r = await t.sb.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nia@msp.example', password: PASSWORD } });
    const stream = await openStream(t.sb, { cookie: `sb_session=${r.cookies[0].value}` });
    await t.sb.access.recheck();
    expect(stream.isOpen()).toBe(true);
    t.clock.advance(t.config.sessionTtlHours * 3600_000 + 1);
    await t.sb.access.recheck();
    expect((await stream.ended).body).toContain('"reason":"revoked"');
  });
});

describe('live streams on another node lose revoked access on postgres', () => {
  let t: TestApp;
  let other: Switchboard;
  beforeAll(async () => {
    t = await startTestApp('postgres');
    other = await buildSwitchboard(t.config, { clock: t.clock, database: t.test.database, logger: createLogger('silent'), startEngine: false });
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  it('closes a stream on node B when its token is revoked on node A', async () => {
    const token = (await t.call(t.world.a.clientAdminToken, 'POST', '/api/v1/tokens', { name: 'status screen' })).body;
    const stream = await openStream(other, { authorization: `Bearer ${token.token}` });
    expect((await t.call(t.world.a.clientAdminToken, 'DELETE', `/api/v1/tokens/${token.id}`)).status).toBe(204);
    expect((await stream.ended).body).toContain('"reason":"revoked"');
  });

  it('closes a disabled client user’s stream on node B', async () => {
    const users = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/users?kind=client&organizationId=${t.world.b.id}`)).body.items;
    const user = users.find((u: any) => u.role === 'client_user');
    const stream = await openStream(other, { authorization: `Bearer ${t.world.b.clientUserToken}` });
    expect((await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/users/${user.id}`, { disabled: true })).status).toBe(200);
    expect((await stream.ended).body).toContain('access.ended');
  });
});
