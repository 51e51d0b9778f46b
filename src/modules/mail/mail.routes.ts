/**
 * HTTP for mail: mailboxes (owner/admin; secrets write-only), a ticket's mail with attachments
 * and delivery status, attachment downloads, the triage queue of unknown senders, and bounce
 * flags on contacts. Staff only: clients read a ticket's conversation through its messages.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Page, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isAdministrator, type Actor } from '../auth/index.js';
import { dismissTriage } from './dismiss-triage.js';
import { attachmentContent, attachmentsOf, findStoredMessage, ticketMessages, triageMessages, type StoredMessage } from './inbound.repository.js';
import { BounceT, SaveTemplateBody, TemplateParams, TemplateQuery, TemplateT, CreateMailboxBody, InboundMailT, MailboxT, OutboundMailT, TicketMail, TriageContactBody, TriageQuery, UpdateMailboxBody } from './mail.schema.js';
import type { MailDb } from './mail.tables.js';
import { mailboxHealth, type Mailbox } from './mailbox.js';
import { findMailbox, listMailboxes } from './mailbox.repository.js';
import { bouncesOf, templateRow, ticketOutbound, type OutboundMail } from './outbound.repository.js';
import { pickTemplate } from './mail-template.js';
import { MAIL_EVENTS, type MailEvent } from './outbound-plan.js';
import { changeMailbox, createMailbox, type SaveMailboxDeps } from './save-mailbox.js';
import { setTemplate } from './set-template.js';
import { createTriageContact } from './create-triage-contact.js';

/** The triage queue's pages: oldest received first, then id. */
const TRIAGE_CURSOR = cursorShape('mail.triage', 'instant', 'text');

export interface MailRoutesDeps {
  db: MailDb;
  clock: Clock;
  secretKey: string;
  teamExists: SaveMailboxDeps['teamExists'];
  /** The ticket if the actor may see it (the tickets module's `findTicketForActor`). */
  ticketForActor: (actor: Actor, idOrNumber: string) => Promise<{ id: string } | undefined>;
  /** Creates a contact (the clients module's use case), as the signed-in staff member. */
  createContact: (actor: Actor, input: { organizationId: string; name: string; emails: string[] }) => Promise<{ id: string }>;
  /** Processes a stored message again (the triage queue's "create contact"). */
  reprocess: (inboundMessageId: string) => Promise<string>;
  /** Mailboxes changed: the mail role reloads its IMAP connections. */
  onMailboxesChanged: () => void;
  /** A mailbox was created or changed: its health deadline is armed. */
  armHealth?: (mailbox: Mailbox) => Promise<void>;
  /** Whether a client organisation exists (templates per client). */
  organizationExists: (id: string) => Promise<boolean>;
}

const tags = ['mail'];

export function presentMailbox(m: Mailbox, now: number) {
  return { ...m, status: { health: mailboxHealth(m, now), ...m.status } };
}

function presentInbound(m: StoredMessage, attachments: Awaited<ReturnType<typeof attachmentsOf>>) {
  return {
    id: m.id, mailboxId: m.mailboxId, messageId: m.messageId, receivedAt: m.receivedAt, source: m.source, state: m.state, from: { address: m.fromAddress, name: m.fromName }, subject: m.subject,
    sentAt: m.sentAt, visibleText: m.visibleText, fullText: m.fullText, html: m.html, auto: m.auto, bounce: m.bounce, fraud: m.fraud, notes: m.notes, organizationId: m.organizationId,
    contactId: m.contactId, ticketId: m.ticketId, ticketMessageId: m.ticketMessageId, disposition: m.disposition, why: m.dispositionDetail, size: m.size,
    attachments: attachments.filter((a) => a.inboundMessageId === m.id).map(({ inboundMessageId: _m, ...a }) => a),
  };
}

function presentOutbound(o: OutboundMail) {
  return { id: o.id, kind: o.kind, event: o.event, ticketMessageId: o.ticketMessageId, to: o.toAddress, subject: o.subject, messageId: o.messageId, status: o.status, attempts: o.attempts, lastError: o.lastError, bounce: o.bounce, auto: o.auto, createdAt: o.createdAt, sentAt: o.sentAt, bouncedAt: o.bouncedAt };
}

const staffOnly = (request: FastifyRequest): Actor => {
  const actor = actorFrom(request);
  if (actor.kind !== 'staff') throw forbidden('Only staff can read mail');
  return actor;
};
const adminOnly = (request: FastifyRequest): Actor => {
  const actor = actorFrom(request);
  if (!isAdministrator(actor)) throw forbidden('Only an owner or admin can manage mailboxes');
  return actor;
};

/** A filename safe for a Content-Disposition header (RFC 6266 with RFC 5987 for the UTF-8 form). */
function disposition(filename: string | null): string {
  const name = (filename ?? 'attachment').replace(/[\r\n"\\]/g, '_').slice(0, 200);
  const ascii = name.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Registers the mail routes: mailboxes, a ticket's mail and attachments, the triage queue, templates. */
export function mailRoutes(app: App, deps: MailRoutesDeps): void {
  for (const schema of [MailboxT, InboundMailT, OutboundMailT]) app.addSchema(schema);
  mailboxRoutes(app, deps);
  messageRoutes(app, deps);
  triageRoutes(app, deps);
  templateRoutes(app, deps);
}

function mailboxRoutes(app: App, deps: MailRoutesDeps): void {
  const save: SaveMailboxDeps = { db: deps.db, clock: deps.clock, secretKey: deps.secretKey, teamExists: deps.teamExists };
  const now = () => deps.clock.now();
  const load = async (id: string) => (await findMailbox(deps.db, id)) ?? Promise.reject(notFound('Mailbox'));
  const changed = async (m: Mailbox) => {
    deps.onMailboxesChanged();
    await deps.armHealth?.(m);
    return presentMailbox(m, now());
  };

  app.get('/api/v1/mailboxes', {
    schema: { tags, summary: 'Mailboxes with their status', response: { 200: Type.Object({ items: Type.Array(Type.Ref('Mailbox')) }), ...problemResponses(401, 403) } },
  }, async (request) => {
    adminOnly(request);
    return { items: (await listMailboxes(deps.db)).map((m) => presentMailbox(m, now())) };
  });
  app.post('/api/v1/mailboxes', {
    schema: {
      tags,
      summary: 'Add a mailbox (IMAP, or an address of the SMTP listener)',
      body: CreateMailboxBody,
      response: { 201: Type.Ref('Mailbox'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    adminOnly(request);
    return reply.status(201).send(await changed(await createMailbox(save, request.body)));
  });
  app.get('/api/v1/mailboxes/:id', {
    schema: { tags, summary: 'A mailbox and its status', params: IdParams, response: { 200: Type.Ref('Mailbox'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    adminOnly(request);
    return presentMailbox(await load(request.params.id), now());
  });
  app.patch('/api/v1/mailboxes/:id', {
    schema: {
      tags,
      summary: 'Change a mailbox (secrets given replace the stored ones)',
      params: IdParams,
      body: UpdateMailboxBody,
      response: { 200: Type.Ref('Mailbox'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    adminOnly(request);
    return changed(await changeMailbox(save, await load(request.params.id), request.body));
  });
}

function messageRoutes(app: App, deps: MailRoutesDeps): void {
  app.get('/api/v1/tickets/:id/mail', {
    schema: {
      tags: ['tickets', ...tags],
      summary: 'The ticket’s email: received messages with attachments and screening, and our mail with its delivery status',
      params: IdParams,
      response: { 200: TicketMail, ...problemResponses(401, 403, 404) },
    },
  }, async (request) => {
    const actor = staffOnly(request);
    const ticket = await deps.ticketForActor(actor, request.params.id);
    if (!ticket) throw notFound('Ticket');
    const inbound = await ticketMessages(deps.db, ticket.id, 500);
    const attachments = await attachmentsOf(deps.db, inbound.map((m) => m.id));
    return { inbound: inbound.map((m) => presentInbound(m, attachments)), outbound: (await ticketOutbound(deps.db, ticket.id, 500)).map(presentOutbound) };
  });

  app.get('/api/v1/mail/messages/:id', {
    schema: { tags, summary: 'One received message', params: IdParams, response: { 200: Type.Ref('InboundMail'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staffOnly(request);
    const m = await findStoredMessage(deps.db, request.params.id);
    if (!m) throw notFound('Message');
    return presentInbound(m, await attachmentsOf(deps.db, [m.id]));
  });

  app.get('/api/v1/mail/attachments/:id', {
    schema: {
      tags,
      summary: 'Download an attachment',
      description: 'Always as a download (Content-Disposition: attachment) with nosniff, never shown inline.',
      params: IdParams,
      response: { 200: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary', description: 'The attachment’s bytes.' }), ...problemResponses(401, 403, 404, 410) },
    },
  }, async (request, reply) => {
    staffOnly(request);
    const a = await attachmentContent(deps.db, request.params.id);
    if (!a) throw notFound('Attachment');
    if (!a.content) throw new AppError('attachment_not_stored', 'This attachment was over the size limit; only its name and size were kept', { status: 410 });
    return reply
      .header('content-type', 'application/octet-stream')
      .header('content-disposition', disposition(a.filename))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(Buffer.from(a.content));
  });
}

function triageRoutes(app: App, deps: MailRoutesDeps): void {
  app.get('/api/v1/mail/triage', {
    schema: {
      tags,
      summary: 'The triage queue: messages from unknown senders',
      querystring: TriageQuery,
      response: { 200: Page(Type.Ref('InboundMail'), 'TriagePage'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    staffOnly(request);
    const limit = request.query.limit ?? 50;
    const rows = await triageMessages(deps.db, { limit, after: readCursor(request, TRIAGE_CURSOR) });
    const attachments = await attachmentsOf(deps.db, rows.map((m) => m.id));
    return toPage(request, TRIAGE_CURSOR, rows, limit, (m) => [m.receivedAt, m.id], (m) => presentInbound(m, attachments));
  });

  app.post('/api/v1/mail/triage/:id/contact', {
    schema: {
      tags,
      summary: 'Create a contact from a triage message’s sender, then file the message (a new ticket or its thread)',
      params: IdParams,
      body: TriageContactBody,
      response: { 200: Type.Ref('InboundMail'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = staffOnly(request);
    const m = await createTriageContact(deps, { actor, messageId: request.params.id, organizationId: request.body.organizationId, name: request.body.name });
    return presentInbound(m, await attachmentsOf(deps.db, [m.id]));
  });

  app.post('/api/v1/mail/triage/:id/dismiss', {
    schema: { tags, summary: 'Dismiss a triage message (it stays stored)', params: IdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    staffOnly(request);
    await dismissTriage(deps, { messageId: request.params.id });
    return reply.status(204).send(null);
  });
}

function templateRoutes(app: App, deps: MailRoutesDeps): void {
  const templateOf = async (event: MailEvent, organizationId: string | null) => {
    const client = organizationId ? await templateRow(deps.db, organizationId, event) : undefined;
    const desk = await templateRow(deps.db, '*', event);
    const t = pickTemplate(event, client, desk);
    return { event, organizationId, ...t, source: client ? 'client' : desk ? 'desk' : 'default' };
  };
  const checkOrganization = async (id: string | undefined) => {
    if (id !== undefined && !(await deps.organizationExists(id))) throw notFound('Organization', '/organizationId');
  };
  app.get('/api/v1/mail/templates', {
    schema: {
      tags,
      summary: 'The words of our mail per event, for the desk or one client, and where each comes from',
      querystring: TemplateQuery,
      response: { 200: Type.Object({ items: Type.Array(TemplateT) }), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    adminOnly(request);
    await checkOrganization(request.query.organizationId);
    return { items: await Promise.all(MAIL_EVENTS.map((e) => templateOf(e, request.query.organizationId ?? null))) };
  });
  app.put('/api/v1/mail/templates/:event', {
    schema: {
      tags,
      summary: 'Set the words, sender name and signature of one event’s mail, for the desk or one client',
      params: TemplateParams,
      querystring: TemplateQuery,
      body: SaveTemplateBody,
      response: { 200: TemplateT, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    adminOnly(request);
    await checkOrganization(request.query.organizationId);
    await setTemplate(deps, { organizationId: request.query.organizationId ?? null, event: request.params.event, body: request.body });
    return templateOf(request.params.event, request.query.organizationId ?? null);
  });

  app.get('/api/v1/mail/outbound', {
    schema: {
      tags,
      summary: 'Whether the desk answers by email',
      description: 'True when a mailbox can send: staff replies and ticket notifications then go to the client’s contact by email too. The portal says so.',
      response: { 200: Type.Object({ sendsEmail: Type.Boolean() }), ...problemResponses(401) },
    },
  }, async (request) => {
    actorFrom(request);
    return { sendsEmail: (await listMailboxes(deps.db)).some((m) => m.enabled && m.outgoing !== null) };
  });

  app.get('/api/v1/contacts/:id/bounces', {
    schema: {
      tags: ['contacts', ...tags],
      summary: 'Addresses of the contact that bounced, with the reason',
      params: IdParams,
      response: { 200: Type.Object({ items: Type.Array(BounceT) }), ...problemResponses(401, 403, 404) },
    },
  }, async (request) => {
    staffOnly(request);
    return { items: await bouncesOf(deps.db, { contactId: request.params.id }) };
  });
}
