/**
 * Row types of the satisfaction survey table (migration 031-csat-and-reports), owned by the csat
 * module: only its repository names it in SQL. Instants are ISO-8601 strings on both dialects.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

export interface CsatSurveyTable {
  id: string;
  /** One survey per ticket. */
  ticket_id: string;
  organization_id: string;
  /** The ticket's contact when it was resolved: whom the rating links were mailed to. */
  contact_id: string | null;
  /** The ticket's assignee when it was first resolved: whom the rating is about. */
  technician_user_id: string | null;
  team_id: string | null;
  offered_at: string;
  /** After this the rating can no longer be given or changed. */
  closes_at: string;
  /** good, okay or bad; null until the client rates. */
  rating: string | null;
  comment: string | null;
  rated_at: string | null;
  /** The client user who rated in the portal; null for a rating from the mail's link. */
  rated_by_user_id: string | null;
  /** The ticket a low rating opened for the service manager (at most one per survey). */
  follow_up_ticket_id: string | null;
  version: number;
}

/** The csat tables by name (a type alias: `withTables` needs its implicit index signature). */
export type CsatTables = {
  csat_surveys: CsatSurveyTable;
};

/** A database handle that knows the csat tables. */
export type CsatDb = Kysely<Database & CsatTables>;

/** The same handle (or transaction), typed with the csat tables. */
export function csatDb(db: Db): CsatDb {
  return db.withTables<CsatTables>();
}
