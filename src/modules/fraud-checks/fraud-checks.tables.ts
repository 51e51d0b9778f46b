/**
 * Row types of the fraud-checks module's tables (migration 021-fraud-checks). Only this module
 * names them in SQL; its repositories reach them through `fraudDb`. Instants are ISO-8601 strings
 * on both dialects; `reasons` is JSON written as text and read with `readJson`; `active` is 0/1
 * on SQLite.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

type Bool = boolean | number;

/** A ticket flagged *verify by phone*, and the outcome of the call-back once it is logged. */
export interface FraudFlagTable {
  id: string;
  ticket_id: string;
  organization_id: string;
  /** `message` (scored by mail intake) or `staff` (raised by hand). */
  source: string;
  /** The inbound message that was scored; null for a flag raised by hand. */
  message_id: string | null;
  /** The scorer's 0–100; null for a flag raised by hand. */
  score: number | null;
  /** The client's threshold when the message was scored; null for a flag raised by hand. */
  threshold: number | null;
  /** `[{ code, detail, weight, domain? }]`, strongest first. */
  reasons: unknown;
  /** Who the message (or caller) claimed to be. */
  sender_address: string | null;
  sender_name: string | null;
  raised_by: string | null;
  raised_at: string;
  /** null while the call-back is awaited; then verified, fraud or not_reachable. */
  outcome: string | null;
  called_by: string | null;
  called_at: string | null;
  number_called: string | null;
  /** `on_file` (the directory's) or `found_elsewhere` (typed, with `where_found`). */
  number_source: string | null;
  where_found: string | null;
  call_note: string | null;
  recorded_at: string | null;
}

/** A look-alike domain confirmed as fraud: it raises the risk at every client. */
export interface FraudLookalikeDomainTable {
  /** Registrable domain, IDNA ASCII. */
  domain: string;
  flag_id: string;
  organization_id: string;
  confirmed_at: string;
}

/** A sender domain a client has had mail from. */
export interface FraudSeenDomainTable {
  organization_id: string;
  /** Registrable domain, IDNA ASCII. */
  domain: string;
  first_seen_at: string;
  last_seen_at: string;
  messages: number;
}

/** A client's own flag threshold (clients without a row use the default). */
export interface FraudSettingsTable {
  organization_id: string;
  threshold: number;
  updated_by: string | null;
  updated_at: string;
}

/** The portal banner warning a client's users of a confirmed fraud. */
export interface FraudWarningTable {
  id: string;
  organization_id: string;
  flag_id: string;
  ticket_id: string;
  text: string;
  active: Bool;
  created_by: string;
  created_at: string;
  updated_at: string;
  ended_at: string | null;
}

/** The module's tables by name (a type alias: `withTables` needs its implicit index signature). */
export type FraudCheckTables = {
  fraud_flags: FraudFlagTable;
  fraud_lookalike_domains: FraudLookalikeDomainTable;
  fraud_seen_domains: FraudSeenDomainTable;
  fraud_settings: FraudSettingsTable;
  fraud_warnings: FraudWarningTable;
};

export type FraudDb = Kysely<Database & FraudCheckTables>;

/** The same handle (a transaction stays that transaction), typed with this module's tables. */
export function fraudDb(db: Db): FraudDb {
  return db.withTables<FraudCheckTables>();
}
