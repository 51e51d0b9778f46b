import { toIso } from '../../platform/clock.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import type { StaffActor } from '../auth/index.js';
import { normalizePhone, textMentionsNumber } from '../clients/index.js';
import { insertTicketEvent, ticketMessageTexts, touchTicket } from '../tickets/index.js';
import { numbersOnFile } from './call-back.js';
import { findFlag, saveCall, type CallRecord, type FlagRecord } from './flag.repository.js';
import { findCallBack } from './find-call-back.js';
import { rememberLookalike } from './fraud-context.repository.js';
import { FRAUD_EVENTS, type FraudDeps } from './fraud-deps.js';
import { callTimeProblem, domainsToRemember, senderLabel, type Outcome } from './verification.js';

export interface RecordCallInput {
  outcome: Outcome;
  /** The number called, in any writing. */
  number: string;
  /** Where a number that is not on file was found (required for one). */
  whereFound?: string;
  note?: string;
  /** When the call took place; left out, now. */
  calledAt?: string;
}

/** The ticket a call-back is logged on, as the route found it for the actor. */
export interface CallTicket {
  id: string;
  organizationId: string;
  contactId: string | null;
}

const already = (flag: FlagRecord) => conflict('call_already_logged', `The call-back for this flag was already logged (${flag.call?.outcome.replace('_', ' ') ?? 'by someone else a moment ago'}); raise a new flag if there is more to check`);

/**
 * Logs the outcome of a flag's call-back: who called (the actor), when, which number — one on file,
 * or one found elsewhere with where it was found, never one the ticket's messages give. Once every
 * flag of the ticket has its outcome, the ticket can be resolved. A confirmed fraud remembers the
 * look-alike domains it used, so they raise the risk at every client.
 */
export async function recordCall(deps: FraudDeps, actor: StaffActor, ticket: CallTicket, flagId: string, input: RecordCallInput): Promise<FlagRecord> {
  const { db } = deps;
  const flag = await findFlag(db, flagId);
  if (!flag || flag.ticketId !== ticket.id) throw notFound('Fraud flag');
  if (flag.call) throw already(flag);
  const now = deps.clock.iso();
  const { callBack, directory, country } = await findCallBack(db, flag.organizationId, flag.sender);
  const typed = normalizePhone(input.number, country);
  if (!typed) throw new AppError('invalid_phone', `${input.number} is not a possible phone number${country ? ` in ${country}` : ''}`, { status: 422, field: '/number' });
  const onFile = numbersOnFile(callBack, directory).has(typed.number);
  const whereFound = input.whereFound?.trim() || null;
  if (!onFile) {
    if (!whereFound) {
      throw new AppError('number_not_on_file', `${typed.number} is not a number on file for ${senderLabel(flag.sender)} or the client. Call a number on file, or say where you found this one.`, { status: 422, field: '/whereFound' });
    }
    const texts = await ticketMessageTexts(db, ticket.id);
    if (texts.some((text) => textMentionsNumber(text, typed.number, country))) {
      throw new AppError('number_from_message', `${typed.number} is given in this ticket's messages: whoever sent them answers it. Call a number on file, or one from a source you already trust.`, { status: 422, field: '/number' });
    }
  }
  const calledAt = input.calledAt ?? now;
  const problem = callTimeProblem(calledAt, flag.raisedAt, now);
  if (problem) throw new AppError('invalid_call_time', problem, { status: 422, field: '/calledAt' });
  const call: CallRecord = {
    outcome: input.outcome,
    calledBy: actor.userId,
    calledAt: toIso(Date.parse(calledAt)),
    number: typed.number,
    numberSource: onFile ? 'on_file' : 'found_elsewhere',
    whereFound: onFile ? null : whereFound,
    note: input.note?.trim() ?? '',
    recordedAt: now,
  };
  if (!(await saveCall(db, flag.id, call))) throw already(flag);
  const remembered = input.outcome === 'fraud' ? domainsToRemember(flag.reasons, flag.sender.address) : [];
  for (const domain of remembered) await rememberLookalike(db, { domain, flagId: flag.id, organizationId: flag.organizationId, at: now });
  await touchTicket(db, ticket.id, now);
  const after = { flagId: flag.id, ...call, purportedSender: flag.sender, lookalikeDomains: remembered };
  await insertTicketEvent(db, { ticketId: ticket.id, actorUserId: actor.userId, type: 'fraud.call_logged', field: input.outcome, before: null, after, internal: true, at: now });
  const event = { ticketId: ticket.id, organizationId: ticket.organizationId, contactId: ticket.contactId, internal: true, at: now };
  deps.emit({ ...event, type: FRAUD_EVENTS.callLogged, data: { flagId: flag.id, outcome: input.outcome } });
  if (input.outcome === 'fraud') deps.emit({ ...event, type: FRAUD_EVENTS.confirmed, data: { flagId: flag.id, purportedSender: flag.sender, lookalikeDomains: remembered } });
  return { ...flag, call };
}
