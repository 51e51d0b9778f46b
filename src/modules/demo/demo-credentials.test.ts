import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS_FILE, DEMO_SECRET_KEY_FILE, demoSecretKey, describeDemoCredentials, readDemoCredentials, saveDemoCredentials, type DemoCredentials } from './demo-credentials.js';

const credentials: DemoCredentials = {
  loadedAt: '2026-03-02T14:00:00.000Z',
  logins: [
    { label: 'Owner', email: 'owner@switchboard.example', password: 'owner-secret-123' },
    { label: 'Client admin', email: 'astrid@client.example', password: 'client-secret-456' },
  ],
  apiToken: 'sb_demo_token',
};

describe('the demo credentials file', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-demo-creds-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('is readable by its owner only, whatever the umask, and reads back as written', () => {
    const dataDir = path.join(tmp(), 'data');
    const previous = process.umask(0o000);
    try {
      const file = saveDemoCredentials(dataDir, credentials);
      expect(file).toBe(path.join(dataDir, DEMO_CREDENTIALS_FILE));
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(previous);
    }
    expect(readDemoCredentials(dataDir)).toEqual(credentials);
    expect(fs.readdirSync(dataDir)).toEqual([DEMO_CREDENTIALS_FILE]);
  });

  it('reads nothing from a missing, malformed or foreign file', () => {
    const dataDir = tmp();
    expect(readDemoCredentials(dataDir)).toBeUndefined();
    fs.writeFileSync(path.join(dataDir, DEMO_CREDENTIALS_FILE), '{"apiToken": 42}');
    expect(readDemoCredentials(dataDir)).toBeUndefined();
    fs.writeFileSync(path.join(dataDir, DEMO_CREDENTIALS_FILE), 'not json');
    expect(readDemoCredentials(dataDir)).toBeUndefined();
  });

  it('prints every login, the token and a request to try, aligned', () => {
    const text = describeDemoCredentials(credentials, 'https://desk.example/', '/data/demo-credentials.json');
    expect(text.split('\n')).toEqual([
      'Demo logins, made for this install (kept in /data/demo-credentials.json, readable by you only):',
      '  Owner:         owner@switchboard.example / owner-secret-123',
      '  Client admin:  astrid@client.example / client-secret-456',
      '  API token:     sb_demo_token',
      '  Try: curl -H "Authorization: Bearer sb_demo_token" https://desk.example/api/v1/tickets',
    ]);
  });

  it('makes the demo a secret key once, readable by its owner only, and gives the same one on every later start', () => {
    const dataDir = path.join(tmp(), 'data');
    const previous = process.umask(0o000);
    let key: string;
    try {
      key = demoSecretKey(dataDir);
    } finally {
      process.umask(previous);
    }
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fs.statSync(path.join(dataDir, DEMO_SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(demoSecretKey(dataDir)).toBe(key);
    // A file too short to be a key (cut off, edited) is replaced by a new key.
    fs.writeFileSync(path.join(dataDir, DEMO_SECRET_KEY_FILE), 'short');
    expect(demoSecretKey(dataDir)).not.toBe(key);
    expect(demoSecretKey(dataDir)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
