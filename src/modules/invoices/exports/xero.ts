/**
 * Xero's sales invoice import CSV (Business › Invoices › Import), one row per invoice line, in the
 * columns and order of Xero's published template; the template marks required columns with `*`
 * and so does this header. Dates are DD/MM/YYYY, amounts plain decimals in the invoice currency,
 * tax exclusive (choose "Tax exclusive" when importing). `TaxType` is the client's tax name, which
 * must be a tax rate's display name in Xero (e.g. "20% (VAT on Income)"); `Total` and `TaxAmount`
 * are left for Xero to work out. A goodwill line is a $0 row whose description shows the value.
 */
import { stringify } from 'csv-stringify/sync';
import { decimal } from '../invoice-math.js';
import type { InvoiceWithLines } from '../invoice.js';

/** The template's columns, in order. */
export const XERO_COLUMNS = [
  '*ContactName', 'EmailAddress', 'POAddressLine1', 'POAddressLine2', 'POAddressLine3', 'POAddressLine4', 'POCity', 'PORegion', 'POPostalCode', 'POCountry',
  '*InvoiceNumber', 'Reference', '*InvoiceDate', '*DueDate', 'Total', 'InventoryItemCode', '*Description', '*Quantity', '*UnitAmount', 'Discount', '*AccountCode', '*TaxType',
  'TaxAmount', 'TrackingName1', 'TrackingOption1', 'TrackingName2', 'TrackingOption2', 'Currency', 'BrandingTheme',
] as const;

/** Xero's default sales account; the lines are coded to it. */
export const XERO_SALES_ACCOUNT = '200';

/** `YYYY-MM-DD` → `DD/MM/YYYY`. */
const dayMonthYear = (day: string | null) => (day ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : '');

/** The CSV of the invoices (approved: numbered and dated). */
export function xeroCsv(invoices: readonly InvoiceWithLines[], reference: string): string {
  const rows: string[][] = [];
  for (const inv of invoices) {
    for (const l of inv.lines) {
      const row: Record<(typeof XERO_COLUMNS)[number], string> = Object.fromEntries(XERO_COLUMNS.map((c) => [c, ''])) as Record<(typeof XERO_COLUMNS)[number], string>;
      Object.assign(row, {
        '*ContactName': inv.customerName, '*InvoiceNumber': inv.number ?? '', Reference: reference, '*InvoiceDate': dayMonthYear(inv.issueDate), '*DueDate': dayMonthYear(inv.dueDate),
        '*Description': l.description, '*Quantity': String(l.quantity), '*UnitAmount': decimal(l.unitMinor, inv.currency), '*AccountCode': XERO_SALES_ACCOUNT, '*TaxType': inv.taxName, Currency: inv.currency,
      });
      rows.push(XERO_COLUMNS.map((c) => row[c]));
    }
  }
  return stringify(rows, { header: true, columns: [...XERO_COLUMNS], record_delimiter: 'windows' });
}
