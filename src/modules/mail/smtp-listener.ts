/**
 * The built-in SMTP listener (smtp-server): accepts mail for the addresses of enabled mailboxes,
 * stores each message durably and only then answers 250, so a message the sender was told we
 * have is never lost. Unknown recipients get 550 5.1.1, a message over the size limit 552, and a
 * storage failure 451 (the sender tries again later; the dedupe key keeps a retry from doubling).
 * No STARTTLS or AUTH here: it listens where a relay or the local network delivers to it.
 * Before storing, it checks SPF, DKIM and DMARC itself and writes its verdict into the message
 * (authenticate-message.ts): nobody upstream wrote a header it could trust.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Clock } from '../../platform/clock.js';
import type { Logger } from '../../platform/logger.js';
import { authenticateMessage, type DnsResolver, type SmtpEnvelope } from './authenticate-message.js';
import type { MailDb } from './mail.tables.js';
import { mailboxesForAddress } from './mailbox.repository.js';
import { relayMatcher } from './relays.js';
import { storeInbound } from './store-message.js';

export interface SmtpListenerOptions {
  db: MailDb;
  clock: Clock;
  logger: Logger;
  host: string;
  port: number;
  /** Largest message accepted, in bytes (advertised with SIZE). */
  maxBytes: number;
  /** Our authserv-id, written into the Authentication-Results header of every message. */
  hostname: string;
  /** Our own relays (addresses, CIDR ranges, keywords): SPF is checked for the client they recorded. */
  relays: string[];
  /** DNS for the SPF, DKIM and DMARC checks; system DNS when absent. */
  resolver?: DnsResolver;
  /** Called after a message was stored (wakes processing). */
  onStored: () => void;
}

/** The client's address (IPv4 without the ::ffff: of a dual-stack socket), HELO name, MAIL FROM, and whether it is our relay. */
function envelopeOf(session: SMTPServerSession, isRelay: (address: string) => boolean): SmtpEnvelope {
  const ip = session.remoteAddress.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  const from = session.envelope.mailFrom;
  return { ip, helo: session.hostNameAppearsAs || ip, sender: from ? from.address : '', relayed: isRelay(ip) };
}

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/** The mailbox row's last message is written at most this often: a burst must not queue on one row. */
const STATUS_EVERY_MS = 10_000;

export class SmtpListener {
  private server?: SMTPServer;
  private readonly statusWritten = new Map<string, number>();
  private readonly isRelay: (address: string) => boolean;

  constructor(private readonly o: SmtpListenerOptions) {
    this.isRelay = relayMatcher(o.relays);
  }

  /** Starts listening; returns the port (a free one when the setting is 0). */
  async start(): Promise<number> {
    const server = new SMTPServer({
      secure: false,
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      logger: false,
      size: this.o.maxBytes,
      banner: 'Switchboard mail intake',
      socketTimeout: 60_000,
      closeTimeout: 5_000,
      onRcptTo: (address, _session, callback) => {
        mailboxesForAddress(this.o.db, address.address).then(
          (found) => callback(found.length > 0 ? null : smtpError(550, '5.1.1 No mailbox here by that address')),
          () => callback(smtpError(451, '4.3.0 Temporary failure looking up the recipient')),
        );
      },
      onData: (stream, session, callback) => this.receive(stream, session, callback),
    });
    server.on('error', (error) => this.o.logger.warn({ err: error }, 'SMTP listener error'));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.o.port, this.o.host, () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    return (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server?.server.listening) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private receive(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void): void {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', (error) => callback(smtpError(451, `4.3.0 ${error.message}`)));
    stream.on('end', () => {
      if (stream.sizeExceeded) return callback(smtpError(552, `5.3.4 Message too big: the limit is ${this.o.maxBytes} bytes`));
      const raw = new Uint8Array(Buffer.concat(chunks));
      authenticateMessage({ hostname: this.o.hostname, resolver: this.o.resolver }, raw, envelopeOf(session, this.isRelay))
        .then((stamped) => this.store(stamped, session.envelope.rcptTo.map((r) => r.address)))
        .then(
          (ids) => callback(null, `2.0.0 Stored as ${ids.join(', ')}`),
          (error: Error) => {
            this.o.logger.error({ err: error }, 'storing an inbound message failed; answered 451');
            callback(smtpError(451, '4.3.0 Could not store the message; try again later'));
          },
        );
    });
  }

  /** Stores the message once per mailbox it was addressed to; resolves only after every commit. */
  private async store(raw: Uint8Array, recipients: string[]): Promise<string[]> {
    const ids: string[] = [];
    const seen = new Set<string>();
    for (const address of recipients) {
      for (const mailbox of await mailboxesForAddress(this.o.db, address)) {
        if (seen.has(mailbox.id)) continue;
        seen.add(mailbox.id);
        const now = this.o.clock.now();
        const due = now - (this.statusWritten.get(mailbox.id) ?? Number.NEGATIVE_INFINITY) >= STATUS_EVERY_MS;
        if (due) this.statusWritten.set(mailbox.id, now);
        ids.push((await storeInbound({ db: this.o.db, clock: this.o.clock }, { mailboxId: mailbox.id, raw, source: 'smtp', recordSuccess: due })).id);
      }
    }
    if (ids.length === 0) throw new Error('no mailbox for any recipient any more');
    this.o.onStored();
    return ids;
  }
}
