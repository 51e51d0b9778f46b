/**
 * One IMAP mailbox, read continuously with imapflow: connect (password or XOAUTH2), store every
 * unseen message of the folder, mark it \Seen (or move it to the processed folder) only after it
 * is committed, then wait in IDLE for more. A heartbeat (NOOP) keeps the health column current.
 * Any failure is recorded on the mailbox and the connection is made again with growing delays.
 * A message over the size limit is stored as its header block with a note, and marked too, so
 * the mailbox never stalls behind one message.
 */
import { ImapFlow } from 'imapflow';
import type { Clock } from '../../platform/clock.js';
import type { Logger } from '../../platform/logger.js';
import type { MailDb } from './mail.tables.js';
import type { Mailbox } from './mailbox.js';
import { mailboxSecrets, recordMailboxError, recordMailboxSuccess } from './mailbox.repository.js';
import { TokenRefreshError, type AccessTokens } from './oauth-token.js';
import { openMailboxSecrets } from './save-mailbox.js';
import { storeInbound } from './store-message.js';

export interface ImapMailboxDeps {
  db: MailDb;
  clock: Clock;
  logger: Logger;
  secretKey: string;
  tokens: AccessTokens;
  maxBytes: number;
  onStored: () => void;
  /** A token refresh failed (the health step pages at once). */
  onTokenFailure?: (mailbox: Mailbox) => void;
  /** Heartbeat interval while idle; default 60 s. */
  heartbeatMs?: number;
}

/** Delay before reconnect attempt `n` (1-based): 1 s doubling to 5 minutes. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(0, Math.min(attempt - 1, 9)));
}

function oversizeStandIn(headers: Buffer, size: number, limit: number): Uint8Array {
  const head = headers.toString('latin1').replace(/\r?\n\r?\n[\s\S]*$/, '').replace(/^content-(type|transfer-encoding):.*(\r?\n[ \t].*)*\r?\n?/gim, '');
  return new Uint8Array(Buffer.from(`${head.trimEnd()}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThis message was ${size} bytes, over the ${limit}-byte limit. Only its header was kept; the whole message is still in the mailbox.\r\n`, 'latin1'));
}

export class ImapMailbox {
  private client?: ImapFlow;
  private running = false;
  private attempt = 0;
  private wakeUp?: () => void;
  private loop?: Promise<void>;

  constructor(readonly mailbox: Mailbox, private readonly deps: ImapMailboxDeps) {}

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.client?.logout().catch(() => undefined);
    this.client?.close();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.session();
        this.attempt = 0;
      } catch (error) {
        if (!this.running) return;
        this.attempt += 1;
        const tokenFailed = error instanceof TokenRefreshError;
        const message = `${tokenFailed ? 'OAuth2 token refresh failed: ' : ''}${(error as Error)?.message ?? String(error)}`;
        this.deps.logger.warn({ mailbox: this.mailbox.name, attempt: this.attempt, err: message }, 'IMAP mailbox failed; reconnecting');
        await recordMailboxError(this.deps.db, this.mailbox.id, this.deps.clock.iso(), message, tokenFailed).catch(() => undefined);
        if (tokenFailed) {
          this.deps.tokens.forget(this.mailbox.id);
          this.deps.onTokenFailure?.(this.mailbox);
        }
      }
      if (this.running) await this.sleep(reconnectDelayMs(Math.max(1, this.attempt)));
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async connect(): Promise<ImapFlow> {
    const imap = this.mailbox.imap!;
    const auth = imap.auth === 'oauth2'
      ? { user: imap.username, accessToken: await this.deps.tokens.get(this.mailbox) }
      : { user: imap.username, pass: openMailboxSecrets(this.deps.secretKey, this.mailbox.id, await mailboxSecrets(this.deps.db, this.mailbox.id)).password ?? '' };
    // IDLE a second after the last command: between syncs this client only waits for news.
    const client = new ImapFlow({ host: imap.host, port: imap.port, secure: imap.secure, auth, logger: false, autoIdleDelay: 1000, connectionTimeout: 30_000, greetingTimeout: 15_000, socketTimeout: 5 * 60_000 });
    client.on('error', (error: Error) => this.deps.logger.warn({ mailbox: this.mailbox.name, err: error.message }, 'IMAP connection error'));
    await client.connect();
    return client;
  }

  /** One connection's life: sync, then IDLE with heartbeats until the connection ends. */
  private async session(): Promise<void> {
    const client = await this.connect();
    this.client = client;
    const imap = this.mailbox.imap!;
    let dirty = true;
    client.on('exists', () => {
      dirty = true;
      this.wakeUp?.();
    });
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    let open = true;
    void closed.then(() => {
      open = false;
      this.wakeUp?.();
    });
    while (this.running && open) {
      if (dirty) {
        dirty = false;
        const lock = await client.getMailboxLock(imap.folder);
        try {
          await this.sync(client);
        } finally {
          lock.release();
        }
      } else {
        await client.noop();
        await recordMailboxSuccess(this.deps.db, this.mailbox.id, this.deps.clock.iso(), false);
      }
      if (this.running && open && !dirty) await this.sleep(this.deps.heartbeatMs ?? 60_000);
    }
    if (this.running) throw new Error('the IMAP server closed the connection');
  }

  /** Stores every message not handled yet, marking each only after its commit. */
  private async sync(client: ImapFlow): Promise<void> {
    const imap = this.mailbox.imap!;
    const uids = (await client.search(imap.processedFolder ? { all: true } : { seen: false }, { uid: true })) || [];
    let stored = 0;
    for (const uid of uids) {
      if (!this.running) return;
      const meta = await client.fetchOne(String(uid), { size: true, headers: true }, { uid: true });
      if (!meta) continue;
      let raw: Uint8Array;
      if ((meta.size ?? 0) > this.deps.maxBytes) raw = oversizeStandIn(meta.headers ?? Buffer.alloc(0), meta.size ?? 0, this.deps.maxBytes);
      else {
        const full = await client.fetchOne(String(uid), { source: true }, { uid: true });
        if (!full || !full.source) continue;
        raw = new Uint8Array(full.source);
      }
      // The sync records the mailbox's success and last message once, when it is done.
      await storeInbound({ db: this.deps.db, clock: this.deps.clock }, { mailboxId: this.mailbox.id, raw, source: 'imap', recordSuccess: false });
      stored += 1;
      if (imap.processedFolder) await client.messageMove(String(uid), imap.processedFolder, { uid: true });
      else await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
    }
    await recordMailboxSuccess(this.deps.db, this.mailbox.id, this.deps.clock.iso(), stored > 0);
    if (stored > 0) this.deps.onStored();
  }
}
