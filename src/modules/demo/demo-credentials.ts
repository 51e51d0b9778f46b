/**
 * The demo's secrets, kept where only the operator can read them: `demo-credentials.json` in the
 * data directory, mode 0600, written once when the demo is loaded. The database holds only the
 * token's hash and the passwords' hashes, as for every real account, so this file is how
 * `switchboard serve` shows the logins again on every start.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DemoLogin } from './load-demo.js';

/** The file's name inside the data directory. */
export const DEMO_CREDENTIALS_FILE = 'demo-credentials.json';

/** What the file holds. */
export interface DemoCredentials {
  /** When the demo was loaded (ISO-8601). */
  loadedAt: string;
  logins: DemoLogin[];
  apiToken: string;
}

export function demoCredentialsPath(dataDir: string): string {
  return path.resolve(dataDir, DEMO_CREDENTIALS_FILE);
}

/**
 * Writes the file readable by its owner only (0600), replacing it atomically: a crash leaves the
 * old file or the new one, never half of one. Returns its path.
 */
export function saveDemoCredentials(dataDir: string, credentials: DemoCredentials): string {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = demoCredentialsPath(dataDir);
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temporary, 'w', 0o600);
  try {
    fs.writeFileSync(fd, `${JSON.stringify(credentials, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  // The mode given to open is reduced by the umask; the file must end up 0600 whatever it is.
  fs.chmodSync(temporary, 0o600);
  fs.renameSync(temporary, file);
  return file;
}

/** The saved credentials, or undefined when there is no file or it is not one of ours. */
export function readDemoCredentials(dataDir: string): DemoCredentials | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(demoCredentialsPath(dataDir), 'utf8'));
  } catch {
    return undefined;
  }
  const c = parsed as Partial<DemoCredentials> | null;
  const login = (l: unknown) => !!l && typeof l === 'object' && ['label', 'email', 'password'].every((k) => typeof (l as Record<string, unknown>)[k] === 'string');
  if (!c || typeof c.apiToken !== 'string' || typeof c.loadedAt !== 'string' || !Array.isArray(c.logins) || !c.logins.every(login)) return undefined;
  return { loadedAt: c.loadedAt, logins: c.logins, apiToken: c.apiToken };
}

/** The lines `serve` prints: every login with its password, the token, and a request to try. */
export function describeDemoCredentials(credentials: DemoCredentials, publicUrl: string, file: string): string {
  const rows: [string, string][] = [...credentials.logins.map((l): [string, string] => [l.label, `${l.email} / ${l.password}`]), ['API token', credentials.apiToken]];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return [
    `Demo logins, made for this install (kept in ${file}, readable by you only):`,
    ...rows.map(([label, value]) => `  ${`${label}:`.padEnd(width)} ${value}`),
    `  Try: curl -H "Authorization: Bearer ${credentials.apiToken}" ${publicUrl.replace(/\/+$/, '')}/api/v1/tickets`,
  ].join('\n');
}

/** The file, in the data directory, of the secret key a demo runs with when none is configured. */
export const DEMO_SECRET_KEY_FILE = 'demo-secret-key';

/**
 * The secret key for a demo started without SWITCHBOARD_SECRET_KEY: made once (random, 0600 in the
 * data directory) and read on every later start, so the demo provider's sealed settings and the
 * acknowledge links in its pages keep working across restarts. A configured key always wins.
 */
export function demoSecretKey(dataDir: string): string {
  const file = path.resolve(dataDir, DEMO_SECRET_KEY_FILE);
  try {
    const saved = fs.readFileSync(file, 'utf8').trim();
    if (saved.length >= 32) return saved;
  } catch {
    // No key yet: make one below.
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return key;
}
