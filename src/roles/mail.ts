/**
 * The mail role: the built-in SMTP listener, one IMAP connection per enabled IMAP mailbox (IDLE,
 * reconnecting with backoff), and the intake worker that processes what they stored.
 */
import { trustedProxyList } from '../config.js';
import { armMailboxHealth, ImapSupervisor, IntakeWorker, SmtpListener, type DnsResolver, type Mailbox } from '../modules/mail/index.js';
import type { Shared } from './shared.js';

export interface MailRole {
  intake: IntakeWorker;
  imap: ImapSupervisor;
  /** The SMTP listener's port once started. */
  smtpPort(): number | undefined;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Mailboxes changed: reconnect IMAP mailboxes as configured now. */
  reload(): void;
}

/** Mail intake on this node; `loops` false leaves the background loops to tests, which drive them by hand. */
export function createMailRole(s: Shared, options: { loops: boolean; dnsResolver?: DnsResolver }): MailRole {
  const { config, database, clock, logger } = s;
  const deps = {
    db: database.db, clock, logger, intake: s.intake, secretKey: config.secretKey, loops: options.loops,
    smtp: { host: config.mailHost, port: config.mailPort, maxBytes: config.mailMaxBytes, hostname: s.intake.authservId, relays: trustedProxyList(config.mailRelays), resolver: options.dnsResolver },
    // A refused token refresh pages at once: the mailbox's health deadline is moved to now.
    onTokenFailure: (m: Mailbox) => void armMailboxHealth(database.db, database.dialect, m, clock.iso(), clock.now()).then(() => s.signals.wake('engine'), (error: unknown) => logger.error({ err: error }, 'arming a mailbox health deadline failed')),
  };
  const intake = new IntakeWorker({ ...deps.intake, logger: deps.logger });
  const listener = new SmtpListener({ db: deps.db, clock: deps.clock, logger: deps.logger, ...deps.smtp, onStored: () => intake.wake() });
  const imap = new ImapSupervisor({ db: deps.db, clock: deps.clock, logger: deps.logger, secretKey: deps.secretKey, maxBytes: deps.smtp.maxBytes, onStored: () => intake.wake(), onTokenFailure: deps.onTokenFailure });
  let port: number | undefined;
  return {
    intake,
    imap,
    smtpPort: () => port,
    async start() {
      port = await listener.start();
      deps.logger.info({ port, host: deps.smtp.host }, 'mail: SMTP listener ready');
      if (deps.loops) {
        intake.start();
        await imap.start();
      }
    },
    async stop() {
      await imap.stop();
      await listener.stop();
      await intake.stop();
    },
    reload() {
      if (deps.loops) imap.reload();
    },
  };
}
