/**
 * The second half of intake: a stored raw message is parsed, screened, routed (threaded, opened,
 * noted, sent to triage, suppressed or filed as a bounce) and its results saved — the ticket
 * change and the message's `processed` state in one transaction, so a crash at any point either
 * left it waiting (it is processed again) or finished (it is never processed twice).
 */
import type { DomainEvent } from '../../platform/events.js';
import type { TicketRecord } from '../tickets/index.js';
import type { Bounce } from './bounce.js';
import { fileBounce } from './file-bounce.js';
import { attachmentRows, screeningColumns } from './inbound-columns.js';
import { claimForProcessing, insertAttachments, linkToTicket, loadPending, markFailed, saveProcessed, ticketOfMessageIds } from './inbound.repository.js';
import { ticketDeps, type IntakeDeps } from './intake-deps.js';
import type { MailDb } from './mail.tables.js';
import { domainOf } from './mail-message.js';
import { mailboxDomain } from './mailbox.js';
import { findMailbox, listMailboxes } from './mailbox.repository.js';
import { parseMessage } from './parse-message.js';
import { fraudContextFor, resolveSender } from './resolve-sender.js';
import { routeMessage, subjectTokens, type Route, type RouteTicket } from './routing.js';
import { screenParsed } from './screen-message.js';

export type ProcessOutcome = 'processed' | 'refused' | 'already' | 'failed';

/** Follows merges (a merged ticket points at the one that holds its messages now). */
async function live(deps: IntakeDeps, trx: MailDb, ticket: TicketRecord | undefined): Promise<TicketRecord | undefined> {
  for (let hops = 0; ticket?.mergedIntoId && hops < 5; hops++) ticket = await deps.ports.ticketForMail(trx, { id: ticket.mergedIntoId });
  return ticket;
}

const routeTicket = (t: TicketRecord): RouteTicket => ({ id: t.id, number: t.number, organizationId: t.organizationId, status: t.status });

/** Processes one stored message. Never throws: a failure is recorded on the message and retried later. */
export async function processInbound(deps: IntakeDeps, id: string): Promise<ProcessOutcome> {
  try {
    return await processOnce(deps, id);
  } catch (error) {
    await markFailed(deps.db, id, (error as Error)?.stack ?? String(error)).catch(() => undefined);
    return 'failed';
  }
}

async function processOnce(deps: IntakeDeps, id: string): Promise<ProcessOutcome> {
  const pending = await loadPending(deps.db, id);
  if (!pending) return 'already';
  const all = deps.mailboxes ? await deps.mailboxes.list(deps.db, deps.clock.now()) : await listMailboxes(deps.db);
  const mailbox = all.find((m) => m.id === pending.mailboxId) ?? (await findMailbox(deps.db, pending.mailboxId));
  // Mail of our SMTP listener carries our own verdict on top (authenticate-message.ts); an IMAP
  // mailbox's, its provider's when the mailbox names it.
  const trustedAuthservId = pending.source === 'smtp' ? deps.authservId : (mailbox?.trustedAuthservId ?? null);
  const parsed = await parseMessage(pending.raw, deps.limits, { trustedAuthservId });
  const at = deps.clock.iso();
  if (!parsed.ok) {
    const done = await deps.db.transaction().execute(async (trx) => {
      if (!(await claimForProcessing(trx, id))) return false;
      await saveProcessed(trx, id, { disposition: 'refused', disposition_detail: JSON.stringify({ by: 'refused', ...parsed.refusal }), notes: JSON.stringify([parsed.refusal, ...parsed.notes]), processed_at: at });
      return true;
    });
    return done ? 'refused' : 'already';
  }
  const { message, notes } = parsed;
  const sender = await resolveSender(deps, message.from?.address);
  const ownDomains = all.map((m) => mailboxDomain(m.address));
  const fraudContext = await fraudContextFor(deps, sender, ownDomains);
  const screening = screenParsed(message, notes, pending.raw, fraudContext);
  const outbox: DomainEvent[] = [];
  const done = await deps.db.transaction().execute(async (trx) => {
    if (!(await claimForProcessing(trx, id))) return false;
    const taken = message.from?.address && deps.takeMessage ? await deps.takeMessage(trx, { from: message.from.address, subject: message.subject, text: message.text, authResults: message.authResults }, (e) => outbox.push(e)) : null;
    if (taken) {
      await saveProcessed(trx, id, { ...screeningColumns(screening), organization_id: sender.kind === 'unknown' ? null : sender.organizationId, disposition: taken.disposition, disposition_detail: JSON.stringify(taken.detail), processed_at: at });
      return true;
    }
    let tokenTicket: (RouteTicket & { token: string }) | null = null;
    for (const token of subjectTokens(message.subject, deps.ticketPrefix)) {
      const t = await live(deps, trx, await deps.ports.ticketForMail(trx, { number: token.number }));
      if (t) {
        tokenTicket = { ...routeTicket(t), token: token.token };
        break;
      }
    }
    const header = await ticketOfMessageIds(trx, [...message.references, ...message.inReplyTo]);
    const headerT = header ? await live(deps, trx, await deps.ports.ticketForMail(trx, { id: header.ticketId })) : undefined;
    const route = routeMessage({
      tokenTicket,
      headerTicket: headerT ? { ...routeTicket(headerT), messageId: header!.messageId } : null,
      sender,
      auto: screening.auto,
      isBounce: screening.bounce !== null && screening.bounce.recipients.length > 0,
      outsideSender: mailbox?.outsideSender ?? 'note',
    });
    const body = screening.visible.text.trim() || message.text.trim() || '(no text)';
    const auto = screening.auto ? JSON.stringify(screening.auto) : null;
    const link = (disposition: string) => (ticketId: string) => linkToTicket(trx, id, { ticket_id: ticketId, disposition, auto });
    const filed = await file(deps, trx, outbox, id, route, { body, subject: message.subject, priority: mailbox?.defaultPriority ?? 'P3', teamId: mailbox?.teamId ?? null, bounce: screening.bounce, link });
    await insertAttachments(trx, attachmentRows(id, message.attachments));
    await saveProcessed(trx, id, {
      ...screeningColumns(screening),
      organization_id: filed.organizationId ?? (sender.kind === 'unknown' ? null : sender.organizationId),
      contact_id: sender.kind === 'contact' ? sender.contactId : null,
      ticket_id: filed.ticketId,
      ticket_message_id: filed.ticketMessageId,
      disposition: filed.disposition,
      disposition_detail: JSON.stringify(filed.detail),
      processed_at: at,
    });
    // Scored first, remembered after: the first mail from a domain counts as new, the next ones not.
    const organizationId = filed.organizationId ?? (sender.kind === 'unknown' ? null : sender.organizationId);
    if (filed.ticketId && organizationId && message.from?.address && deps.ports.recordSenderDomain) {
      await deps.ports.recordSenderDomain(trx, { organizationId, address: message.from.address, at });
    }
    if (filed.ticketId && filed.ticketMessageId && screening.fraud.flagged && deps.onSuspicious) {
      await deps.onSuspicious(trx, {
        ticketId: filed.ticketId, messageId: filed.ticketMessageId, inboundMessageId: id, score: screening.fraud.score, reasons: screening.fraud.reasons,
        purportedSender: { address: message.from?.address ?? '', name: message.from?.name ?? null },
      });
    }
    return true;
  });
  if (!done) return 'already';
  const fromDomain = message.from?.address ? domainOf(message.from.address) : '';
  if (sender.kind !== 'unknown' && fromDomain && fraudContext.seenDomains && !fraudContext.seenDomains.some((d) => fromDomain === d || fromDomain.endsWith(`.${d}`))) deps.contexts?.forget(sender.organizationId);
  for (const e of outbox) deps.publish(e);
  return 'processed';
}

interface Filed {
  disposition: string;
  ticketId: string | null;
  ticketMessageId: string | null;
  organizationId?: string;
  detail: Record<string, unknown>;
}

async function file(deps: IntakeDeps, trx: MailDb, outbox: DomainEvent[], id: string, route: Route, m: { body: string; subject: string; priority: string; teamId: string | null; bounce: Bounce | null; link: (disposition: string) => (ticketId: string) => Promise<void> }): Promise<Filed> {
  const disposition = route.action === 'reply' ? 'threaded' : route.action === 'create' ? 'created' : route.action;
  const td = ticketDeps(deps, trx, outbox, m.link(disposition));
  switch (route.action) {
    case 'reply':
    case 'note': {
      const ticket = (await deps.ports.ticketForMail(trx, { id: route.ticketId }))!;
      const contactId = route.action === 'reply' ? ticket.contactId : null;
      const messageId = await deps.ports.addEmailMessage(td, ticket, { kind: route.action, body: m.body, contactId });
      return { disposition: route.action === 'reply' ? 'threaded' : 'note', ticketId: ticket.id, ticketMessageId: messageId, detail: route.reason };
    }
    case 'create': {
      const priority = (['P1', 'P2', 'P3', 'P4'].includes(m.priority) ? m.priority : 'P3') as 'P3';
      const { ticket, messageId } = await deps.ports.openTicketFromEmail(td, { organizationId: route.organizationId, contactId: route.contactId, subject: m.subject, body: m.body, priority, teamId: m.teamId });
      return { disposition: 'created', ticketId: ticket.id, ticketMessageId: messageId, organizationId: route.organizationId, detail: { ...route.reason, ...(route.previous ? { previous: route.previous } : {}) } };
    }
    case 'triage':
      return { disposition: 'triage', ticketId: null, ticketMessageId: null, detail: { ...route.reason, ...(route.previous ? { previous: route.previous } : {}) } };
    case 'suppress':
      return { disposition: 'suppressed', ticketId: null, ticketMessageId: null, detail: route.reason };
    case 'bounce': {
      const filed = await fileBounce(deps, trx, outbox, id, m.bounce!);
      return { disposition: 'bounce', ticketId: filed.ticketId, ticketMessageId: null, detail: filed.detail };
    }
  }
}
