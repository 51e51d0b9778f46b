/**
 * The ladder builder: which tickets start it, its steps (delays, who to page, acknowledgement),
 * repeats, and beside it who each step would page now. Saving shows the API's field errors in
 * place; turning off or deleting says what happens to tickets already climbing it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { ConfirmDialog } from '../../platform/dialog';
import { useDirectory } from '../../platform/directory';
import { Link, navigate } from '../../platform/router';
import { PRIORITIES, type EscalationPolicy, type EscalationPolicyBody } from '../../platform/types';
import { Field, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { TRIGGER_LABEL, type Match, type Repeat, type Step } from './policy-words';
import { PreviewPanel } from './PreviewPanel';
import { StepsEditor } from './StepsEditor';
import { useTargetNames } from './use-target-names';
import '../../platform/setup.css';
import './policies.css';

interface Draft {
  name: string;
  active: boolean;
  match: Match;
  steps: Step[];
  repeat: Repeat;
}

const NEW_STEP: Step = { delayMinutes: 15, delayKind: 'business', from: 'trigger', targets: [], requiresAck: true };
const EMPTY: Draft = { name: '', active: true, match: { trigger: 'created', businessCritical: true }, steps: [{ ...NEW_STEP }], repeat: { times: 0, fromStep: 1 } };
const STEP_FIELDS = /^\/steps\/\d+/;

/** `created`: the policy was created a moment ago (the page opened from the builder's first save). */
export function PolicyBuilderPage({ policyId, canEdit, created = false }: { policyId: string | null; canEdit: boolean; created?: boolean }) {
  const loaded = useResource(policyId ? (signal) => api<EscalationPolicy>('GET', `/escalation-policies/${encodeURIComponent(policyId)}`, undefined, { signal }) : null, [policyId]);
  const [draft, setDraft] = useState<Draft | null>(policyId ? null : EMPTY);
  useEffect(() => {
    const p = loaded.data;
    if (p) setDraft({ name: p.name, active: p.active, match: p.match, steps: p.steps, repeat: p.repeat });
  }, [loaded.data]);
  useEffect(() => {
    document.title = `${policyId ? 'Escalation policy' : 'New escalation policy'} · Switchboard`;
  }, [policyId]);

  if (loaded.error !== undefined && !draft) return <Notice>{(loaded.error as Error).message}</Notice>;
  if (!draft) return <div className="loading-block"><Spinner label="Loading the policy" /></div>;
  return <Builder key={policyId ?? 'new'} policy={loaded.data ?? null} initial={draft} canEdit={canEdit} created={created} />;
}

function Builder({ policy, initial, canEdit, created }: { policy: EscalationPolicy | null; initial: Draft; canEdit: boolean; created: boolean }) {
  const directory = useDirectory();
  const names = useTargetNames();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(created);
  const [confirm, setConfirm] = useState<'delete' | 'off' | null>(null);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const set = (change: Partial<Draft>) => (setDraft((d) => ({ ...d, ...change })), setSaved(false));
  const setMatch = (change: Partial<Match>) => set({ match: { ...draft.match, ...change } });
  const disabled = !canEdit || busy;

  const body = (): EscalationPolicyBody => ({ name: draft.name, active: draft.active, match: draft.match, steps: draft.steps, repeat: draft.repeat });
  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (policy) await api('PATCH', `/escalation-policies/${encodeURIComponent(policy.id)}`, body());
      else {
        const created = await api<EscalationPolicy>('POST', '/escalation-policies', body(), { idempotencyKey });
        navigate(`/setup/escalation/${encodeURIComponent(created.id)}?created=1`, { replace: true });
      }
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  // Both run from the confirmation, which shows a refusal in place.
  const remove = async () => {
    await api('DELETE', `/escalation-policies/${encodeURIComponent(policy!.id)}`);
    navigate('/setup/escalation');
  };
  const turnOff = async () => {
    await api('PATCH', `/escalation-policies/${encodeURIComponent(policy!.id)}`, { active: false });
    setDraft((d) => ({ ...d, active: false }));
    setSaved(true);
  };

  const shown = ['/name', '/match/trigger', '/match/priorities', '/repeat', '/repeat/fromStep', '/repeat/times'];
  const general = formError(error, shown);
  const running = policy?.runningLadders ?? 0;
  const climbing = running === 1 ? 'One ticket is climbing this ladder now' : `${running} tickets are climbing this ladder now`;
  const togglePriority = (p: (typeof PRIORITIES)[number]) => {
    const now = draft.match.priorities ?? [];
    setMatch({ priorities: now.includes(p) ? now.filter((x) => x !== p) : PRIORITIES.filter((x) => x === p || now.includes(x)) });
  };
  const repeatMode = draft.repeat.times === 0 ? 'none' : draft.repeat.times === null ? 'forever' : 'times';

  return (
    <div className="page setup-page">
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <Link to="/setup/escalation">Escalation policies</Link>
          </p>
          <h1>{policy ? policy.name : 'New escalation policy'}</h1>
          {policy && <p className="muted page-sub">Version {policy.version}. {running > 0 ? `${climbing}; it keeps the version it started with.` : 'No ticket is climbing it now.'}</p>}
        </div>
      </div>
      {!canEdit && <Notice kind="info">Only an owner, admin or service manager changes escalation policies.</Notice>}
      <div className="builder-grid">
        <form className="builder-form" onSubmit={save} noValidate aria-label="Escalation policy">
          {general && !(error as { field?: string })?.field?.match(STEP_FIELDS) && <Notice>{general}</Notice>}
          <section className="card builder-section">
            <Field label="Name" error={fieldError(error, '/name')}>
              <input type="text" value={draft.name} onChange={(e) => set({ name: e.target.value })} disabled={disabled} required placeholder="Business-critical to the CEO" />
            </Field>
            <Field label="Starts" error={fieldError(error, '/match/trigger')}>
              <select value={draft.match.trigger} onChange={(e) => setMatch({ trigger: e.target.value as Match['trigger'] })} disabled={disabled}>
                {Object.entries(TRIGGER_LABEL).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
            <fieldset className="field">
              <legend>For tickets of priority</legend>
              <div className="check-row">
                {PRIORITIES.map((p) => (
                  <label key={p} className="check">
                    <input type="checkbox" checked={draft.match.priorities?.includes(p) ?? false} onChange={() => togglePriority(p)} disabled={disabled} />
                    <span>{p}</span>
                  </label>
                ))}
              </div>
              <p className="field-hint">None ticked: any priority.</p>
            </fieldset>
            <div className="form-row">
              <Field label="Business-critical">
                <select value={draft.match.businessCritical === undefined ? 'any' : String(draft.match.businessCritical)} onChange={(e) => setMatch({ businessCritical: e.target.value === 'any' ? undefined : e.target.value === 'true' })} disabled={disabled}>
                  <option value="any">Any ticket</option>
                  <option value="true">Only business-critical tickets</option>
                  <option value="false">Only tickets not business-critical</option>
                </select>
              </Field>
              <Field label="Contracts" hint="Hold Ctrl or ⌘ to pick several; none picked: every client." error={fieldError(error, '/match/contractIds')}>
                <select multiple value={draft.match.contractIds ?? []} onChange={(e) => setMatch({ contractIds: [...e.target.selectedOptions].map((o) => o.value) })} disabled={disabled} size={Math.min(4, Math.max(2, names.contracts.length))}>
                  {names.contracts.map((c) => (
                    <option key={c.id} value={c.id}>
                      {names.contract(c.id)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </section>
          <h2 className="builder-title">Steps</h2>
          <StepsEditor steps={draft.steps} onChange={(steps) => set({ steps, repeat: { ...draft.repeat, fromStep: Math.min(draft.repeat.fromStep, Math.max(1, steps.length)) } })} names={names} staff={directory.staff} error={error} disabled={disabled} />
          {draft.steps.length < 20 && (
            <button type="button" className="button" onClick={() => set({ steps: [...draft.steps, { ...NEW_STEP, delayMinutes: (draft.steps.at(-1)?.delayMinutes ?? 0) + 15 }] })} disabled={disabled}>
              Add a step
            </button>
          )}
          <section className="card builder-section builder-repeat">
            <div className="form-row">
              <Field label="When the last step has paged" error={fieldError(error, '/repeat', '/repeat/times')}>
                <select value={repeatMode} onChange={(e) => set({ repeat: { ...draft.repeat, times: e.target.value === 'none' ? 0 : e.target.value === 'forever' ? null : 1 } })} disabled={disabled}>
                  <option value="none">Stop (it stays open until acknowledged)</option>
                  <option value="times">Repeat a number of times</option>
                  <option value="forever">Repeat until acknowledged or resolved</option>
                </select>
              </Field>
              {repeatMode !== 'none' && (
                <Field label="Repeat from step" error={fieldError(error, '/repeat/fromStep')}>
                  <select value={draft.repeat.fromStep} onChange={(e) => set({ repeat: { ...draft.repeat, fromStep: Number(e.target.value) } })} disabled={disabled}>
                    {draft.steps.map((_, i) => (
                      <option key={i} value={i + 1}>
                        Step {i + 1}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
            </div>
            {repeatMode === 'times' && (
              <Field label="Extra rounds">
                <input type="number" min={1} max={100} value={draft.repeat.times ?? 1} onChange={(e) => set({ repeat: { ...draft.repeat, times: Math.max(1, Math.round(Number(e.target.value) || 1)) } })} disabled={disabled} />
              </Field>
            )}
            <label className="check">
              <input type="checkbox" checked={draft.active} onChange={(e) => set({ active: e.target.checked })} disabled={disabled} />
              <span>On: new matching tickets start this ladder</span>
            </label>
          </section>
          {canEdit && (
            <div className="form-actions builder-actions">
              {policy && (
                <>
                  <button type="button" className="button ghost danger-text" onClick={() => setConfirm('delete')} disabled={busy}>
                    Delete policy
                  </button>
                  {policy.active && draft.active && (
                    <button type="button" className="button" onClick={() => setConfirm('off')} disabled={busy}>
                      Turn off
                    </button>
                  )}
                </>
              )}
              {saved && <span className="saved-note" role="status">Saved</span>}
              <button type="submit" className="button primary" disabled={busy}>
                {busy ? 'Saving…' : policy ? 'Save changes' : 'Create policy'}
              </button>
            </div>
          )}
        </form>
        <PreviewPanel steps={draft.steps} names={names} />
      </div>
      {confirm && policy && (
        <ConfirmDialog
          title={confirm === 'delete' ? `Delete “${policy.name}”?` : `Turn off “${policy.name}”?`}
          confirmLabel={confirm === 'delete' ? 'Delete policy' : 'Turn off'}
          onConfirm={confirm === 'delete' ? remove : turnOff}
          onClose={() => setConfirm(null)}
          consequences={
            <>
              <p>New tickets will no longer start this ladder.</p>
              <p>{running > 0 ? `${climbing}: ${running === 1 ? 'it keeps' : 'they keep'} climbing the version ${running === 1 ? 'it' : 'they'} started with, and paging, until acknowledged or resolved.` : 'No ticket is climbing it now, so no page is withdrawn.'}</p>
              {confirm === 'delete' && <p>The policy itself is gone for good; tickets keep the record of every page it sent.</p>}
            </>
          }
        />
      )}
    </div>
  );
}

