/** Runs one ImapMailbox per enabled IMAP mailbox, in parallel; reloads when mailboxes change. */
import type { Clock } from '../../platform/clock.js';
import type { Logger } from '../../platform/logger.js';
import { ImapMailbox } from './imap-mailbox.js';
import type { MailDb } from './mail.tables.js';
import type { Mailbox } from './mailbox.js';
import { listMailboxes } from './mailbox.repository.js';
import { AccessTokens } from './oauth-token.js';

export interface ImapSupervisorDeps {
  db: MailDb;
  clock: Clock;
  logger: Logger;
  secretKey: string;
  maxBytes: number;
  onStored: () => void;
  onTokenFailure?: (mailbox: Mailbox) => void;
  heartbeatMs?: number;
}

export class ImapSupervisor {
  private running = new Map<string, ImapMailbox>();
  private readonly tokens: AccessTokens;
  private reloading: Promise<void> = Promise.resolve();

  constructor(private readonly deps: ImapSupervisorDeps) {
    this.tokens = new AccessTokens({ db: deps.db, clock: deps.clock, secretKey: deps.secretKey });
  }

  async start(): Promise<void> {
    const mailboxes = (await listMailboxes(this.deps.db)).filter((m) => m.enabled && m.kind === 'imap' && m.imap);
    for (const m of mailboxes) {
      const runner = new ImapMailbox(m, { ...this.deps, tokens: this.tokens });
      this.running.set(m.id, runner);
      runner.start();
    }
  }

  async stop(): Promise<void> {
    await this.reloading;
    const runners = [...this.running.values()];
    this.running = new Map();
    await Promise.all(runners.map((r) => r.stop()));
  }

  /** Stops every connection and starts them again from the mailboxes as stored now. */
  reload(): void {
    this.reloading = this.reloading.then(async () => {
      const runners = [...this.running.values()];
      this.running = new Map();
      await Promise.all(runners.map((r) => r.stop()));
      await this.start();
    }).catch((error: Error) => this.deps.logger.error({ err: error }, 'reloading IMAP mailboxes failed'));
  }

  /** Names of the mailboxes being read now. */
  names(): string[] {
    return [...this.running.values()].map((r) => r.mailbox.name);
  }
}
