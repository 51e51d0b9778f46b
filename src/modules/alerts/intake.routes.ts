/**
 * HTTP for senders: the inbound webhook of each payload format (`/api/v1/alerts/inbound/<format>`)
 * and heartbeat reports (`/api/v1/heartbeats/report`). No user signs in here: the sender's own
 * token (`Authorization: Bearer <token>`, or HTTP Basic with the token as password) names the
 * source or check. The body is validated first, then the token, then the alerts are folded; the
 * answer comes once they are committed.
 */
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import type { DomainEvent } from '../../platform/events.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { sha256Hex } from '../../platform/ids.js';
import type { AlertIntake } from './alert-intake.js';
import { senderToken, sourceEntry, type AlertSource } from './alert-source.js';
import { inboundPath } from './alert-sources.routes.js';
import { FoldOutcome, HeartbeatReportAnswer, HeartbeatReportBody, IntakeAnswer } from './alerts.schema.js';
import type { FoldDeps } from './fold-alerts.js';
import type { AlertFormat } from './formats/format.js';
import { FORMATS } from './formats/registry.js';
import { reportHeartbeat } from './report-heartbeat.js';
import { findHeartbeatByToken, findSourceByToken } from './sources.repository.js';

export interface IntakeRoutesDeps extends Omit<FoldDeps, 'emit'> {
  intake: AlertIntake;
  publish: (event: DomainEvent) => void;
}

/** The sender's token, hashed as stored; 401 without one. */
function tokenHash(request: FastifyRequest): string {
  const token = senderToken(request.headers.authorization);
  if (!token) throw new AppError('authentication_required', 'Send the source’s token: Authorization: Bearer <token>', { status: 401 });
  return sha256Hex(token);
}

async function authenticateSource(db: Db, request: FastifyRequest, format: AlertFormat): Promise<AlertSource> {
  const source = await findSourceByToken(db, tokenHash(request));
  if (!source) throw new AppError('invalid_token', 'This token belongs to no alert source (it may have been replaced)', { status: 401 });
  if (!source.enabled) throw new AppError('alert_source_disabled', `The alert source "${source.name}" is disabled`, { status: 409 });
  if (source.format !== format.name) {
    throw new AppError('wrong_alert_format', `The source "${source.name}" sends ${source.format} payloads: POST them to ${inboundPath(source.format)}`, { status: 422, details: { format: source.format } });
  }
  return source;
}

export function intakeRoutes(app: App, deps: IntakeRoutesDeps): void {
  for (const s of [FoldOutcome, IntakeAnswer]) app.addSchema(s);
  for (const format of FORMATS) {
    app.post(inboundPath(format.name), {
      config: { public: true },
      schema: {
        tags: ['alerts'],
        summary: `Receive ${format.title} alerts`,
        description: `${format.description} Authenticate with the alert source’s token (\`Authorization: Bearer <token>\`, or HTTP Basic with the token as the password). The answer comes once every alert is stored: what each one did (opened a ticket, folded, resolved …).`,
        security: [{ bearerToken: [] }],
        body: format.schema,
        response: { 200: IntakeAnswer, ...problemResponses(400, 401, 409, 413, 415, 422) },
      },
    }, async (request) => {
      const source = await authenticateSource(deps.db, request, format);
      const read = format.read(request.body, source.clientLabel);
      const entries = read.alerts.map((a) => sourceEntry(source, format.title, format.name, a));
      return { received: entries.length, ignored: read.ignored, alerts: await deps.intake.receive(entries) };
    });
  }

  app.post('/api/v1/heartbeats/report', {
    config: { public: true },
    // A cron job may report with a bare POST: no body reads as {}.
    preValidation: async (request) => {
      request.body ??= {};
    },
    schema: {
      tags: ['alerts', 'heartbeats'],
      summary: 'A heartbeat check’s job reports in',
      description:
        'Authenticate with the check’s token. No body (or `{}`) reports success: the silence deadline moves on and a silence’s or failure’s ticket is resolved. ' +
        '`{"status": "failure", "message": …}` opens (or keeps) a ticket at once.',
      security: [{ bearerToken: [] }],
      body: HeartbeatReportBody,
      response: { 200: HeartbeatReportAnswer, ...problemResponses(400, 401, 409, 415) },
    },
  }, async (request) => {
    const heartbeat = await findHeartbeatByToken(deps.db, tokenHash(request));
    if (!heartbeat) throw new AppError('invalid_token', 'This token belongs to no heartbeat check (it may have been replaced)', { status: 401 });
    if (!heartbeat.enabled) throw new AppError('heartbeat_disabled', `The heartbeat check "${heartbeat.name}" is disabled`, { status: 409 });
    const outbox: DomainEvent[] = [];
    const { publish: _p, intake: _i, ...fold } = deps;
    const done = await deps.db.transaction().execute((trx) =>
      reportHeartbeat({ ...fold, db: trx, emit: (e) => outbox.push(e) }, heartbeat, { status: request.body.status ?? 'success', message: request.body.message ?? null }),
    );
    outbox.forEach(deps.publish);
    return { heartbeatId: done.heartbeat.id, lastPingAt: done.heartbeat.lastPingAt!, dueAt: done.dueAt, alert: done.alert };
  });
}
