/**
 * Engine step `spares.loaner-overdue`: a loaner handed out has a deadline at its due time (armed by
 * the hand-out, retired by the return). When it falls due: load the reservation → decide(now)
 * (spare.ts, pure) → open one ticket for the client of the ticket it was lent on, through the
 * tickets module's create for tickets nobody opens in person, and keep its id on the reservation so
 * a repeated run opens nothing more.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { DeadlineHandler, HandlerResult } from '../../platform/engine/engine.js';
import type { DomainEvent } from '../../platform/events.js';
import { formatTicketNumber, openTicketFromAlert, ticketFacts } from '../tickets/index.js';
import { decideOverdue } from './spare.js';
import { findItem, findLocation, findReservation, saveReservation } from './spares.repository.js';

export const LOANER_OVERDUE_KIND = 'spares.loaner-overdue';

/** What the step needs besides the engine's transaction. */
export interface SpareStepDeps {
  dialect: DialectName;
  clock: Clock;
  ticketPrefix: string;
  publish: (event: DomainEvent) => void;
  /** A new ticket's SLA clocks and ladders, as after any ticket change. */
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
}

export function loanerOverdueHandler(deps: SpareStepDeps): DeadlineHandler {
  return {
    kind: LOANER_OVERDUE_KIND,
    async handle(trx, deadline, now): Promise<HandlerResult> {
      const reservation = await findReservation(trx, deadline.subjectId);
      const decision = decideOverdue(reservation, now);
      if (decision.action === 'drop') return { outcome: decision.reason };
      if (decision.action === 'wait') return { retryAt: decision.until };
      const r = reservation!;
      const lentOn = await ticketFacts(trx, r.ticketId);
      if (!lentOn) return { outcome: 'ticket_gone' };
      const item = await findItem(trx, r.itemId);
      const location = await findLocation(trx, r.locationId);
      const number = formatTicketNumber(deps.ticketPrefix, lentOn.number);
      const outbox: DomainEvent[] = [];
      const opened = await openTicketFromAlert(
        { db: trx, clock: deps.clock, dialect: deps.dialect, onChanged: deps.onTicketChanged, emit: (e) => outbox.push(e) },
        {
          organizationId: lentOn.organizationId,
          subject: `Loaner overdue: ${item?.name ?? 'a loaner'} lent on ${number}`,
          description: `${r.quantity} × ${item?.name ?? 'a loaner'} from ${location?.name ?? 'stock'} was lent on ${number} and was due back at ${r.dueAt}. Get it back, or record its return in Switchboard.`,
          priority: 'P3',
          tags: ['loaner', 'overdue'],
        },
      );
      const at = deps.clock.iso();
      if (!(await saveReservation(trx, { ...r, overdueTicketId: opened.id, version: r.version + 1, updatedAt: at }, r.version))) throw new Error('the reservation changed while its overdue ticket was opened');
      return { outcome: 'opened', after: () => outbox.forEach(deps.publish) };
    },
  };
}
