import { describe, expect, it } from 'vitest';
import { routeMessage, subjectTokens, type RouteFacts } from './routing.js';

const ticket = { id: 't1', number: 1042, organizationId: 'org-a', status: 'waiting_on_client' };
const facts = (over: Partial<RouteFacts>): RouteFacts => ({
  tokenTicket: null, headerTicket: null, sender: { kind: 'contact', contactId: 'c1', organizationId: 'org-a' }, auto: null, isBounce: false, outsideSender: 'note', ...over,
});

describe('subjectTokens', () => {
  it('reads the configured prefix only, in brackets, any case', () => {
    expect(subjectTokens('Re: [SB-1042] Printer [sb-7] and [XX-9] and SB-55', 'SB')).toEqual([{ token: 'SB-1042', number: 1042 }, { token: 'SB-7', number: 7 }]);
    expect(subjectTokens('Re: [ HD-12 ] x', 'HD')).toEqual([{ token: 'HD-12', number: 12 }]);
    expect(subjectTokens('Printer broken', 'SB')).toEqual([]);
  });
});

describe('routeMessage', () => {
  it('threads a reply by its subject token before its headers', () => {
    const r = routeMessage(facts({ tokenTicket: { ...ticket, token: 'SB-1042' }, headerTicket: { ...ticket, id: 't2', messageId: 'x@y' } }));
    expect(r).toEqual({ action: 'reply', ticketId: 't1', reason: { by: 'token', token: 'SB-1042' } });
  });

  it('threads by In-Reply-To/References when there is no token', () => {
    expect(routeMessage(facts({ headerTicket: { ...ticket, messageId: 'sent@msp' } }))).toEqual({ action: 'reply', ticketId: 't1', reason: { by: 'header', messageId: 'sent@msp' } });
  });

  it('opens a new ticket for a known sender without a thread, never matching by subject', () => {
    expect(routeMessage(facts({}))).toEqual({ action: 'create', organizationId: 'org-a', contactId: 'c1', reason: { by: 'sender', match: 'contact' } });
    expect(routeMessage(facts({ sender: { kind: 'domain', organizationId: 'org-a' } }))).toMatchObject({ action: 'create', contactId: null, reason: { by: 'sender', match: 'domain' } });
  });

  it('sends unknown senders to triage', () => {
    expect(routeMessage(facts({ sender: { kind: 'unknown', why: 'no_match' } }))).toEqual({ action: 'triage', reason: { by: 'unknown_sender', why: 'no_match' } });
  });

  it('does not silently attach a reply from outside the ticket’s client: a note, or a new ticket, by setting', () => {
    const outsider = { sender: { kind: 'contact' as const, contactId: 'cb', organizationId: 'org-b' }, tokenTicket: { ...ticket, token: 'SB-1042' } };
    expect(routeMessage(facts({ ...outsider, outsideSender: 'note' }))).toEqual({ action: 'note', ticketId: 't1', reason: { by: 'outside_sender', ticketNumber: 1042, senderOrganizationId: 'org-b' } });
    expect(routeMessage(facts({ ...outsider, outsideSender: 'new_ticket' }))).toMatchObject({ action: 'create', organizationId: 'org-b', previous: { by: 'outside_sender' } });
    expect(routeMessage(facts({ ...outsider, sender: { kind: 'unknown', why: 'no_match' }, outsideSender: 'new_ticket' }))).toMatchObject({ action: 'triage' });
  });

  it('opens a new ticket for a reply to a closed ticket, saying so', () => {
    expect(routeMessage(facts({ tokenTicket: { ...ticket, status: 'closed', token: 'SB-1042' } }))).toMatchObject({ action: 'create', previous: { by: 'ticket_closed', ticketNumber: 1042 } });
  });

  it('keeps automatic replies off new tickets and notes them on a thread without reopening', () => {
    const auto = { kind: 'vacation' as const, reasons: ['Auto-Submitted: auto-replied'] };
    expect(routeMessage(facts({ auto }))).toEqual({ action: 'suppress', reason: { by: 'auto', kind: 'vacation', reasons: auto.reasons } });
    expect(routeMessage(facts({ auto, headerTicket: { ...ticket, messageId: 'm' } }))).toMatchObject({ action: 'note', ticketId: 't1', reason: { by: 'auto' } });
    expect(routeMessage(facts({ auto: { kind: 'list', reasons: ['List-Id: x'] } }))).toMatchObject({ action: 'create' });
  });

  it('hands bounces to the bounce path', () => {
    expect(routeMessage(facts({ isBounce: true, tokenTicket: { ...ticket, token: 'SB-1042' } }))).toEqual({ action: 'bounce', reason: { by: 'bounce' } });
  });
});
