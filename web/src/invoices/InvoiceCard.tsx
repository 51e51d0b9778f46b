/** One client's invoice: its lines (goodwill at $0 with the value waived), subtotal, tax, total, and the PDF. */
import { Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { fetchInvoice, money, pdfUrl, type Invoice, type InvoiceSummary } from './invoices-api';

const KIND_LABELS: Record<Invoice['lines'][number]['kind'], string> = { flat_fee: 'Fee', block: 'Block hours', block_overage: 'Overage', time: 'Time', goodwill: 'Goodwill' };

/** The card of a run's invoice: its totals at once, its lines as they load. `version` reloads them after a change to the run. */
export function InvoiceCard({ invoice, version }: { invoice: InvoiceSummary; version: string }) {
  const full = useResource((signal) => fetchInvoice(invoice.id, signal), [invoice.id, version]);
  const m = (minor: number) => money(minor, invoice.currency);
  const lines: Invoice['lines'] = full.data?.lines ?? [];
  return (
    <article className="card invoice-card" aria-label={`Invoice for ${invoice.customerName}`}>
      <header className="invoice-head">
        <h3 className="card-title">
          {invoice.customerName} <span className="muted">{invoice.number ?? 'Draft'}</span>
        </h3>
        <a className="button" href={pdfUrl(invoice.id)} target="_blank" rel="noreferrer">
          PDF
        </a>
      </header>
      {invoice.issueDate && (
        <p className="muted small">
          Issued {invoice.issueDate}, due {invoice.dueDate}
        </p>
      )}
      <table className="invoice-lines">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Description</th>
            <th scope="col" className="num">
              Qty
            </th>
            <th scope="col" className="num">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {full.loading && !full.data && (
            <tr>
              <td colSpan={4}>
                <Spinner label="Loading the lines" />
              </td>
            </tr>
          )}
          {lines.map((l) => (
            <tr key={l.id} className={l.kind === 'goodwill' ? 'goodwill-line' : undefined} data-testid="invoice-line">
              <td>{KIND_LABELS[l.kind]}</td>
              <td>
                {l.description}
                {l.kind === 'goodwill' && <span className="goodwill-value"> Value {m(l.valueMinor)} not charged</span>}
              </td>
              <td className="num">{l.quantity}</td>
              <td className="num">{m(l.amountMinor)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Subtotal
            </th>
            <td className="num">{m(invoice.subtotalMinor)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={3}>
              {invoice.taxName}
            </th>
            <td className="num">{m(invoice.taxMinor)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={3}>
              Total
            </th>
            <td className="num" data-testid="invoice-total">
              {m(invoice.totalMinor)}
            </td>
          </tr>
        </tfoot>
      </table>
      {invoice.goodwillMinor > 0 && <p className="small invoice-goodwill">Goodwill given: {m(invoice.goodwillMinor)} of work not charged.</p>}
    </article>
  );
}
