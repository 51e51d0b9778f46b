/**
 * Live events between nodes sharing one PostgreSQL database. PostgreSQL only: an embedded SQLite
 * database is served by one process, so there is no other node to tell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/app.js';
import { buildSwitchboard, type Switchboard } from '../main.js';
import type { DomainEvent } from './events.js';
import { createLogger } from './logger.js';

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('live events across nodes on postgres', () => {
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

  it('delivers a change made on one node to the other node’s subscribers, once, and not back to itself', async () => {
    const seenThere: DomainEvent[] = [];
    const seenHere: DomainEvent[] = [];
    const offThere = other.events.subscribe((e) => seenThere.push(e));
    const offHere = t.sb.events.subscribe((e) => seenHere.push(e));
    try {
      const created = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.a.contactId, subject: 'Scanner on floor 2 jams' });
      expect(created.status).toBe(201);
      await until(() => seenThere.some((e) => e.ticketId === created.body.id));
      const note = await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${created.body.id}/messages`, { kind: 'note', body: 'Ordered a roller kit' });
      expect(note.status).toBe(201);
      await until(() => seenThere.some((e) => e.type === 'message.added'));
      await new Promise((r) => setTimeout(r, 200));

      const there = seenThere.filter((e) => e.ticketId === created.body.id);
      expect(there.map((e) => e.type)).toEqual(['ticket.created', 'message.added']);
      // The event keeps what the stream's tenancy filter needs: client, contact, internal.
      expect(there[0]).toMatchObject({ organizationId: t.world.a.id, contactId: t.world.a.contactId, internal: false });
      expect(there[1].internal).toBe(true);
      expect(seenHere.filter((e) => e.ticketId === created.body.id).map((e) => e.type)).toEqual(['ticket.created', 'message.added']);
    } finally {
      offThere();
      offHere();
    }
  });

  it('carries a change made on the other node back the same way', async () => {
    const seenHere: DomainEvent[] = [];
    const off = t.sb.events.subscribe((e) => seenHere.push(e));
    try {
      const response = await other.app.inject({
        method: 'POST',
        url: '/api/v1/tickets',
        headers: { authorization: `Bearer ${t.world.tokens.technician}`, 'content-type': 'application/json' },
        payload: JSON.stringify({ organizationId: t.world.b.id, subject: 'Forklift terminal offline' }),
      });
      expect(response.statusCode).toBe(201);
      const id = (JSON.parse(response.body) as { id: string }).id;
      await until(() => seenHere.some((e) => e.ticketId === id && e.type === 'ticket.created'));
    } finally {
      off();
    }
  });
});
