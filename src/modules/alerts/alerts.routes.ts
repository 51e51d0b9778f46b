/**
 * HTTP for reading alerts and suspected incidents (staff): each alert identity with its counts,
 * state and ticket (`/api/v1/alerts`), and the incidents proposed when many clients alert with one
 * signature at once (`/api/v1/suspected-incidents`), which a technician may dismiss. Declaring one
 * is the incidents module's (`POST /api/v1/suspected-incidents/{id}/declare`).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Page, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff } from '../auth/index.js';
import { findAlert, listAlerts, type AlertRecord } from './alerts.repository.js';
import { Alert, AlertListQuery, SuspectedIncident, SuspectedIncidentQuery } from './alerts.schema.js';
import { dismissSuspectedIncident } from './dismiss-suspected-incident.js';
import { findProposal, listProposals, proposalClients, type SuspectedIncident as Proposal } from './suspected-incidents.repository.js';

const ALERTS = cursorShape('alerts.alerts', 'instant', 'text');
const PROPOSALS = cursorShape('alerts.suspected', 'instant', 'text');

const presentAlert = ({ foldKey: _k, changes: _c, folded: _f, eventAt: _e, createdAt: _ca, updatedAt: _u, ...a }: AlertRecord) => a;

export function alertReadRoutes(app: App, deps: { db: Db; clock: Clock }): void {
  for (const s of [Alert, SuspectedIncident]) app.addSchema(s);
  const { db, clock } = deps;
  const staff = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Alerts are for MSP staff');
    return actor;
  };
  const withClients = async (p: Proposal) => {
    const { version: _v, createdAt: _c, updatedAt: _u, ...shown } = p;
    return { ...shown, clients: await proposalClients(db, p.id) };
  };

  app.get('/api/v1/alerts', {
    schema: {
      tags: ['alerts'],
      summary: 'Alerts received, one per de-duplication identity, newest first (staff)',
      querystring: AlertListQuery,
      response: { 200: Page(Type.Ref('Alert'), 'AlertPage'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    staff(request);
    const { limit = 50, cursor: _c, ...filter } = request.query;
    const rows = await listAlerts(db, filter, { limit, after: readCursor(request, ALERTS) });
    return toPage(request, ALERTS, rows, limit, (r) => [r.createdAt, r.id], presentAlert);
  });

  app.get('/api/v1/alerts/:id', {
    schema: { tags: ['alerts'], summary: 'An alert: its counts, state, flapping and ticket (staff)', params: IdParams, response: { 200: Type.Ref('Alert'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    const alert = await findAlert(db, request.params.id);
    if (!alert) throw notFound('Alert');
    return presentAlert(alert);
  });

  const tags = ['alerts', 'incidents'];
  app.get('/api/v1/suspected-incidents', {
    schema: {
      tags,
      summary: 'Suspected incidents: many clients alerting with one signature at once (staff)',
      description: 'Each lists the affected clients with their alert and ticket. A proposal is declared as a vendor incident (POST /api/v1/suspected-incidents/{id}/declare) or dismissed.',
      querystring: SuspectedIncidentQuery,
      response: { 200: Page(Type.Ref('SuspectedIncident'), 'SuspectedIncidentPage'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    staff(request);
    const limit = request.query.limit ?? 50;
    const rows = await listProposals(db, { status: request.query.status }, { limit, after: readCursor(request, PROPOSALS) });
    const page = toPage(request, PROPOSALS, rows, limit, (p) => [p.lastAlertAt, p.id], (p) => p);
    return { items: await Promise.all(page.items.map(withClients)), nextCursor: page.nextCursor };
  });

  app.get('/api/v1/suspected-incidents/:id', {
    schema: { tags, summary: 'A suspected incident with its affected clients (staff)', params: IdParams, response: { 200: Type.Ref('SuspectedIncident'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    const found = await findProposal(db, request.params.id);
    if (!found) throw notFound('Suspected incident');
    return withClients(found);
  });

  app.post('/api/v1/suspected-incidents/:id/dismiss', {
    schema: { tags, summary: 'Dismiss a suspected incident: not one outage (staff)', params: IdParams, response: { 200: Type.Ref('SuspectedIncident'), ...problemResponses(401, 403, 404, 409) } },
  }, async (request) => {
    const actor = staff(request);
    return withClients(await dismissSuspectedIncident({ db, clock }, actor, request.params.id));
  });
}
