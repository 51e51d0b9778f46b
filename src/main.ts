/**
 * The composition root: configuration → database → modules → HTTP, wired by hand, top to bottom.
 */
import { readFileSync } from 'node:fs';
import { trustedProxyList, type Config } from './config.js';
import { ManualClock, systemClock, type Clock } from './platform/clock.js';
import { connect, type Database } from './platform/db/connect.js';
import type { DialectName } from './platform/db/dialect.js';
import { instanceKey } from './platform/db/instance-keys.repository.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { EventBus } from './platform/events.js';
import { newId } from './platform/ids.js';
import { PgEventRelay } from './platform/events-relay.js';
import { createLogger, type Logger } from './platform/logger.js';
import { operationsRoutes } from './platform/http/operations.js';
import { createHttpServer, type App } from './platform/http/server.js';
import { webAppRoutes } from './platform/http/web-app.js';
import { auditRoutes } from './modules/audit/index.js';
import { AccessWatch, authRoutes, hashPassword, hashToken, LoginLimiter, registerAuthentication } from './modules/auth/index.js';
import { clientRoutes } from './modules/clients/index.js';
import { staffRoutes, teamExists } from './modules/staff/index.js';
import { viewRoutes } from './modules/views/index.js';
import { addEmailMessage, allTicketIds, markDeliveryFailed, messageForMail, openTicketFromEmail, streamRoutes, ticketEventsAfter, ticketForMail, ticketRoutes, type OnTicketCreating, type Priority } from './modules/tickets/index.js';
import { contactEmail, contactsByEmail, createContact, organizationDirectory, organizationEmails, organizationExists, organizationsByEmailDomain } from './modules/clients/index.js';
import { DEFAULT_THRESHOLD } from './modules/fraud/index.js';
import { armMailboxHealth, FraudContexts, MailboxCache, mailRoutes, OutboundWorker, processInbound, queueTicketMail, type DnsResolver, type IntakeDeps, type MailDb, type QueueMailDeps } from './modules/mail/index.js';
import { createMailRole, type MailRole } from './roles/mail.js';
import { CalendarCache, loadCoverage, openTicketIds, planNewTicketClocks, recomputeClocks, slaPreviewRoutes, slaRoutes } from './modules/sla/index.js';
import { escalationRoutes, planNewTicketLadders, startLadders, syncLadders, type LadderDeps } from './modules/escalation/index.js';
import { loadDemo, type DemoSummary } from './modules/demo/index.js';
import { ackPath, ackRoutes, addDemoProvider, DeliveryWorker, demoOutboxRoutes, loadProviders, notifyRoutes, providerRoutes, testPageRoutes } from './modules/notify/index.js';
import { clientOverviewRoutes, reportRoutes } from './modules/reports/index.js';
import { buildFraudContext, flagTicketForVerification, fraudCheckRoutes, recordSenderDomain, verificationGuard } from './modules/fraud-checks/index.js';
import { oncallRoutes, scheduleExists, scheduleName, whoIsOnCall } from './modules/oncall/index.js';
import { OidcClient, ssoPasswordPolicy, ssoRoutes } from './modules/sso/index.js';
import { AlertIntake, alertRoutes } from './modules/alerts/index.js';
import { kbRoutes } from './modules/kb/index.js';
import { ImportApplier, importRoutes, type ApplyDeps } from './modules/imports/index.js';
import { vendorRoutes } from './modules/vendors/index.js';
import { incidentRoutes } from './modules/incidents/index.js';
import { signToken } from './platform/secrets.js';
import { createEngineRole, type EngineRole } from './roles/engine.js';
import { hostname } from 'node:os';

export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface Switchboard {
  app: App;
  database: Database;
  events: EventBus;
  logger: Logger;
  /** The deadline engine, when this node runs the engine role. */
  engine?: EngineRole;
  /** The notification delivery worker, when this node runs the engine role. */
  delivery?: DeliveryWorker;
  /** What mail intake runs with (tests and benchmarks process stored mail with it). */
  intake: IntakeDeps;
  /** The outbound mail worker (replies and notifications to clients), when this node runs the engine role. */
  outbound?: OutboundWorker;
  /** Mail intake (SMTP listener, IMAP mailboxes), when this node runs the mail role. */
  mail?: MailRole;
  /** Ends live streams whose reader lost its access (re-checked on access changes and every minute). */
  access: AccessWatch;
  /** Recomputes the SLA clocks of one ticket (tests and data fixes). */
  recomputeTicket(ticketId: string): Promise<void>;
  /** What an import writes with: tickets' SLA clocks and ladders, live events (`switchboard import`). */
  importDeps: ApplyDeps;
  /** Stops accepting requests, lets in-flight ones finish (up to the grace period), closes the database. */
  close(): Promise<void>;
}

export interface BuildOptions {
  clock?: Clock;
  logger?: Logger;
  /** An already connected database (tests); otherwise one is opened from the configuration. */
  database?: Database;
  /** Start the engine's own timer loop (default true when the engine role is on; tests drive it by hand). */
  startEngine?: boolean;
  /** DNS lookups of the SMTP listener's SPF, DKIM and DMARC checks (tests answer from a map); system DNS when absent. */
  dnsResolver?: DnsResolver;
}

/** What ladders need, wired to the SLA module's coverage and the on-call module. */
function ladderDeps(clock: Clock, calendars: CalendarCache, dialect: DialectName, ticketPrefix: string): Omit<LadderDeps, 'db'> {
  return {
    clock,
    ticketPrefix,
    onCall: whoIsOnCall,
    scheduleExists,
    scheduleName,
    dialect,
    async coveringCalendar(trx, ticket) {
      const covering = (await loadCoverage(trx, calendars, ticket.organizationId, ticket.siteId))?.calendarFor(ticket.priority as Priority);
      if (!covering) return null;
      const now = clock.now();
      const week = 7 * 1440;
      return { calendar: covering.calendar, alwaysOpen: covering.calendar.businessMinutesBetween(now, now + week * 60_000) >= week };
    },
  };
}

/**
 * Loads the demo MSP into an empty database as it stands at `clock`'s now: the rows, then every
 * ticket's SLA clocks derived from its history (as a live ticket's are on each change), then the
 * live desk's ladders started through the escalation module at the moment their tickets were
 * raised, so their first steps are due (or just done) and the engine pages them as on any desk.
 * With a secret key (which seals every provider's settings) the demo provider is registered too,
 * so those pages land in the Demo outbox.
 */
export async function installDemo(database: Database, config: Config, clock: Clock = systemClock): Promise<DemoSummary> {
  const summary = await loadDemo(database, { seed: config.demoSeed, nowMs: clock.now(), hashPassword, tokenHash: hashToken });
  if (config.secretKey) await addDemoProvider({ db: database.db, clock, secretKey: config.secretKey });
  const calendars = new CalendarCache();
  const sla = { clock, calendars, dialect: database.dialect };
  const ids = await allTicketIds(database.db);
  for (let i = 0; i < ids.length; i += 250) {
    await database.db.transaction().execute(async (trx) => {
      for (const id of ids.slice(i, i + 250)) await recomputeClocks({ ...sla, db: trx }, id);
    });
  }
  for (const ladder of summary.ladders) {
    const started = new ManualClock(Date.parse(ladder.startedAt));
    await database.db.transaction().execute((trx) => startLadders({ ...ladderDeps(started, calendars, database.dialect, config.ticketPrefix), db: trx }, ladder.ticketId, 'created', null));
  }
  return summary;
}

/** Builds a ready-to-listen Switchboard web node with every module wired in. */
export async function buildSwitchboard(config: Config, options: BuildOptions = {}): Promise<Switchboard> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = options.database ?? connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, backgroundCheckpoints: true });
  await migrateToLatest(database);
  const db = database.db;
  const events = new EventBus();
  let shuttingDown = false;

  const roles = new Set(config.roles.split(','));
  const nodeId = config.nodeId || `${hostname()}:${process.pid}`;
  const calendars = new CalendarCache();
  // What a node would otherwise do during its first requests, one client after another: open its
  // database connections and compile the coverage calendars in use (two months ahead).
  await database.warm();
  await calendars.warm(db, clock.now(), clock.now() + 60 * 24 * 3_600_000);
  const sla = { clock, calendars, dialect: database.dialect };
  const ladders = ladderDeps(clock, calendars, database.dialect, config.ticketPrefix);
  const mailboxes = new MailboxCache();
  const queueMail: Omit<QueueMailDeps, 'db'> = {
    mailboxes,
    clock,
    ticketPrefix: config.ticketPrefix,
    publicUrl: config.publicUrl,
    capPerHour: config.mailAutoPerHour,
    ports: { ticketForMail, ticketEventsAfter, messageForMail, contactEmail, organizationDirectory },
  };
  const onTicketChanged = async (trx: typeof db, ticketId: string) => {
    await recomputeClocks({ ...sla, db: trx }, ticketId);
    await syncLadders({ ...ladders, db: trx }, ticketId);
    await queueTicketMail({ ...queueMail, db: trx as unknown as MailDb }, ticketId);
  };
  // A new ticket has no history to read back: its clocks and ladders are decided before its row is
  // written (the row carries its SLA due time) and stored after, without the reads and rewrites of
  // onTicketChanged — what a create cost on PostgreSQL was mostly those round trips.
  const onTicketCreating: OnTicketCreating = async (trx, t) => {
    const clocks = await planNewTicketClocks(
      { ...sla, db: trx },
      { ...t, priority: t.priority as Priority, createdAt: Date.parse(t.createdAt), respondedAtCreation: t.channel === 'phone' && t.byStaff },
    );
    const startLadders = await planNewTicketLadders({ ...ladders, db: trx }, t);
    return {
      slaDueAt: clocks.slaDueAt,
      async apply(db) {
        await clocks.apply(db);
        await startLadders?.(db);
        // The client's acknowledgement ("we have your request") is queued as the ticket commits.
        await queueTicketMail({ ...queueMail, db: db as unknown as MailDb }, t.id);
      },
    };
  };
  const recomputeTicket = (ticketId: string) => db.transaction().execute(async (trx) => void (await onTicketChanged(trx, ticketId)));
  const recomputeOrganizations = async (organizationIds: string[]) => {
    for (const id of await openTicketIds(db, organizationIds)) await recomputeTicket(id);
  };

  let providers: ReturnType<typeof loadProviders> | undefined;
  const currentProviders = () => (providers ??= loadProviders(db, config.secretKey, clock));
  const base = config.publicUrl.replace(/\/+$/, '');
  const delivery = roles.has('engine')
    ? new DeliveryWorker({
        db,
        dialect: database.dialect,
        clock,
        logger,
        nodeId,
        ticketPrefix: config.ticketPrefix,
        providers: async () => (await currentProviders()).byMethod,
        ackUrl: config.secretKey ? (id) => `${base}${ackPath(signToken(config.secretKey, { n: id }, clock.now() + 24 * 3600_000))}` : undefined,
        gatherUrl: (id) => `${base}/api/v1/webhooks/twilio/voice/${id}`,
        leaseMs: config.engineLeaseMs,
        allowPrivateDestinations: config.allowPrivateDestinations,
        publish: (e) => events.publish(e),
      })
    : undefined;
  ladders.onQueued = () => delivery?.wake();
  const outbound = roles.has('engine')
    ? new OutboundWorker({ db: db as unknown as MailDb, dialect: database.dialect, clock, logger, nodeId, secretKey: config.secretKey, leaseMs: config.engineLeaseMs })
    : undefined;
  // Any committed ticket change may have queued mail.
  const stopWakingOutbound = outbound ? events.subscribe(() => outbound.wake()) : undefined;

  const mailDb = db as unknown as MailDb;
  const mailHostname = (config.mailHostname || hostname()).toLowerCase();
  let engineWake = () => undefined as void;
  const intake: IntakeDeps = {
    db: mailDb,
    dialect: database.dialect,
    clock,
    ports: { openTicketFromEmail, addEmailMessage, markDeliveryFailed, ticketForMail, contactsByEmail, organizationsByEmailDomain, organizationEmails, fraudContext: buildFraudContext, recordSenderDomain },
    ticketPrefix: config.ticketPrefix,
    authservId: mailHostname,
    limits: { maxMessageBytes: config.mailMaxBytes },
    onTicketChanged,
    publish: (e) => events.publish(e),
    // A message scoring at or above its client's threshold holds its ticket for a call-back.
    onSuspicious: (trx, m) => flagTicketForVerification(trx, { ticketId: m.ticketId, messageId: m.messageId, score: m.score, reasons: m.reasons, purportedSender: m.purportedSender }),
    fraudThreshold: DEFAULT_THRESHOLD,
    contexts: new FraudContexts(),
    mailboxes,
  };
  const mail = roles.has('mail')
    ? createMailRole({
        db: mailDb, clock, logger, intake, secretKey: config.secretKey, smtp: { host: config.mailHost, port: config.mailPort, maxBytes: config.mailMaxBytes, hostname: mailHostname, relays: trustedProxyList(config.mailRelays), resolver: options.dnsResolver }, loops: options.startEngine !== false,
        // A refused token refresh pages at once: the mailbox's health deadline is moved to now.
        onTokenFailure: (m) => void armMailboxHealth(db, database.dialect, m, clock.iso(), clock.now()).then(() => engineWake(), (error: unknown) => logger.error({ err: error }, 'arming a mailbox health deadline failed')),
      })
    : undefined;
  ladders.publish = (e) => events.publish(e);

  const access = new AccessWatch({ db, clock, events, logger, recheckMs: 60_000 });
  const accessChanged = (userId: string) => events.publishAccess({ userId, at: clock.iso() });
  const cursorKey = await instanceKey(db, 'cursors', clock.iso());
  const app = await createHttpServer({ logger, bodyLimitBytes: config.bodyLimitBytes, version: VERSION, trustedProxies: trustedProxyList(config.trustedProxies), cursorKey });
  registerAuthentication(app, { db, clock });
  const registry = operationsRoutes(app, { db, isShuttingDown: () => shuttingDown });
  const alerts = {
    dialect: database.dialect,
    clock,
    publish: (e: Parameters<EventBus['publish']>[0]) => events.publish(e),
    onTicketChanged,
    incidents: { minClients: config.alertIncidentClients, windowMs: config.alertIncidentWindowMinutes * 60_000 },
  };
  const engine: EngineRole | undefined = roles.has('engine') ? createEngineRole({ database, clock, logger, events, calendars, registry, nodeId, pollMs: config.enginePollMs, leaseMs: config.engineLeaseMs, ladders, alerts }) : undefined;
  engineWake = () => engine?.engine.wake();
  app.get('/health/engine', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    if (!engine) return { status: 'off', roles: [...roles] };
    const health = engine.engine.health();
    const stale = health.lastCycleAgeMs > Math.max(10_000, config.enginePollMs * 10);
    return reply.status(stale ? 503 : 200).send({ status: stale ? 'stale' : 'ok', ...health, lastCycleAgeMs: Number.isFinite(health.lastCycleAgeMs) ? health.lastCycleAgeMs : null });
  });
  const secureCookies = config.publicUrl.startsWith('https://');
  authRoutes(app, {
    db,
    clock,
    limiter: new LoginLimiter({ db, dialect: database.dialect, clock }, config.loginAttemptsPerWindow),
    sessionTtlHours: config.sessionTtlHours,
    secureCookies,
    publicUrl: config.publicUrl,
    accessChanged,
    passwordPolicy: ssoPasswordPolicy(db),
  });
  ssoRoutes(app, {
    db,
    clock,
    secretKey: config.secretKey,
    oidc: new OidcClient({ clock, privateIssuers: config.ssoPrivateIssuers }),
    publicUrl: config.publicUrl,
    sessionTtlHours: config.sessionTtlHours,
    secureCookies,
  });
  auditRoutes(app, { db });
  staffRoutes(app, { db, clock, accessChanged });
  clientRoutes(app, { db, clock });
  // Resolving waits for what other modules hold a ticket open for: the fraud guard's call-back.
  ticketRoutes(app, { db, dialect: database.dialect, clock, events, ticketPrefix: config.ticketPrefix, onTicketChanged, onTicketCreating, resolveGuards: [verificationGuard] });
  fraudCheckRoutes(app, { db, clock, events, onTicketChanged });
  slaRoutes(app, { db, clock, calendars, ticketPrefix: config.ticketPrefix, recomputeOrganizations });
  slaPreviewRoutes(app, { db, calendars });
  escalationRoutes(app, { ...ladders, db, afterCommit: () => engine?.engine.wake(), allowPrivateDestinations: config.allowPrivateDestinations });
  reportRoutes(app, { db, clock });
  clientOverviewRoutes(app, { db, clock });
  viewRoutes(app, { db, clock });
  const importDeps: ApplyDeps = { db, dialect: database.dialect, clock, onTicketChanged, publish: (e) => events.publish(e), accessChanged };
  const imports = new ImportApplier({ ...importDeps, logger });
  importRoutes(app, { db, clock, limitBytes: config.importLimitBytes, applier: imports });
  oncallRoutes(app, { db, clock });
  notifyRoutes(app, {
    db,
    clock,
    secretKey: config.secretKey,
    publicUrl: config.publicUrl,
    ladders,
    ticketPrefix: config.ticketPrefix,
    twilioTokens: async () => (await currentProviders()).twilioTokens,
    afterAck: () => delivery?.wake(),
    onProvidersChanged: () => (providers = undefined),
    allowPrivateDestinations: config.allowPrivateDestinations,
  });
  providerRoutes(app, { db, clock, ticketPrefix: config.ticketPrefix, secretKey: config.secretKey, allowPrivateDestinations: config.allowPrivateDestinations, onProvidersChanged: () => (providers = undefined) });
  testPageRoutes(app, { db, clock, afterQueued: () => delivery?.wake() });
  demoOutboxRoutes(app, { db, ticketPrefix: config.ticketPrefix });
  ackRoutes(app, { db, clock, secretKey: config.secretKey, ticketPrefix: config.ticketPrefix, ladders, afterAck: () => delivery?.wake() });
  mailRoutes(app, {
    db: mailDb,
    clock,
    secretKey: config.secretKey,
    teamExists: teamExists as never,
    createContact: (d, actor, input) => createContact(d, actor, input),
    reprocess: (id) => processInbound(intake, id),
    onMailboxesChanged: () => {
      mailboxes.invalidate();
      mail?.reload();
    },
    organizationExists: (d, id) => organizationExists(d, id),
    armHealth: async (m) => {
      await armMailboxHealth(db, database.dialect, m, clock.iso());
      engine?.engine.wake();
    },
  });
  alertRoutes(app, { ...alerts, db, intake: new AlertIntake({ ...alerts, db }) });
  vendorRoutes(app, { db, clock });
  incidentRoutes(app, { db, dialect: database.dialect, clock, calendars, onTicketCreating, publish: (e) => events.publish(e), ticketPrefix: config.ticketPrefix });
  kbRoutes(app, { db, dialect: database.dialect, clock });
  streamRoutes(app, { events, watchAccess: (request, end) => access.watchRequest(request, end) });
  await webAppRoutes(app);
  await app.ready();
  // Nodes sharing a PostgreSQL database see each other's live events; each instance is its own origin.
  const relay = database.pool ? new PgEventRelay(database.pool, events, `${nodeId}/${newId().slice(0, 8)}`, logger) : undefined;
  await relay?.start();
  access.start();
  await mail?.start();
  if (engine && options.startEngine !== false) {
    await engine.start();
    delivery?.start();
    outbound?.start();
  }

  return {
    app,
    database,
    events,
    logger,
    engine,
    delivery,
    outbound,
    mail,
    intake,
    access,
    recomputeTicket,
    importDeps,
    async close() {
      shuttingDown = true;
      await imports.stop();
      await mail?.stop();
      await engine?.stop();
      await delivery?.stop();
      stopWakingOutbound?.();
      await outbound?.stop();
      access.stop();
      const timer = setTimeout(() => app.server.closeAllConnections?.(), config.shutdownGraceMs);
      timer.unref();
      await app.close();
      clearTimeout(timer);
      await relay?.stop();
      if (!options.database) await database.close();
    },
  };
}
