import { describe, expect, it } from 'vitest';
import type { TicketEventRecord } from '../tickets/index.js';
import { holdBack, planMail } from './outbound-plan.js';
import { pickTemplate, render } from './mail-template.js';

let id = 0;
const event = (over: Partial<TicketEventRecord>): TicketEventRecord => ({ id: ++id, ticketId: 't', actorUserId: 'staff-1', type: 'ticket.updated', field: null, before: null, after: null, internal: false, at: '2026-03-02T10:00:00.000Z', ...over });

describe('planMail', () => {
  it('mails staff public replies, not notes or the client’s own replies', () => {
    const reply = event({ type: 'message.added', after: { messageId: 'm1', kind: 'reply' } });
    const note = event({ type: 'message.added', after: { messageId: 'm2', kind: 'note' } });
    const client = event({ type: 'message.added', actorUserId: null, after: { messageId: 'm3', kind: 'reply' } });
    expect(planMail([reply, note, client])).toEqual([{ event: 'reply', eventId: reply.id, ticketMessageId: 'm1' }]);
  });

  it('notifies created, resolved, and acknowledged only when no reply said so already', () => {
    const created = event({ type: 'ticket.created', actorUserId: null });
    const picked = event({ field: 'status', before: 'new', after: 'open' });
    const resolved = event({ field: 'status', before: 'open', after: 'resolved' });
    expect(planMail([created, picked, resolved]).map((p) => p.event)).toEqual(['created', 'acknowledged', 'resolved']);
    const reply = event({ type: 'message.added', after: { messageId: 'm', kind: 'reply' } });
    expect(planMail([reply, event({ field: 'status', before: 'new', after: 'open' })]).map((p) => p.event)).toEqual(['reply']);
    // A client's reply reopening a ticket is no technician picking it up.
    expect(planMail([event({ field: 'status', before: 'new', after: 'open', actorUserId: null })])).toEqual([]);
  });
});

describe('holdBack', () => {
  const ok = { automaticSender: false, hardBounced: false, sentToRecipientLastHour: 0, fromSenderLastHour: 0, capPerHour: 3 };
  it('holds back automatic mail to automatic senders, bounced addresses, and over the caps', () => {
    expect(holdBack(ok)).toBeNull();
    expect(holdBack({ ...ok, automaticSender: true })).toMatch(/automatic sender/);
    expect(holdBack({ ...ok, hardBounced: true })).toMatch(/bounced/);
    expect(holdBack({ ...ok, sentToRecipientLastHour: 3 })).toMatch(/^cap reached: 3 automatic mails/);
    expect(holdBack({ ...ok, fromSenderLastHour: 3 })).toBeNull();
    expect(holdBack({ ...ok, fromSenderLastHour: 4 })).toMatch(/^cap reached: over 3 messages/);
  });
});

describe('mail templates', () => {
  it('fills placeholders, keeps unknown ones, and never lets a value break the subject line', () => {
    expect(render('[{{number}}] {{subject}} {{nope}}', { number: 'SB-1', subject: 'Hi\r\nBcc: victim@example.com' }, true)).toBe('[SB-1] Hi Bcc: victim@example.com {{nope}}');
    expect(render('Dear {{contactName}},\n{{body}}', { contactName: 'Ana', body: 'line 1\nline 2' })).toBe('Dear Ana,\nline 1\nline 2');
  });

  it('takes each field from the client’s template, else the desk’s, else the default', () => {
    const t = pickTemplate('resolved', { subject: 'Client {{number}}' }, { subject: 'Desk', signature: 'The desk' });
    expect(t.subject).toBe('Client {{number}}');
    expect(t.signature).toBe('The desk');
    expect(t.body).toContain('is resolved');
    expect(t.fromName).toBeNull();
  });
});
