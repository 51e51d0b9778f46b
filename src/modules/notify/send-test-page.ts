/**
 * "Send me a test page": a real notification in the outbox to one of a person's contact methods,
 * marked as a test, that the delivery worker sends like any page — so its result shows whether
 * paging would reach the person there. It needs no acknowledgement and belongs to no ticket.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findContactMethod, findEnabledPerson } from '../escalation/index.js';
import { attemptsOf, queueTestPage, recentTestPages, testPagePending, type AttemptRow, type Before, type TestPageRow } from './delivery.repository.js';

const METHOD_WORDS: Record<string, string> = { email: 'email', sms: 'SMS', voice: 'voice call', webhook: 'webhook', slack: 'Slack', teams: 'Teams' };

/** A test page and every delivery attempt it has had so far. */
export interface TestPage extends TestPageRow {
  attempts: Omit<AttemptRow, 'notificationId'>[];
}

/** Queues a test page to the person's method `methodId`; refuses a second while one to that address is still waiting. */
export async function sendTestPage(deps: { db: Db; clock: Clock }, userId: string, methodId: string): Promise<TestPage> {
  const person = await findEnabledPerson(deps.db, userId);
  if (!person) throw notFound('User');
  const method = await findContactMethod(deps.db, userId, methodId);
  if (!method) throw notFound('Contact method');
  if (await testPagePending(deps.db, userId, method.method, method.address)) {
    throw new AppError('test_page_pending', 'A test page to this address is still on its way; wait for its result', { status: 409 });
  }
  const at = deps.clock.iso();
  const id = newId();
  const words = METHOD_WORDS[method.method] ?? method.method;
  await queueTestPage(deps.db, {
    id,
    recipientUserId: userId,
    method: method.method,
    address: method.address,
    subject: `Switchboard test page for ${person.name}`,
    body: `Switchboard test page for ${person.name} by ${words}, ${at.slice(11, 16)} UTC ${at.slice(0, 10)}. Nothing to do: this is how pages will reach you.`,
    createdAt: at,
  });
  return { id, method: method.method, address: method.address, status: 'queued', createdAt: at, sentAt: null, provider: null, lastError: null, attempts: [] };
}

/** A person's newest test pages (below `before`, when paging on) with their delivery attempts. */
export async function listTestPages(db: Db, userId: string, options: { limit: number; before?: Before }): Promise<TestPage[]> {
  const pages = await recentTestPages(db, userId, options);
  const attempts = await attemptsOf(db, pages.map((p) => p.id));
  // Attempts of one send share its instant: providers that failed over come before the one that settled it.
  const settled = (p: TestPageRow, a: AttemptRow) => (a.provider === p.provider ? 1 : 0);
  return pages.map((p) => ({
    ...p,
    attempts: attempts
      .filter((a) => a.notificationId === p.id)
      .sort((a, b) => a.at.localeCompare(b.at) || settled(p, a) - settled(p, b))
      .map(({ notificationId: _n, ...a }) => a),
  }));
}
