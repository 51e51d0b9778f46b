/** Runs `switchboard` as a real child process, for tests of start-up, signals and crashes. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Newest modification time of the files under a directory. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

/**
 * What runs `switchboard` in `root`: the build (`npm test` builds first) when it is newer than
 * every source file, else the source itself through tsx, so a test never runs stale code. Loading
 * the source through tsx cost each start about 1.3 s of CPU more than the build (2.3 against 1.0 s
 * for `--help`).
 */
export function cliEntryFor(root: string): string[] {
  const built = path.join(root, 'dist/cli.js');
  const fresh = fs.existsSync(built) && fs.statSync(built).mtimeMs >= newest(path.join(root, 'src'));
  return fresh ? [built] : ['--import', 'tsx', path.join(root, 'src/cli.ts')];
}

// Decided once per test file: the sources do not change while it runs.
let entry: string[] | undefined;

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** `switchboard ...args` from the current source: the fresh build, or the source through tsx (cliEntryFor). */
export function runCli(args: string[], env: Record<string, string> = {}) {
  return spawn(process.execPath, [...(entry ??= cliEntryFor(ROOT)), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TZ: 'UTC', SWITCHBOARD_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function runCliToEnd(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = runCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout, stderr };
}

export async function startServerProcess(env: Record<string, string>, extraArgs: string[] = []): Promise<ServerProcess> {
  const child = runCli(['serve', '--port', '0', ...extraArgs], env);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    const check = () => {
      const match = /serving at (http:\/\/[^\s]+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return { child, url, output: () => out };
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}
