/**
 * An SLA policy: targets per priority in covered minutes (first response, next reply, resolution)
 * and when to warn, with "try it" against a calendar. Saving moves the due times of open tickets
 * under contracts using the policy.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, formError, newIdempotencyKey } from '../../platform/api';
import { formatMinutes } from '../../platform/format';
import { Link, navigate } from '../../platform/router';
import type { Session } from '../../platform/session';
import { PRIORITIES, type PolicyTargets, type SlaPolicy } from '../../platform/types';
import { Field, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { fetchCalendars } from '../sla-api';
import { TryIt } from '../TryIt';
import { useDebounced } from '../use-debounced';
import '../sla.css';

type Draft = { name: string; warningPercent: number; targets: Record<string, { firstResponse: string; nextReply: string; resolution: string }> };
const CLOCKS = [
  ['firstResponse', 'First response'],
  ['nextReply', 'Next reply'],
  ['resolution', 'Resolution'],
] as const;
const DEFAULTS: PolicyTargets = { P1: { firstResponse: 15, resolution: 240 }, P2: { firstResponse: 60, nextReply: 240, resolution: 480 }, P3: { firstResponse: 240, resolution: 1440 }, P4: { firstResponse: 480, resolution: 2880 } };

const draftOf = (p: Pick<SlaPolicy, 'name' | 'warningPercent' | 'targets'>): Draft => ({
  name: p.name,
  warningPercent: p.warningPercent,
  targets: Object.fromEntries(PRIORITIES.map((pr) => {
    const t = p.targets[pr];
    return [pr, { firstResponse: String(t.firstResponse), nextReply: t.nextReply ? String(t.nextReply) : '', resolution: String(t.resolution) }];
  })),
});

/** Minutes as typed become numbers; an empty next reply means none. The API judges the rest. */
function targetsOf(d: Draft): PolicyTargets {
  const n = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return Object.fromEntries(PRIORITIES.map((pr) => {
    const t = d.targets[pr];
    return [pr, { firstResponse: n(t.firstResponse), resolution: n(t.resolution), ...(t.nextReply.trim() ? { nextReply: n(t.nextReply) } : {}) }];
  })) as PolicyTargets;
}

export function PolicyEditor({ policyId, session }: { policyId: string; session: Session }) {
  const isNew = policyId === 'new';
  const loaded = useResource(async (signal) => {
    const [policy, calendars] = await Promise.all([isNew ? undefined : api<SlaPolicy>('GET', `/sla-policies/${encodeURIComponent(policyId)}`, undefined, { signal }), fetchCalendars(signal)]);
    return { policy, calendars };
  }, [policyId]);
  const [draft, setDraft] = useState<Draft>();
  useEffect(() => {
    if (loaded.data) setDraft(draftOf(loaded.data.policy ?? { name: '', warningPercent: 75, targets: DEFAULTS }));
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
  const setTarget = (pr: string, clock: string, value: string) => change({ ...draft, targets: { ...draft.targets, [pr]: { ...draft.targets[pr], [clock]: value } } });
  const errorAt = (path: string) => (error instanceof ApiError && error.field === path ? error.message : undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { name: draft.name.trim(), warningPercent: Number(draft.warningPercent), targets: targetsOf(draft) };
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
  const shown = ['/name', '/warningPercent', ...PRIORITIES.flatMap((pr) => CLOCKS.map(([c]) => `/targets/${pr}/${c}`))];
  const general = formError(error, shown);
  const tryTargets = settled ? targetsOf(settled) : undefined;
  const tryable = tryTargets && PRIORITIES.every((pr) => Number.isInteger(tryTargets[pr].firstResponse) && Number.isInteger(tryTargets[pr].resolution));
  return (
    <div className="page setup-page policy-editor">
      <p className="breadcrumb">
        <Link to="/sla">Calendars and SLA policies</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{saved ? saved.name : 'New SLA policy'}</h1>
          <p className="muted page-sub">Targets in covered minutes: the clock counts only the hours of the calendar that covers a ticket, and pauses while it waits on the client or a vendor.</p>
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
              <Field label="Warn when this share of a target is used (%)" error={errorAt('/warningPercent')}>
                <input type="number" min={1} max={99} value={draft.warningPercent} onChange={(e) => change({ ...draft, warningPercent: Number(e.target.value) })} />
              </Field>
            </div>
            <table className="targets-table">
              <caption className="visually-hidden">Targets per priority, in covered minutes</caption>
              <thead>
                <tr>
                  <th scope="col">Priority</th>
                  {CLOCKS.map(([c, label]) => (
                    <th scope="col" key={c}>
                      {label} (min)
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
                      const err = errorAt(`/targets/${pr}/${c}`);
                      return (
                        <td key={c}>
                          <input
                            type="text"
                            inputMode="numeric"
                            aria-label={`${pr} ${label} in covered minutes`}
                            aria-invalid={err ? true : undefined}
                            placeholder={c === 'nextReply' ? 'none' : undefined}
                            value={value}
                            onChange={(e) => setTarget(pr, c, e.target.value)}
                          />
                          {err ? <span className="field-error">{err}</span> : value && Number(value) > 0 && <span className="muted small">{formatMinutes(Number(value))}</span>}
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
            <TryIt policy={{ targets: tryTargets, warningPercent: Number(settled!.warningPercent) || 75 }} calendars={loaded.data.calendars} />
          ) : (
            <p className="muted">Fill in whole minutes for every first response and resolution to try the policy.</p>
          )}
        </div>
      </div>
    </div>
  );
}
