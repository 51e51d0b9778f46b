/** Invoice runs, invoices and their lines as the module hands them around. Money in integer minor units. */
import { toIso } from '../../platform/clock.js';
import { DAY_MS } from '../../platform/time-zones.js';
import type { DraftLine } from './invoice-lines.js';

export const RUN_STATUSES = ['draft', 'approved', 'sent', 'exported', 'discarded'] as const;
/** draft → approved → sent / exported; a draft may be discarded instead. */
export type RunStatus = (typeof RUN_STATUSES)[number];

export const EXPORT_FORMATS = ['xero', 'quickbooks'] as const;
/** Xero's sales invoice import CSV, or QuickBooks Online's invoice import CSV. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface InvoiceRun {
  id: string;
  periodFrom: string;
  periodTo: string;
  organizationId: string | null;
  status: RunStatus;
  createdBy: string;
  createdAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  sentAt: string | null;
  exportedAt: string | null;
  version: number;
}

export interface InvoiceLine extends DraftLine {
  id: string;
  position: number;
}

export interface Invoice {
  id: string;
  runId: string;
  organizationId: string;
  /** Given on approval (INV-000001); null on a draft. */
  number: string | null;
  seq: number | null;
  customerName: string;
  timeZone: string;
  currency: string;
  issueDate: string | null;
  dueDate: string | null;
  paymentTermsDays: number;
  subtotalMinor: number;
  taxRateBp: number;
  taxName: string;
  taxMinor: number;
  totalMinor: number;
  goodwillMinor: number;
}

export interface InvoiceWithLines extends Invoice {
  lineCount: number;
  lines: InvoiceLine[];
}

/** A client's invoicing settings. */
export interface InvoiceSettings {
  organizationId: string;
  taxRateBp: number;
  taxName: string;
  paymentTermsDays: number;
  customerName: string | null;
}

/** The settings of a client that has none saved. */
export const DEFAULT_SETTINGS = { taxRateBp: 0, taxName: 'Tax', paymentTermsDays: 30, customerName: null } as const;

/** The invoice number of a sequence number: 1 → INV-000001. */
export const invoiceNumber = (seq: number) => `INV-${String(seq).padStart(6, '0')}`;

/** The day `days` after a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  return toIso(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).slice(0, 10);
}
