/**
 * The owner's billing sections of the reports page: goodwill given (per client, reason or month)
 * and hours against contract value (per contract or client). Bars in CSS, each with its amount in
 * words beside it, and the CSV link.
 */
import { useState } from 'react';
import { api, query } from '../platform/api';
import { formatHours, formatMoney } from '../platform/money';
import type { GoodwillReportRow, ProfitabilityReportRow } from '../platform/types';
import { EmptyState, Notice } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { csvHref, Loading, SectionHead, Segmented } from './OwnerSections';

const GOODWILL_GROUPS = [
  { value: 'organization', label: 'Client' },
  { value: 'reason', label: 'Reason' },
  { value: 'month', label: 'Month' },
] as const;

const PROFIT_GROUPS = [
  { value: 'contract', label: 'Contract' },
  { value: 'organization', label: 'Client' },
] as const;

/** Goodwill given in the period: hours and value waived, the largest first. */
export function GoodwillSection({ from, to }: { from: string; to: string }) {
  const [group, setGroup] = useState<(typeof GOODWILL_GROUPS)[number]['value']>('organization');
  const rows = useResource((signal) => api<{ items: GoodwillReportRow[] }>('GET', `/reports/goodwill${query({ from, to, groupBy: group })}`, undefined, { signal }).then((r) => r.items), [from, to, group]);
  const most = Math.max(1, ...(rows.data ?? []).map((r) => r.valueMinor));
  const totals = new Map<string, { minutes: number; valueMinor: number }>();
  for (const r of rows.data ?? []) {
    const t = totals.get(r.currency) ?? { minutes: 0, valueMinor: 0 };
    totals.set(r.currency, { minutes: t.minutes + r.minutes, valueMinor: t.valueMinor + r.valueMinor });
  }
  return (
    <section className="card report-section goodwill-report" aria-labelledby="goodwill-title">
      <SectionHead id="goodwill-title" title="Goodwill given" text="Chargeable time waived as goodwill, started in the period: the hours and what they would have cost at the contract’s rates.">
        <Segmented label="Group the goodwill report" options={GOODWILL_GROUPS} value={group} onChange={setGroup} />
        <a className="button small" href={csvHref('/reports/goodwill', { from, to, groupBy: group })} download aria-label="Download goodwill given as CSV">
          Download CSV
        </a>
      </SectionHead>
      {rows.error !== undefined && <Notice>{(rows.error as Error).message}</Notice>}
      {!rows.data ? (
        <Loading />
      ) : rows.data.length === 0 ? (
        <EmptyState title="No goodwill in this period">Time waived as goodwill on a ticket, or in bulk for an incident, shows here.</EmptyState>
      ) : (
        <>
          <p className="csat-total">
            {[...totals].map(([currency, t]) => (
              <span key={currency}>
                <strong>{formatMoney(t.valueMinor, currency)}</strong> waived · {formatHours(t.minutes)}{' '}
              </span>
            ))}
          </p>
          <ul className="stack-list" aria-label={`Goodwill given per ${group}`}>
            {rows.data.map((r) => (
              <li key={`${r.group} ${r.currency}`} className="stack-row" aria-label={`${r.label}: ${formatMoney(r.valueMinor, r.currency)}, ${formatHours(r.minutes)} in ${r.entries} entries`}>
                <span className="bar-label" title={r.label}>{r.label}</span>
                <span className="stack-track" aria-hidden="true">
                  <span className="stack-part money-goodwill" style={{ width: `${(r.valueMinor / most) * 100}%` }} />
                </span>
                <span className="bar-value">
                  <strong>{formatMoney(r.valueMinor, r.currency)}</strong>
                  <span className="bar-detail">{formatHours(r.minutes)} · {r.entries} {r.entries === 1 ? 'entry' : 'entries'}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Hours worked against contract value: what the time was worth at the rates beside what the contract brought in. */
export function ProfitabilitySection({ from, to }: { from: string; to: string }) {
  const [group, setGroup] = useState<(typeof PROFIT_GROUPS)[number]['value']>('contract');
  const rows = useResource((signal) => api<{ items: ProfitabilityReportRow[] }>('GET', `/reports/profitability${query({ from, to, groupBy: group })}`, undefined, { signal }).then((r) => r.items), [from, to, group]);
  const most = Math.max(1, ...(rows.data ?? []).flatMap((r) => [r.workedValueMinor, r.contractValueMinor]));
  return (
    <section className="card report-section profitability-report" aria-labelledby="profitability-title">
      <SectionHead id="profitability-title" title="Hours against contract value" text="Time worked in the period at the contract’s rates, against what the contract brought in: its monthly fees over the period and its billable time.">
        <Segmented label="Group the profitability report" options={PROFIT_GROUPS} value={group} onChange={setGroup} />
        <a className="button small" href={csvHref('/reports/profitability', { from, to, groupBy: group })} download aria-label="Download hours against contract value as CSV">
          Download CSV
        </a>
      </SectionHead>
      {rows.error !== undefined && <Notice>{(rows.error as Error).message}</Notice>}
      {!rows.data ? (
        <Loading />
      ) : rows.data.length === 0 ? (
        <EmptyState title="No contracts with billing terms">Set a contract’s billing terms on the client’s page, and log time on tickets.</EmptyState>
      ) : (
        <>
          <div className="chart-legend">
            <span className="legend-item"><span className="legend-swatch money-worked" aria-hidden="true" />Time worked, at the rates</span>
            <span className="legend-item"><span className="legend-swatch money-value" aria-hidden="true" />Contract value</span>
          </div>
          <ul className="stack-list profit-list" aria-label={`Hours against contract value per ${group}`}>
            {rows.data.map((r) => (
              <li key={`${r.group} ${r.currency}`} className="stack-row" aria-label={`${r.label}: ${formatHours(r.minutesWorked)} worked, worth ${formatMoney(r.workedValueMinor, r.currency)}, against ${formatMoney(r.contractValueMinor, r.currency)}`}>
                <span className="bar-label" title={r.label}>{r.label}</span>
                <span className="profit-bars" aria-hidden="true">
                  <span className="stack-track"><span className="stack-part money-worked" style={{ width: `${(r.workedValueMinor / most) * 100}%` }} /></span>
                  <span className="stack-track"><span className="stack-part money-value" style={{ width: `${(r.contractValueMinor / most) * 100}%` }} /></span>
                </span>
                <span className="bar-value">
                  <strong>{formatMoney(r.contractValueMinor, r.currency)}</strong>
                  <span className="bar-detail">
                    {formatHours(r.minutesWorked)} worth {formatMoney(r.workedValueMinor, r.currency)}
                    {r.valuePerHourMinor !== null && ` · ${formatMoney(r.valuePerHourMinor, r.currency)}/h`}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
