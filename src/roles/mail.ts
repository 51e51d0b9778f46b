/**
 * The mail role: the built-in SMTP listener, one IMAP connection per enabled IMAP mailbox (IDLE,
 * reconnecting with backoff), and the intake worker that processes what they stored.
 */
import type { Clock } from '../platform/clock.js';
import type { Logger } from '../platform/logger.js';
import { ImapSupervisor, IntakeWorker, SmtpListener, type DnsResolver, type IntakeDeps, type Mailbox, type MailDb } from '../modules/mail/index.js';

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

export function createMailRole(deps: {
  db: MailDb;
  clock: Clock;
  logger: Logger;
  intake: IntakeDeps;
  secretKey: string;
  /** The SMTP listener: where it listens, its size limit, our authserv-id and DNS for its checks. */
  smtp: { host: string; port: number; maxBytes: number; hostname: string; relays: string[]; resolver?: DnsResolver };
  /** Start the background loops (false in tests, which drive them by hand). */
  loops: boolean;
  /** A mailbox's OAuth2 token refresh was refused. */
  onTokenFailure?: (mailbox: Mailbox) => void;
}): MailRole {
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
