/**
 * The engine role: the deadline engine with every step registered, the notification delivery
 * worker and the outbound mail worker. The engine is woken by writes on this node and by
 * PostgreSQL NOTIFY from the others; `/health/engine` says how its loop is doing.
 */
import pg from 'pg';
import type { Registry } from 'prom-client';
import { DEADLINE_CHANNEL } from '../platform/engine/deadlines.repository.js';
import { Engine } from '../platform/engine/engine.js';
import type { App } from '../platform/http/server.js';
import { signToken } from '../platform/secrets.js';
import { alertHandlers } from '../modules/alerts/index.js';
import { backupHandlers } from '../modules/backups/index.js';
import { escalationStepHandler, pageAdministrators, startLadders } from '../modules/escalation/index.js';
import { statusWebhooks, type StatusWebhooks } from '../modules/incidents/index.js';
import { mailboxHealthHandler, OutboundWorker } from '../modules/mail/index.js';
import { ackPath, DeliveryWorker } from '../modules/notify/index.js';
import { armReportSchedules, fcrWatchHandler, weeklySummaryHandler } from '../modules/reports/index.js';
import { slaNoticeHandlers } from '../modules/sla/index.js';
import { spareHandlers } from '../modules/spares/index.js';
import type { Shared } from './shared.js';

export interface EngineRole {
  engine: Engine;
  /** Sends queued notifications (pages) through the delivery providers. */
  delivery: DeliveryWorker;
  /** Sends queued mail to clients (replies and notifications). */
  outbound: OutboundWorker;
  /** The status pages' webhook deliveries (engine step `incidents.status-webhook`) and the POSTs in flight. */
  statusWebhooks: StatusWebhooks;
  /** Starts the engine's loop and the workers' loops (tests drive them by hand instead). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

function deliveryWorker(s: Shared): DeliveryWorker {
  const { config, clock } = s;
  const base = config.publicUrl.replace(/\/+$/, '');
  return new DeliveryWorker({
    db: s.database.db,
    dialect: s.database.dialect,
    clock,
    logger: s.logger,
    nodeId: s.nodeId,
    ticketPrefix: config.ticketPrefix,
    providers: async () => (await s.providers.current()).byMethod,
    ackUrl: config.secretKey ? (id) => `${base}${ackPath(signToken(config.secretKey, { n: id }, clock.now() + 24 * 3600_000))}` : undefined,
    gatherUrl: (id) => `${base}/api/v1/webhooks/twilio/voice/${id}`,
    leaseMs: config.engineLeaseMs,
    allowPrivateDestinations: config.allowPrivateDestinations,
    publish: (e) => s.events.publish(e),
  });
}

/** The engine and its workers on this node; `registry` receives the engine's metrics. */
export function createEngineRole(s: Shared, registry?: Registry): EngineRole {
  // The reports' scheduled steps: the FCR watch and the owners' weekly summary.
  const reports = { timeZone: s.config.reportTimeZone, publicUrl: s.config.publicUrl, clock: s.clock, pageOwners: pageAdministrators };
  const webhooks = statusWebhooks({ db: s.database.db, clock: s.clock, logger: s.logger, secretKey: s.config.secretKey, allowPrivateDestinations: s.config.allowPrivateDestinations });
  const handlers = [
    ...slaNoticeHandlers({
      calendars: s.calendars,
      nodeId: s.nodeId,
      publish: (e) => s.events.publish(e),
      onNotice: async (trx, ticketId, kind) => void (await startLadders({ ...s.ladders, db: trx }, ticketId, kind, null)),
    }),
    escalationStepHandler(s.ladders),
    mailboxHealthHandler({ pageAdministrators }),
    ...alertHandlers(s.alerts),
    fcrWatchHandler(reports),
    weeklySummaryHandler(reports),
    ...spareHandlers({ ...s.alerts, ticketPrefix: s.config.ticketPrefix }),
    ...backupHandlers(s.alerts),
    webhooks.handler,
  ];
  const { database, clock, logger, nodeId, config } = s;
  const engine = new Engine({ db: database.db, dialect: database.dialect, clock, logger, handlers, nodeId, pollMs: config.enginePollMs, leaseMs: config.engineLeaseMs, registry });
  const delivery = deliveryWorker(s);
  const outbound = new OutboundWorker({ db: database.db, dialect: database.dialect, clock, logger, nodeId, secretKey: config.secretKey, leaseMs: config.engineLeaseMs });
  const stopSignals = [s.signals.on('engine', () => engine.wake()), s.signals.on('delivery', () => delivery.wake())];
  // Any committed ticket change may have queued mail.
  stopSignals.push(s.events.subscribe(() => outbound.wake()));
  let unsubscribe: (() => void) | undefined;
  let listener: pg.PoolClient | undefined;
  return {
    engine,
    delivery,
    outbound,
    statusWebhooks: webhooks,
    async start() {
      // The reports' standing schedules (the FCR watch, the weekly summary), armed unless they are.
      await armReportSchedules({ db: database.db, dialect: database.dialect, clock, timeZone: config.reportTimeZone });
      const pool = database.pool;
      // SQLite: any committed ticket change may have set or moved a deadline. PostgreSQL: every
      // write that arms one NOTIFYs all nodes, this one included, with its due time, so a create
      // whose deadlines are hours away wakes no engine. The engine's own events (SLA notices,
      // ladder steps) and page deliveries set none; writes that do wake it themselves.
      if (!pool) {
        unsubscribe = s.events.subscribe((e) => {
          if (!e.type.startsWith('sla.') && !e.type.startsWith('escalation.')) engine.wake();
        });
      }
      if (pool) {
        const client = await pool.connect();
        client.on('notification', (message) => engine.wake(message.payload ? Number(message.payload) : undefined));
        await client.query(`LISTEN ${DEADLINE_CHANNEL}`);
        listener = client;
      }
      engine.start();
      delivery.start();
      outbound.start();
    },
    async stop() {
      unsubscribe?.();
      await engine.stop();
      await webhooks.settled();
      if (listener) {
        await listener.query(`UNLISTEN ${DEADLINE_CHANNEL}`).catch(() => undefined);
        listener.release();
      }
      await delivery.stop();
      for (const stop of stopSignals) stop();
      await outbound.stop();
    },
  };
}

/** `/health/engine`: whether this node runs the engine, and 503 when its last cycle is stale. */
export function engineHealthRoutes(app: App, s: Shared, role: EngineRole | undefined): void {
  app.get('/health/engine', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    if (!role) return { status: 'off', roles: [...s.roles] };
    const health = role.engine.health();
    const stale = health.lastCycleAgeMs > Math.max(10_000, s.config.enginePollMs * 10);
    return reply.status(stale ? 503 : 200).send({ status: stale ? 'stale' : 'ok', ...health, lastCycleAgeMs: Number.isFinite(health.lastCycleAgeMs) ? health.lastCycleAgeMs : null });
  });
}
