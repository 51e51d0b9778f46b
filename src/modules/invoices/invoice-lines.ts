/**
 * The lines of a client's invoice for a period, pure: each contract's flat fee per month, block
 * hours drawn and overage, chargeable time, and goodwill as $0 lines with the value waived. The
 * caller loads the facts (billing's terms, entries and block months; its own record of months
 * already billed) and writes the lines; nothing here does I/O.
 */
import { decimal } from './invoice-math.js';

export const LINE_KINDS = ['flat_fee', 'block', 'block_overage', 'time', 'goodwill'] as const;
/** What a line bills. */
export type LineKind = (typeof LINE_KINDS)[number];

/** One line of an invoice. `amountMinor` is always `quantity × unitMinor`. */
export interface DraftLine {
  kind: LineKind;
  description: string;
  quantity: number;
  unitMinor: number;
  amountMinor: number;
  valueMinor: number;
  minutes: number | null;
  rateMinor: number | null;
  multiplierPercent: number | null;
  contractId: string | null;
  month: string | null;
  entryId: string | null;
  entryVersion: number | null;
}

/** A contract as the invoice sees it. */
export interface ContractFacts {
  contractId: string;
  name: string;
  kind: 'managed' | 'block_hours' | 'time_and_materials';
  flatFee: { basis: 'per_user' | 'per_device' | 'fixed'; amountMinor: number } | null;
  /** Users or devices on file for a per-user or per-device fee. */
  quantity: number;
  defaultRateMinor: number;
  /** Months (`YYYY-MM`) of the period the contract runs in whose fee is not billed yet. */
  feeMonths: string[];
  /** Block months of the period: minutes drawn, available, and the overage still to bill. */
  blockMonths: { month: string; used: number; available: number; balance: number; overageToBill: number; overageValueMinor: number }[];
}

/** A billable or waived time entry as the invoice sees it. */
export interface EntryFacts {
  id: string;
  version: number;
  day: string;
  ticketRef: string;
  workTypeName: string;
  billedMinutes: number;
  rateMinor: number;
  multiplierPercent: number;
  valueMinor: number;
  classification: 'billable' | 'goodwill';
  reason: string;
  waiveReason: string | null;
}

const BASIS_TEXT = { per_user: 'users', per_device: 'devices', fixed: '' } as const;

function line(kind: LineKind, description: string, quantity: number, unitMinor: number, extra: Partial<DraftLine> = {}): DraftLine {
  const amountMinor = quantity * unitMinor;
  return { kind, description, quantity, unitMinor, amountMinor, valueMinor: amountMinor, minutes: null, rateMinor: null, multiplierPercent: null, contractId: null, month: null, entryId: null, entryVersion: null, ...extra };
}

const rateText = (rateMinor: number, multiplierPercent: number, currency: string) =>
  `${decimal(rateMinor, currency)}/h${multiplierPercent === 100 ? '' : ` × ${multiplierPercent / 100}`}`;

/** The invoice's lines in order: per contract its fees and block months, then time, then goodwill. */
export function invoiceLines(currency: string, contracts: readonly ContractFacts[], entries: readonly EntryFacts[]): DraftLine[] {
  const out: DraftLine[] = [];
  for (const c of contracts) {
    for (const month of c.feeMonths) {
      if (!c.flatFee) continue;
      const quantity = c.flatFee.basis === 'fixed' ? 1 : c.quantity;
      const what = c.flatFee.basis === 'fixed' ? '' : ` (${quantity} ${BASIS_TEXT[c.flatFee.basis]})`;
      out.push(line('flat_fee', `${c.name}: fee for ${month}${what}`, quantity, c.flatFee.amountMinor, { contractId: c.contractId, month }));
    }
    for (const b of c.blockMonths) {
      out.push(line('block', `${c.name}: block hours ${b.month}, ${b.used} of ${b.available} min drawn, ${b.balance} min left`, 1, 0, { contractId: c.contractId, month: b.month, minutes: b.used }));
      if (b.overageToBill > 0) {
        out.push(line('block_overage', `${c.name}: block hours overage ${b.month}, ${b.overageToBill} min at ${rateText(c.defaultRateMinor, 100, currency)}`, 1, b.overageValueMinor, {
          contractId: c.contractId, month: b.month, minutes: b.overageToBill, rateMinor: c.defaultRateMinor, multiplierPercent: 100,
        }));
      }
    }
  }
  // Chargeable time first, then what was waived: the $0 goodwill lines read as one block.
  for (const e of [...entries.filter((x) => x.classification === 'billable'), ...entries.filter((x) => x.classification === 'goodwill')]) {
    const work = `${e.day} ${e.ticketRef} ${e.workTypeName}, ${e.billedMinutes} min at ${rateText(e.rateMinor, e.multiplierPercent, currency)}`;
    const facts = { minutes: e.billedMinutes, rateMinor: e.rateMinor, multiplierPercent: e.multiplierPercent, entryId: e.id, entryVersion: e.version };
    if (e.classification === 'billable') out.push(line('time', `${work} (${e.reason})`, 1, e.valueMinor, facts));
    else out.push({ ...line('goodwill', `Goodwill: ${work}, value ${decimal(e.valueMinor, currency)} waived (${e.waiveReason ?? 'goodwill'})`, 1, 0, facts), valueMinor: e.valueMinor });
  }
  return out;
}
