/**
 * HTTP for setting up alert senders (owners and admins; staff may read): alert sources
 * (`/api/v1/alert-sources`) and heartbeat checks (`/api/v1/heartbeats`). Each is made with its own
 * token, shown once in the answer that makes it or re-keys it, and stored hashed.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { toIso, type Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isAdministrator, isStaff } from '../auth/index.js';
import type { AlertSource as Source, Heartbeat as Check } from './alert-source.js';
import {
  AlertSource, AlertSourceWithToken, CreateAlertSourceBody, CreateHeartbeatBody, Heartbeat, HeartbeatWithToken, UpdateAlertSourceBody, UpdateHeartbeatBody,
} from './alerts.schema.js';
import { heartbeatDueAt } from './heartbeat.js';
import { changeAlertSource, createAlertSource, nameTaken, rotateSourceToken } from './save-alert-source.js';
import { changeHeartbeat, createHeartbeat, heartbeatNameTaken, rotateHeartbeatToken } from './save-heartbeat.js';
import { findHeartbeat, findSource, listHeartbeats, listSources } from './sources.repository.js';

const SOURCES = cursorShape('alerts.sources', 'text', 'text');
const HEARTBEATS = cursorShape('alerts.heartbeats', 'text', 'text');

/** The inbound path of a format. */
export const inboundPath = (format: string) => `/api/v1/alerts/inbound/${format}`;

export const presentSource = (s: Source) => ({ ...s, path: inboundPath(s.format) });
export const presentHeartbeat = (h: Check) => ({ ...h, dueAt: toIso(heartbeatDueAt(h)) });

/** Maps a unique violation (a taken name) to its conflict. */
async function named<T>(work: Promise<T>, taken: () => Error): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}

export function alertSourceRoutes(app: App, deps: { db: Db; clock: Clock }): void {
  for (const s of [AlertSource, AlertSourceWithToken, Heartbeat, HeartbeatWithToken]) app.addSchema(s);
  const { db, clock } = deps;
  const staff = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Alert sources and heartbeat checks are for MSP staff');
    return actor;
  };
  const admin = (request: FastifyRequest) => {
    const actor = staff(request);
    if (!isAdministrator(actor)) throw forbidden('Only an owner or admin can set up alert sources and heartbeat checks');
    return actor;
  };
  // Loaded with the handle of the transaction that changes it: SQLite has one connection.
  const source = async (d: Db, id: string) => (await findSource(d, id)) ?? Promise.reject(notFound('Alert source'));
  const check = async (d: Db, id: string) => (await findHeartbeat(d, id)) ?? Promise.reject(notFound('Heartbeat check'));
  let tags = ['alerts'];

  app.get('/api/v1/alert-sources', {
    schema: {
      tags,
      summary: 'Alert sources (staff)',
      querystring: Type.Object(PageQuery, { additionalProperties: false }),
      response: { 200: Page(Type.Ref('AlertSource'), 'AlertSourcePage'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    staff(request);
    const limit = request.query.limit ?? 50;
    const rows = await listSources(db, { limit, after: readCursor(request, SOURCES) });
    return toPage(request, SOURCES, rows, limit, (s) => [s.name, s.id], presentSource);
  });

  app.post('/api/v1/alert-sources', {
    schema: {
      tags,
      summary: 'Set up an alert source (owner and admin)',
      description:
        'Bound to one client (`organizationId`), or MSP-wide with `clientMap` from the client label’s value to clients (and a `fallbackOrganizationId`). The ' +
        'answer holds the source’s token, shown once; the sender POSTs to `path` with `Authorization: Bearer <token>`.',
      body: CreateAlertSourceBody,
      response: { 201: Type.Ref('AlertSourceWithToken'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = admin(request);
    await named(
      runCreate(deps, request, reply, actor.userId, async (trx) => {
        const made = await createAlertSource({ db: trx, clock }, actor, request.body, request.ip);
        return { status: 201, body: { ...presentSource(made.source), token: made.token } };
      }),
      nameTaken,
    );
  });

  app.get('/api/v1/alert-sources/:id', {
    schema: { tags, summary: 'An alert source (staff)', params: IdParams, response: { 200: Type.Ref('AlertSource'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    return presentSource(await source(db, request.params.id));
  });

  app.patch('/api/v1/alert-sources/:id', {
    schema: {
      tags,
      summary: 'Change an alert source (owner and admin)',
      description: 'Disabling a source refuses its alerts (409 alert_source_disabled) until it is enabled again.',
      params: IdParams,
      body: UpdateAlertSourceBody,
      response: { 200: Type.Ref('AlertSource'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = admin(request);
    const changed = await named(db.transaction().execute(async (trx) => changeAlertSource({ db: trx, clock }, actor, await source(trx, request.params.id), request.body, request.ip)), nameTaken);
    return presentSource(changed);
  });

  app.post('/api/v1/alert-sources/:id/token', {
    schema: {
      tags,
      summary: 'Give an alert source a new token (owner and admin)',
      description: 'The old token stops working at once; the new one is shown once.',
      params: IdParams,
      response: { 200: Type.Ref('AlertSourceWithToken'), ...problemResponses(401, 403, 404, 409) },
    },
  }, async (request) => {
    const actor = admin(request);
    const made = await db.transaction().execute(async (trx) => rotateSourceToken({ db: trx, clock }, actor, await source(trx, request.params.id), request.ip));
    return { ...presentSource(made.source), token: made.token };
  });

  tags = ['alerts', 'heartbeats'];
  app.get('/api/v1/heartbeats', {
    schema: {
      tags,
      summary: 'Heartbeat checks (staff)',
      querystring: Type.Object({ organizationId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), ...PageQuery }, { additionalProperties: false }),
      response: { 200: Page(Type.Ref('Heartbeat'), 'HeartbeatPage'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    staff(request);
    const limit = request.query.limit ?? 50;
    const rows = await listHeartbeats(db, { organizationId: request.query.organizationId }, { limit, after: readCursor(request, HEARTBEATS) });
    return toPage(request, HEARTBEATS, rows, limit, (h) => [h.name, h.id], presentHeartbeat);
  });

  app.post('/api/v1/heartbeats', {
    schema: {
      tags,
      summary: 'Set up a heartbeat check (owner and admin)',
      description:
        'A job of one client that must report (POST /api/v1/heartbeats/report with the check’s token) every `intervalMinutes`; silent for longer than that plus ' +
        '`graceMinutes`, it opens a ticket. The token is shown once.',
      body: CreateHeartbeatBody,
      response: { 201: Type.Ref('HeartbeatWithToken'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = admin(request);
    await named(
      runCreate(deps, request, reply, actor.userId, async (trx) => {
        const made = await createHeartbeat({ db: trx, clock }, actor, request.body, request.ip);
        return { status: 201, body: { ...presentHeartbeat(made.heartbeat), token: made.token } };
      }),
      heartbeatNameTaken,
    );
  });

  app.get('/api/v1/heartbeats/:id', {
    schema: { tags, summary: 'A heartbeat check (staff)', params: IdParams, response: { 200: Type.Ref('Heartbeat'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    return presentHeartbeat(await check(db, request.params.id));
  });

  app.patch('/api/v1/heartbeats/:id', {
    schema: {
      tags,
      summary: 'Change a heartbeat check (owner and admin)',
      params: IdParams,
      body: UpdateHeartbeatBody,
      response: { 200: Type.Ref('Heartbeat'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = admin(request);
    const changed = await named(db.transaction().execute(async (trx) => changeHeartbeat({ db: trx, clock }, actor, await check(trx, request.params.id), request.body, request.ip)), heartbeatNameTaken);
    return presentHeartbeat(changed);
  });

  app.post('/api/v1/heartbeats/:id/token', {
    schema: { tags, summary: 'Give a heartbeat check a new token (owner and admin)', params: IdParams, response: { 200: Type.Ref('HeartbeatWithToken'), ...problemResponses(401, 403, 404, 409) } },
  }, async (request) => {
    const actor = admin(request);
    const made = await db.transaction().execute(async (trx) => rotateHeartbeatToken({ db: trx, clock }, actor, await check(trx, request.params.id), request.ip));
    return { ...presentHeartbeat(made.heartbeat), token: made.token };
  });
}
