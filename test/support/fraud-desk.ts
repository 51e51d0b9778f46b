/**
 * A desk with the fraud guard at work, through the real interfaces: two clients with a directory
 * worth checking against (Pinecrest Logistics, whose CFO Dana Whitfield is impersonated, and
 * Harbor Dental), and mail arriving as intake will handle it — a ticket with the message as its
 * description, scored against the client's context, flagged verify-by-phone when it reaches the
 * threshold.
 */
import { expect } from 'vitest';
import { scoreMessage, type FraudInput, type FraudScore } from '../../src/modules/fraud/index.js';
import { buildFraudContext, flagTicketForVerification } from '../../src/modules/fraud-checks/index.js';
import type { TestApp } from './app.js';
import { buildFraudInput } from './fraud.js';

export interface FraudDesk {
  /** Pinecrest Logistics (organisation a): Luis Ortega in accounts (the client user), Dana Whitfield its CFO. */
  pinecrest: { id: string; luis: string; dana: string; mainPhone: string; danaPhone: string };
  /** Harbor Dental (organisation b): Maria Lopez and Alan Brooks; no main number. */
  harbor: { id: string; maria: string; alan: string };
}

async function ok(t: TestApp, method: string, url: string, body?: unknown): Promise<any> {
  const r = await t.call(t.world.tokens.owner, method, url, body);
  expect(r.status, `${method} ${url} → ${JSON.stringify(r.body)}`).toBeLessThan(300);
  return r.body;
}

/** Names the test world's two clients and their people, with numbers and addresses on file. */
export async function setUpFraudDesk(t: TestApp): Promise<FraudDesk> {
  const { a, b } = t.world;
  await ok(t, 'PATCH', `/api/v1/organizations/${a.id}`, { name: 'Pinecrest Logistics', country: 'US', mainPhone: '(312) 555-0100' });
  await ok(t, 'PATCH', `/api/v1/contacts/${a.contactId}`, { name: 'Luis Ortega', title: 'Accounts payable', emails: ['luis.ortega@pinecrestlogistics.com'], phones: [{ number: '(312) 555-0131' }] });
  await ok(t, 'PATCH', `/api/v1/contacts/${a.otherContactId}`, { name: 'Dana Whitfield', title: 'CFO', emails: ['dana.whitfield@pinecrestlogistics.com'], phones: [{ number: '(312) 555-0147', label: 'mobile' }] });
  await ok(t, 'PATCH', `/api/v1/organizations/${b.id}`, { name: 'Harbor Dental', country: 'GB' });
  await ok(t, 'PATCH', `/api/v1/contacts/${b.contactId}`, { name: 'Maria Lopez', title: 'Practice manager', emails: ['maria.lopez@harbordental.com'], phones: [{ number: '0113 496 0001' }] });
  await ok(t, 'PATCH', `/api/v1/contacts/${b.otherContactId}`, { name: 'Dr. Alan Brooks', title: 'Owner', emails: ['alan.brooks@harbordental.com'], phones: [] });
  return {
    pinecrest: { id: a.id, luis: a.contactId, dana: a.otherContactId, mainPhone: '+13125550100', danaPhone: '+13125550147' },
    harbor: { id: b.id, maria: b.contactId, alan: b.otherContactId },
  };
}

/** The look-alike of Dana Whitfield asking Luis for a wire to new bank details, and offering a number of its own. */
export function danaLookalike(overrides: Partial<FraudInput> = {}): FraudInput {
  return buildFraudInput({
    from: { address: 'dana.whitfield@pinecrestlogistics.co', name: 'Dana Whitfield' },
    subject: 'Urgent: supplier payment today',
    text: 'Luis, our bank details have changed. Please send the wire of $128,500 to the new account before the 2pm cut-off today. If anything is unclear call me on my new mobile +1 312 555 0199.',
    authResults: { spf: 'pass', dkim: 'pass', dmarc: 'pass' },
    ...overrides,
  });
}

export interface MailTicket {
  ticket: { id: string; number: string; organizationId: string };
  messageId: string;
  score: FraudScore;
}

/**
 * Mail as intake handles it: the message opens a ticket for the client (its body the ticket's
 * description), is scored against the client's context, and flags the ticket when it reaches the
 * client's threshold — all in the way intake calls the fraud guard.
 */
export async function receiveMail(t: TestApp, organizationId: string, contactId: string | null, input: FraudInput): Promise<MailTicket> {
  const opened = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId, ...(contactId ? { contactId } : {}), subject: input.subject, description: input.text, channel: 'email' });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const messageId = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${opened.body.id}/messages`)).body.items[0].id as string;
  const db = t.sb.database.db;
  const score = scoreMessage(input, await buildFraudContext(db, organizationId));
  if (score.flagged) {
    await db.transaction().execute((trx) => flagTicketForVerification(trx, { ticketId: opened.body.id, messageId, score: score.score, reasons: score.reasons, purportedSender: input.from }));
  }
  return { ticket: opened.body, messageId, score };
}
