/** HTTP for escalation policies, people's contact methods, and a ticket's ladders. */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { readBool } from '../../platform/db/dialect.js';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { internalLiteral } from '../../platform/destinations.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { newId } from '../../platform/ids.js';
import { actorFrom, isAdministrator, isManager, isStaff, type Actor } from '../auth/index.js';
import { findTicketForActor } from '../tickets/index.js';
import { acknowledgeTicket, escalateNow } from './acknowledge.js';
import { validatePolicy, type Repeat, type Step } from './escalation.js';
import { withLadders } from './ladder-events.js';
import { ContactMethod, ContactMethodBody, ContactMethodParams, ContactMethodPatch, Ladder, PageSent, Policy, PolicyBody, PolicyPatch, PolicyPreview, PreviewBody } from './escalation.schema.js';
import {
  contactMethods,
  deleteContactMethod,
  deletePolicy,
  findContactMethod,
  findPolicy,
  insertContactMethod,
  listPolicies,
  person,
  runningLadderCounts,
  savePolicy,
  ticketEscalations,
  ticketFacts,
  ticketNotifications,
  updateContactMethod,
  type PolicyRecord,
  type TicketFacts,
} from './escalation.repository.js';
import { checkTargets } from './check-targets.js';
import { previewPolicy } from './preview-policy.js';
import type { LadderDeps } from './ladder-deps.js';

const ADDRESS: Record<string, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  sms: /^\+[1-9]\d{6,14}$/,
  voice: /^\+[1-9]\d{6,14}$/,
  webhook: /^https?:\/\/\S+$/,
  slack: /^https?:\/\/\S+$/,
  teams: /^https?:\/\/\S+$/,
};

export function escalationRoutes(app: App, deps: Omit<LadderDeps, 'db'> & { db: Db; clock: Clock; afterCommit: () => void; allowPrivateDestinations?: boolean }): void {
  for (const schema of [Policy, PolicyPreview, ContactMethod, Ladder, PageSent]) app.addSchema(schema);
  const tags = ['escalation'];
  const managers = (a: Actor) => {
    if (!isManager(a)) throw forbidden('Only an owner, admin or service manager can change escalation policies');
  };
  const staff = (a: Actor) => {
    if (!isStaff(a)) throw forbidden('Only staff can see escalations');
  };
  const withDefaults = (steps: PolicyBody['steps']): Step[] =>
    steps.map((s) => ({ delayMinutes: s.delayMinutes, delayKind: s.delayKind ?? 'business', from: s.from ?? 'trigger', targets: s.targets as Step['targets'], requiresAck: s.requiresAck ?? true }));
  const normalise = (body: { steps?: PolicyBody['steps']; repeat?: PolicyBody['repeat'] }, current?: PolicyRecord) => {
    const steps: Step[] = body.steps ? withDefaults(body.steps) : current!.steps;
    const repeat: Repeat = body.repeat ?? current?.repeat ?? { times: 0, fromStep: 1 };
    validatePolicy(steps, repeat);
    return { steps, repeat };
  };
  const taken = (error: unknown): never => {
    if (isUniqueViolation(error)) throw conflict('name_taken', 'Another escalation policy has that name', '/name');
    throw error;
  };

  app.get('/api/v1/escalation-policies', { schema: { tags, summary: 'List escalation policies', response: { 200: Type.Object({ items: Type.Array(Type.Ref('EscalationPolicy')) }), ...problemResponses(401, 403) } } }, async (request) => {
    staff(actorFrom(request));
    const policies = await listPolicies(deps.db);
    const running = await runningLadderCounts(deps.db, policies.map((p) => p.id));
    return { items: policies.map((p) => ({ ...p, runningLadders: running.get(p.id) ?? 0 })) };
  });
  app.post('/api/v1/escalation-policies', { schema: { tags, summary: 'Create an escalation policy', description: 'Ordered steps with delays in covered (business) or wall-clock minutes, targets, and repeats. Running ladders keep the version they started with.', body: PolicyBody, response: { 201: Type.Ref('EscalationPolicy'), ...problemResponses(400, 401, 403, 409, 422) } } }, async (request, reply) => {
    const actor = actorFrom(request);
    managers(actor);
    const { steps, repeat } = normalise(request.body);
    await checkTargets(deps, steps);
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const now = deps.clock.iso();
      const p: PolicyRecord = { id: newId(), name: request.body.name.trim(), match: request.body.match as PolicyRecord['match'], steps, repeat, active: request.body.active ?? true, version: 1, createdAt: now, updatedAt: now };
      await savePolicy(trx, p, true).catch(taken);
      return { status: 201, body: { ...p, runningLadders: 0 } };
    });
  });
  app.get('/api/v1/escalation-policies/:id', { schema: { tags, summary: 'Get an escalation policy', params: IdParams, response: { 200: Type.Ref('EscalationPolicy'), ...problemResponses(401, 403, 404) } } }, async (request) => {
    staff(actorFrom(request));
    const p = await findPolicy(deps.db, request.params.id);
    if (!p) throw notFound('Escalation policy');
    return { ...p, runningLadders: (await runningLadderCounts(deps.db, [p.id])).get(p.id) ?? 0 };
  });
  app.patch('/api/v1/escalation-policies/:id', { schema: { tags, summary: 'Change an escalation policy (running ladders keep their snapshot)', params: IdParams, body: PolicyPatch, response: { 200: Type.Ref('EscalationPolicy'), ...problemResponses(400, 401, 403, 404, 409, 422) } } }, async (request) => {
    managers(actorFrom(request));
    const current = await findPolicy(deps.db, request.params.id);
    if (!current) throw notFound('Escalation policy');
    const { steps, repeat } = normalise(request.body, current);
    if (request.body.steps) await checkTargets(deps, steps);
    const next: PolicyRecord = { ...current, name: request.body.name?.trim() ?? current.name, match: (request.body.match as PolicyRecord['match']) ?? current.match, steps, repeat, active: request.body.active ?? current.active, version: current.version + 1, updatedAt: deps.clock.iso() };
    await savePolicy(deps.db, next, false).catch(taken);
    return { ...next, runningLadders: (await runningLadderCounts(deps.db, [next.id])).get(next.id) ?? 0 };
  });
  app.delete('/api/v1/escalation-policies/:id', { schema: { tags, summary: 'Delete an escalation policy', description: 'New tickets no longer start it; tickets already climbing it keep the version they started with until acknowledged or resolved.', params: IdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } } }, async (request, reply) => {
    managers(actorFrom(request));
    if (!(await deletePolicy(deps.db, request.params.id))) throw notFound('Escalation policy');
    return reply.status(204).send(null);
  });
  app.post('/api/v1/escalation-policies/preview', { schema: { tags, summary: 'Who each step would page now', description: 'Resolves the steps (of a policy being built, not yet saved) with the same code the engine pages with. With a ticket, its assignee, team lead and account manager are resolved too, and each step is timed in its covered hours.', body: PreviewBody, response: { 200: Type.Ref('EscalationPreview'), ...problemResponses(400, 401, 403, 404) } } }, async (request) => {
    const actor = actorFrom(request);
    staff(actor);
    let ticket: TicketFacts | null | undefined = null;
    if (request.body.ticket) {
      const found = await findTicketForActor(deps.db, actor, request.body.ticket);
      ticket = found ? await ticketFacts(deps.db, found.id) : undefined;
      if (!ticket) throw notFound('Ticket', '/ticket');
    }
    return previewPolicy(deps, { steps: withDefaults(request.body.steps), ticket });
  });

  const MethodParams = ContactMethodParams;
  const canManagePerson = (a: Actor, userId: string) => {
    if (a.userId !== userId && !isAdministrator(a)) {
      if (!isStaff(a)) throw notFound('User');
      throw forbidden('You can change only your own contact methods');
    }
  };
  const presentMethod = (m: Awaited<ReturnType<typeof contactMethods>>[number]) => ({ id: m.id, method: m.method, address: m.address, delayMinutes: m.delayMinutes, disabled: m.disabled });
  app.get('/api/v1/users/:id/contact-methods', { schema: { tags, summary: 'A person’s contact methods and delays', params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('ContactMethod')) }), ...problemResponses(401, 403, 404) } } }, async (request) => {
    canManagePerson(actorFrom(request), request.params.id);
    return { items: (await contactMethods(deps.db, request.params.id)).map(presentMethod) };
  });
  app.post('/api/v1/users/:id/contact-methods', { schema: { tags, summary: 'Add a contact method (e.g. SMS at once, voice after 2 minutes)', params: IdParams, body: ContactMethodBody, response: { 201: Type.Ref('ContactMethod'), ...problemResponses(400, 401, 403, 404, 422) } } }, async (request, reply) => {
    const actor = actorFrom(request);
    canManagePerson(actor, request.params.id);
    const user = await person(deps.db, request.params.id);
    if (!user) throw notFound('User');
    const { method, address } = request.body;
    if (!ADDRESS[method].test(address)) throw new AppError('invalid_address', `That is not a valid ${method} address${method === 'sms' || method === 'voice' ? ' (use +E.164, e.g. +15555550123)' : ''}`, { status: 422, field: '/address' });
    if (method === 'webhook' || method === 'slack' || method === 'teams') {
      const url = URL.canParse(address) ? new URL(address) : undefined;
      if (!url) throw new AppError('invalid_address', `That is not a valid ${method} address: it must be an http or https URL`, { status: 422, field: '/address' });
      const internal = deps.allowPrivateDestinations ? undefined : internalLiteral(url);
      if (internal !== undefined) throw new AppError('internal_address', `${internal} is on Switchboard's own network; pages are not sent there unless the operator sets SWITCHBOARD_ALLOW_PRIVATE_DESTINATIONS=true`, { status: 422, field: '/address' });
      // A page carries its one-tap acknowledge link; over plain http anyone on the way could use it.
      if (url.protocol !== 'https:' && !deps.allowPrivateDestinations) throw new AppError('https_required', `A ${method} address must be https (plain http is allowed only with SWITCHBOARD_ALLOW_PRIVATE_DESTINATIONS=true)`, { status: 422, field: '/address' });
    }
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const m = { id: newId(), userId: user.id, method, address, delayMinutes: request.body.delayMinutes ?? 0, disabled: false, createdAt: deps.clock.iso() };
      await insertContactMethod(trx, m);
      return { status: 201, body: presentMethod(m) };
    });
  });
  app.patch('/api/v1/users/:id/contact-methods/:methodId', { schema: { tags, summary: 'Change a contact method’s delay, or turn it off and on', params: MethodParams, body: ContactMethodPatch, response: { 200: Type.Ref('ContactMethod'), ...problemResponses(400, 401, 403, 404) } } }, async (request) => {
    canManagePerson(actorFrom(request), request.params.id);
    if (!(await updateContactMethod(deps.db, request.params.id, request.params.methodId, request.body))) throw notFound('Contact method');
    return presentMethod((await findContactMethod(deps.db, request.params.id, request.params.methodId))!);
  });
  app.delete('/api/v1/users/:id/contact-methods/:methodId', { schema: { tags, summary: 'Remove a contact method', params: MethodParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } } }, async (request, reply) => {
    canManagePerson(actorFrom(request), request.params.id);
    if (!(await deleteContactMethod(deps.db, request.params.id, request.params.methodId))) throw notFound('Contact method');
    return reply.status(204).send(null);
  });

  const visibleTicket = async (request: { params: { id: string } } & Parameters<typeof actorFrom>[0]) => {
    const actor = actorFrom(request);
    const ticket = await findTicketForActor(deps.db, actor, request.params.id);
    if (!ticket) throw notFound('Ticket');
    staff(actor);
    return { actor, ticket };
  };
  app.get('/api/v1/tickets/:id/escalations', { schema: { tags: ['tickets', 'escalation'], summary: 'The ticket’s ladders and every page queued for them ("why was I paged")', params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('EscalationLadder')), notifications: Type.Array(Type.Ref('EscalationPage')) }), ...problemResponses(401, 403, 404) } } }, async (request) => {
    const { ticket } = await visibleTicket(request);
    const ladders = await ticketEscalations(deps.db, ticket.id);
    const notes = await ticketNotifications(deps.db, ticket.id);
    return {
      items: ladders.map((e) => ({ id: e.id, policy: e.policy.name, policyVersion: e.policy.version, trigger: e.trigger, state: e.state, nextStep: e.state === 'active' && e.nextStep < e.policy.steps.length ? e.nextStep + 1 : null, round: e.round, startedAt: new Date(e.startedAt).toISOString(), nextStepAt: e.nextStepAt === null ? null : new Date(e.nextStepAt).toISOString(), acknowledgedBy: e.acknowledgedBy, acknowledgedAt: e.acknowledgedAt, endedAt: e.endedAt, steps: e.policy.steps })),
      notifications: notes.map((n) => ({ id: n.id, escalationId: n.escalation_id, step: n.step, round: n.round, recipientUserId: n.recipient_user_id, method: n.method, address: n.address, status: n.status, requiresAck: readBool(n.requires_ack), sendAfter: n.send_after, sentAt: n.sent_at, attempts: n.attempts, provider: n.provider, lastError: n.last_error })),
    };
  });
  app.post('/api/v1/tickets/:id/acknowledge', { schema: { tags: ['tickets', 'escalation'], summary: 'Acknowledge: stop the ticket’s ladders', params: IdParams, response: { 200: Type.Object({ acknowledged: Type.Integer() }), ...problemResponses(401, 403, 404, 409) } } }, async (request) => {
    const { actor, ticket } = await visibleTicket(request);
    const done = await withLadders(deps, deps.db, (d) => acknowledgeTicket(d, ticket.id, actor.userId, 'api'));
    deps.afterCommit();
    return { acknowledged: done.length };
  });
  app.post('/api/v1/tickets/:id/escalate', { schema: { tags: ['tickets', 'escalation'], summary: 'Escalate now to step N of the ticket’s ladder', params: IdParams, body: Type.Object({ step: Type.Integer({ minimum: 1, maximum: 20 }) }, { additionalProperties: false }), response: { 200: Type.Object({ escalationId: Type.String(), step: Type.Integer() }), ...problemResponses(400, 401, 403, 404, 409, 422) } } }, async (request) => {
    const { actor, ticket } = await visibleTicket(request);
    const e = await withLadders(deps, deps.db, (d) => escalateNow(d, ticket.id, request.body.step, actor.userId));
    deps.afterCommit();
    return { escalationId: e.id, step: request.body.step };
  });
}
