/**
 * A throwaway IMAP server for tests: Debian's dovecot with its own configuration, a passwd-file
 * and Maildirs under a temporary directory, listening only on 127.0.0.1 on a free port, without
 * TLS. It runs as an unprivileged user (`nobody` when the suite runs as root, else the current
 * user). Messages are delivered by writing Maildir files, as a local delivery agent would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const DOVECOT = process.env.DOVECOT_BIN ?? '/usr/sbin/dovecot';

export interface TestDovecot {
  host: string;
  port: number;
  /** Writes a message into a user's folder (INBOX by default) as a new, unseen message. */
  deliver(user: string, raw: string | Uint8Array, folder?: string): void;
  /** The flags of every message in a user's folder, keyed by file name (e.g. `S` for \Seen). */
  messages(user: string, folder?: string): { file: string; flags: string }[];
  stop(): Promise<void>;
}

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

function waitForPort(port: number, child: ChildProcess, log: () => string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`dovecot exited with ${child.exitCode}:\n${log()}`));
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs) reject(new Error(`dovecot did not listen on ${port}:\n${log()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

let counter = 0;

/** Starts dovecot with the given users (address and password); fails loudly when dovecot is missing. */
export async function startTestDovecot(users: { user: string; password: string }[]): Promise<TestDovecot> {
  if (!fs.existsSync(DOVECOT)) {
    throw new Error(`The IMAP tests need Debian's dovecot at ${DOVECOT}: apt-get install dovecot-imapd (.ci/run installs it), or set DOVECOT_BIN.`);
  }
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? 'nobody' : os.userInfo().username;
  const group = asRoot ? (spawnSync('id', ['-gn', 'nobody'], { encoding: 'utf8' }).stdout.trim() || 'nogroup') : spawnSync('id', ['-gn'], { encoding: 'utf8' }).stdout.trim();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-dovecot-'));
  const port = await freePort();
  const mailDir = (u: string, folder = 'INBOX') => path.join(dir, 'mail', u, folder === 'INBOX' ? '' : `.${folder}`);
  for (const sub of ['run', 'state']) fs.mkdirSync(path.join(dir, sub));
  for (const u of users) for (const sub of ['new', 'cur', 'tmp']) fs.mkdirSync(path.join(mailDir(u.user), sub), { recursive: true });
  fs.writeFileSync(path.join(dir, 'passwd'), users.map((u) => `${u.user}:{PLAIN}${u.password}\n`).join(''));
  fs.writeFileSync(path.join(dir, 'dovecot.conf'), `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
listen = 127.0.0.1
protocols = imap
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${user}
default_login_user = ${user}
default_internal_group = ${group}
mail_location = maildir:${dir}/mail/%u
mail_uid = ${user}
mail_gid = ${group}
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${user} gid=${group} home=${dir}/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-reader {
    user = ${user}
  }
  unix_listener stats-writer {
    user = ${user}
  }
}
`);
  if (asRoot) spawnSync('chown', ['-R', `${user}:${group}`, dir]);
  fs.chmodSync(dir, 0o755);
  const [file, args] = asRoot ? ['runuser', ['-u', user, '--', DOVECOT, '-F', '-c', path.join(dir, 'dovecot.conf')]] : [DOVECOT, ['-F', '-c', path.join(dir, 'dovecot.conf')]];
  const child = spawn(file, args as string[], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const log = () => `${out}\n${fs.existsSync(path.join(dir, 'dovecot.log')) ? fs.readFileSync(path.join(dir, 'dovecot.log'), 'utf8') : ''}`;
  await waitForPort(port, child, log);
  return {
    host: '127.0.0.1',
    port,
    deliver(u, raw, folder) {
      const target = mailDir(u, folder);
      for (const sub of ['new', 'cur', 'tmp']) fs.mkdirSync(path.join(target, sub), { recursive: true });
      const name = `${Date.now()}.${process.pid}_${++counter}.switchboard-test`;
      // Written into tmp/ and renamed into new/, as Maildir delivery requires (never half a file).
      fs.writeFileSync(path.join(target, 'tmp', name), typeof raw === 'string' ? raw.replace(/\r?\n/g, '\r\n') : raw);
      if (asRoot) spawnSync('chown', ['-R', `${user}:${group}`, target]);
      fs.renameSync(path.join(target, 'tmp', name), path.join(target, 'new', name));
    },
    messages(u, folder) {
      const target = mailDir(u, folder);
      const list = (sub: string) => (fs.existsSync(path.join(target, sub)) ? fs.readdirSync(path.join(target, sub)) : []);
      return [...list('new').map((f) => ({ file: f, flags: '' })), ...list('cur').map((f) => ({ file: f.split(':')[0], flags: f.split(':2,')[1] ?? '' }))];
    },
    async stop() {
      const pidFile = path.join(dir, 'run', 'master.pid');
      const pid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').trim()) : undefined;
      if (pid) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
