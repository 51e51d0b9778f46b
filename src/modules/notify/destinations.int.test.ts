import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { FakeWebhook } from '../../../test/support/fake-webhook.js';
import { newId } from '../../platform/ids.js';
import { insertContactMethod } from '../escalation/escalation.repository.js';

/**
 * Webhook, Slack and Teams pages are requests the server makes itself: an address on its own
 * network is refused when saved and again when sending, unless the operator allows it.
 */
const SECRET = 'a-test-secret-that-is-long-enough-0123';

describe.each(DIALECTS)('pages to addresses on the server’s own network on %s', (dialect) => {
  const receiver = new FakeWebhook();
  let hook: string;
  beforeAll(async () => {
    hook = `${await receiver.start()}/page`;
  });
  afterAll(async () => receiver.stop());

  /** A world whose owner is paged at once by webhook for every business-critical ticket. */
  async function world(t: TestApp) {
    const owner = t.world.tokens.owner;
    const provider = await t.call(owner, 'POST', '/api/v1/providers', { name: 'Hooks', kind: 'webhook', settings: { secret: 'a-webhook-signing-secret' } });
    expect(provider.status, JSON.stringify(provider.body)).toBe(201);
    const ladder = await t.call(owner, 'POST', '/api/v1/escalation-policies', { name: 'Now', match: { trigger: 'created', businessCritical: true }, steps: [{ delayMinutes: 0, targets: [{ type: 'role', role: 'owner' }] }] });
    expect(ladder.status, JSON.stringify(ladder.body)).toBe(201);
  }
  async function page(t: TestApp) {
    const ticket = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject: 'Payroll server down', priority: 'P1', businessCritical: true })).body;
    for (let i = 0; i < 3; i++) {
      await t.sb.engine!.engine.runOnce();
      await t.sb.delivery!.runOnce();
    }
    return (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).body.notifications as { method: string; status: string; lastError: string | null }[];
  }

  describe('by default', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, { 'secret-key': SECRET });
      await world(t);
    });
    afterAll(async () => t?.close());

    it('refuses to save one, naming the field', async () => {
      for (const address of ['http://127.0.0.1:9000/hook', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/x', 'http://localhost/x', 'http://10.0.0.8/teams']) {
        const r = await t.call(t.world.tokens.owner, 'POST', `/api/v1/users/${t.world.staffIds.owner}/contact-methods`, { method: 'webhook', address });
        expect(r.status, address).toBe(422);
        expect(r.body).toMatchObject({ code: 'internal_address', field: '/address' });
      }
      const bad = await t.call(t.world.tokens.owner, 'POST', `/api/v1/users/${t.world.staffIds.owner}/contact-methods`, { method: 'slack', address: 'http://[not-a-url' });
      expect(bad.status).toBe(422);
      expect(bad.body).toMatchObject({ code: 'invalid_address', field: '/address' });
      const fine = await t.call(t.world.tokens.owner, 'POST', `/api/v1/users/${t.world.staffIds.owner}/contact-methods`, { method: 'teams', address: 'https://example.webhook.office.com/webhookb2/abc', delayMinutes: 60 });
      expect(fine.status).toBe(201);
    });

    it('refuses to send to one saved earlier, and sends nothing there', async () => {
      // As if saved while the operator allowed it, and disallowed since.
      await insertContactMethod(t.sb.database.db, { id: newId(), userId: t.world.staffIds.owner, method: 'webhook', address: hook, delayMinutes: 0, disabled: false, createdAt: t.clock.iso() });
      receiver.reset();
      const sent = (await page(t)).filter((n) => n.method === 'webhook');
      expect(sent).toHaveLength(1);
      expect(sent[0].status).toBe('failed');
      expect(sent[0].lastError).toContain('refused');
      expect(receiver.requests()).toEqual([]);
    });
  });

  describe('when the operator allows it', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, { 'secret-key': SECRET, 'allow-private-destinations': 'true' });
      await world(t);
    });
    afterAll(async () => t?.close());

    it('saves and sends to a receiver on the local network', async () => {
      const r = await t.call(t.world.tokens.owner, 'POST', `/api/v1/users/${t.world.staffIds.owner}/contact-methods`, { method: 'webhook', address: hook });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      receiver.reset();
      const sent = (await page(t)).filter((n) => n.method === 'webhook');
      expect(sent.map((n) => n.status)).toEqual(['sent']);
      expect(receiver.requests()).toHaveLength(1);
    });
  });
});
