/**
 * Sends queued outbound mail (the outbox in `outbound_mail`) through each mailbox's outgoing SMTP
 * server with nodemailer: claimed with a lease, sent with our Message-ID, In-Reply-To, References
 * and, on automatic mail, Auto-Submitted; a temporary failure is retried with the notify
 * module's backoff, a permanent one marks the mail failed. Sending is at least once: a node that
 * dies after the server accepted the mail but before recording it sends it again when the lease
 * runs out, with the same Message-ID, so the receiving side can drop the duplicate.
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { Clock } from '../../platform/clock.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { Logger } from '../../platform/logger.js';
import { WakeLoop } from '../../platform/wake-loop.js';
import { DeliveryError, retryDelayMs, smtpError } from '../notify/index.js';
import type { MailDb } from './mail.tables.js';
import type { Mailbox } from './mailbox.js';
import { findMailbox, mailboxSecrets } from './mailbox.repository.js';
import { AccessTokens } from './oauth-token.js';
import { claimOutbound, settleOutbound, type OutboundMail } from './outbound.repository.js';
import { openMailboxSecrets } from './save-mailbox.js';

export interface OutboundWorkerDeps {
  db: MailDb;
  dialect: DialectName;
  clock: Clock;
  logger: Logger;
  nodeId: string;
  secretKey: string;
  leaseMs?: number;
  pollMs?: number;
}

/** Attempts before a temporary failure counts as final. */
const MAX_ATTEMPTS = 8;

export class OutboundWorker {
  private readonly loop: WakeLoop;
  private readonly tokens: AccessTokens;
  private readonly transports = new Map<string, { version: number; transport: Transporter }>();

  constructor(private readonly deps: OutboundWorkerDeps) {
    this.tokens = new AccessTokens({ db: deps.db, clock: deps.clock, secretKey: deps.secretKey });
    this.loop = new WakeLoop({ name: 'outbound mail', logger: deps.logger, cycle: () => this.runOnce(), sleepMs: (done) => (done > 0 ? 0 : (deps.pollMs ?? 2_000)) });
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    for (const t of this.transports.values()) t.transport.close();
    this.transports.clear();
  }

  wake(): void {
    this.loop.wake();
  }

  /** Sends what is due now; returns how many mails were settled. Tests call it directly. */
  async runOnce(): Promise<number> {
    const now = this.deps.clock.now();
    const claimed = await claimOutbound(this.deps.db, this.deps.dialect, this.deps.nodeId, new Date(now).toISOString(), new Date(now + (this.deps.leaseMs ?? 60_000)).toISOString(), 50);
    for (const mail of claimed) await this.send(mail);
    return claimed.length;
  }

  private async transportFor(mailbox: Mailbox): Promise<Transporter> {
    const out = mailbox.outgoing!;
    const oauth = mailbox.imap?.auth === 'oauth2';
    const cached = this.transports.get(mailbox.id);
    // OAuth2 tokens expire: such transports are made per send with a fresh token.
    if (cached && cached.version === mailbox.version && !oauth) return cached.transport;
    cached?.transport.close();
    const secrets = openMailboxSecrets(this.deps.secretKey, mailbox.id, await mailboxSecrets(this.deps.db, mailbox.id));
    const auth = !out.username ? undefined : oauth ? { type: 'OAuth2' as const, user: out.username, accessToken: await this.tokens.get(mailbox) } : { user: out.username, pass: secrets.password ?? '' };
    const transport = createTransport({ host: out.host, port: out.port, secure: out.secure, auth, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
    this.transports.set(mailbox.id, { version: mailbox.version, transport });
    return transport;
  }

  private async send(mail: OutboundMail): Promise<void> {
    const at = this.deps.clock.iso();
    const mailbox = mail.mailboxId ? await findMailbox(this.deps.db, mail.mailboxId) : undefined;
    if (!mailbox?.outgoing) {
      await settleOutbound(this.deps.db, mail.id, this.deps.nodeId, { status: 'failed', error: 'the mailbox has no outgoing server any more' });
      return;
    }
    try {
      const transport = await this.transportFor(mailbox);
      const info = await transport.sendMail({
        from: { name: mail.fromName ?? mailbox.name, address: mailbox.address },
        to: { name: mail.toName ?? '', address: mail.toAddress },
        subject: mail.subject,
        text: mail.bodyText,
        messageId: `<${mail.messageId}>`,
        ...(mail.inReplyTo ? { inReplyTo: `<${mail.inReplyTo}>` } : {}),
        ...(mail.references.length ? { references: mail.references.map((r) => `<${r}>`) } : {}),
        headers: mail.autoSubmitted ? { 'Auto-Submitted': mail.autoSubmitted, 'X-Auto-Response-Suppress': 'All' } : {},
      });
      if ((info.rejected ?? []).length > 0) throw new DeliveryError(`the server refused ${(info.rejected ?? []).join(', ')}`, false);
      await settleOutbound(this.deps.db, mail.id, this.deps.nodeId, { status: 'sent', sentAt: at });
    } catch (error) {
      const e = smtpError(mailbox.name, error);
      const retry = e.temporary && mail.attempts < MAX_ATTEMPTS;
      const retryAt = new Date(this.deps.clock.now() + retryDelayMs(mail.attempts, e.retryAfterMs)).toISOString();
      await settleOutbound(this.deps.db, mail.id, this.deps.nodeId, retry ? { status: 'queued', error: e.message, retryAt } : { status: 'failed', error: e.message });
      this.deps.logger.warn({ mail: mail.id, err: e.message, retry }, 'sending mail failed');
    }
  }
}
