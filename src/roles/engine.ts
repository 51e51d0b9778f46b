/**
 * The engine role: the deadline engine with every step registered, woken by ticket changes on
 * this node and by PostgreSQL NOTIFY from the others.
 */
import pg from 'pg';
import type { Registry } from 'prom-client';
import type { Clock } from '../platform/clock.js';
import type { Database } from '../platform/db/connect.js';
import { DEADLINE_CHANNEL } from '../platform/engine/deadlines.repository.js';
import { Engine } from '../platform/engine/engine.js';
import type { EventBus } from '../platform/events.js';
import type { Logger } from '../platform/logger.js';
import { slaNoticeHandlers, type CalendarCache } from '../modules/sla/index.js';
import { escalationStepHandler, pageAdministrators, startLadders, type LadderDeps } from '../modules/escalation/index.js';
import { mailboxHealthHandler } from '../modules/mail/index.js';
import { alertHandlers, type AlertStepDeps } from '../modules/alerts/index.js';


export interface EngineRole {
  engine: Engine;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createEngineRole(deps: {
  database: Database;
  clock: Clock;
  logger: Logger;
  events: EventBus;
  calendars: CalendarCache;
  registry?: Registry;
  nodeId: string;
  pollMs?: number;
  leaseMs?: number;
  ladders: Omit<LadderDeps, 'db'>;
  /** What the alerts module's steps need (heartbeat silences, flapping alerts settling). */
  alerts: AlertStepDeps;
}): EngineRole {
  const handlers = [
    ...slaNoticeHandlers({
      calendars: deps.calendars,
      nodeId: deps.nodeId,
      publish: (e) => deps.events.publish(e),
      onNotice: async (trx, ticketId, kind) => void (await startLadders({ ...deps.ladders, db: trx }, ticketId, kind, null)),
    }),
    escalationStepHandler(deps.ladders),
    mailboxHealthHandler({ pageAdministrators }),
    ...alertHandlers(deps.alerts),
  ];
  const engine = new Engine({
    db: deps.database.db,
    dialect: deps.database.dialect,
    clock: deps.clock,
    logger: deps.logger,
    handlers,
    nodeId: deps.nodeId,
    pollMs: deps.pollMs,
    leaseMs: deps.leaseMs,
    registry: deps.registry,
  });
  let unsubscribe: (() => void) | undefined;
  let listener: pg.PoolClient | undefined;
  return {
    engine,
    async start() {
      const pool = deps.database.pool;
      // SQLite: any committed ticket change may have set or moved a deadline. PostgreSQL: every
      // write that arms one NOTIFYs all nodes, this one included, with its due time, so a create
      // whose deadlines are hours away wakes no engine. The engine's own events (SLA notices,
      // ladder steps) and page deliveries set none; writes that do wake it themselves.
      if (!pool) {
        unsubscribe = deps.events.subscribe((e) => {
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
    },
    async stop() {
      unsubscribe?.();
      await engine.stop();
      if (listener) {
        await listener.query(`UNLISTEN ${DEADLINE_CHANNEL}`).catch(() => undefined);
        listener.release();
      }
    },
  };
}
