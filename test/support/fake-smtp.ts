import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { waitUntil } from './fake-webhook.js';

/**
 * An SMTP capture server on 127.0.0.1 for tests: plain text (no TLS), no authentication or an
 * optional user and password, records every accepted message with its envelope, and can refuse
 * the next recipients with a given reply code.
 */

/** One captured message. */
export interface CapturedMail {
  envelope: { from: string; to: string[] };
  /** The message exactly as received (headers and body, CRLF line ends). */
  raw: string;
  /** Header values by lower-case name (the first occurrence; folded lines joined). */
  headers: Record<string, string>;
  /** The body, decoded when it is quoted-printable or base64. */
  text: string;
  /** The login used, when the client authenticated. */
  user?: string;
}

/** Options of the capture server. */
export interface FakeSmtpOptions {
  /** Require this login (AUTH PLAIN/LOGIN over plain text); no authentication when absent. */
  auth?: { user: string; pass: string };
  /** Largest accepted message, in bytes; default 1 MiB. */
  maxBytes?: number;
}

/** The SMTP capture server. */
export class FakeSmtp {
  private server?: SMTPServer;
  private captured: CapturedMail[] = [];
  private rejections: number[] = [];
  private portNumber = 0;

  constructor(private readonly options: FakeSmtpOptions = {}) {}

  /** Starts listening on a free port; returns `smtp://127.0.0.1:<port>`. */
  async start(): Promise<string> {
    const { auth } = this.options;
    this.server = new SMTPServer({
      secure: false,
      disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
      allowInsecureAuth: true,
      authOptional: !auth,
      logger: false,
      size: this.options.maxBytes ?? 1024 * 1024,
      closeTimeout: 1000,
      socketTimeout: 10_000,
      onAuth: (login, _session, callback) => {
        if (auth && login.username === auth.user && login.password === auth.pass) callback(null, { user: login.username });
        else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      onRcptTo: (_address, _session, callback) => {
        const code = this.rejections.shift();
        if (code === undefined) callback();
        else callback(Object.assign(new Error(`Recipient refused (${code})`), { responseCode: code }));
      },
      onData: (stream, session, callback) => this.capture(stream, session, callback),
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.portNumber = (server.server.address() as AddressInfo).port;
    return `smtp://127.0.0.1:${this.portNumber}`;
  }

  /** The host to give an SMTP client. */
  get host(): string {
    return '127.0.0.1';
  }

  /** The port to give an SMTP client; `start()` first. */
  get port(): number {
    return this.portNumber;
  }

  /** Stops listening; open sessions are cut after at most a second. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server?.server.listening) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Every accepted message so far, in order. */
  messages(): CapturedMail[] {
    return [...this.captured];
  }

  /** Waits until at least `count` messages have been accepted. */
  waitFor(count: number, timeoutMs = 2000): Promise<void> {
    return waitUntil('emails', () => this.captured.length, count, timeoutMs);
  }

  /** Refuses the next `count` recipients (RCPT TO) with `code`, e.g. 451 (try later) or 550 (no such user). */
  rejectNext(count: number, code: number): void {
    for (let i = 0; i < count; i++) this.rejections.push(code);
  }

  private capture(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void): void {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      if (stream.sizeExceeded) {
        callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
        return;
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      const mailFrom = session.envelope.mailFrom;
      this.captured.push({
        envelope: { from: mailFrom ? mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) },
        raw,
        ...parseMessage(raw),
        ...(typeof session.user === 'string' ? { user: session.user } : {}),
      });
      callback(null, 'Message captured');
    });
  }

  /** Forgets captured messages and pending refusals. */
  reset(): void {
    this.captured = [];
    this.rejections = [];
  }
}

function parseMessage(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!(name in headers)) headers[name] = line.slice(colon + 1).trim();
  }
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  let text = body;
  if (encoding === 'quoted-printable') {
    const bytes = Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
    text = bytes.toString('utf8');
  } else if (encoding === 'base64') {
    text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return { headers, text };
}
