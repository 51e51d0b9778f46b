/**
 * What other modules do when a ticket changes or is created. Each module registers its own
 * reactions at start-up (the SLA clocks, the escalation ladders, the client's mail); tickets run
 * them in registration order inside the transaction that wrote the ticket, without knowing them.
 */
import type { Db } from '../../platform/db/connect.js';
import type { NewTicketFacts, NewTicketFollowUp } from './ticket-deps.js';

/** Runs inside the transaction that changed a ticket. */
export type TicketChangedReaction<Handle = Db> = (db: Handle, ticketId: string) => Promise<unknown>;

/**
 * A module's part in a new ticket, decided before the ticket's row is written: `slaDueAt` when the
 * module sets the row's SLA due time, `apply` for what it writes after the row.
 */
export interface NewTicketPart<Handle = Db> {
  slaDueAt?: string | null;
  apply?: (db: Handle) => Promise<void>;
}

/** Runs inside the creating transaction, before the new ticket's row is written. */
export type TicketCreatingReaction<Handle = Db> = (db: Handle, ticket: NewTicketFacts) => Promise<NewTicketPart<Handle>>;

/**
 * The reactions to ticket changes, in the order modules registered them. `Handle` is the database
 * handle they run on (a transaction); only unit tests name another.
 */
export class TicketReactions<Handle = Db> {
  readonly #changed: TicketChangedReaction<Handle>[] = [];
  readonly #creating: TicketCreatingReaction<Handle>[] = [];

  /** Adds a reaction to every committed change of a ticket (replies, edits, merges, imports, mail). */
  onChanged(reaction: TicketChangedReaction<Handle>): void {
    this.#changed.push(reaction);
  }

  /** Adds a reaction to a ticket being created (the equivalent of `onChanged` for a ticket with no history). */
  onCreating(reaction: TicketCreatingReaction<Handle>): void {
    this.#creating.push(reaction);
  }

  /** Runs every change reaction for one ticket, in order; what ticket use cases take as `onChanged`. */
  readonly changed = async (db: Handle, ticketId: string): Promise<void> => {
    for (const reaction of this.#changed) await reaction(db, ticketId);
  };

  /**
   * Runs every creating reaction, in order, and joins their parts: the row's SLA due time from the
   * module that sets it, then each part's writes in the same order.
   */
  readonly creating = async (db: Handle, ticket: NewTicketFacts): Promise<NewTicketFollowUp<Handle>> => {
    const parts: NewTicketPart<Handle>[] = [];
    for (const reaction of this.#creating) parts.push(await reaction(db, ticket));
    return {
      slaDueAt: parts.find((p) => p.slaDueAt !== undefined)?.slaDueAt ?? null,
      async apply(trx) {
        for (const part of parts) await part.apply?.(trx);
      },
    };
  };
}
