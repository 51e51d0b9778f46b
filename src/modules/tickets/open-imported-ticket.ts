import type { DialectName } from '../../platform/db/dialect.js';
import type { Actor } from '../auth/index.js';
import { createTicket, type CreateTicketInput } from './create-ticket.js';
import type { TicketRecord } from './ticket.repository.js';
import type { TicketDeps } from './ticket-deps.js';
import { updateTicket } from './update-ticket.js';

/** A still-open ticket brought over from another system. */
export interface ImportedTicketInput extends CreateTicketInput {
  /** Where it stood there: a waiting ticket keeps waiting (its event log records the change). */
  status: 'new' | 'open' | 'waiting_on_client' | 'waiting_on_vendor';
}

/**
 * Opens a ticket brought over by an import, as any new ticket is opened (number, event log,
 * search), derives its SLA clocks from now through `onChanged` (imports are not the hot path the
 * create's own planning is for), then puts it in the status it had.
 */
export async function openImportedTicket(deps: TicketDeps & { dialect: DialectName }, actor: Actor, input: ImportedTicketInput): Promise<TicketRecord> {
  const { status, ...create } = input;
  const ticket = await createTicket(deps, actor, create);
  await deps.onChanged?.(deps.db, ticket.id);
  if (status === ticket.status || status === 'new') return ticket;
  return updateTicket(deps, actor, ticket, { status });
}
