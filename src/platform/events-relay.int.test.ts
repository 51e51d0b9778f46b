/**
 * Live events between nodes sharing one PostgreSQL database. PostgreSQL only: an embedded SQLite
 * database is served by one process, so there is no other node to tell.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/app.js';
import { buildSwitchboard, type Switchboard } from '../main.js';
import type { DomainEvent } from './events.js';
import { EVENTS_CHANNEL } from './events-relay.js';
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

  it('sends the events published in one turn in one notification, in order, split only to fit', async () => {
    const listener = new pg.Client({ connectionString: t.test.databaseUrl });
    await listener.connect();
    const payloads: string[] = [];
    listener.on('notification', (m) => payloads.push(m.payload ?? ''));
    await listener.query(`LISTEN ${EVENTS_CHANNEL}`);
    const seenThere: DomainEvent[] = [];
    const off = other.events.subscribe((e) => seenThere.push(e));
    try {
      const event = (i: number, size = 0): DomainEvent => ({
        type: 'ticket.updated', ticketId: `batch-${i}`, organizationId: t.world.a.id, contactId: null, internal: false, at: t.clock.iso(), data: { note: 'x'.repeat(size) },
      });
      for (let i = 0; i < 5; i++) t.sb.events.publish(event(i));
      await until(() => seenThere.filter((e) => e.ticketId.startsWith('batch-')).length === 5);
      expect(payloads).toHaveLength(1);
      // Three events of 3,000 bytes each cannot share one 8,000-byte notification: two are sent.
      for (let i = 5; i < 8; i++) t.sb.events.publish(event(i, 3000));
      await until(() => seenThere.filter((e) => e.ticketId.startsWith('batch-')).length === 8);
      expect(payloads).toHaveLength(3);
      expect(seenThere.filter((e) => e.ticketId.startsWith('batch-')).map((e) => e.ticketId)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => `batch-${i}`));
      expect((seenThere.find((e) => e.ticketId === 'batch-7')!.data as { note: string }).note).toHaveLength(3000);
    } finally {
      off();
      await listener.end();
    }
  });
});
