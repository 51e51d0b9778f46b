/**
 * Pages the desk's owners and admins about something that is no ticket (a mailbox gone quiet, a
 * token refresh refused): a notification per person and contact method (email to their login
 * address when they have none), queued in the notify outbox exactly once per alert key, and sent
 * by the delivery worker like any page that needs no acknowledgement.
 */
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { contactMethods, queueNotification, usersWithRole } from './escalation.repository.js';

export interface AdminPage {
  /** Unique per alert: the same key is queued once, whatever retries. */
  key: string;
  subject: string;
  body: string;
  /** Epoch milliseconds. */
  at: number;
}

/** Queues the page; returns how many notifications were queued (0 when the key was used before). */
export async function pageAdministrators(db: Db, page: AdminPage): Promise<number> {
  const people = [...(await usersWithRole(db, 'owner')), ...(await usersWithRole(db, 'admin'))];
  let queued = 0;
  for (const p of people) {
    const methods = (await contactMethods(db, p.id)).filter((m) => !m.disabled);
    const plan = methods.length ? methods : [{ id: 'email', method: 'email', address: p.email, delayMinutes: 0 }];
    for (const m of plan) {
      const ok = await queueNotification(db, {
        id: newId(), dedupeKey: `${page.key}:${p.id}:${m.id}`, escalationId: '', ticketId: '', step: 0, round: 0, recipientUserId: p.id, method: m.method, address: m.address,
        subject: page.subject, body: page.body, requiresAck: false, sendAfter: page.at + m.delayMinutes * 60_000, createdAt: new Date(page.at).toISOString(),
      });
      if (ok) queued += 1;
    }
  }
  return queued;
}
