import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { TicketRecord } from '../tickets/index.js';
import type { FollowUpAt } from './csat.js';

/** The survey settings (SWITCHBOARD_CSAT_*). */
export interface CsatSettings {
  /** Days from resolution during which the client can rate, and change the rating. */
  windowDays: number;
  /** The rating at or below which a follow-up ticket is opened. */
  followUpAt: FollowUpAt;
}

/** Reads a ticket as it stands (the tickets module's exported read, wired in main.ts). */
export type TicketById = (db: Db, id: string) => Promise<TicketRecord | undefined>;

/** What the csat writes use. */
export interface CsatDeps {
  db: Db;
  clock: Clock;
  settings: CsatSettings;
  ticketById: TicketById;
}
