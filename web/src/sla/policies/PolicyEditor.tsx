/**
 * An SLA policy: targets per priority (first response, next reply, resolution), each in covered
 * minutes or business days (at the end of the day or the same time), and when to warn — at a share
 * of the target or a number of covered minutes before due — with "try it" against a calendar.
 * Saving moves the due times of open tickets under contracts using the policy.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, formError, newIdempotencyKey } from '../../platform/api';
import { formatMinutes } from '../../platform/format';
import { targetWords } from '../calendar-words';
import { Link, navigate } from '../../platform/router';
import type { Session } from '../../platform/session';
import { PRIORITIES, type PolicyTarget, type PolicyTargets, type SlaPolicy } from '../../platform/types';
import { Field, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { fetchCalendars } from '../sla-api';
import { TryIt } from '../TryIt';
import { useDebounced } from '../../platform/use-debounced';
import '../sla.css';

/** A target as typed: the amount, and its unit — covered minutes or business days (end of day or same time). */
type Unit = 'minutes' | 'end_of_day' | 'same_time';
type TargetDraft = { amount: string; unit: Unit };
type ClockKey = 'firstResponse' | 'nextReply' | 'resolution';
type Draft = {
  name: string;
  warnBy: 'percent' | 'before';
  warningPercent: string;
  warningBeforeMinutes: string;
  targets: Record<string, Record<ClockKey, TargetDraft>>;
};
const CLOCKS = [
  ['firstResponse', 'First response'],
  ['nextReply', 'Next reply'],
  ['resolution', 'Resolution'],
] as const;
// Short, to fit a table cell; the hint below each target spells it out ("next business day").
const UNITS: [Unit, string][] = [
  ['minutes', 'covered min'],
  ['end_of_day', 'days, end of day'],
  ['same_time', 'days, same time'],
];
const DEFAULTS: PolicyTargets = { P1: { firstResponse: 15, resolution: 240 }, P2: { firstResponse: 60, nextReply: 240, resolution: 480 }, P3: { firstResponse: 240, resolution: 1440 }, P4: { firstResponse: 480, resolution: 2880 } };

const targetDraft = (t: PolicyTarget | null | undefined): TargetDraft =>
  t === null || t === undefined ? { amount: '', unit: 'minutes' } : typeof t === 'number' ? { amount: String(t), unit: 'minutes' } : { amount: String(t.businessDays), unit: t.dueAt };

const draftOf = (p: Pick<SlaPolicy, 'name' | 'warningPercent' | 'warningBeforeMinutes' | 'targets'>): Draft => ({
  name: p.name,
  warnBy: p.warningBeforeMinutes ? 'before' : 'percent',
  warningPercent: String(p.warningPercent),
  warningBeforeMinutes: p.warningBeforeMinutes ? String(p.warningBeforeMinutes) : '60',
  targets: Object.fromEntries(PRIORITIES.map((pr) => {
    const t = p.targets[pr];
    return [pr, { firstResponse: targetDraft(t.firstResponse), nextReply: targetDraft(t.nextReply), resolution: targetDraft(t.resolution) }];
  })),
});

/** Amounts as typed become numbers; an empty next reply means none. The API judges the rest. */
function targetOf(t: TargetDraft): PolicyTarget {
  const n = t.amount.trim() === '' ? Number.NaN : Number(t.amount);
  return t.unit === 'minutes' ? n : { businessDays: n, dueAt: t.unit };
}

function targetsOf(d: Draft): PolicyTargets {
  return Object.fromEntries(PRIORITIES.map((pr) => {
    const t = d.targets[pr];
    return [pr, { firstResponse: targetOf(t.firstResponse), resolution: targetOf(t.resolution), ...(t.nextReply.amount.trim() ? { nextReply: targetOf(t.nextReply) } : {}) }];
  })) as PolicyTargets;
}

/** The warning as sent: a percentage clears any minutes; minutes leave the percentage as it was. */
function warningOf(d: Draft): { warningPercent: number; warningBeforeMinutes: null } | { warningBeforeMinutes: number } {
  return d.warnBy === 'percent' ? { warningPercent: Number(d.warningPercent), warningBeforeMinutes: null } : { warningBeforeMinutes: Number(d.warningBeforeMinutes) };
}

const whole = (t: PolicyTarget) => Number.isInteger(typeof t === 'number' ? t : t.businessDays);

export function PolicyEditor({ policyId, session }: { policyId: string; session: Session }) {
  const isNew = policyId === 'new';
  const loaded = useResource(async (signal) => {
    const [policy, calendars] = await Promise.all([isNew ? undefined : api<SlaPolicy>('GET', `/sla-policies/${encodeURIComponent(policyId)}`, undefined, { signal }), fetchCalendars(signal)]);
    return { policy, calendars };
  }, [policyId]);
  const [draft, setDraft] = useState<Draft>();
  useEffect(() => {
    if (loaded.data) setDraft(draftOf(loaded.data.policy ?? { name: '', warningPercent: 75, warningBeforeMinutes: null, targets: DEFAULTS }));
  }, [loaded.data]);
  useEffect(() => {
    document.title = `${isNew ? 'New SLA policy' : (loaded.data?.policy?.name ?? 'SLA policy')} · Switchboard`;
  }, [isNew, loaded.data]);
  const settled = useDebounced(draft);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [key] = useState(newIdempotencyKey);
  const manage = ['owner', 'admin', 'service_manager'].includes(session.user.role);

  if (!loaded.data || !draft) {
    return <div className="page setup-page">{loaded.error !== undefined ? <Notice>{(loaded.error as Error).message}</Notice> : <div className="loading-block"><Spinner label="Loading the policy" /></div>}</div>;
  }
  const saved = loaded.data.policy;
  const change = (next: Draft) => {
    setDone(false);
    setDraft(next);
  };
  const setTarget = (pr: string, clock: ClockKey, patch: Partial<TargetDraft>) =>
    change({ ...draft, targets: { ...draft.targets, [pr]: { ...draft.targets[pr], [clock]: { ...draft.targets[pr][clock], ...patch } } } });
  const errorAt = (...paths: string[]) => (error instanceof ApiError && paths.includes(error.field ?? '') ? error.message : undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { name: draft.name.trim(), ...warningOf(draft), targets: targetsOf(draft) };
      if (saved) {
        await api('PATCH', `/sla-policies/${encodeURIComponent(saved.id)}`, body);
        setDone(true);
        loaded.reload();
      } else {
        const created = await api<SlaPolicy>('POST', '/sla-policies', body, { idempotencyKey: key });
        navigate(`/sla/policies/${encodeURIComponent(created.id)}`, { replace: true });
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const shown = ['/name', '/warningPercent', '/warningBeforeMinutes', ...PRIORITIES.flatMap((pr) => CLOCKS.flatMap(([c]) => [`/targets/${pr}/${c}`, `/targets/${pr}/${c}/businessDays`, `/targets/${pr}/${c}/dueAt`]))];
  const general = formError(error, shown);
  const tryTargets = settled ? targetsOf(settled) : undefined;
  const tryable = tryTargets && PRIORITIES.every((pr) => whole(tryTargets[pr].firstResponse) && whole(tryTargets[pr].resolution));
  return (
    <div className="page setup-page policy-editor">
      <p className="breadcrumb">
        <Link to="/sla">Calendars and SLA policies</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{saved ? saved.name : 'New SLA policy'}</h1>
          <p className="muted page-sub">
            Targets in covered minutes or business days: the clock counts only the hours of the calendar that covers a ticket, and pauses while it waits on the client or a vendor. A business day is a date with covered hours in the calendar’s zone; “next business day, end of day” is due when the calendar closes on the day after the one the ticket starts on.
          </p>
        </div>
      </div>
      <div className="editor-grid">
        <form className="card editor-form" onSubmit={submit} noValidate>
          <fieldset disabled={!manage}>
            {general && <Notice>{general}</Notice>}
            <div className="form-row">
              <Field label="Name" error={errorAt('/name')}>
                <input type="text" required value={draft.name} onChange={(e) => change({ ...draft, name: e.target.value })} />
              </Field>
            </div>
            <div className="form-row warning-row">
              <Field label="Warn">
                <select value={draft.warnBy} onChange={(e) => change({ ...draft, warnBy: e.target.value as Draft['warnBy'] })}>
                  <option value="percent">at a share of the target</option>
                  <option value="before">before the due time</option>
                </select>
              </Field>
              {draft.warnBy === 'percent' ? (
                <Field label="Share of the target used (%)" error={errorAt('/warningPercent')}>
                  <input type="number" min={1} max={99} value={draft.warningPercent} onChange={(e) => change({ ...draft, warningPercent: e.target.value })} />
                </Field>
              ) : (
                <Field label="Covered minutes before due" error={errorAt('/warningBeforeMinutes')}>
                  <input type="number" min={1} value={draft.warningBeforeMinutes} onChange={(e) => change({ ...draft, warningBeforeMinutes: e.target.value })} />
                </Field>
              )}
            </div>
            <table className="targets-table">
              <caption className="visually-hidden">Targets per priority, in covered minutes or business days</caption>
              <thead>
                <tr>
                  <th scope="col">Priority</th>
                  {CLOCKS.map(([c, label]) => (
                    <th scope="col" key={c}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {PRIORITIES.map((pr) => (
                  <tr key={pr}>
                    <th scope="row">{pr}</th>
                    {CLOCKS.map(([c, label]) => {
                      const value = draft.targets[pr][c];
                      const err = errorAt(`/targets/${pr}/${c}`, `/targets/${pr}/${c}/businessDays`, `/targets/${pr}/${c}/dueAt`);
                      const amount = Number(value.amount);
                      const hint = value.amount.trim() === '' || !Number.isInteger(amount) ? '' : value.unit === 'minutes' ? (amount > 0 ? formatMinutes(amount) : '') : targetWords({ businessDays: amount, dueAt: value.unit });
                      return (
                        <td key={c} className="target-cell">
                          <input
                            type="text"
                            inputMode="numeric"
                            aria-label={`${pr} ${label}`}
                            aria-invalid={err ? true : undefined}
                            placeholder={c === 'nextReply' ? 'none' : undefined}
                            value={value.amount}
                            onChange={(e) => setTarget(pr, c, { amount: e.target.value })}
                          />
                          <select aria-label={`${pr} ${label} unit`} value={value.unit} onChange={(e) => setTarget(pr, c, { unit: e.target.value as Unit })}>
                            {UNITS.map(([unit, text]) => (
                              <option key={unit} value={unit}>
                                {text}
                              </option>
                            ))}
                          </select>
                          {err ? <span className="field-error">{err}</span> : hint && <span className="muted small">{hint}</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="form-actions">
              {done && <span className="save-done" role="status">Saved. Open tickets’ due times follow.</span>}
              {manage ? (
                <button className="button primary" type="submit" disabled={busy}>
                  {busy ? 'Saving…' : saved ? 'Save policy' : 'Create policy'}
                </button>
              ) : (
                <span className="muted small">Only an owner, admin or service manager can change SLA policies.</span>
              )}
            </div>
            {saved && manage && <p className="muted small">Saving recomputes the SLA clocks of the open tickets of every client whose active contract uses this policy.</p>}
          </fieldset>
        </form>
        <div className="editor-side">
          {tryable ? (
            <TryIt policy={{ targets: tryTargets, ...(settled!.warnBy === 'percent' ? { warningPercent: Number(settled!.warningPercent) || 75 } : { warningBeforeMinutes: Number(settled!.warningBeforeMinutes) || null }) }} calendars={loaded.data.calendars} />
          ) : (
            <p className="muted">Fill in whole minutes or business days for every first response and resolution to try the policy.</p>
          )}
        </div>
      </div>
    </div>
  );
}
