import type { StaffActor } from '../auth/index.js';
import { insertTicketEvent, ticketFacts } from '../tickets/index.js';
import { FRAUD_EVENTS, type FraudDeps } from './fraud-deps.js';
import { updateWarning, type WarningRecord } from './warning.repository.js';

/** Rewords a client's fraud warning, ends it (the banner goes), or shows it again. */
export async function changeWarning(deps: FraudDeps, actor: StaffActor, warning: WarningRecord, input: { text?: string; active?: boolean }): Promise<WarningRecord> {
  const now = deps.clock.iso();
  const active = input.active ?? warning.active;
  const next: WarningRecord = {
    ...warning,
    text: input.text?.trim() ?? warning.text,
    active,
    updatedAt: now,
    endedAt: active ? null : (warning.endedAt ?? now),
  };
  if (next.text === warning.text && next.active === warning.active) return warning;
  await updateWarning(deps.db, next);
  const change = { warningId: warning.id, text: next.text, active: next.active };
  await insertTicketEvent(deps.db, { ticketId: warning.ticketId, actorUserId: actor.userId, type: 'fraud.warning_changed', field: null, before: { text: warning.text, active: warning.active }, after: change, internal: true, at: now });
  const ticket = await ticketFacts(deps.db, warning.ticketId);
  deps.emit({ type: FRAUD_EVENTS.warningChanged, ticketId: warning.ticketId, organizationId: warning.organizationId, contactId: ticket?.contactId ?? null, internal: true, at: now, data: change });
  return next;
}
