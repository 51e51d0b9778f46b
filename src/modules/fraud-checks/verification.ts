/**
 * The verify-by-phone rules, pure: what a flag is, when it holds a ticket open and what the
 * technician is told, which domains a confirmed fraud teaches every client, and the portal
 * warning's first wording. No I/O; the use cases around it read and write.
 */
import { domainOfAddress, parseDomain } from '../fraud/index.js';
import type { ResolveBlock } from '../tickets/index.js';

/** How a call-back ended. */
export const OUTCOMES = ['verified', 'fraud', 'not_reachable'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Whether the number called was the directory's or one the technician found elsewhere (and says where). */
export const NUMBER_SOURCES = ['on_file', 'found_elsewhere'] as const;
export type NumberSource = (typeof NUMBER_SOURCES)[number];

/** The problem code of a resolve refused while a call-back is awaited. */
export const VERIFICATION_REQUIRED = 'verification_required';

/** One reason on a flag: the scorer's, or the words of the staff member who raised it by hand. */
export interface FlagReason {
  code: string;
  detail: string;
  weight: number;
  /** On look-alike reasons: the registrable domain to remember if the fraud is confirmed. */
  domain?: string;
}

/** Who a message (or a caller) claimed to be. */
export interface PurportedSender {
  address: string | null;
  name: string | null;
}

/** How the purported sender is named to people: "Dana Whitfield <dana@…>", the address, or the name. */
export function senderLabel(sender: PurportedSender): string {
  const name = sender.name?.trim();
  const address = sender.address?.trim();
  if (name && address) return `${name} <${address}>`;
  return name || address || 'an unknown sender';
}

/** The block a ticket with call-backs still to log carries: what it is and what to do, for every role. */
export function verificationBlock(open: readonly { sender: PurportedSender }[]): ResolveBlock | null {
  if (open.length === 0) return null;
  const who = [...new Set(open.map((f) => senderLabel(f.sender)))].join(' and ');
  return {
    code: VERIFICATION_REQUIRED,
    message:
      `Verify by phone first: this ticket is flagged as a possible payment fraud (from ${who}). Call the purported sender back on a number on file — ` +
      'never one given in the message — and log the outcome (verified, fraud or not reachable); then it can be resolved.',
  };
}

/** The reason a flag raised by hand carries: the words of whoever raised it, as they wrote them. */
export function handRaisedReason(raisedBy: string, text: string): FlagReason {
  return { code: 'raised_by_staff', detail: `${raisedBy} flagged this ticket by hand: ${text.trim()}`, weight: 0 };
}

const LOOKALIKE_CODES = new Set(['lookalike_domain', 'mixed_script_domain', 'known_lookalike_domain']);

/**
 * The registrable domains a confirmed fraud teaches every client: those the scorer found to be
 * look-alikes (its `domain`, else the purported sender's own). Never the domain of a sender that
 * was not a look-alike — a hijacked real mailbox or free mail must not be marked for everyone.
 */
export function domainsToRemember(reasons: readonly FlagReason[], senderAddress: string | null): string[] {
  const found = new Set<string>();
  for (const r of reasons) {
    if (!LOOKALIKE_CODES.has(r.code)) continue;
    const domain = r.domain ? parseDomain(r.domain) : domainOfAddress(senderAddress);
    if (domain) found.add(domain.registrable);
  }
  return [...found];
}

/** What the message asked for, in the words of the warning to the client's users. */
function askedFor(codes: Set<string>): string {
  if (codes.has('bank_change_language')) return 'asked to change bank details';
  if (codes.has('gift_card_language')) return 'asked for gift cards';
  if (codes.has('payment_language') || codes.has('payment_amount')) return 'asked for a payment';
  return 'asked you to act on it';
}

/** The portal warning's first wording, for the technician to edit before it is shown. */
export function defaultWarningText(sender: PurportedSender, reasons: readonly FlagReason[]): string {
  const codes = new Set(reasons.map((r) => r.code));
  const who = senderLabel(sender).replace(/</g, '(').replace(/>/g, ')');
  return `A message pretending to be from ${who} ${askedFor(codes)}; do not act on it. If you receive one like it, do not reply: call us.`;
}

/** Checks a technician's account of when the call took place: after the flag, not in the future. */
export function callTimeProblem(calledAt: string, raisedAt: string, now: string): string | null {
  const at = Date.parse(calledAt);
  if (Number.isNaN(at)) return `${calledAt} is not an instant`;
  if (at > Date.parse(now)) return 'The call cannot have taken place in the future';
  if (at < Date.parse(raisedAt)) return 'The call-back must come after the flag was raised';
  return null;
}
