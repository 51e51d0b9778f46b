/**
 * The owner's sections of the reports page beyond FCR and SLA: client satisfaction, backlog
 * ageing and after-hours pages (billing's figures: BillingSections.tsx). Each draws its chart in
 * SVG/CSS (charts.tsx) with the numbers beside it and links its CSV.
 */
import { useState, type ReactNode } from 'react';
import { api, query } from '../platform/api';
import type { AfterHoursReportRow, BacklogReportRow, CsatReportRow } from '../platform/types';
import { EmptyState, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { BarList, percent } from './charts';

/** The CSV link of a report with its parameters. */
export const csvHref = (path: string, params: Record<string, string>) => `/api/v1${path}${query({ ...params, format: 'csv' })}`;

const CSAT_GROUPS = [
  { value: 'technician', label: 'Technician' },
  { value: 'organization', label: 'Client' },
  { value: 'team', label: 'Team' },
  { value: 'month', label: 'Month' },
] as const;

const AGE = [
  { key: 'under_1d', label: 'Under 1 day' },
  { key: '1_3d', label: '1–3 days' },
  { key: '3_7d', label: '3–7 days' },
  { key: '7_30d', label: '7–30 days' },
  { key: 'over_30d', label: '30+ days' },
] as const;

/** The spinner while a report loads. */
export function Loading() {
  return (
    <div className="loading-block">
      <Spinner label="Loading the report" />
    </div>
  );
}

/** Buttons choosing how a report groups its rows (one pressed). */
export function Segmented<T extends string>({ label, options, value, onChange }: { label: string; options: readonly { value: T; label: string }[]; value: T; onChange: (v: T) => void }) {
  return (
    <div className="segmented-control" role="group" aria-label={label}>
      {options.map((g) => (
        <button key={g.value} type="button" aria-pressed={value === g.value} onClick={() => onChange(g.value)}>
          {g.label}
        </button>
      ))}
    </div>
  );
}

/** A report section's title, explanation and actions. */
export function SectionHead({ id, title, text, children }: { id: string; title: string; text: string; children?: ReactNode }) {
  return (
    <div className="report-section-head">
      <div>
        <h2 id={id}>{title}</h2>
        <p className="muted small">{text}</p>
      </div>
      <div className="report-actions">{children}</div>
    </div>
  );
}

/** CSAT per technician, client, team or month: the share of good ratings, with the counts. */
export function CsatSection({ from, to }: { from: string; to: string }) {
  const [group, setGroup] = useState<(typeof CSAT_GROUPS)[number]['value']>('technician');
  const rows = useResource((signal) => api<{ items: CsatReportRow[] }>('GET', `/reports/csat${query({ from, to, groupBy: group })}`, undefined, { signal }).then((r) => r.items), [from, to, group]);
  const all = (rows.data ?? []).reduce((a, r) => ({ n: a.n + r.ratings, good: a.good + r.good }), { n: 0, good: 0 });
  return (
    <section className="card report-section csat-report" aria-labelledby="csat-title">
      <SectionHead id="csat-title" title="Client satisfaction" text="Ratings clients gave resolved tickets in the period: the share that were good. Per technician and team, a rating counts for whoever had the ticket when it was resolved.">
        <Segmented label="Group the CSAT report" options={CSAT_GROUPS} value={group} onChange={setGroup} />
        <a className="button small" href={csvHref('/reports/csat', { from, to, groupBy: group })} download aria-label="Download client satisfaction as CSV">
          Download CSV
        </a>
      </SectionHead>
      {rows.error !== undefined && <Notice>{(rows.error as Error).message}</Notice>}
      {!rows.data ? (
        <Loading />
      ) : rows.data.length === 0 ? (
        <EmptyState title="No ratings in this period">Clients rate a ticket from the portal, or from the links in its resolution email.</EmptyState>
      ) : (
        <>
          <p className="csat-total">
            <strong>{percent(all.n ? Math.round((all.good / all.n) * 1000) / 10 : null)}</strong> good of {all.n} rating{all.n === 1 ? '' : 's'}
          </p>
          <BarList
            label={`Client satisfaction per ${group}`}
            bars={rows.data.map((r) => ({ key: r.group, label: r.label, value: r.csatPercent, detail: `${r.good} good · ${r.okay} okay · ${r.bad} bad`, tone: r.csatPercent === null ? 'none' : r.csatPercent >= 80 ? 'good' : r.csatPercent >= 60 ? 'warn' : 'bad' }))}
          />
        </>
      )}
    </section>
  );
}

/** Open tickets by age, per priority: a stacked bar per priority, youngest to oldest. */
export function BacklogSection() {
  const rows = useResource((signal) => api<{ items: BacklogReportRow[] }>('GET', '/reports/backlog', undefined, { signal }).then((r) => r.items), []);
  const most = Math.max(1, ...(rows.data ?? []).map((r) => r.total));
  return (
    <section className="card report-section backlog-report" aria-labelledby="backlog-title">
      <SectionHead id="backlog-title" title="Backlog ageing" text="Tickets open now — not resolved, closed or merged — by how long ago they were opened.">
        <a className="button small" href={csvHref('/reports/backlog', {})} download aria-label="Download backlog ageing as CSV">
          Download CSV
        </a>
      </SectionHead>
      {rows.error !== undefined && <Notice>{(rows.error as Error).message}</Notice>}
      {!rows.data ? (
        <Loading />
      ) : rows.data.length === 0 ? (
        <EmptyState title="Nothing open">Every ticket is resolved.</EmptyState>
      ) : (
        <>
          <div className="chart-legend">
            {AGE.map((a) => (
              <span key={a.key} className="legend-item">
                <span className={`legend-swatch age-${a.key}`} aria-hidden="true" />
                {a.label}
              </span>
            ))}
          </div>
          <ul className="stack-list" aria-label="Open tickets by age, per priority">
            {rows.data.map((r) => (
              <li key={r.group} className="stack-row" aria-label={`${r.label}: ${r.total} open, ${AGE.map((a) => `${r.buckets[a.key]} ${a.label}`).join(', ')}`}>
                <span className="bar-label">{r.label}</span>
                <span className="stack-track" aria-hidden="true">
                  {AGE.map((a) => (r.buckets[a.key] ? <span key={a.key} className={`stack-part age-${a.key}`} style={{ width: `${(r.buckets[a.key] / most) * 100}%` }} title={`${a.label}: ${r.buckets[a.key]}`} /> : null))}
                </span>
                <span className="bar-value">
                  <strong>{r.total}</strong>
                  <span className="bar-detail">oldest {r.oldestDays} d</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Pages sent per month, and the share outside office hours. */
export function AfterHoursSection({ from, to }: { from: string; to: string }) {
  const rows = useResource((signal) => api<{ items: AfterHoursReportRow[] }>('GET', `/reports/after-hours${query({ from, to })}`, undefined, { signal }).then((r) => r.items), [from, to]);
  return (
    <section className="card report-section after-hours-report" aria-labelledby="after-hours-title">
      <SectionHead id="after-hours-title" title="After-hours pages" text="Pages sent to people, and how many went out on a weekend or outside 08:00–18:00 (the report time zone).">
        <a className="button small" href={csvHref('/reports/after-hours', { from, to, groupBy: 'person' })} download aria-label="Download after-hours pages per person as CSV">
          Per person CSV
        </a>
        <a className="button small" href={csvHref('/reports/after-hours', { from, to })} download aria-label="Download after-hours pages per month as CSV">
          Download CSV
        </a>
      </SectionHead>
      {rows.error !== undefined && <Notice>{(rows.error as Error).message}</Notice>}
      {!rows.data ? (
        <Loading />
      ) : rows.data.length === 0 ? (
        <EmptyState title="No pages sent in this period">Escalations page people by SMS, call, email or chat.</EmptyState>
      ) : (
        <BarList label="After-hours share of pages per month" bars={rows.data.map((r) => ({ key: r.group, label: r.label, value: r.afterHoursPercent, detail: `${r.afterHours} of ${r.pages} pages`, tone: 'none' }))} />
      )}
    </section>
  );
}
