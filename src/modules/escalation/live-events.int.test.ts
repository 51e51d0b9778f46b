import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';
import { TARGETS } from '../../../test/api/endpoints.js';

type Sse = { type: string; data: any };

/** Reads a live stream as a token holder, collecting its events until `stop`. */
async function openStream(address: string, token: string): Promise<{ events: Sse[]; stop: () => Promise<void> }> {
  const controller = new AbortController();
  const response = await fetch(`${address}/api/v1/stream`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  const reader = response.body!.getReader();
  const events: Sse[] = [];
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop()!;
        for (const block of blocks) {
          const type = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (type && data) events.push({ type, data: JSON.parse(data) });
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    events,
    async stop() {
      controller.abort();
      await reading;
    },
  };
}

/** Waits until `check` holds, looking again every few milliseconds (events cross a socket). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`never saw ${what}`);
}

/**
 * The ticket's escalation panel follows the ladder live: every step the engine takes, every page's
 * delivery and the acknowledgement reach staff streams as they commit; client streams get none.
 */
describe.each(DIALECTS)('live escalation events on %s', (dialect) => {
  let t: TestApp;
  let address: string;
  const smtp = new FakeSmtp();

  beforeAll(async () => {
    t = await startTestApp(dialect, { 'secret-key': 'a-test-secret-that-is-long-enough-0123', 'ticket-prefix': 'HD', 'allow-private-destinations': 'true' });
    address = await t.sb.app.listen({ host: '127.0.0.1', port: 0 });
    const owner = t.world.tokens.owner;
    const relay = new URL(await smtp.start());
    const provider = await t.call(owner, 'POST', '/api/v1/providers', { name: 'Mail relay', kind: 'smtp', settings: { host: relay.hostname, port: Number(relay.port), secure: false, from: 'Switchboard <paging@msp.example>' } });
    expect(provider.status, JSON.stringify(provider.body)).toBe(201);
    await t.call(owner, 'PATCH', `/api/v1/teams/${t.world.teamId}`, { leadUserId: t.world.staffIds.admin });
    const ladder = await t.call(owner, 'POST', '/api/v1/escalation-policies', {
      name: 'Critical',
      match: { trigger: 'created', businessCritical: true },
      steps: [
        { delayMinutes: 5, delayKind: 'wall', targets: [{ type: 'role', role: 'team_lead' }] },
        { delayMinutes: 10, delayKind: 'wall', targets: [{ type: 'role', role: 'owner' }] },
      ],
    });
    expect(ladder.status, JSON.stringify(ladder.body)).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('streams each step, each page’s delivery and the acknowledgement to staff as they commit, and nothing of them to the client', async () => {
    const staff = await openStream(address, t.world.tokens.technician);
    const client = await openStream(address, t.world.a.clientAdminToken);
    const ticket = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject: 'Core switch down', priority: 'P1', businessCritical: true, teamId: t.world.teamId })).body;
    const ladders = () => staff.events.filter((e) => e.type === 'escalation.changed' && e.data.ticketId === ticket.id).map((e) => [e.data.data.change, e.data.data.step]);
    const pages = () => staff.events.filter((e) => e.type === 'escalation.page' && e.data.ticketId === ticket.id).map((e) => e.data.data.status);

    t.clock.advance(5 * 60_000);
    await t.sb.engine!.engine.runOnce();
    await until(() => ladders().length === 1, 'the first step');
    expect(ladders()).toEqual([['paged', 1]]);
    expect(pages()).toEqual([]);

    await t.sb.delivery!.runOnce();
    await until(() => pages().length === 1, 'the page’s delivery');
    expect(pages()).toEqual(['sent']);
    const [mail] = smtp.messages();
    expect(mail.text).toContain(`[${ticket.number}] P1 business-critical: Core switch down`);
    expect(ticket.number).toMatch(/^HD-\d+$/);

    t.clock.advance(10 * 60_000);
    await t.sb.engine!.engine.runOnce();
    await until(() => ladders().length === 2, 'the last step');
    expect(ladders()).toEqual([['paged', 1], ['exhausted', 2]]);

    expect((await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticket.id}/acknowledge`)).status).toBe(200);
    await until(() => ladders().length === 3, 'the acknowledgement');
    expect(ladders()).toEqual([['paged', 1], ['exhausted', 2], ['acknowledged', null]]);
    // The owner's page, queued before the acknowledgement, is withdrawn with it: no delivery to tell.
    await t.sb.delivery!.runOnce();

    // A change the client does see, so its stream is known to be live before it is checked.
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'waiting_on_client' });
    await until(() => client.events.some((e) => e.type === 'ticket.updated'), 'the client’s status change');
    await staff.stop();
    await client.stop();
    expect(client.events.filter((e) => e.type.startsWith('escalation.'))).toEqual([]);
    expect(staff.events.filter((e) => e.type.startsWith('escalation.')).every((e) => e.data.ticketId === ticket.id)).toBe(true);
  });

  it('tells the stream when a step waits for the client’s covered hours', async () => {
    const owner = t.world.tokens.owner;
    // Covered Monday to Friday 09:00–17:00 in Chicago; now is Monday 08:00 there (14:00 UTC) plus the minutes above.
    const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Chicago office', timeZone: 'America/Chicago', preset: 'business-hours' })).body;
    const sla = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).body;
    const contract = await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.b.id, name: 'Office hours', kind: 'managed', slaPolicyId: sla.id, coverage: [{ calendarId: calendar.id }] });
    expect(contract.status, JSON.stringify(contract.body)).toBe(201);
    const staff = await openStream(address, t.world.tokens.technician);
    const ticket = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.b.id, subject: 'Printer on fire', priority: 'P1', businessCritical: true, teamId: t.world.teamId })).body;
    t.clock.advance(5 * 60_000);
    await t.sb.engine!.engine.runOnce();
    await until(() => staff.events.some((e) => e.type === 'escalation.changed' && e.data.ticketId === ticket.id), 'the deferral');
    await staff.stop();
    expect(staff.events.filter((e) => e.type === 'escalation.changed' && e.data.ticketId === ticket.id).map((e) => e.data.data)).toEqual([
      { escalationId: expect.any(String), change: 'deferred', step: 1, round: 1 },
    ]);
  });
});
