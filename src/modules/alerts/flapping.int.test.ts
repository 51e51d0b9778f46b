import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { genericAlert, makeSource, send } from '../../../test/support/alerts.js';
import { DIALECTS } from '../../../test/support/db.js';

/**
 * A flapping alert is damped: past the source's number of state changes within its window, no
 * change reaches the ticket, one event says so, and only after a whole quiet window does the state
 * last reported reach the ticket — through the engine's deadline, driven here by hand.
 */
describe.each(DIALECTS)('flapping alerts on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  const status = async (id: string) => (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${id}`)).body.status;
  const events = async (id: string) => (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${id}/events?limit=200`)).body.items as { type: string; field: string | null; after: any }[];

  it('holds resolve and reopen while flapping, writes one flapping event, and settles after a quiet window', async () => {
    const source = await makeSource(t, { format: 'generic', organizationId: t.world.a.id, flapChanges: 2, flapWindowMinutes: 10 });
    const fire = () => send(t, source, genericAlert({ key: 'vpn' }));
    const clear = () => send(t, source, genericAlert({ key: 'vpn', status: 'resolved' }));
    const step = () => t.clock.advance(30_000);
    const opened = (await fire()).body.alerts[0];
    const ticketId = opened.ticketId;
    step();
    expect((await clear()).body.alerts[0].action).toBe('resolved');
    step();
    expect((await fire()).body.alerts[0].action).toBe('reopened');
    step();
    // The third change within ten minutes: flapping; the ticket stays open.
    expect((await clear()).body.alerts[0]).toMatchObject({ action: 'held', flapping: true, state: 'firing' });
    for (let i = 0; i < 20; i += 1) {
      step();
      const r = i % 2 === 0 ? await fire() : await clear();
      expect(r.body.alerts[0]).toMatchObject({ action: 'held', flapping: true });
    }
    expect(await status(ticketId)).toBe('open');
    const log = await events(ticketId);
    expect(log.filter((e) => e.type === 'alert.flapping')).toHaveLength(1);
    expect(log.filter((e) => e.type === 'ticket.updated' && e.field === 'status').map((e) => e.after)).toEqual(['resolved', 'open']);
    const alert = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/alerts/${opened.alertId}`)).body;
    expect(alert).toMatchObject({ count: 24, flapping: true, state: 'firing', observedState: 'resolved' });

    // Nine quiet minutes: still flapping.
    t.clock.advance(9 * 60_000);
    await t.sb.engine!.engine.runOnce();
    expect(await status(ticketId)).toBe('open');
    // A whole quiet window after the last change: stable, and its recovery resolves the ticket.
    t.clock.advance(60_000);
    await t.sb.engine!.engine.runOnce();
    expect(await status(ticketId)).toBe('resolved');
    expect((await t.call(t.world.tokens.owner, 'GET', `/api/v1/alerts/${opened.alertId}`)).body).toMatchObject({ flapping: false, state: 'resolved' });
    expect((await events(ticketId)).filter((e) => e.type === 'alert.stable').map((e) => e.after.state)).toEqual(['resolved']);
    // Stable again, a change reaches the ticket at once.
    expect((await fire()).body.alerts[0]).toMatchObject({ action: 'reopened', flapping: false });
  });

  it('waits while a flapping alert keeps changing, and reopens its resolved ticket when it settles firing', async () => {
    const source = await makeSource(t, { format: 'generic', organizationId: t.world.a.id, flapChanges: 1, flapWindowMinutes: 5 });
    const fire = () => send(t, source, genericAlert({ key: 'wan' }));
    const clear = () => send(t, source, genericAlert({ key: 'wan', status: 'resolved' }));
    const ticketId = (await fire()).body.alerts[0].ticketId;
    expect((await clear()).body.alerts[0].action).toBe('resolved');
    expect((await fire()).body.alerts[0].action).toBe('held');
    t.clock.advance(4 * 60_000);
    await clear();
    t.clock.advance(4 * 60_000);
    await fire();
    // Five minutes after the first held change, but not after the last one: nothing yet.
    await t.sb.engine!.engine.runOnce();
    expect((await t.call(t.world.tokens.owner, 'GET', `/api/v1/alerts?flapping=true`)).body.items.map((a: any) => a.dedupeKey)).toContain('wan');
    t.clock.advance(5 * 60_000);
    await t.sb.engine!.engine.runOnce();
    const alert = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/alerts?sourceId=${source.id}`)).body.items[0];
    expect(alert).toMatchObject({ flapping: false, state: 'firing', observedState: 'firing' });
    expect(await status(ticketId)).toBe('open');
  });
});
