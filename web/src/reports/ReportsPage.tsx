/**
 * Reports for the desk: first-contact resolution per technician and per client against the 90%
 * target, SLA attainment with response and resolution times per client, priority or month, then
 * the owner's sections (OwnerSections.tsx) — charts first, the numbers beside them, and each as
 * CSV from the API (format=csv).
 */
import { useEffect } from 'react';
import { navigate, useLocation } from '../platform/router';
import { api, query } from '../platform/api';
import { formatUsedMinutes } from '../platform/format';
import type { FcrReportRow, SlaReportRow } from '../platform/types';
import { EmptyState, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { BarList, ColumnChart, Gauge, percent, type Bar } from './charts';
import { GoodwillSection, ProfitabilitySection } from './BillingSections';
import { AfterHoursSection, BacklogSection, CsatSection } from './OwnerSections';
import { ReadinessSection } from './ReadinessSection';
import './reports.css';

const PERIODS = [
  { value: '7d', label: '7 days', days: 7 },
  { value: '30d', label: '30 days', days: 30 },
  { value: '90d', label: '90 days', days: 90 },
  { value: '365d', label: '12 months', days: 365 },
];
const GROUPS = [
  { value: 'organization', label: 'By client' },
  { value: 'priority', label: 'By priority' },
  { value: 'month', label: 'By month' },
] as const;
type SlaGroup = (typeof GROUPS)[number]['value'];
const CLOCKS = [
  { id: 'first_response', label: 'First response' },
  { id: 'next_reply', label: 'Next reply' },
  { id: 'resolution', label: 'Resolution' },
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Report periods are UTC days, inclusive, as the API counts them. */
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function period(params: URLSearchParams): { from: string; to: string; preset: string } {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (DATE.test(from) && DATE.test(to)) return { from, to, preset: '' };
  const preset = PERIODS.find((p) => p.value === params.get('period')) ?? PERIODS[1];
  const today = Date.now();
  return { from: utcDay(today - (preset.days - 1) * 86_400_000), to: utcDay(today), preset: preset.value };
}

const csvHref = (path: string, params: Record<string, string>) => `/api/v1${path}${query({ ...params, format: 'csv' })}`;

export function ReportsPage() {
  const { params } = useLocation();
  const { from, to, preset } = period(params);
  const group = (GROUPS.find((g) => g.value === params.get('sla'))?.value ?? 'organization') as SlaGroup;

  useEffect(() => {
    document.title = 'Reports · Switchboard';
  }, []);

  const fcr = useResource(
    async (signal) => {
      const [technicians, clients] = await Promise.all(
        (['technician', 'organization'] as const).map((groupBy) => api<{ items: FcrReportRow[] }>('GET', `/reports/fcr${query({ from, to, groupBy })}`, undefined, { signal }).then((r) => r.items)),
      );
      return { technicians, clients };
    },
    [from, to],
  );
  const sla = useResource((signal) => api<{ items: SlaReportRow[] }>('GET', `/reports/sla${query({ from, to, groupBy: group })}`, undefined, { signal }).then((r) => r.items), [from, to, group]);

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    navigate(`/reports?${next.toString()}`, { replace: true });
  };

  const fcrTotals = (fcr.data?.technicians ?? []).reduce((a, r) => ({ tickets: a.tickets + r.tickets, first: a.first + r.firstContact }), { tickets: 0, first: 0 });
  const fcrRate = fcrTotals.tickets ? Math.round((fcrTotals.first / fcrTotals.tickets) * 1000) / 10 : null;
  const target = fcr.data?.technicians[0]?.targetPercent ?? fcr.data?.clients[0]?.targetPercent ?? 90;
  const slaTotals = (clock: string) => {
    const rows = (sla.data ?? []).filter((r) => r.clock === clock);
    const met = rows.reduce((a, r) => a + r.met, 0);
    const missed = rows.reduce((a, r) => a + r.missed, 0);
    return { met, missed, rate: met + missed ? Math.round((met / (met + missed)) * 1000) / 10 : null };
  };
  const response = slaTotals('first_response');
  const resolution = slaTotals('resolution');

  return (
    <div className="page reports-page">
      <div className="page-head">
        <div>
          <h1>Reports</h1>
          <p className="muted page-sub">
            First-contact resolution of phone tickets resolved, and SLA clocks started, from {from} to {to} (UTC days)
          </p>
        </div>
      </div>
      <div className="report-toolbar">
        <div className="period-picker" role="group" aria-label="Period">
          <div className="segmented-control">
            {PERIODS.map((p) => (
              <button key={p.value} type="button" aria-pressed={preset === p.value} onClick={() => set({ period: p.value, from: null, to: null })}>
                {p.label}
              </button>
            ))}
          </div>
          <label className="date-field">
            <span className="visually-hidden">From</span>
            <input type="date" value={from} max={to} onChange={(e) => DATE.test(e.target.value) && set({ from: e.target.value, to, period: null })} />
          </label>
          <span className="muted">to</span>
          <label className="date-field">
            <span className="visually-hidden">To</span>
            <input type="date" value={to} min={from} onChange={(e) => DATE.test(e.target.value) && set({ from, to: e.target.value, period: null })} />
          </label>
        </div>
      </div>
      <div className="report-tiles">
        <div className="card report-tile tile-fcr">
          <Gauge value={fcrRate} target={target} label="First-contact resolution">
            <p className="tile-title">First-contact resolution</p>
            <p className="tile-detail">
              {fcrTotals.tickets ? `${fcrTotals.first} of ${fcrTotals.tickets} phone tickets resolved on the call` : 'No phone tickets resolved yet'}
            </p>
            <p className={`tile-target ${fcrRate === null ? '' : fcrRate >= target ? 'on-target' : 'off-target'}`}>Target {target}%</p>
          </Gauge>
        </div>
        <div className="card report-tile">
          <Gauge value={response.rate} label="First response within SLA">
            <p className="tile-title">First response within SLA</p>
            <p className="tile-detail">{response.met + response.missed ? `${response.met} met · ${response.missed} missed` : 'No clocks decided yet'}</p>
          </Gauge>
        </div>
        <div className="card report-tile">
          <Gauge value={resolution.rate} label="Resolution within SLA">
            <p className="tile-title">Resolution within SLA</p>
            <p className="tile-detail">{resolution.met + resolution.missed ? `${resolution.met} met · ${resolution.missed} missed` : 'No clocks decided yet'}</p>
          </Gauge>
        </div>
      </div>

      <section className="card report-section" aria-labelledby="fcr-title">
        <div className="report-section-head">
          <div>
            <h2 id="fcr-title">First-contact resolution</h2>
            <p className="muted small">Phone tickets resolved in the period that were marked so, never escalated a tier, not reopened within 7 days and not contacted again. The dashed line is the {target}% target.</p>
          </div>
        </div>
        {fcr.error !== undefined && <Notice>{(fcr.error as Error).message}</Notice>}
        {!fcr.data ? (
          <Loading />
        ) : (
          <div className="report-columns">
            <FcrChart title="Per technician" rows={fcr.data.technicians} target={target} csv={csvHref('/reports/fcr', { from, to, groupBy: 'technician' })} className="fcr-technician" />
            <FcrChart title="Per client" rows={fcr.data.clients} target={target} csv={csvHref('/reports/fcr', { from, to, groupBy: 'organization' })} className="fcr-client" />
          </div>
        )}
      </section>

      <section className="card report-section" aria-labelledby="sla-report-title">
        <div className="report-section-head">
          <div>
            <h2 id="sla-report-title">SLA attainment</h2>
            <p className="muted small">Clocks met and missed (a running clock past due counts as missed), with the median and 90th percentile of covered minutes to respond or resolve.</p>
          </div>
          <div className="report-actions">
            <div className="segmented-control" role="group" aria-label="Group the SLA report">
              {GROUPS.map((g) => (
                <button key={g.value} type="button" aria-pressed={group === g.value} onClick={() => set({ sla: g.value === 'organization' ? null : g.value })}>
                  {g.label}
                </button>
              ))}
            </div>
            <a className="button small" href={csvHref('/reports/sla', { from, to, groupBy: group })} download aria-label="Download SLA attainment as CSV">
              Download CSV
            </a>
          </div>
        </div>
        {sla.error !== undefined && <Notice>{(sla.error as Error).message}</Notice>}
        {!sla.data ? <Loading /> : <SlaReport rows={sla.data} group={group} />}
      </section>
      <CsatSection from={from} to={to} />
      <BacklogSection />
      <AfterHoursSection from={from} to={to} />
      <ReadinessSection />
      <GoodwillSection from={from} to={to} />
      <ProfitabilitySection from={from} to={to} />
    </div>
  );
}

function Loading() {
  return (
    <div className="loading-block">
      <Spinner label="Loading the report" />
    </div>
  );
}

function FcrChart({ title, rows, target, csv, className }: { title: string; rows: FcrReportRow[]; target: number; csv: string; className: string }) {
  const bars: Bar[] = [...rows]
    .sort((a, b) => (b.ratePercent ?? -1) - (a.ratePercent ?? -1) || b.tickets - a.tickets || a.label.localeCompare(b.label))
    .map((r) => ({ key: r.group, label: r.label, value: r.ratePercent, detail: `${r.firstContact} of ${r.tickets}` }));
  return (
    <div className={`report-chart ${className}`}>
      <div className="report-chart-head">
        <h3>{title}</h3>
        <a className="csv-link" href={csv} download aria-label={`Download first-contact resolution ${title.toLowerCase()} as CSV`}>
          CSV
        </a>
      </div>
      {bars.length === 0 ? <p className="muted report-empty">No phone tickets were resolved in this period.</p> : <BarList bars={bars} target={target} label={`First-contact resolution ${title.toLowerCase()}`} />}
    </div>
  );
}

function SlaReport({ rows, group }: { rows: SlaReportRow[]; group: SlaGroup }) {
  const clocks = CLOCKS.filter((c) => rows.some((r) => r.clock === c.id));
  const groups = [...new Map(rows.map((r) => [r.group, r.label])).entries()];
  if (groups.length === 0) return <EmptyState title="No SLA clocks in this period">Tickets of clients with an active contract appear here once their clocks start.</EmptyState>;
  const row = (g: string, clock: string) => rows.find((r) => r.group === g && r.clock === clock);
  const ordered = group === 'month' ? groups.sort((a, b) => a[0].localeCompare(b[0])) : groups;
  return (
    <>
      {group === 'month' ? (
        <ColumnChart
          label="SLA attainment per month"
          series={clocks}
          columns={ordered.map(([g, label]) => ({
            key: g,
            label,
            values: clocks.map((c) => {
              const r = row(g, c.id);
              return { series: c.id, value: r?.attainmentPercent ?? null, title: `${label}, ${c.label}: ${percent(r?.attainmentPercent ?? null)} (${r?.met ?? 0} met, ${r?.missed ?? 0} missed)` };
            }),
          }))}
        />
      ) : (
        <div className="sla-groups">
          <div className="chart-legend">
            {clocks.map((c) => (
              <span key={c.id} className="legend-item">
                <span className={`legend-swatch column-${c.id}`} aria-hidden="true" />
                {c.label}
              </span>
            ))}
          </div>
          {ordered.map(([g, label]) => (
            <div key={g} className="sla-group">
              <p className="sla-group-label">{label}</p>
              <BarList
                label={`${label}: SLA attainment`}
                className="bar-list-compact"
                bars={clocks.map((c) => {
                  const r = row(g, c.id);
                  return { key: c.id, label: c.label, value: r?.attainmentPercent ?? null, detail: r ? `${r.met}/${r.met + r.missed}` : undefined, tone: 'none', series: c.id };
                })}
              />
            </div>
          ))}
        </div>
      )}
      <div className="table-wrap">
        <table className="report-table">
          <caption className="visually-hidden">SLA attainment and times</caption>
          <thead>
            <tr>
              <th scope="col">{group === 'organization' ? 'Client' : group === 'priority' ? 'Priority' : 'Month'}</th>
              <th scope="col">Clock</th>
              <th scope="col" className="num">Met</th>
              <th scope="col" className="num">Missed</th>
              <th scope="col" className="num">Attainment</th>
              <th scope="col" className="num">Median</th>
              <th scope="col" className="num">90th pct</th>
            </tr>
          </thead>
          <tbody>
            {ordered.flatMap(([g, label]) =>
              clocks.map((c, i) => {
                const r = row(g, c.id);
                return (
                  <tr key={`${g}-${c.id}`} className={i === 0 ? 'group-start' : undefined}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={clocks.length}>
                        {label}
                      </th>
                    )}
                    <td>{c.label}</td>
                    <td className="num">{r?.met ?? 0}</td>
                    <td className="num">{r?.missed ?? 0}</td>
                    <td className="num">
                      <strong>{percent(r?.attainmentPercent ?? null)}</strong>
                    </td>
                    <td className="num">{r?.medianMinutes != null ? formatUsedMinutes(r.medianMinutes) : '—'}</td>
                    <td className="num">{r?.p90Minutes != null ? formatUsedMinutes(r.p90Minutes) : '—'}</td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
