/**
 * What a node holds whatever its roles: the configuration, clock, logger and database, the live
 * event bus (relayed between nodes on PostgreSQL), the wake-up signals between roles, and the
 * wiring of modules that more than one role uses — the reactions to ticket changes each module
 * registers, what ladders, mail intake, alerts and imports run with, the delivery providers.
 * The roles (web.ts, engine.ts, mail.ts) start what they run from it; main.ts composes them.
 */
import { hostname } from 'node:os';
import type { Config } from '../config.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { connect, type Database } from '../platform/db/connect.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { EventBus } from '../platform/events.js';
import { PgEventRelay } from '../platform/events-relay.js';
import { newId } from '../platform/ids.js';
import { createLogger, type Logger } from '../platform/logger.js';
import { WakeSignals } from '../platform/wake-signals.js';
import { AccessWatch } from '../modules/auth/index.js';
import { registerTicketReactions as registerBackupReactions, takeBackupReport } from '../modules/backups/index.js';
import * as csat from '../modules/csat/index.js';
import { contactEmail, contactsByEmail, organizationDirectory, organizationEmails, organizationsByEmailDomain } from '../modules/clients/index.js';
import * as escalation from '../modules/escalation/index.js';
import * as incidents from '../modules/incidents/index.js';
import { DEFAULT_THRESHOLD } from '../modules/fraud/index.js';
import { buildFraudContext, flagTicketForVerification, recordSenderDomain } from '../modules/fraud-checks/index.js';
import type { AlertStepDeps } from '../modules/alerts/index.js';
import type { ApplyDeps } from '../modules/imports/index.js';
import * as mail from '../modules/mail/index.js';
import { loadProviders } from '../modules/notify/index.js';
import { scheduleExists, scheduleName, whoIsOnCall } from '../modules/oncall/index.js';
import * as sla from '../modules/sla/index.js';
import * as tickets from '../modules/tickets/index.js';

/** How a node is built beyond its configuration (tests and tools). */
export interface BuildOptions {
  clock?: Clock;
  logger?: Logger;
  /** An already connected database (tests); otherwise one is opened from the configuration. */
  database?: Database;
  /** Start the engine's own timer loop (default true when the engine role is on; tests drive it by hand). */
  startEngine?: boolean;
  /** DNS lookups of the SMTP listener's SPF, DKIM and DMARC checks (tests answer from a map); system DNS when absent. */
  dnsResolver?: mail.DnsResolver;
}

/** The workers a write may wake on this node; the role that runs one listens for its name. */
export type Signal = 'engine' | 'delivery';

/** The delivery providers, loaded once from the database and forgotten when they change. */
export interface ProviderCache {
  current(): ReturnType<typeof loadProviders>;
  forget(): void;
}

export interface Shared {
  config: Config;
  clock: Clock;
  logger: Logger;
  database: Database;
  events: EventBus;
  /** What this node runs (`--roles`). */
  roles: ReadonlySet<string>;
  nodeId: string;
  signals: WakeSignals<Signal>;
  calendars: sla.CalendarCache;
  /** What each module does when a ticket changes or is created, in their registration order. */
  reactions: tickets.TicketReactions;
  ladders: Omit<escalation.LadderDeps, 'db'>;
  /** What queueing client mail runs with (the outbox, templates, the hourly cap). */
  mailDeps: Omit<mail.QueueMailDeps, 'db'>;
  /** The satisfaction survey's settings and the ticket read it uses. */
  csat: { settings: csat.CsatSettings; ticketById: csat.TicketById };
  mailboxes: mail.MailboxCache;
  intake: mail.IntakeDeps;
  alerts: AlertStepDeps;
  importDeps: ApplyDeps;
  providers: ProviderCache;
  /** Ends live streams whose reader lost its access; started by the web role. */
  access: AccessWatch;
  accessChanged(userId: string): void;
  /** Runs every ticket-change reaction for one ticket in a transaction of its own. */
  recomputeTicket(ticketId: string): Promise<void>;
  /** Starts relaying live events between nodes (PostgreSQL). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** What ladders run with: the SLA module's covering calendar and the on-call module's rota. */
export function ladderDeps(clock: Clock, calendars: sla.CalendarCache, config: Pick<Config, 'ticketPrefix'>, database: Database): Omit<escalation.LadderDeps, 'db'> {
  return { clock, ticketPrefix: config.ticketPrefix, dialect: database.dialect, onCall: whoIsOnCall, scheduleExists, scheduleName, coveringCalendar: sla.coveringCalendarNow({ clock, calendars }) };
}

/** Opens and migrates the database, warms it, and wires what every role of this node shares. */
export async function composeShared(config: Config, options: BuildOptions): Promise<Shared> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = options.database ?? connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, backgroundCheckpoints: true });
  await migrateToLatest(database);
  const db = database.db;
  const events = new EventBus();
  const publish = (e: Parameters<EventBus['publish']>[0]) => events.publish(e);
  const signals = new WakeSignals<Signal>();
  const nodeId = config.nodeId || `${hostname()}:${process.pid}`;
  const calendars = new sla.CalendarCache();
  // What a node would otherwise do during its first requests, one client after another: open its
  // database connections and compile the coverage calendars in use (two months ahead).
  await database.warm();
  await calendars.warm(db, clock.now(), clock.now() + 60 * 24 * 3_600_000);

  const ladders = { ...ladderDeps(clock, calendars, config, database), onQueued: () => signals.wake('delivery'), publish };
  const mailboxes = new mail.MailboxCache();
  const reactions = new tickets.TicketReactions();
  // Order matters: the clocks first (ladders read them), then ladders, then the client's mail.
  sla.registerTicketReactions(reactions, { clock, calendars, dialect: database.dialect });
  escalation.registerTicketReactions(reactions, ladders);
  // After the ladders: a ladder a change started on a ticket a vendor incident owns is held at once (the incident pages).
  incidents.registerTicketReactions(reactions, { clock, ladders: { hold: (d, ticketId, actor) => escalation.holdLadders({ ...ladders, db: d }, ticketId, 'a vendor incident owns the ticket', actor) } });
  const csatSettings: csat.CsatSettings = { windowDays: config.csatWindowDays, followUpAt: config.csatFollowUpAt };
  const ticketById: csat.TicketById = (d, id) => tickets.ticketForMail(d, { id });
  // Before the mail: a resolution's mail carries the survey's rating links.
  csat.registerTicketReactions(reactions, { clock, settings: csatSettings, ticketById });
  const csatLinks = { clock, secretKey: config.secretKey, publicUrl: config.publicUrl };
  const mailDeps: Omit<mail.QueueMailDeps, 'db'> = {
    mailboxes,
    clock,
    ticketPrefix: config.ticketPrefix,
    publicUrl: config.publicUrl,
    capPerHour: config.mailAutoPerHour,
    ports: {
      ticketForMail: tickets.ticketForMail,
      ticketEventsAfter: tickets.ticketEventsAfter,
      messageForMail: tickets.messageForMail,
      contactEmail,
      organizationDirectory,
      ratingLinks: (d, id) => csat.ratingLinksText(csatLinks, d, id),
    },
  };
  mail.registerTicketReactions(reactions, mailDeps);
  // A stale backup's ticket resolved while the job is still stale: check the job again later.
  registerBackupReactions(reactions, { clock });
  const onTicketChanged = reactions.changed;
  const intake: mail.IntakeDeps = {
    db,
    dialect: database.dialect,
    clock,
    ports: { openTicketFromEmail: tickets.openTicketFromEmail, addEmailMessage: tickets.addEmailMessage, markDeliveryFailed: tickets.markDeliveryFailed, ticketForMail: tickets.ticketForMail, contactsByEmail, organizationsByEmailDomain, organizationEmails, fraudContext: buildFraudContext, recordSenderDomain },
    ticketPrefix: config.ticketPrefix,
    authservId: (config.mailHostname || hostname()).toLowerCase(),
    limits: { maxMessageBytes: config.mailMaxBytes },
    onTicketChanged,
    publish,
    // A message scoring at or above its client's threshold holds its ticket for a call-back.
    onSuspicious: (trx, m) => flagTicketForVerification(trx, { ticketId: m.ticketId, messageId: m.messageId, score: m.score, reasons: m.reasons, purportedSender: m.purportedSender }),
    // A backup product's report from a job's sender records the job's result instead of a ticket.
    takeMessage: (trx, m, emit) => takeBackupReport({ db: trx, clock, dialect: database.dialect, onTicketChanged, emit }, m),
    fraudThreshold: DEFAULT_THRESHOLD,
    contexts: new mail.FraudContexts(),
    mailboxes,
  };
  let providers: ReturnType<typeof loadProviders> | undefined;
  const accessChanged = (userId: string) => events.publishAccess({ userId, at: clock.iso() });
  // Nodes sharing a PostgreSQL database see each other's live events; each instance is its own origin.
  const relay = database.pool ? new PgEventRelay(database.pool, events, `${nodeId}/${newId().slice(0, 8)}`, logger) : undefined;
  return {
    config,
    clock,
    logger,
    database,
    events,
    roles: new Set(config.roles.split(',')),
    nodeId,
    signals,
    calendars,
    reactions,
    ladders,
    mailDeps,
    csat: { settings: csatSettings, ticketById },
    mailboxes,
    intake,
    alerts: { dialect: database.dialect, clock, publish, onTicketChanged, incidents: { minClients: config.alertIncidentClients, windowMs: config.alertIncidentWindowMinutes * 60_000 } },
    importDeps: { db, dialect: database.dialect, clock, onTicketChanged, publish, accessChanged },
    providers: { current: () => (providers ??= loadProviders(db, config.secretKey, clock)), forget: () => void (providers = undefined) },
    access: new AccessWatch({ db, clock, events, logger, recheckMs: 60_000 }),
    accessChanged,
    recomputeTicket: (ticketId) => db.transaction().execute((trx) => onTicketChanged(trx, ticketId)),
    start: async () => relay?.start(),
    async close() {
      await relay?.stop();
      if (!options.database) await database.close();
    },
  };
}
