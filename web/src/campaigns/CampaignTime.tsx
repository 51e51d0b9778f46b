/**
 * Time on a campaign's people: logging a person's time (minutes, work type, note, optionally the
 * step), which goes on the person's one campaign ticket and is priced by the client's contract; and
 * waiving the campaign's chargeable time as goodwill in one go (the client's account manager,
 * owners and admins), with what was waived.
 */
import { useState } from 'react';
import { formError } from '../platform/api';
import { Dialog } from '../platform/dialog';
import { useSession } from '../platform/session';
import { Field, Notice } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { CLASSIFICATION_LABELS, formatHours, formatMoney } from '../platform/money';
import { fetchAccountManager, fetchWorkTypes, logPersonTime, waiveCampaign, type CampaignPerson } from './campaigns-api';

/** A person's logged time, by classification, with the reason the latest entry was classified so. */
export function PersonTime({ person }: { person: CampaignPerson }) {
  const t = person.time;
  if (t.minutes === 0) return <span className="muted">—</span>;
  return (
    <span className="campaign-time-figures">
      {t.byClassification.map((c) => `${formatHours(c.minutes)} ${CLASSIFICATION_LABELS[c.classification].toLowerCase()}`).join(', ')}
      {t.reason && <span className="muted small campaign-time-reason"> ({t.reason})</span>}
    </span>
  );
}

export function LogTimeDialog({ person, organizationId, steps, onClose, onSaved }: { person: CampaignPerson; organizationId: string; steps: { position: number; title: string }[]; onClose: () => void; onSaved: () => void }) {
  const types = useResource((signal) => fetchWorkTypes(organizationId, signal), [organizationId]);
  const workTypes = types.data ?? [{ key: 'support', name: 'Support' }];
  const [minutes, setMinutes] = useState('');
  const [workType, setWorkType] = useState('');
  const [position, setPosition] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const save = async () => {
    try {
      await logPersonTime(person.id, { minutes: Number(minutes), ...(workType ? { workType } : {}), ...(position ? { position: Number(position) } : {}), ...(note.trim() ? { note } : {}) });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Dialog title={`Log time: ${person.name}`} onClose={onClose}>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        {error !== undefined && <Notice>{formError(error, [])}</Notice>}
        <Field label="Minutes">
          <input data-autofocus type="number" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} required />
        </Field>
        <Field label="Step">
          <select value={position} onChange={(e) => setPosition(e.target.value)}>
            <option value="">Any step</option>
            {steps.map((s) => <option key={s.position} value={s.position}>{s.position}. {s.title}</option>)}
          </select>
        </Field>
        <Field label="Work type">
          <select value={workType} onChange={(e) => setWorkType(e.target.value)}>
            <option value="">The step’s (else support)</option>
            {workTypes.map((w) => <option key={w.key} value={w.key}>{w.name}</option>)}
          </select>
        </Field>
        <Field label="Note">
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
        </Field>
        <p className="muted small">The time goes on {person.name}’s campaign ticket; the client’s contract decides whether it is covered or chargeable.</p>
        <div className="form-actions">
          <button type="submit" className="button primary">Log time</button>
        </div>
      </form>
    </Dialog>
  );
}

/** Waive the campaign's chargeable time as goodwill: shown to the client's account manager, owners and admins. */
export function WaiveCampaignTime({ campaignId, organizationId, onWaived }: { campaignId: string; organizationId: string; onWaived: () => void }) {
  const session = useSession();
  const manager = useResource((signal) => fetchAccountManager(organizationId, signal), [organizationId]);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<{ waived: number; minutes: number; value: string }>();
  const role = session.user.role;
  if (!(role === 'owner' || role === 'admin' || (manager.data !== undefined && manager.data === session.user.id))) return null;
  const waive = async () => {
    setError(undefined);
    try {
      const r = await waiveCampaign(campaignId, reason);
      const currency = r.items[0]?.currency ?? 'USD';
      setDone({ waived: r.waived, minutes: r.items.reduce((n, e) => n + e.billedMinutes, 0), value: formatMoney(r.items.reduce((n, e) => n + e.valueMinor, 0), currency) });
      setReason('');
      onWaived();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card campaign-card" aria-label="Goodwill for the campaign">
      <h2 className="card-title">Waive campaign time as goodwill</h2>
      <form className="campaign-toolbar" onSubmit={(e) => { e.preventDefault(); void waive(); }}>
        <Field label="Reason" error={error !== undefined ? formError(error, []) : undefined}>
          <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
        </Field>
        <button type="submit" className="button">Waive campaign time as goodwill</button>
      </form>
      {done && <p role="status">{done.waived} {done.waived === 1 ? 'entry' : 'entries'} waived ({formatHours(done.minutes)}), worth {done.value}; the client’s goodwill ledger shows them under the reason.</p>}
      <p className="muted small">Every chargeable, uninvoiced entry on the campaign’s people’s tickets, in one go.</p>
    </section>
  );
}
