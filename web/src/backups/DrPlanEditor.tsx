/** A client's DR plan: RTO, who decides (a contact), the fallback for each vendor dependency, when it was last reviewed. */
import { useEffect, useState, type FormEvent } from 'react';
import { fieldError, formError } from '../platform/api';
import { Field } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { contacts, drPlan, saveDrPlan, type DrPlan } from './backups-api';

export function DrPlanEditor({ organizationId, onSaved }: { organizationId: string; onSaved: () => void }) {
  const plan = useResource((signal) => drPlan(organizationId, signal), [organizationId]);
  const people = useResource((signal) => contacts(organizationId, signal), [organizationId]);
  const [draft, setDraft] = useState<DrPlan>();
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(plan.data), [plan.data]);
  if (!draft) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    try {
      const next = await saveDrPlan(organizationId, {
        rtoHours: draft.rtoHours, deciderContactId: draft.deciderContactId, notes: draft.notes, lastReviewedOn: draft.lastReviewedOn, version: draft.version,
        fallbacks: draft.fallbacks.map((f) => ({ dependencyId: f.dependencyId, fallback: f.fallback })),
      });
      setDraft(next);
      setSaved(true);
      onSaved();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form className="dr-plan" onSubmit={(e) => void submit(e)} aria-labelledby="dr-plan-title">
      <h3 id="dr-plan-title" className="backups-heading">
        DR plan {draft.version === 0 && <span className="muted small">(none yet)</span>}
      </h3>
      <div className="backups-form">
        <Field label="RTO (hours)" error={fieldError(error, '/rtoHours')}>
          <input type="number" min={1} value={draft.rtoHours || ''} onChange={(e) => setDraft({ ...draft, rtoHours: Number(e.target.value) })} required />
        </Field>
        <Field label="Who decides" error={fieldError(error, '/deciderContactId')}>
          <select value={draft.deciderContactId ?? ''} onChange={(e) => setDraft({ ...draft, deciderContactId: e.target.value || null })}>
            <option value="">Nobody named</option>
            {(people.data?.items ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Last reviewed" error={fieldError(error, '/lastReviewedOn')}>
          <input type="date" value={draft.lastReviewedOn ?? ''} onChange={(e) => setDraft({ ...draft, lastReviewedOn: e.target.value || null })} />
        </Field>
      </div>
      {draft.fallbacks.length > 0 && (
        <table className="backups-jobs">
          <thead>
            <tr>
              <th scope="col">Vendor dependency</th>
              <th scope="col">Fallback</th>
            </tr>
          </thead>
          <tbody>
            {draft.fallbacks.map((f, i) => (
              <tr key={f.dependencyId}>
                <td>
                  {f.dependency} <span className="muted small">{f.criticality}</span>
                </td>
                <td>
                  <input aria-label={`Fallback for ${f.dependency}`} value={f.fallback} onChange={(e) => setDraft({ ...draft, fallbacks: draft.fallbacks.map((x, j) => (j === i ? { ...x, fallback: e.target.value } : x)) })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Field label="Notes">
        <textarea rows={2} value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} />
      </Field>
      <button type="submit" className="button small primary">
        Save DR plan
      </button>
      {saved && <span className="muted small"> Saved.</span>}
      {error !== undefined && <p className="field-error small">{formError(error, ['/rtoHours', '/deciderContactId', '/lastReviewedOn'])}</p>}
    </form>
  );
}
