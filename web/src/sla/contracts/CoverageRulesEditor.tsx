/**
 * A contract's coverage rules, in order: each names a calendar and, optionally, the priorities and
 * sites it covers (none ticked: all). The first rule that matches a ticket applies.
 */
import type { Calendar, CoverageRule, Site } from '../../platform/types';
import { PRIORITIES } from '../../platform/types';
import { Field } from '../../platform/ui';

type ErrorAt = (path: string) => string | undefined;

export function CoverageRulesEditor({ rules, calendars, sites, onChange, errorAt }: { rules: CoverageRule[]; calendars: Calendar[]; sites: Site[]; onChange: (r: CoverageRule[]) => void; errorAt: ErrorAt }) {
  const set = (i: number, patch: Partial<CoverageRule>) => onChange(rules.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const toggle = (list: string[] | undefined, value: string, on: boolean) => {
    const next = on ? [...(list ?? []), value] : (list ?? []).filter((v) => v !== value);
    return next.length ? next : undefined;
  };
  const move = (i: number, by: number) => {
    const next = [...rules];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  return (
    <fieldset className="field coverage-rules">
      <legend>Coverage</legend>
      <p className="field-hint">The first rule that matches a ticket’s priority and site decides which calendar its clocks count in. A ticket no rule matches has no SLA clocks.</p>
      {errorAt('/coverage') && <p className="field-error">{errorAt('/coverage')}</p>}
      <ol className="rule-list">
        {rules.map((r, i) => (
          <li key={i} className="rule" data-rule={i}>
            <div className="rule-head">
              <span className="rule-number">Rule {i + 1}</span>
              <span className="rule-tools">
                <button type="button" className="button ghost small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move rule ${i + 1} up`}>
                  ↑
                </button>
                <button type="button" className="button ghost small" disabled={i === rules.length - 1} onClick={() => move(i, 1)} aria-label={`Move rule ${i + 1} down`}>
                  ↓
                </button>
                <button type="button" className="button ghost small" disabled={rules.length === 1} onClick={() => onChange(rules.filter((_, k) => k !== i))} aria-label={`Remove rule ${i + 1}`}>
                  Remove
                </button>
              </span>
            </div>
            <Field label={`Rule ${i + 1} calendar`} error={errorAt(`/coverage/${i}/calendarId`)}>
              <select value={r.calendarId} onChange={(e) => set(i, { calendarId: e.target.value })}>
                {!r.calendarId && <option value="">Choose a calendar</option>}
                {calendars.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({c.timeZone.replace(/_/g, ' ')})
                  </option>
                ))}
              </select>
            </Field>
            <div className="rule-scope">
              <fieldset className="checks">
                <legend>Priorities {r.priorities?.length ? '' : <span className="muted">(all)</span>}</legend>
                {PRIORITIES.map((p) => (
                  <label key={p} className="checkbox-label">
                    <input type="checkbox" checked={r.priorities?.includes(p) ?? false} onChange={(e) => set(i, { priorities: toggle(r.priorities, p, e.target.checked) as CoverageRule['priorities'] })} /> {p}
                  </label>
                ))}
              </fieldset>
              {sites.length > 0 && (
                <fieldset className="checks">
                  <legend>Sites {r.siteIds?.length ? '' : <span className="muted">(all, and tickets without a site)</span>}</legend>
                  {sites.map((s) => (
                    <label key={s.id} className="checkbox-label">
                      <input type="checkbox" checked={r.siteIds?.includes(s.id) ?? false} onChange={(e) => set(i, { siteIds: toggle(r.siteIds, s.id, e.target.checked) })} /> {s.name}
                    </label>
                  ))}
                </fieldset>
              )}
            </div>
            {(r.siteIds ?? []).map((_, j) => errorAt(`/coverage/${i}/siteIds/${j}`)).filter(Boolean).map((m) => (
              <p key={m} className="field-error">
                {m}
              </p>
            ))}
          </li>
        ))}
      </ol>
      <button type="button" className="button small" onClick={() => onChange([...rules, { calendarId: calendars[0]?.id ?? '' }])} disabled={rules.length >= 20}>
        Add a rule
      </button>
    </fieldset>
  );
}
