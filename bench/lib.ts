/**
 * Shared plumbing of the benchmarks (measures nothing itself): starting a benchmark server in its
 * own child process and stopping it even when the benchmark fails, command-line flags, percentiles
 * and the staff/organisation fixtures the benchmarks authenticate with (built with the real use
 * cases, like test/support/factories.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { systemClock, type Clock } from '../src/platform/clock.js';
import type { Db } from '../src/platform/db/connect.js';
import { newId } from '../src/platform/ids.js';
import { createToken } from '../src/modules/auth/index.js';
import { actorOf, findUserById } from '../src/modules/auth/auth.repository.js';
import { createUser } from '../src/modules/staff/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ChildServer {
  pid: number;
  port: number;
  url: string;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
// A benchmark that throws or is interrupted must not leave servers behind.
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    children.forEach((c) => c.kill('SIGKILL'));
    process.exit(130);
  });
}

/**
 * Spawns `node --import tsx <script>` with the given environment and waits (up to 60 s) for the
 * line `{"port": N}` it prints once it listens on 127.0.0.1.
 */
export async function startServer(script: string, env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    children.delete(child);
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let buffer = '';
      const timer = setTimeout(() => reject(new Error(`${script} did not report its port within 60 s`)), 60_000);
      child.once('exit', (code) => reject(new Error(`${script} exited with code ${code} before listening`)));
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        for (const line of buffer.split('\n')) {
          const m = /^\{"port":(\d+)\}$/.exec(line.trim());
          if (m) {
            clearTimeout(timer);
            resolve(Number(m[1]));
          }
        }
      });
    });
    child.stdout!.resume();
    return { pid: child.pid!, port, url: `http://127.0.0.1:${port}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs `node --import tsx <script>` to completion with `input` on stdin; resolves to its stdout. */
export async function runChild(script: string, input: string, timeoutMs = 600_000): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  children.add(child);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdin!.end(input);
  try {
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    if (code !== 0) throw new Error(`${script} exited with code ${code}`);
    return output;
  } finally {
    clearTimeout(timer);
    children.delete(child);
  }
}

/** CPU time (user + system) a process has used, in milliseconds, from /proc (Linux); 0 once it is gone. */
export function processCpuMs(pid: number): number {
  try {
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
/** CPU milliseconds of a process's children that ended and were waited for. */
function endedChildrenCpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
// USER_HZ, 100 on every Linux the benchmarks run on (getconf CLK_TCK).
const CLOCK_TICKS = 100;

/**
 * CPU milliseconds of a process and all its descendants (a PostgreSQL server: its postmaster and
 * backends): those alive, plus those that ended, which the kernel adds to their parent's account.
 */
export function treeCpuMs(rootPid: number): number {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      parentOf.set(Number(entry), Number(fields[1]));
    } catch {
      // exited meanwhile
    }
  }
  const inTree = (pid: number): boolean => pid === rootPid || (parentOf.has(pid) && pid > 1 && inTree(parentOf.get(pid)!));
  let total = 0;
  for (const pid of parentOf.keys()) if (inTree(pid)) total += processCpuMs(pid) + endedChildrenCpuMs(pid);
  return total;
}

/** The process id of the PostgreSQL server behind `url` (the parent of a backend). */
export async function postmasterPid(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const backend = Number((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
    return Number(/PPid:\s+(\d+)/.exec(fs.readFileSync(`/proc/${backend}/status`, 'utf8'))![1]);
  } finally {
    await client.end();
  }
}

/** `--name value` flags and bare positionals. */
export function parseFlags(argv: string[]): { flags: Record<string, string>; positionals: string[] } {
  const flags: Record<string, string> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2);
      if (inline !== undefined) flags[name] = inline;
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags[name] = argv[++i];
      else flags[name] = 'true';
    } else positionals.push(a);
  }
  return { flags, positionals };
}

/** The p-th percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/** Cores and load averages, printed with every result: other work on the machine skews them. */
export function machine(): string {
  const [l1, l5] = os.loadavg();
  return `${os.cpus().length} cores, load average ${l1.toFixed(2)} (1 min) ${l5.toFixed(2)} (5 min)`;
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

export function verdict(ok: boolean): string {
  return ok ? 'MET' : 'MISSED';
}

export interface Staff {
  id: string;
  token: string;
}

/** A staff account created through `createUser`, with an API token issued through `createToken`. */
export async function createStaff(db: Db, email: string, role: string, options: { teamId?: string; clock?: Clock } = {}): Promise<Staff> {
  const clock = options.clock ?? systemClock;
  const user = await createUser({ db, clock }, null, { kind: 'staff', email, name: email.split('@')[0], role, tier: 1, teamId: options.teamId });
  const actor = actorOf((await findUserById(db, user.id))!)!;
  const { token } = await createToken({ db, clock }, actor, { name: 'bench', ip: null });
  return { id: user.id, token };
}

/** An organisation with one site and `contacts` contacts, inserted directly. */
export async function createOrganization(db: Db, slug: string, contacts: number): Promise<{ id: string; siteId: string; contactIds: string[] }> {
  const id = newId();
  const siteId = newId();
  const at = new Date().toISOString();
  await db.insertInto('organizations').values({ id, name: `${slug} Ltd`, slug, industry: 'law', time_zone: 'Europe/London', created_at: at }).execute();
  await db.insertInto('sites').values({ id: siteId, organization_id: id, name: `${slug} HQ`, address: '1 Main St', time_zone: 'Europe/London', created_at: at }).execute();
  const contactIds: string[] = [];
  for (let i = 0; i < contacts; i++) {
    const contactId = newId();
    contactIds.push(contactId);
    await db
      .insertInto('contacts')
      .values({ id: contactId, organization_id: id, site_id: siteId, name: `${slug} contact ${i}`, title: 'Staff', work_location: 'site', vip: false, created_at: at })
      .execute();
  }
  return { id, siteId, contactIds };
}
