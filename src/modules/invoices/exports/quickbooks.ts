/**
 * QuickBooks Online's invoice import CSV (Settings › Import data › Invoices), one row per invoice
 * line, in the columns and order of the sample file QuickBooks offers on that screen (its required
 * columns are InvoiceNo, Customer, InvoiceDate, DueDate and ItemAmount; ItemTaxCode where sales tax
 * is on). Dates MM/DD/YYYY (pick that format when importing), amounts plain decimals; `ItemTaxCode`
 * is `TAX` on a client with a tax rate and `NON` without (US sales tax codes); QuickBooks works out
 * the tax itself, so `ItemTaxAmount` is left empty. A goodwill line is a 0.00 row whose description
 * shows the value waived.
 */
import { stringify } from 'csv-stringify/sync';
import { decimal } from '../invoice-math.js';
import type { InvoiceWithLines } from '../invoice.js';
import type { LineKind } from '../invoice-lines.js';

/** The sample file's columns, in order. */
export const QUICKBOOKS_COLUMNS = [
  'InvoiceNo', 'Customer', 'InvoiceDate', 'DueDate', 'Terms', 'Location', 'Memo', 'Item(Product/Service)', 'ItemDescription', 'ItemQuantity', 'ItemRate', 'ItemAmount',
  'ItemTaxCode', 'ItemTaxAmount', 'Currency', 'Service Date',
] as const;

/** The product or service each kind of line is booked as (create these items in QuickBooks once). */
export const QUICKBOOKS_ITEMS: Record<LineKind, string> = {
  flat_fee: 'Managed services', block: 'Block hours', block_overage: 'Block hours overage', time: 'Support time', goodwill: 'Goodwill',
};

/** `YYYY-MM-DD` → `MM/DD/YYYY`. */
const monthDayYear = (day: string | null) => (day ? `${day.slice(5, 7)}/${day.slice(8, 10)}/${day.slice(0, 4)}` : '');

/** The CSV of the invoices (approved: numbered and dated). */
export function quickbooksCsv(invoices: readonly InvoiceWithLines[], memo: string): string {
  const rows: string[][] = [];
  for (const inv of invoices) {
    for (const l of inv.lines) {
      rows.push([
        inv.number ?? '', inv.customerName, monthDayYear(inv.issueDate), monthDayYear(inv.dueDate), `Net ${inv.paymentTermsDays}`, '', memo, QUICKBOOKS_ITEMS[l.kind], l.description,
        String(l.quantity), decimal(l.unitMinor, inv.currency), decimal(l.amountMinor, inv.currency), inv.taxRateBp > 0 ? 'TAX' : 'NON', '', inv.currency, '',
      ]);
    }
  }
  return stringify(rows, { header: true, columns: [...QUICKBOOKS_COLUMNS], record_delimiter: 'windows' });
}
