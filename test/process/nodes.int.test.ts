import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/platform/clock.js';
import { createToken } from '../../src/modules/auth/index.js';
import { actorOf, findUserById } from '../../src/modules/auth/auth.repository.js';
import { createUser } from '../../src/modules/staff/index.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { exited, startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * Three nodes on one PostgreSQL database climb the same ladders while one of them is killed with
 * SIGKILL mid-run: every step still fires, and no page is queued twice.
 */
describe('three engine nodes on PostgreSQL, one killed mid-run', () => {
  let test: TestDatabase | undefined;
  const nodes: ServerProcess[] = [];
  afterAll(async () => {
    for (const n of nodes) n.child.kill('SIGKILL');
    await test?.drop();
  });

  it('fires every step exactly once and queues every page exactly once', async () => {
    test = await createTestDatabase('postgres');
    const db = test.database.db;
    const owner = await createUser({ db, clock: systemClock }, null, { kind: 'staff', email: 'boss@msp.example', name: 'Boss', role: 'owner' });
    const token = (await createToken({ db, clock: systemClock }, actorOf((await findUserById(db, owner.id))!)!, { name: 'nodes', ip: null })).token;
    const env = (n: number) => ({ DATABASE_URL: test!.databaseUrl, SWITCHBOARD_NODE_ID: `node-${n}`, SWITCHBOARD_ENGINE_LEASE_MS: '2000', SWITCHBOARD_ENGINE_POLL_MS: '200' });
    for (const n of [1, 2, 3]) nodes.push(await startServerProcess(env(n)));
    const api = async (path: string, body: unknown) => {
      const r = await fetch(`${nodes[0].url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(r.status, `${path} ${await r.clone().text()}`).toBeLessThan(300);
      return (await r.json()) as { id: string };
    };
    const org = await api('/api/v1/organizations', { name: 'Nodes Inc', timeZone: 'UTC' });
    const calendar = await api('/api/v1/calendars', { name: 'Always', timeZone: 'UTC', preset: '24x7' });
    const targets = { firstResponse: 60, resolution: 600 };
    const policy = await api('/api/v1/sla-policies', { name: 'Std', targets: { P1: targets, P2: targets, P3: targets, P4: targets } });
    await api('/api/v1/contracts', { organizationId: org.id, name: 'Managed', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: calendar.id }] });
    const step = (delayMinutes: number) => ({ delayMinutes, delayKind: 'wall', targets: [{ type: 'role', role: 'owner' }] });
    await api('/api/v1/escalation-policies', { name: 'Immediate', match: { trigger: 'created', businessCritical: true }, steps: [step(0), step(0), step(0)] });

    const count = 40;
    for (let i = 0; i < count; i += 1) {
      await api('/api/v1/tickets', { organizationId: org.id, subject: `Outage ${i}`, priority: 'P1', businessCritical: true });
      if (i === count / 2) nodes[1].child.kill('SIGKILL');
    }
    expect((await exited(nodes[1].child)).signal).toBe('SIGKILL');

    const steps = () => db.selectFrom('ticket_events').select('ticket_id').where('type', '=', 'escalation.step').execute();
    const until = Date.now() + 30_000;
    while ((await steps()).length < count * 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    const fired = await steps();
    expect(fired.length).toBe(count * 3);
    const perTicket = new Map<string, number>();
    for (const e of fired) perTicket.set(e.ticket_id, (perTicket.get(e.ticket_id) ?? 0) + 1);
    expect([...perTicket.values()].every((n) => n === 3)).toBe(true);
    const pages = await db.selectFrom('notifications').select(['ticket_id', 'step', 'recipient_user_id']).execute();
    expect(pages.length).toBe(count * 3);
    expect(new Set(pages.map((p) => `${p.ticket_id}:${p.step}:${p.recipient_user_id}`)).size).toBe(count * 3);
  }, 120_000);
});
