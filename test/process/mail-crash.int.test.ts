import net from 'node:net';
import { createTransport } from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/platform/clock.js';
import { newId } from '../../src/platform/ids.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../support/db.js';
import { exited, startServerProcess, type ServerProcess } from '../support/server-process.js';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const mail = (i: number) => ({ from: 'Crash Tester <tester@crashco.example>', to: 'help@msp.example', subject: `Crash ${i}`, text: `Message ${i} of the burst.`, messageId: `<crash-${i}@crashco.example>`, date: new Date('2026-03-02T10:00:00Z') });

/**
 * Nothing acknowledged is lost, nothing doubled: the SMTP listener is killed with SIGKILL in the
 * middle of a burst. After a restart every message that got its 250 is stored once and filed as
 * one ticket; senders that retry what they never saw acknowledged create nothing twice.
 */
describe.each(DIALECTS)('a SIGKILL during mail intake on %s', (dialect) => {
  let test: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  afterEach(async () => {
    server?.child.kill('SIGKILL');
    await test?.drop();
  });

  it('keeps every message answered 250, files each once, and dedupes retries', async () => {
    test = await createTestDatabase(dialect);
    const db = test.database.db;
    const at = systemClock.iso();
    const orgId = newId();
    const contactId = newId();
    await db.insertInto('organizations').values({ id: orgId, name: 'Crashco', slug: 'crashco', industry: '', time_zone: 'UTC', created_at: at }).execute();
    await db.insertInto('contacts').values({ id: contactId, organization_id: orgId, site_id: null, name: 'Crash Tester', title: '', work_location: 'site', vip: false, created_at: at }).execute();
    await db.insertInto('contact_emails').values({ contact_id: contactId, email: 'tester@crashco.example', is_primary: true }).execute();
    await db.insertInto('mailboxes' as never).values({ id: newId(), name: 'Help', address: 'help@msp.example', kind: 'smtp', team_id: null, default_priority: 'P3', settings: '{}', secrets_encrypted: null, outside_sender: 'note', health_minutes: 30, enabled: true, version: 1, created_at: at, updated_at: at } as never).execute();
    const port = await freePort();
    const env: Record<string, string> = { ...(dialect === 'sqlite' ? { SWITCHBOARD_DATA_DIR: test.dataDir } : { DATABASE_URL: test.databaseUrl }), SWITCHBOARD_ROLES: 'api,engine,mail', SWITCHBOARD_MAIL_PORT: String(port) };

    server = await startServerProcess(env);
    const acknowledged: number[] = [];
    let next = 0;
    let stop = false;
    const worker = async () => {
      const smtp = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: 1 });
      try {
        while (!stop) {
          const i = next++;
          try {
            const info = await smtp.sendMail(mail(i));
            if (/^250 /.test(info.response)) acknowledged.push(i);
          } catch {
            return; // the server died mid-conversation: that message was never acknowledged
          }
        }
      } finally {
        smtp.close();
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    while (acknowledged.length < 120) await new Promise((r) => setTimeout(r, 5));
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect((await exited(server.child)).signal).toBe('SIGKILL');
    const sent = next;
    // Stored before the 250: every acknowledged message is in the database of the dead server.
    const atKill = new Set(((await db.selectFrom('inbound_messages' as never).select('message_id' as never).execute()) as { message_id: string }[]).map((r) => r.message_id));
    for (const i of acknowledged) expect(atKill.has(`crash-${i}@crashco.example`), `crash-${i} stored before its 250`).toBe(true);

    // Restart; senders retry everything they tried, acknowledged or not.
    server = await startServerProcess(env);
    const smtp = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: 4 });
    await Promise.all(Array.from({ length: sent }, (_, i) => smtp.sendMail(mail(i))));
    smtp.close();
    const started = Date.now();
    for (;;) {
      const waiting = await db.selectFrom('inbound_messages' as never).select('id' as never).where('state' as never, '!=', 'processed' as never).execute();
      if (waiting.length === 0) break;
      if (Date.now() - started > 60_000) throw new Error(`${waiting.length} messages still unprocessed`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const rows = (await db.selectFrom('inbound_messages' as never).select(['message_id', 'ticket_id', 'disposition'] as never).execute()) as { message_id: string; ticket_id: string; disposition: string }[];
    const ids = rows.map((r) => r.message_id);
    for (const i of acknowledged) expect(ids, `crash-${i}`).toContain(`crash-${i}@crashco.example`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rows.length).toBe(sent);
    expect(rows.every((r) => r.disposition === 'created' && r.ticket_id)).toBe(true);
    const tickets = await db.selectFrom('tickets').select('id').where('channel', '=', 'email').execute();
    expect(tickets.length).toBe(rows.length);
    expect(new Set(rows.map((r) => r.ticket_id))).toEqual(new Set(tickets.map((t) => t.id)));
  }, 180_000);
});
