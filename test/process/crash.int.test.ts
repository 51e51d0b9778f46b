import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/platform/clock.js';
import { createToken } from '../../src/modules/auth/index.js';
import { actorOf, findUserById } from '../../src/modules/auth/auth.repository.js';
import { createUser } from '../../src/modules/staff/index.js';
import { newId } from '../../src/platform/ids.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../support/db.js';
import { exited, startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * Nothing acknowledged is lost: a server killed with SIGKILL in the middle of a burst of creates
 * still has, after restart, every ticket it answered 201 for — whole, with its event and search text.
 */
describe.each(DIALECTS)('a SIGKILL during a burst of creates on %s', (dialect) => {
  let test: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  afterEach(async () => {
    server?.child.kill('SIGKILL');
    await test?.drop();
  });

  it('keeps every ticket that was answered 201, and no half-written one', async () => {
    test = await createTestDatabase(dialect);
    const db = test.database.db;
    const user = await createUser({ db, clock: systemClock }, null, { kind: 'staff', email: 'burst@msp.example', name: 'Burst', role: 'technician' });
    const token = (await createToken({ db, clock: systemClock }, actorOf((await findUserById(db, user.id))!)!, { name: 'burst', ip: null })).token;
    const orgId = newId();
    await db.insertInto('organizations').values({ id: orgId, name: 'Crashco', slug: 'crashco', industry: '', time_zone: 'UTC', created_at: systemClock.iso() }).execute();
    const env: Record<string, string> = dialect === 'sqlite' ? { SWITCHBOARD_DATA_DIR: test.dataDir } : { DATABASE_URL: test.databaseUrl };

    server = await startServerProcess(env);
    const acknowledged: string[] = [];
    let attempts = 0;
    let stop = false;
    const worker = async () => {
      while (!stop) {
        attempts += 1;
        try {
          const r = await fetch(`${server!.url}/api/v1/tickets`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ organizationId: orgId, subject: `Burst ${attempts}`, description: 'kill me maybe' }),
          });
          if (r.status === 201) acknowledged.push(((await r.json()) as { id: string }).id);
        } catch {
          return; // the server died mid-request: that create was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    while (acknowledged.length < 200) await new Promise((r) => setTimeout(r, 5));
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect((await exited(server.child)).signal).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);

    // Restart on the same database and read every acknowledged ticket back through the API.
    server = await startServerProcess(env);
    for (const id of acknowledged) {
      const r = await fetch(`${server.url}/api/v1/tickets/${id}`, { headers: { authorization: `Bearer ${token}` } });
      expect(r.status, id).toBe(200);
    }
    const tickets = await db.selectFrom('tickets').select('id').execute();
    const created = await db.selectFrom('ticket_events').select('ticket_id').where('type', '=', 'ticket.created').execute();
    const messages = await db.selectFrom('messages').select('ticket_id').execute();
    expect(new Set(created.map((e) => e.ticket_id))).toEqual(new Set(tickets.map((t) => t.id)));
    expect(new Set(messages.map((m) => m.ticket_id))).toEqual(new Set(tickets.map((t) => t.id)));
  }, 120_000);
});
