/** All SQL of fraud flags and their call-backs (the `fraud_flags` table). */
import type { Db } from '../../platform/db/connect.js';
import { readJson } from '../../platform/db/dialect.js';
import { fraudDb, type FraudFlagTable } from './fraud-checks.tables.js';
import type { FlagReason, NumberSource, Outcome, PurportedSender } from './verification.js';

/** The logged call-back of a flag. */
export interface CallRecord {
  outcome: Outcome;
  calledBy: string;
  calledAt: string;
  number: string;
  numberSource: NumberSource;
  /** Where a number not on file was found; null for a number on file. */
  whereFound: string | null;
  note: string;
  recordedAt: string;
}

/** A ticket flagged verify-by-phone, with its call-back once logged. */
export interface FlagRecord {
  id: string;
  ticketId: string;
  organizationId: string;
  source: 'message' | 'staff';
  messageId: string | null;
  score: number | null;
  threshold: number | null;
  reasons: FlagReason[];
  sender: PurportedSender;
  raisedBy: string | null;
  raisedAt: string;
  call: CallRecord | null;
}

function toFlag(r: FraudFlagTable): FlagRecord {
  const call: CallRecord | null = r.outcome
    ? {
        outcome: r.outcome as Outcome,
        calledBy: r.called_by ?? '',
        calledAt: r.called_at ?? '',
        number: r.number_called ?? '',
        numberSource: (r.number_source ?? 'on_file') as NumberSource,
        whereFound: r.where_found,
        note: r.call_note ?? '',
        recordedAt: r.recorded_at ?? '',
      }
    : null;
  return {
    id: r.id,
    ticketId: r.ticket_id,
    organizationId: r.organization_id,
    source: r.source === 'staff' ? 'staff' : 'message',
    messageId: r.message_id,
    score: r.score,
    threshold: r.threshold,
    reasons: readJson<FlagReason[]>(r.reasons, []),
    sender: { address: r.sender_address, name: r.sender_name },
    raisedBy: r.raised_by,
    raisedAt: r.raised_at,
    call,
  };
}

export async function insertFlag(db: Db, f: FlagRecord): Promise<void> {
  await fraudDb(db)
    .insertInto('fraud_flags')
    .values({
      id: f.id,
      ticket_id: f.ticketId,
      organization_id: f.organizationId,
      source: f.source,
      message_id: f.messageId,
      score: f.score,
      threshold: f.threshold,
      reasons: JSON.stringify(f.reasons),
      sender_address: f.sender.address,
      sender_name: f.sender.name,
      raised_by: f.raisedBy,
      raised_at: f.raisedAt,
      outcome: null,
      called_by: null,
      called_at: null,
      number_called: null,
      number_source: null,
      where_found: null,
      call_note: null,
      recorded_at: null,
    })
    .execute();
}

export async function findFlag(db: Db, id: string): Promise<FlagRecord | undefined> {
  const row = await fraudDb(db).selectFrom('fraud_flags').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toFlag(row);
}

/** The flag already raised for one inbound message of a ticket, if any. */
export async function findFlagForMessage(db: Db, ticketId: string, messageId: string): Promise<FlagRecord | undefined> {
  const row = await fraudDb(db).selectFrom('fraud_flags').selectAll().where('ticket_id', '=', ticketId).where('message_id', '=', messageId).executeTakeFirst();
  return row && toFlag(row);
}

/** Every flag of a ticket, oldest first. */
export async function ticketFlags(db: Db, ticketId: string): Promise<FlagRecord[]> {
  const rows = await fraudDb(db).selectFrom('fraud_flags').selectAll().where('ticket_id', '=', ticketId).orderBy('raised_at').orderBy('id').execute();
  return rows.map(toFlag);
}

/** The flags of a ticket whose call-back is still to be logged. */
export async function openFlags(db: Db, ticketId: string): Promise<FlagRecord[]> {
  const rows = await fraudDb(db).selectFrom('fraud_flags').selectAll().where('ticket_id', '=', ticketId).where('outcome', 'is', null).orderBy('raised_at').orderBy('id').execute();
  return rows.map(toFlag);
}

/** Logs a flag's call-back; false when one was logged first (one outcome per flag, whoever is quicker). */
export async function saveCall(db: Db, flagId: string, call: CallRecord): Promise<boolean> {
  const result = await fraudDb(db)
    .updateTable('fraud_flags')
    .set({
      outcome: call.outcome,
      called_by: call.calledBy,
      called_at: call.calledAt,
      number_called: call.number,
      number_source: call.numberSource,
      where_found: call.whereFound,
      call_note: call.note,
      recorded_at: call.recordedAt,
    })
    .where('id', '=', flagId)
    .where('outcome', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
