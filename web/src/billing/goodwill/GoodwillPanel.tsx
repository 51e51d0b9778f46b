/** A client's goodwill ledger (staff): time waived, by month and reason, with what it would have cost at the contract's rate. */
import { Notice } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { fetchGoodwill, formatHours, formatMoney } from '../billing-api';
import '../billing.css';

export function GoodwillPanel({ organizationId }: { organizationId: string }) {
  const ledger = useResource((signal) => fetchGoodwill(organizationId, signal), [organizationId]);
  const data = ledger.data;
  return (
    <section className="card setup-card goodwill-panel" aria-labelledby="goodwill-title">
      <h2 id="goodwill-title" className="card-title">Goodwill given</h2>
      {ledger.error !== undefined && <Notice>{(ledger.error as Error).message}</Notice>}
      {data && data.lines.length === 0 && <p className="muted small">No time waived as goodwill yet.</p>}
      {data && data.lines.length > 0 && (
        <>
          <p className="goodwill-totals">
            {data.totals.map((t) => <span key={t.currency}>{formatHours(t.minutes)} waived, worth <strong>{formatMoney(t.valueMinor, t.currency)}</strong></span>)}
          </p>
          <table className="goodwill-table">
            <thead>
              <tr><th scope="col">Month</th><th scope="col">Reason</th><th scope="col">Entries</th><th scope="col">Time</th><th scope="col">Value</th></tr>
            </thead>
            <tbody>
              {data.lines.map((l) => (
                <tr key={`${l.month}|${l.reason}|${l.currency}`}>
                  <td>{l.month}</td><td>{l.reason}</td><td>{l.entries}</td><td>{formatHours(l.minutes)}</td><td>{formatMoney(l.valueMinor, l.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">Months in the client’s time zone ({data.timeZone}); value at the contract’s rate when the time was logged.</p>
        </>
      )}
    </section>
  );
}
