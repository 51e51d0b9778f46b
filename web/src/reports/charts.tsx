/**
 * Charts drawn with plain SVG and CSS — no chart library: a ring gauge against a target,
 * horizontal bars with a target line, and grouped columns over time. Each carries its numbers
 * as text, so a screen reader (and a tired manager) reads the values, not the shapes.
 */
import type { ReactNode } from 'react';

export type Tone = 'good' | 'warn' | 'bad' | 'none';

/** Good at or above the target; a warning within 10 points of it; bad below that. */
export function toneFor(value: number | null, target: number): Tone {
  if (value === null) return 'none';
  return value >= target ? 'good' : value >= target - 10 ? 'warn' : 'bad';
}

export const percent = (v: number | null): string => (v === null ? '—' : `${Number.isInteger(v) ? v : v.toFixed(1)}%`);

/** A ring filled to `value` percent, with a tick at the target. */
export function Gauge({ value, target, label, children }: { value: number | null; target?: number; label: string; children?: ReactNode }) {
  const r = 44;
  const c = 2 * Math.PI * r;
  const filled = value === null ? 0 : Math.max(0, Math.min(100, value)) / 100;
  const tone = target === undefined ? (value === null ? 'none' : 'neutral') : toneFor(value, target);
  const angle = target === undefined ? 0 : (target / 100) * 2 * Math.PI - Math.PI / 2;
  return (
    <div className={`gauge gauge-${tone}`}>
      <svg viewBox="0 0 120 120" width="112" height="112" role="img" aria-label={`${label}: ${percent(value)}${target !== undefined ? `, target ${target}%` : ''}`}>
        <circle cx="60" cy="60" r={r} className="gauge-track" />
        <circle cx="60" cy="60" r={r} className="gauge-fill" strokeDasharray={`${(filled * c).toFixed(2)} ${c.toFixed(2)}`} transform="rotate(-90 60 60)" />
        {target !== undefined && (
          <line
            className="gauge-target"
            x1={60 + (r - 11) * Math.cos(angle)}
            y1={60 + (r - 11) * Math.sin(angle)}
            x2={60 + (r + 11) * Math.cos(angle)}
            y2={60 + (r + 11) * Math.sin(angle)}
          />
        )}
        <text x="60" y="66" textAnchor="middle" className={`gauge-value${value !== null && !Number.isInteger(value) ? ' gauge-value-long' : ''}`}>
          {percent(value)}
        </text>
      </svg>
      <div className="gauge-text">{children}</div>
    </div>
  );
}

export interface Bar {
  key: string;
  label: string;
  value: number | null;
  /** Shown under the value, e.g. "8 of 9". */
  detail?: string;
  /** An explicit tone; else from the target. */
  tone?: Tone;
  series?: string;
}

/** Horizontal bars on a 0–100% scale, with a dashed line at the target. */
export function BarList({ bars, target, label, className = '' }: { bars: Bar[]; target?: number; label: string; className?: string }) {
  return (
    <ul className={`bar-list ${className}`} aria-label={label}>
      {bars.map((b) => {
        const tone = b.tone ?? (target === undefined ? 'none' : toneFor(b.value, target));
        return (
          <li key={b.key} className={`bar-row${b.series ? ` bar-series-${b.series}` : ''}`} data-label={b.label}>
            <span className="bar-label" title={b.label}>
              {b.label}
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className={`bar-fill bar-${tone}`} style={{ width: `${Math.max(0, Math.min(100, b.value ?? 0))}%` }} />
              {target !== undefined && <span className="bar-target" style={{ left: `${target}%` }} />}
            </span>
            <span className="bar-value">
              <strong>{percent(b.value)}</strong>
              {b.detail && <span className="bar-detail">{b.detail}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export interface Column {
  key: string;
  label: string;
  values: { series: string; value: number | null; title: string }[];
}

/** Grouped columns on a 0–100% scale (one group per month), drawn in SVG. */
export function ColumnChart({ columns, series, label }: { columns: Column[]; series: { id: string; label: string }[]; label: string }) {
  const W = 640;
  const H = 230;
  const left = 40;
  const bottom = 28;
  const top = 12;
  const plotH = H - top - bottom;
  const groupW = (W - left - 8) / Math.max(1, columns.length);
  const barW = Math.min(34, (groupW * 0.7) / Math.max(1, series.length));
  const y = (v: number) => top + plotH * (1 - v / 100);
  return (
    <figure className="column-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {[0, 25, 50, 75, 100].map((t) => (
          <g key={t} className="chart-grid">
            <line x1={left} x2={W - 4} y1={y(t)} y2={y(t)} />
            <text x={left - 6} y={y(t) + 4} textAnchor="end">
              {t}%
            </text>
          </g>
        ))}
        {columns.map((col, i) => {
          const x0 = left + i * groupW + (groupW - barW * series.length - 4 * (series.length - 1)) / 2;
          return (
            <g key={col.key}>
              {series.map((s, k) => {
                const v = col.values.find((x) => x.series === s.id);
                if (!v || v.value === null) return null;
                return (
                  <g key={s.id}>
                    <rect className={`column column-${s.id}`} x={x0 + k * (barW + 4)} y={y(v.value)} width={barW} height={Math.max(1, plotH - (y(v.value) - top))} rx="3">
                      <title>{v.title}</title>
                    </rect>
                    <text className="column-value" x={x0 + k * (barW + 4) + barW / 2} y={y(v.value) - 4} textAnchor="middle">
                      {Math.round(v.value)}
                    </text>
                  </g>
                );
              })}
              <text className="column-label" x={left + i * groupW + groupW / 2} y={H - 8} textAnchor="middle">
                {col.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        {series.map((s) => (
          <span key={s.id} className="legend-item">
            <span className={`legend-swatch column-${s.id}`} aria-hidden="true" />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
