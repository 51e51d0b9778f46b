/**
 * The portal's billing page (client admins): the balance of each block of prepaid hours this month
 * and the two before, and the goodwill the MSP gave the organisation — time it did not charge,
 * by month and reason, with what it would have cost.
 */
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { fetchMyAccount, formatHours, formatMoney } from '../billing-api';
import '../billing.css';

export function PortalBillingPage() {
  const account = useResource((signal) => fetchMyAccount(signal), []);
  const data = account.data;
  return (
    <section className="portal-billing" aria-labelledby="billing-title">
      <h1 id="billing-title">Billing</h1>
      {account.error !== undefined && <Notice>{(account.error as Error).message}</Notice>}
      {!data ? (
        <Spinner label="Loading your billing" />
      ) : (
        <>
          {data.blocks.map((b) => (
            <section key={b.contractId} className="card block-balance" aria-label={`Block hours: ${b.contractName}`}>
              <h2>Block hours: {b.contractName}</h2>
              <table className="goodwill-table">
                <thead><tr><th>Month</th><th>Available</th><th>Used</th><th>Left</th><th>Over</th></tr></thead>
                <tbody>
                  {b.months.map((m) => (
                    <tr key={m.month} className={m.low ? 'block-low' : undefined}>
                      <td>{m.month}</td><td>{formatHours(m.carriedIn + m.allowance)}</td><td>{formatHours(m.used)}</td>
                      <td>{formatHours(m.balance)}{m.low && <strong> — running low</strong>}</td><td>{m.overage ? formatHours(m.overage) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          <section className="card goodwill-portal" aria-labelledby="goodwill-portal-title">
            <h2 id="goodwill-portal-title">Goodwill</h2>
            <p className="muted">Work outside your contract that we did not charge you for.</p>
            {data.goodwill.lines.length === 0 ? (
              <EmptyState title="No goodwill yet">Chargeable work we decide not to charge shows here.</EmptyState>
            ) : (
              <>
                <p>{data.goodwill.totals.map((t) => <span key={t.currency}><strong>{formatHours(t.minutes)}</strong> not charged, worth <strong>{formatMoney(t.valueMinor, t.currency)}</strong> </span>)}</p>
                <table className="goodwill-table">
                  <thead><tr><th>Month</th><th>Reason</th><th>Hours</th><th>Value</th></tr></thead>
                  <tbody>
                    {data.goodwill.lines.map((l) => (
                      <tr key={`${l.month} ${l.reason} ${l.currency}`}><td>{l.month}</td><td>{l.reason}</td><td>{formatHours(l.minutes)}</td><td>{formatMoney(l.valueMinor, l.currency)}</td></tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
        </>
      )}
    </section>
  );
}
