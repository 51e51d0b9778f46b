/**
 * Every setting Switchboard reads, in one typed schema. Each value comes from a CLI flag, else
 * from its environment variable, else from its default. Start-up fails listing every bad setting
 * at once, so an operator fixes them in one go.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { isIP } from 'node:net';
import { LONGEST_ENGINE_POLL_MS } from './platform/engine/deadlines.repository.js';
import { isKnownTimeZone } from './platform/time-zones.js';

interface Setting {
  /** Environment variable that sets it. */
  env: string;
  /** CLI flag (without the leading dashes) that overrides the environment. */
  flag: string;
  /** What it does, its unit and limits — printed by `switchboard help` and in the README. */
  doc: string;
  schema: TSchema;
  default?: unknown;
  /** A check of a text setting beyond the schema; returns what is wrong, or undefined. */
  check?: (value: string) => string | undefined;
}

export const settings = {
  databaseUrl: {
    env: 'DATABASE_URL',
    flag: 'database-url',
    doc: 'postgres://user:pass@host:port/db selects PostgreSQL; empty uses the embedded SQLite file in the data directory.',
    schema: Type.String({ pattern: '^(|postgres(ql)?://.+)$' }),
    default: '',
  },
  dataDir: {
    env: 'SWITCHBOARD_DATA_DIR',
    flag: 'data-dir',
    doc: 'Directory for the SQLite database file (switchboard.db). serve and migrate create it if missing; every other command needs it to exist.',
    schema: Type.String({ minLength: 1 }),
    default: './data',
  },
  host: {
    env: 'SWITCHBOARD_HOST',
    flag: 'host',
    doc: 'Address the HTTP server listens on. Use 0.0.0.0 to accept connections from other machines.',
    schema: Type.String({ minLength: 1 }),
    default: '127.0.0.1',
  },
  port: {
    env: 'SWITCHBOARD_PORT',
    flag: 'port',
    doc: 'TCP port of the HTTP server (0 picks a free port).',
    schema: Type.Integer({ minimum: 0, maximum: 65535 }),
    default: 8080,
  },
  publicUrl: {
    env: 'SWITCHBOARD_PUBLIC_URL',
    flag: 'public-url',
    doc: 'The address users reach Switchboard at. An https:// address marks session cookies Secure.',
    schema: Type.String({ pattern: '^https?://.+' }),
    default: 'http://localhost:8080',
  },
  logLevel: {
    env: 'SWITCHBOARD_LOG_LEVEL',
    flag: 'log-level',
    doc: 'One of fatal, error, warn, info, debug, trace, silent.',
    schema: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l))),
    default: 'info',
  },
  bodyLimitBytes: {
    env: 'SWITCHBOARD_BODY_LIMIT_BYTES',
    flag: 'body-limit-bytes',
    doc: 'Largest accepted request body in bytes; larger bodies get 413 payload_too_large. 1 KiB to 64 MiB.',
    schema: Type.Integer({ minimum: 1024, maximum: 64 * 1024 * 1024 }),
    default: 1024 * 1024,
  },
  importLimitBytes: {
    env: 'SWITCHBOARD_IMPORT_LIMIT_BYTES',
    flag: 'import-limit-bytes',
    doc: 'Largest CSV file an import accepts, in bytes (uploads and switchboard import); larger files get 413 file_too_large. Read as it streams in, never whole. 1 KiB to 1 GiB.',
    schema: Type.Integer({ minimum: 1024, maximum: 1024 * 1024 * 1024 }),
    default: 20 * 1024 * 1024,
  },
  sessionTtlHours: {
    env: 'SWITCHBOARD_SESSION_TTL_HOURS',
    flag: 'session-ttl-hours',
    doc: 'How long a web session lasts after login, in hours (1 to 720).',
    schema: Type.Integer({ minimum: 1, maximum: 720 }),
    default: 12,
  },
  loginAttemptsPerWindow: {
    env: 'SWITCHBOARD_LOGIN_ATTEMPTS',
    flag: 'login-attempts',
    doc: 'Failed logins allowed per account, and per client address, before each further attempt must wait (429 too_many_attempts with Retry-After): 1 s, doubling up to 15 minutes. A successful login clears the account. 1 to 1000.',
    schema: Type.Integer({ minimum: 1, maximum: 1000 }),
    default: 10,
  },
  trustedProxies: {
    env: 'SWITCHBOARD_TRUSTED_PROXIES',
    flag: 'trusted-proxies',
    doc: 'Reverse proxies whose X-Forwarded-For, -Proto and -Host are believed, comma-separated: addresses, CIDR ranges (10.0.0.0/8), or loopback, linklocal, uniquelocal. The client address (rate limits, audit log) is then the last address before them. Empty trusts none.',
    schema: Type.String({ maxLength: 2000 }),
    default: '',
    check: (value: string) => proxyListProblem(value),
  },
  shutdownGraceMs: {
    env: 'SWITCHBOARD_SHUTDOWN_GRACE_MS',
    flag: 'shutdown-grace-ms',
    doc: 'On SIGTERM, how long in-flight requests may take to finish before the process exits.',
    schema: Type.Integer({ minimum: 0, maximum: 600000 }),
    default: 10000,
  },
  ticketPrefix: {
    env: 'SWITCHBOARD_TICKET_PREFIX',
    flag: 'ticket-prefix',
    doc: 'Prefix of human ticket numbers, e.g. SB gives SB-1042.',
    schema: Type.String({ pattern: '^[A-Z][A-Z0-9]{0,7}$' }),
    default: 'SB',
  },
  billingCurrency: {
    env: 'SWITCHBOARD_BILLING_CURRENCY',
    flag: 'billing-currency',
    doc: 'ISO 4217 code of the currency a client is billed in until its own is set (docs/billing.md); amounts are stored in its minor units (cents).',
    schema: Type.String({ pattern: '^[A-Z]{3}$' }),
    default: 'USD',
  },
  roles: {
    env: 'SWITCHBOARD_ROLES',
    flag: 'roles',
    doc: 'What this node runs, comma-separated: api (the API and the web app; a node without it serves only health and metrics), engine (SLA clocks and other deadlines, paging, outbound mail), mail (mail intake: the SMTP listener and IMAP mailboxes). Several nodes on PostgreSQL may each run the engine and mail.',
    schema: Type.String({ pattern: '^(api|engine|mail)(,(api|engine|mail))*$' }),
    default: 'api,engine',
  },
  mailHost: {
    env: 'SWITCHBOARD_MAIL_HOST',
    flag: 'mail-host',
    doc: 'Address the built-in SMTP listener (mail role) listens on. Use 0.0.0.0 to accept mail from other machines.',
    schema: Type.String({ minLength: 1 }),
    default: '127.0.0.1',
  },
  mailPort: {
    env: 'SWITCHBOARD_MAIL_PORT',
    flag: 'mail-port',
    doc: 'TCP port of the built-in SMTP listener (mail role); 0 picks a free port.',
    schema: Type.Integer({ minimum: 0, maximum: 65535 }),
    default: 2525,
  },
  mailMaxBytes: {
    env: 'SWITCHBOARD_MAIL_MAX_BYTES',
    flag: 'mail-max-bytes',
    doc: 'Largest inbound message in bytes, for the SMTP listener (552 above it) and IMAP (stored, then refused by parsing). 64 KiB to 150 MiB.',
    schema: Type.Integer({ minimum: 64 * 1024, maximum: 150 * 1024 * 1024 }),
    default: 50 * 1024 * 1024,
  },
  mailHostname: {
    env: 'SWITCHBOARD_MAIL_HOSTNAME',
    flag: 'mail-hostname',
    doc: 'Our mail host name: the authserv-id of the Authentication-Results header the SMTP listener writes after checking SPF, DKIM and DMARC itself. Headers claiming it that arrive from outside are removed, and only ours is believed for mail the listener receives. Empty uses the machine\'s host name; give every mail node the same name.',
    schema: Type.String({ maxLength: 253, pattern: '^(|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$' }),
    default: '',
  },
  mailRelays: {
    env: 'SWITCHBOARD_MAIL_RELAYS',
    flag: 'mail-relays',
    doc: 'Your own relays that deliver to the SMTP listener, comma-separated: addresses, CIDR ranges, or loopback, linklocal, uniquelocal. For their mail SPF is checked for the client the relay recorded in its Received header, not for the relay. Empty: every client is checked as it connects.',
    schema: Type.String({ maxLength: 2000 }),
    default: '',
    check: (value: string) => proxyListProblem(value),
  },
  mailAutoPerHour: {
    env: 'SWITCHBOARD_MAIL_AUTO_PER_HOUR',
    flag: 'mail-auto-per-hour',
    doc: 'Most automatic mails (ticket notifications) sent to one address, and sent in answer to one sender, per hour; more are recorded as suppressed. 1 to 1000.',
    schema: Type.Integer({ minimum: 1, maximum: 1000 }),
    default: 10,
  },
  nodeId: {
    env: 'SWITCHBOARD_NODE_ID',
    flag: 'node-id',
    doc: 'Name of this node in leases and logs; empty uses the host name and process id.',
    schema: Type.String({ maxLength: 100 }),
    default: '',
  },
  enginePollMs: {
    env: 'SWITCHBOARD_ENGINE_POLL_MS',
    flag: 'engine-poll-ms',
    doc: 'Safety-net poll of the deadline engine in milliseconds (writes wake it at once). 50 to 60000.',
    schema: Type.Integer({ minimum: 50, maximum: LONGEST_ENGINE_POLL_MS }),
    default: 1000,
  },
  engineLeaseMs: {
    env: 'SWITCHBOARD_ENGINE_LEASE_MS',
    flag: 'engine-lease-ms',
    doc: 'How long a node holds a claimed deadline or page; if it dies, another node takes the work over after this. 1000 to 600000.',
    schema: Type.Integer({ minimum: 1000, maximum: 600000 }),
    default: 30000,
  },
  secretKey: {
    env: 'SWITCHBOARD_SECRET_KEY',
    flag: 'secret-key',
    doc: 'Secret (at least 32 characters) that encrypts stored provider credentials (delivery and single sign-on) and signs one-tap acknowledge links. Same on every node; empty disables them.',
    schema: Type.String({ pattern: '^(|.{32,})$' }),
    default: '',
  },
  allowPrivateDestinations: {
    env: 'SWITCHBOARD_ALLOW_PRIVATE_DESTINATIONS',
    flag: 'allow-private-destinations',
    doc: 'true lets webhook, Slack and Teams pages and a Twilio-compatible provider API be on loopback, private and link-local addresses and plain http (servers on your own network); false refuses them. true or false.',
    schema: Type.Boolean(),
    default: false,
  },
  ssoPrivateIssuers: {
    env: 'SWITCHBOARD_SSO_PRIVATE_ISSUERS',
    flag: 'sso-private-issuers',
    doc: 'true lets single sign-on use an OpenID provider on loopback, private or link-local addresses (an identity server on your own network; plain http:// is then accepted for a loopback issuer only); false refuses them. true or false.',
    schema: Type.Boolean(),
    default: false,
  },
  alertIncidentClients: {
    env: 'SWITCHBOARD_ALERT_INCIDENT_CLIENTS',
    flag: 'alert-incident-clients',
    doc: 'How many different clients alerting with one signature within the window are proposed as one suspected incident (see docs/alerts.md). 2 to 1000.',
    schema: Type.Integer({ minimum: 2, maximum: 1000 }),
    default: 3,
  },
  alertIncidentWindowMinutes: {
    env: 'SWITCHBOARD_ALERT_INCIDENT_WINDOW_MINUTES',
    flag: 'alert-incident-window-minutes',
    doc: 'The window, in minutes, within which alerts of one signature from several clients count as one suspected incident. 1 to 1440.',
    schema: Type.Integer({ minimum: 1, maximum: 1440 }),
    default: 15,
  },
  csatWindowDays: {
    env: 'SWITCHBOARD_CSAT_WINDOW_DAYS',
    flag: 'csat-window-days',
    doc: 'Days after a ticket is resolved during which its client can rate it, and change the rating (the mail’s rating links last as long). 1 to 90.',
    schema: Type.Integer({ minimum: 1, maximum: 90 }),
    default: 14,
  },
  csatFollowUpAt: {
    env: 'SWITCHBOARD_CSAT_FOLLOW_UP_AT',
    flag: 'csat-follow-up-at',
    doc: 'The rating at or below which a follow-up ticket is opened for the service manager: bad (only bad ratings) or okay (okay and bad).',
    schema: Type.Union([Type.Literal('bad'), Type.Literal('okay')]),
    default: 'bad',
  },
  reportTimeZone: {
    env: 'SWITCHBOARD_REPORT_TIME_ZONE',
    flag: 'report-time-zone',
    doc: 'IANA time zone of the owner’s reports: pages outside 08:00–18:00 Monday to Friday in it count as after-hours, and the weekly summary goes out Mondays at 07:00 in it.',
    schema: Type.String({ minLength: 1, maxLength: 64 }),
    default: 'UTC',
    check: (value: string) => (isKnownTimeZone(value) ? undefined : `"${value}" is not an IANA time zone`),
  },
  demoSeed: {
    env: 'SWITCHBOARD_DEMO_SEED',
    flag: 'demo-seed',
    doc: 'Seed of the demo data generator; the same seed gives the same demo MSP.',
    schema: Type.Integer({ minimum: 0 }),
    default: 1042,
  },
} satisfies Record<string, Setting>;

const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** What is wrong with a trusted-proxy list (the forms Fastify's trustProxy accepts), or undefined. */
export function proxyListProblem(list: string): string | undefined {
  for (const item of trustedProxyList(list)) {
    if (PROXY_KEYWORDS.has(item)) continue;
    const [address, prefix, extra] = item.split('/');
    const version = isIP(address);
    if (version === 0 || extra !== undefined) return `"${item}" is not an address, a CIDR range or one of ${[...PROXY_KEYWORDS].join(', ')}`;
    if (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128))) return `"${item}" has a prefix length outside 0–${version === 4 ? 32 : 128}`;
  }
  return undefined;
}

/** The trusted-proxy setting as a list; empty when no proxy is trusted. */
export function trustedProxyList(list: string): string[] {
  return list.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

export type SettingName = keyof typeof settings;
export type Config = { [K in SettingName]: Static<(typeof settings)[K]['schema']> };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Switchboard cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function coerce(raw: string, schema: TSchema): unknown {
  if (schema.type === 'integer' || schema.type === 'number') {
    return raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  }
  if (schema.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

/**
 * Reads the configuration from the environment and flags. Unknown SWITCHBOARD_* variables are
 * reported too, because a misspelt variable silently ignored is worse than a refusal to start.
 */
export function loadConfig(env: NodeJS.ProcessEnv, flags: Record<string, string | undefined> = {}): Config {
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  const knownEnv = new Set<string>(['SWITCHBOARD_DATABASE_URL']);
  const knownFlags = new Set<string>();
  for (const [name, setting] of Object.entries(settings) as [SettingName, Setting][]) {
    knownEnv.add(setting.env);
    knownFlags.add(setting.flag);
    let raw = flags[setting.flag];
    let source = `--${setting.flag}`;
    if (raw === undefined) {
      raw = env[setting.env] ?? (name === 'databaseUrl' ? env.SWITCHBOARD_DATABASE_URL : undefined);
      source = setting.env;
    }
    if (raw === undefined) {
      config[name] = setting.default;
      continue;
    }
    const value = coerce(raw, setting.schema);
    if (!Value.Check(setting.schema, value)) {
      problems.push(`${source}=${JSON.stringify(raw)} is invalid: ${setting.doc}`);
      continue;
    }
    const problem = typeof value === 'string' ? setting.check?.(value) : undefined;
    if (problem) {
      problems.push(`${source}=${JSON.stringify(raw)} is invalid: ${problem}`);
      continue;
    }
    config[name] = value;
  }
  for (const key of Object.keys(env)) {
    if (key.startsWith('SWITCHBOARD_') && !knownEnv.has(key)) problems.push(`${key} is not a Switchboard setting`);
  }
  for (const flag of Object.keys(flags)) {
    if (!knownFlags.has(flag)) problems.push(`--${flag} is not a Switchboard setting`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config as Config;
}

/** Markdown table of every setting, for `switchboard help` and the README. */
export function describeSettings(): string {
  const rows = (Object.values(settings) as Setting[]).map(
    (s) => `| \`${s.env}\` | \`--${s.flag}\` | \`${JSON.stringify(s.default)}\` | ${s.doc} |`,
  );
  return ['| variable | flag | default | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
