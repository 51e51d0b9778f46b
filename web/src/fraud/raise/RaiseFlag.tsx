/**
 * Raising a verify-by-phone flag by hand, from the ticket's menu: for a request that came another
 * way — a phone call asking to change payment details is the same risk as an email.
 */
import { useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { Field, Notice } from '../../platform/ui';
import '../fraud.css';

interface Props {
  ticketId: string;
  /** Who the ticket is from, the purported sender unless another is named. */
  contactName: string | null;
  onRaised: () => void;
}

export function RaiseFlag({ ticketId, contactName, onRaised }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [key, setKey] = useState(newIdempotencyKey);

  const open = () => {
    setError(undefined);
    dialog.current?.showModal();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const sender = name.trim() ? { purportedSender: { name: name.trim() } } : {};
      await api('POST', `/tickets/${encodeURIComponent(ticketId)}/fraud-flags`, { reason, ...sender }, { idempotencyKey: key });
      dialog.current?.close();
      setReason('');
      setName('');
      setKey(newIdempotencyKey());
      onRaised();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" role="menuitem" className="menu-item" onClick={open}>
        Flag: verify by phone…
      </button>
      {/* Outside the menu, which hides when an item is chosen. */}
      {createPortal(
      <dialog ref={dialog} className="raise-flag-dialog" aria-labelledby={`raise-${ticketId}`}>
        <form onSubmit={(e) => void submit(e)}>
          <h2 id={`raise-${ticketId}`}>Flag this ticket: verify by phone</h2>
          <p className="muted">The ticket cannot be resolved until someone calls the person back on a number on file and logs how the call ended.</p>
          <Field label="What happened" error={fieldError(error, '/reason')}>
            <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2000} placeholder="The caller asked to change the bank account for supplier payments" />
          </Field>
          <Field label="Who they claimed to be" hint={contactName ? `Left empty: ${contactName}, the ticket’s contact.` : 'Their name as they gave it.'} error={fieldError(error, '/purportedSender/name', '/purportedSender')}>
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
          </Field>
          {formError(error, ['/reason', '/purportedSender/name', '/purportedSender']) && <Notice>{formError(error, ['/reason', '/purportedSender/name', '/purportedSender'])}</Notice>}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" className="button danger" disabled={busy || !reason.trim()}>
              {busy ? 'Flagging…' : 'Flag the ticket'}
            </button>
          </div>
        </form>
      </dialog>,
        document.body,
      )}
    </>
  );
}
