/**
 * An invoice as a PDF, drawn with pdfkit: the client, number and dates, the lines (goodwill at
 * 0.00 with the value waived in its description), subtotal, tax and total. Standard Helvetica, so
 * nothing is embedded; uncompressed content streams, so the text is searchable as written.
 */
import PDFDocument from 'pdfkit';
import { decimal, percent } from './invoice-math.js';
import type { InvoiceWithLines } from './invoice.js';

const MARGIN = 50;
const COLUMNS = { description: MARGIN, quantity: 330, unit: 380, amount: 470 } as const;
const RIGHT = 545;

/** The PDF bytes of the invoice. */
export function invoicePdf(invoice: InvoiceWithLines): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, compress: false, info: { Title: `Invoice ${invoice.number ?? 'draft'}` } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const money = (minor: number) => decimal(minor, invoice.currency);

  doc.font('Helvetica-Bold').fontSize(18).text(invoice.number ? `Invoice ${invoice.number}` : 'Draft invoice (not yet approved)');
  doc.font('Helvetica').fontSize(10).moveDown(0.5);
  doc.text(`To: ${invoice.customerName}`);
  doc.text(`Issued: ${invoice.issueDate ?? '-'}   Due: ${invoice.dueDate ?? '-'} (net ${invoice.paymentTermsDays} days)   Currency: ${invoice.currency}`);
  doc.moveDown(1);

  const row = (cells: { description: string; quantity: string; unit: string; amount: string }, bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    const y = doc.y;
    doc.text(cells.description, COLUMNS.description, y, { width: COLUMNS.quantity - COLUMNS.description - 10 });
    const bottom = doc.y;
    doc.text(cells.quantity, COLUMNS.quantity, y, { width: COLUMNS.unit - COLUMNS.quantity - 5, align: 'right' });
    doc.text(cells.unit, COLUMNS.unit, y, { width: COLUMNS.amount - COLUMNS.unit - 5, align: 'right' });
    doc.text(cells.amount, COLUMNS.amount, y, { width: RIGHT - COLUMNS.amount, align: 'right' });
    doc.x = MARGIN;
    doc.y = Math.max(bottom, doc.y) + 4;
    if (doc.y > doc.page.height - MARGIN * 2) doc.addPage();
  };
  row({ description: 'Description', quantity: 'Qty', unit: 'Unit', amount: 'Amount' }, true);
  for (const l of invoice.lines) row({ description: l.description, quantity: String(l.quantity), unit: money(l.unitMinor), amount: money(l.amountMinor) });
  doc.moveDown(0.5);
  row({ description: 'Subtotal', quantity: '', unit: '', amount: money(invoice.subtotalMinor) }, true);
  row({ description: `${invoice.taxName} (${percent(invoice.taxRateBp)}%)`, quantity: '', unit: '', amount: money(invoice.taxMinor) }, true);
  row({ description: `Total ${invoice.currency}`, quantity: '', unit: '', amount: money(invoice.totalMinor) }, true);
  if (invoice.goodwillMinor > 0) {
    doc.moveDown(0.5).font('Helvetica').text(`Goodwill given on this invoice: ${money(invoice.goodwillMinor)} ${invoice.currency} of work not charged.`, MARGIN);
  }
  doc.end();
  return done;
}
