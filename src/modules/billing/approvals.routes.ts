/**
 * HTTP of client approval of chargeable work: technicians request it on a ticket; the client's
 * admins list their requests in the portal and answer them. Another client's request is 404.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff, type ClientActor } from '../auth/index.js';
import { findTicketForActor } from '../tickets/index.js';
import { answerApproval } from './answer-approval.js';
import { approvalsOfOrganization, approvalsOfTicket, findApproval } from './approvals.repository.js';
import { AnswerBody, Approval, ApprovalList, ApprovalRequestBody } from './approvals.schema.js';
import type { BillingDeps } from './billing-deps.js';
import { withNames } from './billing-reads.js';
import { requestApproval } from './request-approval.js';

/** Registers the approval routes (from billingRoutes). */
export function approvalRoutes(app: App, deps: BillingDeps): void {
  for (const s of [Approval, ApprovalList]) app.addSchema(s);
  const { db } = deps;
  const tags = ['billing'];
  const staff = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Requesting approval is for MSP staff');
    return actor;
  };
  const clientAdmin = (request: FastifyRequest): ClientActor => {
    const actor = actorFrom(request);
    if (actor.kind !== 'client' || actor.role !== 'client_admin') throw forbidden('Only the client’s admins answer requests for approval');
    return actor;
  };
  const named = async <T extends { requestedBy: string }>(items: T[]) => {
    const people = await withNames({ db }, items.map((a) => ({ userId: a.requestedBy })));
    return items.map((a, i) => ({ ...a, requestedByName: people[i].userName }));
  };

  app.post('/api/v1/billing/tickets/:id/approvals', {
    schema: { tags: [...tags, 'tickets'], summary: 'Ask the client to approve chargeable work on a ticket, with an estimate (staff)', params: IdParams, body: ApprovalRequestBody, response: { 201: Type.Ref('Approval'), ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const actor = staff(request);
    const ticket = await findTicketForActor(db, actor, request.params.id);
    if (!ticket) throw notFound('Ticket');
    const approval = await db.transaction().execute((trx) => requestApproval({ ...deps, db: trx }, actor, ticket, request.body as ApprovalRequestBody));
    return reply.code(201).send((await named([approval]))[0]);
  });

  app.get('/api/v1/billing/tickets/:id/approvals', {
    schema: { tags: [...tags, 'tickets'], summary: 'A ticket’s requests for approval and their answers, newest first (staff)', params: IdParams, response: { 200: Type.Ref('ApprovalList'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    const actor = staff(request);
    const ticket = await findTicketForActor(db, actor, request.params.id);
    if (!ticket) throw notFound('Ticket');
    return { items: await named(await approvalsOfTicket(db, ticket.id)) };
  });

  app.get('/api/v1/billing/approvals', {
    schema: { tags, summary: 'Your organisation’s requests for approval of chargeable work, newest first (client admins)', response: { 200: Type.Ref('ApprovalList'), ...problemResponses(401, 403) } },
  }, async (request) => ({ items: await named(await approvalsOfOrganization(db, clientAdmin(request).organizationId)) }));

  app.post('/api/v1/billing/approvals/:id/answer', {
    schema: { tags, summary: 'Approve or decline chargeable work, with a comment (client admins of the ticket’s organisation)', params: IdParams, body: AnswerBody, response: { 200: Type.Ref('Approval'), ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const actor = clientAdmin(request);
    const approval = await findApproval(db, request.params.id);
    if (!approval || approval.organizationId !== actor.organizationId) throw notFound('Request for approval');
    const answered = await db.transaction().execute((trx) => answerApproval({ ...deps, db: trx }, actor, approval, request.body));
    return (await named([answered]))[0];
  });
}
