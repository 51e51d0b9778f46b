/**
 * Logging a call-back: how it ended, which number was called — one on file, or one the
 * technician found elsewhere and says where (never one from the message) — and a note. The
 * caller and the time are whoever logs it, now.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError } from '../../platform/api';
import { Field, Notice } from '../../platform/ui';
import { OUTCOME_HINT, OUTCOME_LABEL, type FraudFlag, type Outcome } from '../fraud-types';

const ELSEWHERE = 'elsewhere';
const OUTCOMES: Outcome[] = ['verified', 'fraud', 'not_reachable'];

/** Every number on file the panel offers, as "label — number" choices. */
function choices(flag: FraudFlag): { value: string; label: string }[] {
  const { people, mainNumber } = flag.callBack;
  const list = people.flatMap((p) => p.phones.map((phone) => ({ value: phone.number, label: `${p.name} — ${phone.number}${phone.extension ? ` ext. ${phone.extension}` : ''}` })));
  if (mainNumber) list.push({ value: mainNumber.number, label: `${mainNumber.organizationName} main number — ${mainNumber.number}` });
  return list.filter((c, i) => list.findIndex((d) => d.value === c.value) === i);
}

export function CallOutcomeForm({ ticketId, flag, onLogged }: { ticketId: string; flag: FraudFlag; onLogged: () => void }) {
  const onFile = choices(flag);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [choice, setChoice] = useState(onFile[0]?.value ?? ELSEWHERE);
  const [typed, setTyped] = useState('');
  const [whereFound, setWhereFound] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const elsewhere = choice === ELSEWHERE;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!outcome || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const number = elsewhere ? typed : choice;
      await api('POST', `/tickets/${encodeURIComponent(ticketId)}/fraud-flags/${encodeURIComponent(flag.id)}/call`, { outcome, number, ...(elsewhere ? { whereFound } : {}), ...(note.trim() ? { note } : {}) });
      onLogged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const id = `call-${flag.id}`;
  const general = formError(error, ['/number', '/whereFound', '/note']);
  return (
    <form className="call-outcome" onSubmit={(e) => void submit(e)} aria-label="Log the call-back">
      <h3 className="verify-subtitle">Log the call-back</h3>
      <fieldset className="outcome-choices">
        <legend>How did the call end?</legend>
        {OUTCOMES.map((o) => (
          <label key={o} className={`outcome-choice outcome-${o}${outcome === o ? ' is-chosen' : ''}`}>
            <input type="radio" name={`${id}-outcome`} value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
            <span>
              <strong>{OUTCOME_LABEL[o]}</strong> <span className="muted small">{OUTCOME_HINT[o]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Field label="Number called" error={elsewhere ? undefined : fieldError(error, '/number', '/whereFound')}>
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          {onFile.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
          <option value={ELSEWHERE}>Another number, found elsewhere…</option>
        </select>
      </Field>
      {elsewhere && (
        <div className="call-elsewhere">
          <Field label="The number you called" error={fieldError(error, '/number')}>
            <input type="tel" value={typed} onChange={(e) => setTyped(e.target.value)} required autoComplete="off" />
          </Field>
          <Field label="Where you found it" hint="A source you already trust: their website, a contract, an earlier invoice. Never a number from the message." error={fieldError(error, '/whereFound')}>
            <input type="text" value={whereFound} onChange={(e) => setWhereFound(e.target.value)} required maxLength={500} />
          </Field>
        </div>
      )}
      <Field label="Note" error={fieldError(error, '/note')}>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} placeholder="What they said" />
      </Field>
      {general && <Notice>{general}</Notice>}
      <button type="submit" className="button primary" disabled={!outcome || busy}>
        {busy ? 'Logging…' : 'Log the call-back'}
      </button>
    </form>
  );
}
