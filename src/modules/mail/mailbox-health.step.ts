/**
 * Engine step `mail.health`: every IMAP mailbox has a deadline at its last success plus its health
 * minutes. When it falls due — no successful poll or IDLE for that long — or a token refresh was
 * refused, the owners and admins are paged once per outage, and the deadline moves on to keep
 * watching. Load the mailbox → decide(now), pure → apply (page, record, re-arm).
 */
import type { Db } from '../../platform/db/connect.js';
import { armDeadline, notifyEngines } from '../../platform/engine/deadlines.repository.js';
import type { DeadlineHandler, HandlerResult } from '../../platform/engine/engine.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { MailDb } from './mail.tables.js';
import type { Mailbox } from './mailbox.js';
import { findMailbox, recordMailboxAlert } from './mailbox.repository.js';

export const HEALTH_KIND = 'mail.health';

export type HealthDecision =
  | { action: 'page'; why: 'silent' | 'token'; since: number }
  | { action: 'wait'; until: number }
  | { action: 'drop'; reason: string };

const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));

/** Pure: what the health deadline should do for this mailbox at `now`. */
export function decideHealth(m: Pick<Mailbox, 'enabled' | 'kind' | 'healthMinutes' | 'status' | 'createdAt'> | undefined, now: number): HealthDecision {
  if (!m) return { action: 'drop', reason: 'mailbox_gone' };
  if (!m.enabled) return { action: 'drop', reason: 'disabled' };
  if (m.kind !== 'imap') return { action: 'drop', reason: 'not_polled' };
  const window = m.healthMinutes * 60_000;
  const success = ms(m.status.lastSuccessAt) ?? Date.parse(m.createdAt);
  const alerted = ms(m.status.alertedAt);
  const token = ms(m.status.tokenFailedAt);
  if (token !== null && token > success && (alerted === null || alerted < token)) return { action: 'page', why: 'token', since: token };
  if (success + window > now) return { action: 'wait', until: success + window };
  if (alerted !== null && alerted >= success) return { action: 'wait', until: now + window };
  return { action: 'page', why: 'silent', since: success };
}

/** Arms (or moves) a mailbox's health deadline. */
export async function armMailboxHealth(db: Db, dialect: DialectName, mailbox: Pick<Mailbox, 'id' | 'healthMinutes' | 'status' | 'createdAt'>, nowIso: string, dueAt?: number): Promise<void> {
  const success = ms(mailbox.status.lastSuccessAt) ?? Date.parse(mailbox.createdAt);
  await armDeadline(db, { id: `${HEALTH_KIND}:${mailbox.id}`, kind: HEALTH_KIND, subjectId: mailbox.id, dueAt: dueAt ?? success + mailbox.healthMinutes * 60_000, payload: {}, nowIso });
  await notifyEngines(db, dialect);
}

export interface HealthStepDeps {
  /** Queues a page to the owners and admins (the escalation module's pageAdministrators). */
  pageAdministrators: (db: Db, page: { key: string; subject: string; body: string; at: number }) => Promise<number>;
}

function words(m: Mailbox, why: 'silent' | 'token', since: number): { subject: string; body: string } {
  if (why === 'token') return { subject: `Mailbox ${m.name} cannot sign in`, body: `The OAuth2 token refresh for ${m.address} was refused: ${m.status.lastError ?? 'no reason given'}. Mail to it is not being read. Renew the app's consent or refresh token (docs/email.md).` };
  return { subject: `Mailbox ${m.name} has been silent`, body: `No successful poll or IDLE for ${m.address} since ${new Date(since).toISOString()} (over ${m.healthMinutes} minutes). Last error: ${m.status.lastError ?? 'none'}.` };
}

export function mailboxHealthHandler(deps: HealthStepDeps): DeadlineHandler {
  return {
    kind: HEALTH_KIND,
    async handle(trx, deadline, now): Promise<HandlerResult> {
      const mailbox = await findMailbox(trx, deadline.subjectId);
      const decision = decideHealth(mailbox, now);
      if (decision.action === 'drop') return { outcome: decision.reason };
      if (decision.action === 'wait') return { retryAt: decision.until };
      const m = mailbox!;
      await deps.pageAdministrators(trx, { key: `mail.health:${m.id}:${decision.why}:${decision.since}`, ...words(m, decision.why, decision.since), at: now });
      await recordMailboxAlert(trx, m.id, new Date(now).toISOString());
      return { retryAt: now + m.healthMinutes * 60_000 };
    },
  };
}
