/**
 * After a confirmed fraud: warn the client's users with a banner in their portal, in words the
 * technician can edit (the API suggests a first wording from what the message asked for); reword
 * or end it later.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { Field, Notice } from '../../platform/ui';
import type { FraudFlag } from '../fraud-types';

export function WarnClient({ flag, onChanged }: { flag: FraudFlag; onChanged: () => void }) {
  const running = flag.warnings.find((w) => w.active);
  const [text, setText] = useState(running?.text ?? flag.suggestedWarning);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const send = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
      setEditing(false);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const publish = (event: FormEvent) => {
    event.preventDefault();
    void send(() => (running ? api('PATCH', `/fraud-warnings/${running.id}`, { text }) : api('POST', '/fraud-warnings', { flagId: flag.id, text }, { idempotencyKey: newIdempotencyKey() })));
  };

  if (running && !editing) {
    return (
      <div className="warn-client is-running">
        <h3 className="verify-subtitle">Warning shown to the client’s users</h3>
        <blockquote className="warn-text">{running.text}</blockquote>
        <div className="warn-actions">
          <button type="button" className="button small" onClick={() => setEditing(true)}>
            Change the text
          </button>
          <button type="button" className="button small" disabled={busy} onClick={() => void send(() => api('PATCH', `/fraud-warnings/${running.id}`, { active: false }))}>
            End the warning
          </button>
        </div>
        {formError(error, []) && <Notice>{formError(error, [])}</Notice>}
      </div>
    );
  }
  return (
    <form className="warn-client" onSubmit={publish} aria-label="Warn the client’s users">
      <h3 className="verify-subtitle">Warn the client’s users</h3>
      <Field label="Warning to their people" hint="Shown on every page of their portal until you end it, and emailed once to each of their contacts on file when you publish it (if a mailbox sends)." error={fieldError(error, '/text')}>
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} maxLength={500} required />
      </Field>
      {formError(error, ['/text']) && <Notice>{formError(error, ['/text'])}</Notice>}
      <button type="submit" className="button danger" disabled={busy || !text.trim()}>
        {running ? 'Save the text' : 'Show the warning'}
      </button>
    </form>
  );
}
