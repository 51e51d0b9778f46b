/**
 * Our own SPF, DKIM and DMARC check of a message the built-in SMTP listener received (mailauth),
 * written into the message as our Authentication-Results header before it is stored, so the
 * stored raw carries our verdict and processing it again reads the same. Nobody upstream wrote a
 * header we could trust for such mail: whatever Authentication-Results the sender put in is not
 * read (parsing trusts only the topmost header with our authserv-id), and any that claims our
 * authserv-id is removed first, as RFC 8601 §5 asks of a receiving MTA.
 */
import { promises as dns } from 'node:dns';
import { authenticate } from 'mailauth';
import { authservIdOf } from './auth-results.js';

/** A DNS lookup as mailauth calls it: TXT answers come as arrays of character strings. */
export type DnsResolver = (name: string, rrtype: string) => Promise<string[][] | string[]>;

/** The SMTP conversation's facts the checks need. */
export interface SmtpEnvelope {
  /** The client's IP address. */
  ip: string;
  /** The name it gave in HELO/EHLO. */
  helo: string;
  /** The MAIL FROM address; '' for the null sender `<>` (SPF then checks postmaster@helo). */
  sender: string;
  /**
   * The client is one of our own relays (SWITCHBOARD_MAIL_RELAYS): SPF is checked for the address
   * and HELO name the relay recorded in its Received header, the topmost one, not for the relay.
   */
  relayed?: boolean;
}

export interface AuthenticateDeps {
  /** Our authserv-id: the host name written into the header. */
  hostname: string;
  /** DNS lookups; the system resolver when absent. */
  resolver?: DnsResolver;
  /** Longest the checks may take, in ms; past it every verdict is temperror. */
  timeoutMs?: number;
}

/** Longest the checks may take by default: well inside the 10 minutes a client waits after DATA (RFC 5321 §4.5.3.2.6). */
export const AUTH_TIMEOUT_MS = 20_000;

let system: DnsResolver | undefined;

/** System DNS with short tries: a dead name server makes verdicts temperror, it never holds a delivery for minutes. */
function systemResolver(): DnsResolver {
  if (!system) {
    const resolver = new dns.Resolver({ timeout: 3_000, tries: 2 });
    system = (name, rrtype) => resolver.resolve(name, rrtype) as Promise<string[][] | string[]>;
  }
  return system;
}

/** Where the top-level header block ends (the index of its blank line's first break), or -1. */
function headerEnd(text: string): number {
  const crlf = text.indexOf('\r\n\r\n');
  const lf = text.indexOf('\n\n');
  if (crlf < 0) return lf;
  return lf < 0 ? crlf : Math.min(crlf, lf);
}

/**
 * Removes every top-level Authentication-Results header whose authserv-id is `hostname`: such a
 * header came from outside (we have not written ours yet) and would pose as our verdict.
 */
export function removeForgedResults(raw: Uint8Array, hostname: string): Uint8Array {
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.length).toString('latin1');
  const end = headerEnd(text);
  const head = end < 0 ? text : text.slice(0, end);
  // Header fields with their folded continuation lines, each kept with its own line break.
  const fields = head.match(/[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*(?:\r?\n|$)/g)?.filter((f) => f !== '') ?? [];
  const ours = hostname.toLowerCase();
  const kept = fields.filter((field) => {
    const m = /^authentication-results\s*:([\s\S]*)$/i.exec(field);
    return !m || authservIdOf(m[1].replace(/\r?\n/g, ' ')).toLowerCase() !== ours;
  });
  if (kept.length === fields.length) return raw;
  return new Uint8Array(Buffer.from(kept.join('') + (end < 0 ? '' : text.slice(end)), 'latin1'));
}

/** A header with every verdict temperror: the checks failed or ran out of time, the message is still taken. */
function temperrorHeader(hostname: string, why: string): string {
  const reason = why.replace(/[()\\\r\n]/g, ' ').slice(0, 200);
  return `Authentication-Results: ${hostname};\r\n spf=temperror (${reason});\r\n dkim=temperror;\r\n dmarc=temperror\r\n`;
}

async function checks(raw: Uint8Array, envelope: SmtpEnvelope, deps: AuthenticateDeps): Promise<string> {
  const result = await authenticate(Buffer.from(raw.buffer, raw.byteOffset, raw.length), {
    ...(envelope.relayed ? { trustReceived: true } : { ip: envelope.ip, helo: envelope.helo }),
    sender: envelope.sender,
    mta: deps.hostname,
    resolver: deps.resolver ?? systemResolver(),
    // Only SPF, DKIM and DMARC are scored; ARC and BIMI would add DNS lookups for nothing.
    disableArc: true,
    disableBimi: true,
  });
  return result.headers.replace(/\r?\n/g, '\r\n');
}

/**
 * Checks SPF, DKIM and DMARC of a message received over SMTP and returns it with our
 * Authentication-Results (and Received-SPF) on top and forged ones of our id removed. Never
 * throws: a DNS failure or a check that outlasts the timeout gives temperror verdicts.
 */
export async function authenticateMessage(deps: AuthenticateDeps, raw: Uint8Array, envelope: SmtpEnvelope): Promise<Uint8Array> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(temperrorHeader(deps.hostname, 'the checks took too long')), deps.timeoutMs ?? AUTH_TIMEOUT_MS);
    timer.unref();
  });
  let header: string;
  try {
    // DKIM is verified over the bytes as the sender sent them, before anything is removed.
    header = await Promise.race([checks(raw, envelope, deps), timeout]);
  } catch (error) {
    header = temperrorHeader(deps.hostname, (error as Error)?.message ?? 'the checks failed');
  } finally {
    clearTimeout(timer);
  }
  const body = removeForgedResults(raw, deps.hostname);
  const head = Buffer.from(header, 'utf8');
  const out = new Uint8Array(head.length + body.length);
  out.set(head, 0);
  out.set(body, out.length - body.length);
  return out;
}
