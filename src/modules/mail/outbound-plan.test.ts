import { describe, expect, it } from 'vitest';
import type { TicketEventRecord } from '../tickets/index.js';
import { holdBack, planMail, warningRecipients } from './outbound-plan.js';
import { pickTemplate, render, renderText } from './mail-template.js';

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

  it('mails a published fraud warning with its words, and nothing when it is reworded or ended', () => {
    const published = event({ type: 'fraud.warning_published', internal: true, after: { warningId: 'w', flagId: 'f', text: 'Do not pay the new account.' } });
    const changed = event({ type: 'fraud.warning_changed', internal: true, after: { warningId: 'w', text: 'Reworded', active: false } });
    expect(planMail([published, changed])).toEqual([{ event: 'fraud_warning', eventId: published.id, ticketMessageId: null, warningText: 'Do not pay the new account.' }]);
  });
});

describe('warningRecipients', () => {
  const contact = (id: string, emails: string[], archivedAt: string | null = null) => ({ id, name: `Person ${id}`, emails, archivedAt });
  it('takes every contact on file at its primary address, once per address, leaving out the archived and those without one', () => {
    const got = warningRecipients([
      contact('a', ['Ana@Client.example', 'ana.home@example.com']),
      contact('b', []),
      contact('c', ['carl@client.example'], '2026-03-01T00:00:00.000Z'),
      contact('d', ['ana@client.example']),
      contact('e', ['eve@client.example']),
    ]);
    expect(got).toEqual([
      { contactId: 'a', name: 'Person a', email: 'ana@client.example' },
      { contactId: 'e', name: 'Person e', email: 'eve@client.example' },
    ]);
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

  it('words a fraud warning around the staff’s text: do not pay, do not change bank details, call the number you know', () => {
    const t = pickTemplate('fraud_warning', undefined, undefined);
    const values = { mspName: 'Acme IT', subject: 'Urgent: supplier payment\r\ntoday', contactName: 'Luis', warning: 'A message pretending to be from Dana asked for a wire.' };
    expect(render(t.subject, values, true)).toBe('Security warning from Acme IT: do not act on a message about "Urgent: supplier payment today"');
    const text = renderText(t, values);
    expect(text).toContain('Hello Luis,\n\nA message pretending to be from Dana asked for a wire.\n\n');
    expect(text).toMatch(/Do not pay/);
    expect(text).toMatch(/Do not change any bank or payment details/);
    expect(text).toMatch(/call us on the number you know/);
    expect(renderText({ ...t, signature: 'Acme IT, 24/7' }, values)).toMatch(/\n\n-- \nAcme IT, 24\/7$/);
  });
});
