import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/platform/clock.js';
import { actorOf, findUserById } from '../../src/modules/auth/auth.repository.js';
import { createUser } from '../../src/modules/staff/index.js';
import { createAlertSource } from '../../src/modules/alerts/index.js';
import { newId } from '../../src/platform/ids.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../support/db.js';
import { exited, startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * Nothing acknowledged is lost: a server killed with SIGKILL in the middle of an alert storm has,
 * after restart, folded every alert it answered 200 for — each key's count at least the alerts
 * acknowledged for it, at most those sent — with exactly one ticket per key, and folds on into it.
 */
describe.each(DIALECTS)('a SIGKILL during an alert storm on %s', (dialect) => {
  let test: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  afterEach(async () => {
    server?.child.kill('SIGKILL');
    await test?.drop();
  });

  it('keeps every acknowledged alert folded, and one ticket per key', async () => {
    test = await createTestDatabase(dialect);
    const db = test.database.db;
    const owner = await createUser({ db, clock: systemClock }, null, { kind: 'staff', email: 'storm@msp.example', name: 'Storm', role: 'owner' });
    const orgId = newId();
    await db.insertInto('organizations').values({ id: orgId, name: 'Stormco', slug: 'stormco', industry: '', time_zone: 'UTC', created_at: systemClock.iso() }).execute();
    const actor = actorOf((await findUserById(db, owner.id))!)!;
    const { token } = await createAlertSource({ db, clock: systemClock }, actor, { name: 'Storm source', format: 'generic', organizationId: orgId }, null);
    const env: Record<string, string> = dialect === 'sqlite' ? { SWITCHBOARD_DATA_DIR: test.dataDir } : { DATABASE_URL: test.databaseUrl };

    server = await startServerProcess(env);
    const keys = Array.from({ length: 40 }, (_, i) => `device-${i}/cpu`);
    const sent = new Map<string, number>();
    const acknowledged = new Map<string, number>();
    let total = 0;
    let next = 0;
    let stop = false;
    const post = (url: string, key: string) =>
      fetch(`${url}/api/v1/alerts/inbound/generic`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ key, summary: `CPU high on ${key}`, severity: 'major' }) });
    const worker = async () => {
      while (!stop) {
        const key = keys[next++ % keys.length];
        sent.set(key, (sent.get(key) ?? 0) + 1);
        try {
          const r = await post(server!.url, key);
          if (r.status === 200) {
            acknowledged.set(key, (acknowledged.get(key) ?? 0) + 1);
            total += 1;
          }
        } catch {
          return; // the server died mid-request: that alert was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    while (total < 400) await new Promise((r) => setTimeout(r, 5));
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect((await exited(server.child)).signal).toBe('SIGKILL');

    server = await startServerProcess(env);
    const rows = await db.withTables<{ alerts: { dedupe_key: string; count: number; ticket_id: string | null } }>().selectFrom('alerts').select(['dedupe_key', 'count', 'ticket_id']).execute();
    const byKey = new Map(rows.map((r) => [r.dedupe_key, r]));
    for (const [key, acked] of acknowledged) {
      const row = byKey.get(key);
      expect(row, key).toBeDefined();
      expect(Number(row!.count), key).toBeGreaterThanOrEqual(acked);
      expect(Number(row!.count), key).toBeLessThanOrEqual(sent.get(key)!);
      expect(row!.ticket_id, key).not.toBeNull();
    }
    const tickets = await db.selectFrom('tickets').select(['id', 'channel']).execute();
    expect(tickets.length).toBe(rows.length);
    expect(new Set(rows.map((r) => r.ticket_id))).toEqual(new Set(tickets.map((t) => t.id)));
    // After the restart the storm folds on into the same tickets.
    const again = await post(server.url, keys[0]);
    expect(((await again.json()) as { alerts: { action: string; ticketId: string }[] }).alerts[0]).toEqual(expect.objectContaining({ action: 'folded', ticketId: byKey.get(keys[0])!.ticket_id }));
    expect((await db.selectFrom('tickets').select('id').execute()).length).toBe(tickets.length);
  }, 120_000);
});
