/** HTTP for escalation policies, people's contact methods, and a ticket's ladders. */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { readBool } from '../../platform/db/dialect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isAdministrator, isManager, isStaff, type Actor } from '../auth/index.js';
import { findTicketForActor } from '../tickets/index.js';
import { acknowledgeTicket, escalateNow } from './acknowledge.js';
import { deletePolicy } from './delete-policy.js';
import { withLadders } from './ladder-events.js';
import { ContactMethod, ContactMethodBody, ContactMethodParams, ContactMethodPatch, Ladder, PageSent, Policy, PolicyBody, PolicyPatch, PolicyPreview, PreviewBody } from './escalation.schema.js';
import {
  contactMethods,
  findPolicy,
  listPolicies,
  runningLadderCounts,
  ticketEscalations,
  ticketFacts,
  ticketNotifications,
  type ContactMethodRecord,
  type PolicyRecord,
  type TicketFacts,
} from './escalation.repository.js';
import { previewPolicy } from './preview-policy.js';
import type { LadderDeps } from './ladder-deps.js';
import { removeContactMethod } from './remove-contact-method.js';
import { addContactMethod, changeContactMethod } from './save-contact-method.js';
import { changePolicy, createPolicy, withStepDefaults } from './save-policy.js';

type Deps = Omit<LadderDeps, 'db'> & { db: Db; clock: Clock; afterCommit: () => void; allowPrivateDestinations?: boolean };

const managers = (a: Actor) => {
  if (!isManager(a)) throw forbidden('Only an owner, admin or service manager can change escalation policies');
};
const staff = (a: Actor) => {
  if (!isStaff(a)) throw forbidden('Only staff can see escalations');
};
const canManagePerson = (a: Actor, userId: string) => {
  if (a.userId !== userId && !isAdministrator(a)) {
    if (!isStaff(a)) throw notFound('User');
    throw forbidden('You can change only your own contact methods');
  }
};

const presentMethod = (m: ContactMethodRecord) => ({ id: m.id, method: m.method, address: m.address, delayMinutes: m.delayMinutes, disabled: m.disabled });

type Ladders = Awaited<ReturnType<typeof ticketEscalations>>;
type Pages = Awaited<ReturnType<typeof ticketNotifications>>;
const instant = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function presentLadder(e: Ladders[number]) {
  const next = e.state === 'active' && e.nextStep < e.policy.steps.length ? e.nextStep + 1 : null;
  return {
    id: e.id, policy: e.policy.name, policyVersion: e.policy.version, trigger: e.trigger, state: e.state, nextStep: next, round: e.round,
    startedAt: new Date(e.startedAt).toISOString(), nextStepAt: instant(e.nextStepAt), acknowledgedBy: e.acknowledgedBy, acknowledgedAt: e.acknowledgedAt, endedAt: e.endedAt,
    steps: e.policy.steps,
  };
}

function presentPage(n: Pages[number]) {
  return {
    id: n.id, escalationId: n.escalation_id, step: n.step, round: n.round, recipientUserId: n.recipient_user_id, method: n.method, address: n.address, status: n.status,
    requiresAck: readBool(n.requires_ack), sendAfter: n.send_after, sentAt: n.sent_at, attempts: n.attempts, provider: n.provider, lastError: n.last_error,
  };
}

const tags = ['escalation'];

/** Registers the escalation routes: policies, people's contact methods, and a ticket's ladders. */
export function escalationRoutes(app: App, deps: Deps): void {
  for (const schema of [Policy, PolicyPreview, ContactMethod, Ladder, PageSent]) app.addSchema(schema);
  policyRoutes(app, deps);
  contactMethodRoutes(app, deps);
  ladderRoutes(app, deps);
}

function policyRoutes(app: App, deps: Deps): void {
  const running = async (ids: string[]) => runningLadderCounts(deps.db, ids);
  const presentPolicy = async (p: PolicyRecord) => ({ ...p, runningLadders: (await running([p.id])).get(p.id) ?? 0 });

  app.get('/api/v1/escalation-policies', {
    schema: { tags, summary: 'List escalation policies', response: { 200: Type.Object({ items: Type.Array(Type.Ref('EscalationPolicy')) }), ...problemResponses(401, 403) } },
  }, async (request) => {
    staff(actorFrom(request));
    const policies = await listPolicies(deps.db);
    const counts = await running(policies.map((p) => p.id));
    return { items: policies.map((p) => ({ ...p, runningLadders: counts.get(p.id) ?? 0 })) };
  });
  app.post('/api/v1/escalation-policies', {
    schema: {
      tags, summary: 'Create an escalation policy',
      description: 'Ordered steps with delays in covered (business) or wall-clock minutes, targets, and repeats. Running ladders keep the version they started with.',
      body: PolicyBody, response: { 201: Type.Ref('EscalationPolicy'), ...problemResponses(400, 401, 403, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    managers(actor);
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const policy = await createPolicy({ db: trx, clock: deps.clock, scheduleExists: deps.scheduleExists }, request.body);
      return { status: 201, body: { ...policy, runningLadders: 0 } };
    });
  });
  app.get('/api/v1/escalation-policies/:id', {
    schema: { tags, summary: 'Get an escalation policy', params: IdParams, response: { 200: Type.Ref('EscalationPolicy'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(actorFrom(request));
    const p = await findPolicy(deps.db, request.params.id);
    if (!p) throw notFound('Escalation policy');
    return presentPolicy(p);
  });
  app.patch('/api/v1/escalation-policies/:id', {
    schema: {
      tags, summary: 'Change an escalation policy (running ladders keep their snapshot)',
      params: IdParams, body: PolicyPatch, response: { 200: Type.Ref('EscalationPolicy'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    managers(actorFrom(request));
    return presentPolicy(await changePolicy(deps, { id: request.params.id, patch: request.body }));
  });
  app.delete('/api/v1/escalation-policies/:id', {
    schema: {
      tags, summary: 'Delete an escalation policy',
      description: 'New tickets no longer start it; tickets already climbing it keep the version they started with until acknowledged or resolved.',
      params: IdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
    },
  }, async (request, reply) => {
    managers(actorFrom(request));
    await deletePolicy(deps, { id: request.params.id });
    return reply.status(204).send(null);
  });
  app.post('/api/v1/escalation-policies/preview', {
    schema: {
      tags, summary: 'Who each step would page now',
      description: 'Resolves the steps (of a policy being built, not yet saved) with the same code the engine pages with. ' +
        'With a ticket, its assignee, team lead and account manager are resolved too, and each step is timed in its covered hours.',
      body: PreviewBody, response: { 200: Type.Ref('EscalationPreview'), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    staff(actor);
    let ticket: TicketFacts | null | undefined = null;
    if (request.body.ticket) {
      const found = await findTicketForActor(deps.db, actor, request.body.ticket);
      ticket = found ? await ticketFacts(deps.db, found.id) : undefined;
      if (!ticket) throw notFound('Ticket', '/ticket');
    }
    return previewPolicy(deps, { steps: withStepDefaults(request.body.steps), ticket });
  });
}

function contactMethodRoutes(app: App, deps: Deps): void {
  app.get('/api/v1/users/:id/contact-methods', {
    schema: {
      tags,
      summary: 'A person’s contact methods and delays',
      params: IdParams,
      response: { 200: Type.Object({ items: Type.Array(Type.Ref('ContactMethod')) }), ...problemResponses(401, 403, 404) },
    },
  }, async (request) => {
    canManagePerson(actorFrom(request), request.params.id);
    return { items: (await contactMethods(deps.db, request.params.id)).map(presentMethod) };
  });
  app.post('/api/v1/users/:id/contact-methods', {
    schema: {
      tags, summary: 'Add a contact method (e.g. SMS at once, voice after 2 minutes)',
      params: IdParams, body: ContactMethodBody, response: { 201: Type.Ref('ContactMethod'), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    canManagePerson(actor, request.params.id);
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const method = await addContactMethod({ db: trx, clock: deps.clock, allowPrivateDestinations: deps.allowPrivateDestinations }, { userId: request.params.id, body: request.body });
      return { status: 201, body: presentMethod(method) };
    });
  });
  app.patch('/api/v1/users/:id/contact-methods/:methodId', {
    schema: {
      tags, summary: 'Change a contact method’s delay, or turn it off and on',
      params: ContactMethodParams, body: ContactMethodPatch, response: { 200: Type.Ref('ContactMethod'), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    canManagePerson(actorFrom(request), request.params.id);
    return presentMethod(await changeContactMethod(deps, { userId: request.params.id, methodId: request.params.methodId, patch: request.body }));
  });
  app.delete('/api/v1/users/:id/contact-methods/:methodId', {
    schema: { tags, summary: 'Remove a contact method', params: ContactMethodParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    canManagePerson(actorFrom(request), request.params.id);
    await removeContactMethod(deps, { userId: request.params.id, methodId: request.params.methodId });
    return reply.status(204).send(null);
  });
}

function ladderRoutes(app: App, deps: Deps): void {
  const visibleTicket = async (request: { params: { id: string } } & Parameters<typeof actorFrom>[0]) => {
    const actor = actorFrom(request);
    const ticket = await findTicketForActor(deps.db, actor, request.params.id);
    if (!ticket) throw notFound('Ticket');
    staff(actor);
    return { actor, ticket };
  };
  const ticketTags = ['tickets', 'escalation'];
  app.get('/api/v1/tickets/:id/escalations', {
    schema: {
      tags: ticketTags, summary: 'The ticket’s ladders and every page queued for them ("why was I paged")', params: IdParams,
      response: { 200: Type.Object({ items: Type.Array(Type.Ref('EscalationLadder')), notifications: Type.Array(Type.Ref('EscalationPage')) }), ...problemResponses(401, 403, 404) },
    },
  }, async (request) => {
    const { ticket } = await visibleTicket(request);
    return { items: (await ticketEscalations(deps.db, ticket.id)).map(presentLadder), notifications: (await ticketNotifications(deps.db, ticket.id)).map(presentPage) };
  });
  app.post('/api/v1/tickets/:id/acknowledge', {
    schema: {
      tags: ticketTags,
      summary: 'Acknowledge: stop the ticket’s ladders',
      params: IdParams,
      response: { 200: Type.Object({ acknowledged: Type.Integer() }), ...problemResponses(401, 403, 404, 409) },
    },
  }, async (request) => {
    const { actor, ticket } = await visibleTicket(request);
    const done = await withLadders(deps, deps.db, (d) => acknowledgeTicket(d, ticket.id, actor.userId, 'api'));
    deps.afterCommit();
    return { acknowledged: done.length };
  });
  app.post('/api/v1/tickets/:id/escalate', {
    schema: {
      tags: ticketTags, summary: 'Escalate now to step N of the ticket’s ladder', params: IdParams,
      body: Type.Object({ step: Type.Integer({ minimum: 1, maximum: 20 }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ escalationId: Type.String(), step: Type.Integer() }), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const { actor, ticket } = await visibleTicket(request);
    const e = await withLadders(deps, deps.db, (d) => escalateNow(d, ticket.id, request.body.step, actor.userId));
    deps.afterCommit();
    return { escalationId: e.id, step: request.body.step };
  });
}
