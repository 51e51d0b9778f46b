/**
 * HTTP for the verify-by-phone workflow: a ticket's flags and call-backs, flags raised by hand,
 * the warnings a confirmed fraud shows a client's users, and each client's threshold.
 * Everything but a client's own running warnings is for staff only.
 */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import type { DomainEvent, EventBus } from '../../platform/events.js';
import { IdParams, Page, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isManager, isStaff, type Actor, type StaffActor } from '../auth/index.js';
import { findOrganization } from '../clients/index.js';
import { findTicketForActor } from '../tickets/index.js';
import { changeThreshold, fraudSettings } from './change-threshold.js';
import { changeWarning } from './change-warning.js';
import { FraudFlag, FraudSettings, FraudSettingsBody, FraudWarning, ChangeWarningBody, FlagParams, PublishWarningBody, RaiseFlagBody, RecordCallBody, TicketVerification, WarningListQuery } from './fraud-checks.schema.js';
import type { FraudDeps } from './fraud-deps.js';
import { publishWarning } from './publish-warning.js';
import { raiseFlagByHand } from './raise-flag-by-hand.js';
import { recordCall } from './record-call.js';
import { ticketVerification, viewFlag, type FlagView } from './ticket-verification.js';
import { defaultWarningText } from './verification.js';
import { findWarning, listWarnings, type WarningRecord } from './warning.repository.js';

export interface FraudCheckRoutesDeps {
  db: Db;
  clock: Clock;
  events: EventBus;
  /**
   * Run in the transaction that published a warning, as after any ticket change: the mail module
   * reads the ticket's new `fraud.warning_published` event and queues the warning to the client's
   * contacts, so the mail commits exactly when the warning does.
   */
  onTicketChanged?: (trx: Db, ticketId: string) => Promise<void>;
}

/** Warnings newest first: the creation instant and id of the last row. */
const WARNINGS_CURSOR = cursorShape('fraud-warnings', 'instant', 'text');

/** A warning as staff see it, and as a client's users do (its words and dates only). */
function presentWarning(w: WarningRecord, staff: boolean) {
  const { id, organizationId, text, active, createdAt, updatedAt, endedAt } = w;
  return staff ? { id, organizationId, text, active, createdAt, updatedAt, endedAt, flagId: w.flagId, ticketId: w.ticketId, createdBy: w.createdBy } : { id, organizationId, text, active, createdAt, updatedAt, endedAt };
}

function presentFlag(f: FlagView) {
  return {
    id: f.id,
    ticketId: f.ticketId,
    organizationId: f.organizationId,
    source: f.source,
    messageId: f.messageId,
    score: f.score,
    threshold: f.threshold,
    reasons: f.reasons,
    purportedSender: f.sender,
    raisedBy: f.raisedBy,
    raisedAt: f.raisedAt,
    status: f.call?.outcome ?? ('awaiting_call' as const),
    call: f.call,
    callBack: f.callBack,
    warnings: f.warnings.map((w) => presentWarning(w, true)),
    suggestedWarning: defaultWarningText(f.sender, f.reasons),
  };
}

export function fraudCheckRoutes(app: App, deps: FraudCheckRoutesDeps): void {
  for (const schema of [FraudWarning, FraudFlag, TicketVerification, FraudSettings]) app.addSchema(schema);
  const tags = ['fraud'];
  const staffOnly = (actor: Actor): StaffActor => {
    if (!isStaff(actor)) throw forbidden('Only staff can see or change fraud checks');
    return actor;
  };
  const ticketOf = async (db: Db, actor: Actor, ref: string) => {
    const ticket = await findTicketForActor(db, actor, ref);
    if (!ticket) throw notFound('Ticket');
    return ticket;
  };
  const fraudDeps = (trx: Db, outbox: DomainEvent[]): FraudDeps => ({ db: trx, clock: deps.clock, emit: (e) => outbox.push(e) });
  /** Runs a write in one transaction and publishes its live events only after it commits. */
  async function inTransaction<T>(fn: (d: FraudDeps) => Promise<T>): Promise<T> {
    const outbox: DomainEvent[] = [];
    const result = await deps.db.transaction().execute((trx) => fn(fraudDeps(trx, outbox)));
    for (const e of outbox) deps.events.publish(e);
    return result;
  }

  app.get('/api/v1/tickets/:id/verification', {
    schema: {
      tags,
      summary: 'A ticket’s verify-by-phone flags',
      description:
        'Staff only. Every flag with why (score and reasons), who the message claimed to be, whom to call on which number on file (never one from the message), ' +
        'and the call-back’s outcome; `required` while a call-back is still to be logged.',
      params: IdParams,
      response: { 200: Type.Ref('TicketVerification'), ...problemResponses(401, 403, 404) },
    },
  }, async (request) => {
    const actor = staffOnly(actorFrom(request));
    const ticket = await ticketOf(deps.db, actor, request.params.id);
    const verification = await ticketVerification(deps.db, ticket.id);
    return { ...verification, flags: verification.flags.map(presentFlag) };
  });

  app.post('/api/v1/tickets/:id/fraud-flags', {
    schema: {
      tags,
      summary: 'Flag a ticket verify-by-phone by hand',
      description:
        'Staff only. For a request that came another way (a phone call asking to change payment details is the same risk): the ticket cannot be resolved until ' +
        'a call-back to a number on file is logged.',
      params: IdParams,
      body: RaiseFlagBody,
      response: { 201: Type.Ref('FraudFlag'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = staffOnly(actorFrom(request));
    const outbox: DomainEvent[] = [];
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const ticket = await ticketOf(trx, actor, request.params.id);
      const flag = await raiseFlagByHand(fraudDeps(trx, outbox), actor, ticket, request.body);
      return { status: 201, body: presentFlag(await viewFlag(trx, flag)), after: () => outbox.forEach((e) => deps.events.publish(e)) };
    });
  });

  app.post('/api/v1/tickets/:id/fraud-flags/:flagId/call', {
    schema: {
      tags,
      summary: 'Log the call-back of a flag',
      description:
        'Staff only. The outcome (verified, fraud, not reachable), the number called — one on file, or one found elsewhere with where — and when; the caller is ' +
        'whoever logs it. Once every flag has its outcome the ticket can be resolved. A fraud remembers its look-alike domains for every client.',
      params: FlagParams,
      body: RecordCallBody,
      response: { 200: Type.Ref('FraudFlag'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = staffOnly(actorFrom(request));
    return inTransaction(async (d) => {
      const ticket = await ticketOf(d.db, actor, request.params.id);
      const flag = await recordCall(d, actor, ticket, request.params.flagId, request.body);
      return presentFlag(await viewFlag(d.db, flag));
    });
  });

  app.get('/api/v1/fraud-warnings', {
    schema: {
      tags,
      summary: 'Fraud warnings for clients’ users',
      description: 'A client’s users get their own organisation’s running warnings (the portal banner), words only; staff get every warning, newest first, filtered by client and whether it runs.',
      querystring: WarningListQuery,
      response: { 200: Page(Type.Ref('FraudWarning'), 'FraudWarningPage'), ...problemResponses(400, 401) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    const staff = isStaff(actor);
    const q = request.query;
    const limit = q.limit ?? 50;
    const after = readCursor(request, WARNINGS_CURSOR);
    const rows = await listWarnings(deps.db, staff ? { organizationId: q.organizationId, activeOnly: q.active === true, limit, after } : { organizationId: actor.organizationId, activeOnly: true, limit, after });
    return toPage(request, WARNINGS_CURSOR, rows, limit, (w) => [w.createdAt, w.id], (w) => presentWarning(w, staff));
  });

  app.post('/api/v1/fraud-warnings', {
    schema: {
      tags,
      summary: 'Warn a client’s users of a confirmed fraud',
      description:
        'Staff only. Shows the text as a banner in the client’s portal and mails it to every contact of the client with an address on file (template ' +
        '`fraud_warning`). The flag’s call-back must have found fraud.',
      body: PublishWarningBody,
      response: { 201: Type.Ref('FraudWarning'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = staffOnly(actorFrom(request));
    const outbox: DomainEvent[] = [];
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const warning = await publishWarning(fraudDeps(trx, outbox), actor, request.body);
      await deps.onTicketChanged?.(trx, warning.ticketId);
      return { status: 201, body: presentWarning(warning, true), after: () => outbox.forEach((e) => deps.events.publish(e)) };
    });
  });

  app.patch('/api/v1/fraud-warnings/:id', {
    schema: {
      tags,
      summary: 'Reword or end a fraud warning',
      description: 'Staff only. `active: false` takes the banner down.',
      params: IdParams,
      body: ChangeWarningBody,
      response: { 200: Type.Ref('FraudWarning'), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request) => {
    const actor = staffOnly(actorFrom(request));
    return inTransaction(async (d) => {
      const warning = await findWarning(d.db, request.params.id);
      if (!warning) throw notFound('Fraud warning');
      return presentWarning(await changeWarning(d, actor, warning, request.body), true);
    });
  });

  app.get('/api/v1/organizations/:id/fraud-settings', {
    schema: { tags, summary: 'A client’s fraud flag threshold', description: 'Staff only.', params: IdParams, response: { 200: Type.Ref('FraudSettings'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    const actor = staffOnly(actorFrom(request));
    const org = await findOrganization(deps.db, actor, request.params.id);
    if (!org) throw notFound('Organization');
    return fraudSettings(deps.db, org.id);
  });

  app.patch('/api/v1/organizations/:id/fraud-settings', {
    schema: {
      tags,
      summary: 'Change a client’s fraud flag threshold',
      description: 'Owner, admin or service manager. Messages scoring at or above the threshold are flagged verify-by-phone (docs/fraud.md, Tuning); null returns to the default. Audited.',
      params: IdParams,
      body: FraudSettingsBody,
      response: { 200: Type.Ref('FraudSettings'), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    const actor = staffOnly(actorFrom(request));
    const org = await findOrganization(deps.db, actor, request.params.id);
    if (!org) throw notFound('Organization');
    if (!isManager(actor)) throw forbidden('Only an owner, admin or service manager can change a client’s fraud threshold');
    return deps.db.transaction().execute((trx) => changeThreshold({ db: trx, clock: deps.clock }, actor, org.id, request.body.threshold, request.ip));
  });
}
