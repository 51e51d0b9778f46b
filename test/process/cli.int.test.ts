import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import { exited, runCliToEnd, startServerProcess } from '../support/server-process.js';

/** The `switchboard` command as an operator uses it, on the embedded SQLite database. */
describe('the switchboard command', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const env = () => ({ SWITCHBOARD_DATA_DIR: path.join(dir, 'data') });

  it('serves the demo MSP on first start with secrets made for this install, and shows them again on every start', async () => {
    const demoDir = path.join(dir, 'demo');
    const server = await startServerProcess({ SWITCHBOARD_DATA_DIR: demoDir }, ['--demo']);
    let token: string | undefined;
    let password: string | undefined;
    try {
      token = /API token:\s+(\S+)/.exec(server.output())?.[1];
      password = /Owner:\s+owner@switchboard\.example \/ (\S+)/.exec(server.output())?.[1];
      expect(token).toMatch(/^sb_demo_[A-Za-z0-9_-]{43}$/);
      expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
      expect(server.output()).toMatch(/Technician:\s+tech@switchboard\.example \/ [A-Za-z0-9_-]{20}/);
      expect(server.output()).not.toContain('switchboard-demo');
      // The banner names the address this node really listens on, not the default port 8080.
      expect(server.output()).toContain(`Try: curl -H "Authorization: Bearer ${token}" ${server.url}/api/v1/tickets`);
      const file = path.join(demoDir, 'demo-credentials.json');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ apiToken: token });
      const r = await fetch(`${server.url}/api/v1/tickets?limit=5`, { headers: { authorization: `Bearer ${token}` } });
      expect(r.status).toBe(200);
      const page = (await r.json()) as { items: { number: string }[] };
      expect(page.items).toHaveLength(5);
      const orgs = (await (await fetch(`${server.url}/api/v1/organizations?limit=200`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: { timeZone: string }[] };
      expect(orgs.items).toHaveLength(25);
      expect(new Set(orgs.items.map((o) => o.timeZone)).size).toBeGreaterThanOrEqual(4);
      // The console opens with the desk's shared views (the technician's private one is not the owner's).
      const views = (await (await fetch(`${server.url}/api/v1/views`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: { name: string; shared: boolean }[] };
      expect(views.items.map((v) => v.name)).toEqual(['Breaching within the hour', 'Urgent, all clients']);
      const login = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'owner@switchboard.example', password }) });
      expect(login.status).toBe(200);
      // The live desk's pages reach the demo outbox by themselves (the engine and the delivery
      // worker run in the default roles), with acknowledge links signed by the demo's own key.
      expect(fs.statSync(path.join(demoDir, 'demo-secret-key')).mode & 0o777).toBe(0o600);
      let kept: { ticket: { number: string } | null; text: string; ackPath: string | null }[] = [];
      for (let i = 0; i < 200 && kept.length === 0; i += 1) {
        const outbox = await fetch(`${server.url}/api/v1/demo-outbox`, { headers: { authorization: `Bearer ${token}` } });
        expect(outbox.status).toBe(200);
        kept = ((await outbox.json()) as { items: typeof kept }).items;
        if (kept.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(kept.length).toBeGreaterThan(0);
      // The link carries the public address (SWITCHBOARD_PUBLIC_URL's default here); its path opens on any.
      expect(kept[0].text).toMatch(/Acknowledge: http:\/\/localhost:8080\/ack\/\S+ or reply ACK\./);
      expect((await fetch(`${server.url}${kept[0].ackPath}`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
    // A restart (with or without --demo) shows the same logins; the database was not loaded again.
    const again = await startServerProcess({ SWITCHBOARD_DATA_DIR: demoDir });
    try {
      expect(again.output()).toContain(`owner@switchboard.example / ${password}`);
      expect(again.output()).toMatch(new RegExp(`API token:\\s+${token}`));
      expect(again.output()).toContain(`Try: curl -H "Authorization: Bearer ${token}" ${again.url}/api/v1/tickets`);
      expect(again.output()).not.toContain('Demo data loaded');
    } finally {
      again.child.kill('SIGTERM');
      await exited(again.child);
    }
  }, 120_000);

  it('refuses to start with bad settings, listing every problem at once', async () => {
    const r = await runCliToEnd(['serve', '--port', 'eighty'], { ...env(), SWITCHBOARD_LOG_LEVEL: 'shouty', SWITCHBOARD_TYPO: '1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port="eighty"');
    expect(r.stderr).toContain('SWITCHBOARD_LOG_LEVEL="shouty"');
    expect(r.stderr).toContain('SWITCHBOARD_TYPO is not a Switchboard setting');
  });

  it('refuses every command but serve and migrate where there is no database, creating nothing', async () => {
    const typo = path.join(dir, 'dta');
    const snapshot = path.join(dir, 'nothing.db');
    for (const args of [['backup', snapshot], ['restore', snapshot], ['token', 'create', '--email', 'boss@msp.example'], ['user', 'create', '--email', 'a@msp.example', '--name', 'A', '--role', 'owner'], ['demo']]) {
      const r = await runCliToEnd(args, { SWITCHBOARD_DATA_DIR: typo });
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toContain(`There is no Switchboard database at ${path.join(typo, 'switchboard.db')}`);
    }
    expect(fs.existsSync(typo)).toBe(false);
    expect(fs.existsSync(snapshot)).toBe(false);
    // A directory that holds some other SQLite file is not a Switchboard database either.
    const other = path.join(dir, 'other');
    fs.mkdirSync(other);
    new SQLite(path.join(other, 'switchboard.db')).close();
    const r = await runCliToEnd(['backup', snapshot], { SWITCHBOARD_DATA_DIR: other });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not a Switchboard database');
    expect(fs.existsSync(snapshot)).toBe(false);
    expect((await runCliToEnd(['migrate'], { SWITCHBOARD_DATA_DIR: typo })).code).toBe(0);
    expect(fs.existsSync(path.join(typo, 'switchboard.db'))).toBe(true);
  });

  it('creates the first owner on a new database and issues a token that works', async () => {
    const migrated = await runCliToEnd(['migrate'], env());
    expect(migrated.code, migrated.stderr).toBe(0);
    const created = await runCliToEnd(['user', 'create', '--email', 'Boss@MSP.example', '--name', 'The Boss', '--role', 'owner'], env());
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('Created owner The Boss <boss@msp.example>');
    expect(created.stdout).toMatch(/Password \(shown once\): \S{20}/);
    const again = await runCliToEnd(['user', 'create', '--email', 'boss@msp.example', '--name', 'Again', '--role', 'owner'], env());
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('[email_taken]');
    const badRole = await runCliToEnd(['user', 'create', '--email', 'x@msp.example', '--name', 'X', '--role', 'wizard'], env());
    expect(badRole.stderr).toContain('[invalid_role]');
    const token = await runCliToEnd(['token', 'create', '--email', 'boss@msp.example', '--name', 'ops'], env());
    expect(token.code, token.stderr).toBe(0);
    const server = await startServerProcess(env());
    try {
      const me = await fetch(`${server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token.stdout.trim()}` } });
      expect(await me.json()).toMatchObject({ email: 'boss@msp.example', role: 'owner' });
    } finally {
      server.child.kill('SIGTERM');
      expect((await exited(server.child)).code).toBe(0);
    }
  });

  it('backs up while the server keeps writing, and restores the snapshot', async () => {
    const token = (await runCliToEnd(['token', 'create', '--email', 'boss@msp.example'], env())).stdout.trim();
    const server = await startServerProcess(env());
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    try {
      const org = (await (await fetch(`${server.url}/api/v1/organizations`, { method: "POST", headers: auth, body: JSON.stringify({ name: "Backup Clinic", timeZone: "Europe/London" }) })).json()) as { id: string };
      let writing = true;
      let written = 0;
      const writer = (async () => {
        while (writing) {
          const r = await fetch(`${server.url}/api/v1/tickets`, { method: 'POST', headers: auth, body: JSON.stringify({ organizationId: org.id, subject: `During backup ${written}` }) });
          if (r.status === 201) written += 1;
        }
      })();
      while (written < 20) await new Promise((r) => setTimeout(r, 10));
      const file = path.join(dir, 'snapshot.db');
      const backup = await runCliToEnd(['backup', file], env());
      writing = false;
      await writer;
      expect(backup.code, backup.stderr).toBe(0);
      const snapshot = new SQLite(file, { readonly: true });
      expect(snapshot.pragma('integrity_check', { simple: true })).toBe('ok');
      const inSnapshot = (snapshot.prepare('select count(*) as n from tickets').get() as { n: number }).n;
      snapshot.close();
      expect(inSnapshot).toBeGreaterThanOrEqual(20);
      expect(inSnapshot).toBeLessThanOrEqual(written);

      const restored = await runCliToEnd(['restore', file], env());
      expect(restored.code, restored.stderr).toBe(0);
      let seen = 0;
      let cursor: string | null = '';
      while (cursor !== null) {
        const page = (await (
          await fetch(`${server.url}/api/v1/tickets?limit=200&organizationId=${org.id}${cursor ? `&cursor=${cursor}` : ''}`, { headers: auth })
        ).json()) as { items: unknown[]; nextCursor: string | null };
        seen += page.items.length;
        cursor = page.nextCursor;
      }
      expect(seen).toBe(inSnapshot);
    } finally {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
    const notADb = path.join(dir, 'not-a-db.db');
    fs.writeFileSync(notADb, 'hello');
    const refused = await runCliToEnd(['restore', notADb], env());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not a SQLite database');
    const exists = await runCliToEnd(['backup', path.join(dir, 'snapshot.db')], env());
    expect(exists.stderr).toContain('already exists');
  });

  it('finishes an in-flight request on SIGTERM before exiting', async () => {
    const token = (await runCliToEnd(['token', 'create', '--email', 'boss@msp.example'], env())).stdout.trim();
    const server = await startServerProcess(env());
    const inFlight = fetch(`${server.url}/api/v1/stream`, { headers: { authorization: `Bearer ${token}` } });
    const slow = fetch(`${server.url}/api/v1/tickets?limit=200`, { headers: { authorization: `Bearer ${token}` } });
    const response = await inFlight;
    server.child.kill('SIGTERM');
    expect((await slow).status).toBe(200);
    await response.body?.cancel().catch(() => undefined);
    const { code } = await exited(server.child);
    expect(code).toBe(0);
  });
});
