/**
 * Modal dialogs: forms in a dialog and the confirmation of destructive actions, for every screen.
 * Escape closes, the focus moves in on opening, stays inside while open (Tab cycles), and returns
 * where it was; a click outside closes. Dialogs are narrow (confirmations, short forms) unless `wide`.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Notice } from './ui';

/** Dialogs open now, the topmost last: keys go to it alone. */
const openDialogs: object[] = [];

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Room for a long form (the default is narrow). */
  wide?: boolean;
  /** A line under the title. */
  lead?: ReactNode;
  /** `alertdialog` for a question that interrupts (a confirmation), with the element that says what it asks. */
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
}

export function Dialog({ title, onClose, children, wide = false, lead, role = 'dialog', describedBy }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  // Once, on opening: re-renders while typing (or live updates) must not move the focus.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const box = ref.current!;
    const me = {};
    openDialogs.push(me);
    // The marked control, else the first one of the content (not the Cancel button of the head).
    const first = box.querySelector<HTMLElement>('[data-autofocus]') ?? box.querySelector('.dialog-body')?.querySelector<HTMLElement>(FOCUSABLE) ?? box.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    // On the window, not the box: a button disabled while its request runs drops the focus to the
    // page, and Escape must still close. Only the topmost dialog answers.
    const onKey = (event: KeyboardEvent) => {
      if (openDialogs[openDialogs.length - 1] !== me) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        close.current();
      } else if (event.key === 'Tab') {
        const items = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)];
        if (items.length === 0) return;
        const [head, tail] = [items[0], items[items.length - 1]];
        const inside = box.contains(document.activeElement);
        if (!inside || (event.shiftKey && document.activeElement === head)) {
          event.preventDefault();
          (event.shiftKey ? tail : head).focus();
        } else if (!event.shiftKey && document.activeElement === tail) {
          event.preventDefault();
          head.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      openDialogs.splice(openDialogs.indexOf(me), 1);
      before?.focus?.();
    };
  }, []);
  // Into the body, so the dialog never inherits the colours or clipping of where it was opened. The
  // box takes the focus of a click on its text, so the focus stays within.
  return createPortal(
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} tabIndex={-1} className={`dialog${wide ? '' : ' dialog-narrow'}`} role={role} aria-modal="true" aria-labelledby={titleId} aria-describedby={describedBy}>
        <div className="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
        </div>
        {lead && <div className="muted small dialog-lead">{lead}</div>}
        <div className="dialog-body">{children}</div>
      </div>
    </div>,
    document.body,
  );
}

interface ConfirmProps {
  title: string;
  /** What happens, in plain words: to existing tickets first, then pages, people, stored data. */
  consequences: ReactNode;
  confirmLabel: string;
  /** A destructive action (the default) has the danger colour. */
  danger?: boolean;
  /** The action: a request, or a change to a draft. The dialog closes when it is done. */
  onConfirm: () => unknown;
  onClose: () => void;
}

/**
 * Asks before a destructive action, saying what happens to what exists. The focus starts on
 * "Keep it", so Enter right away changes nothing; an error the action throws stays in the dialog.
 */
export function ConfirmDialog({ title, consequences, confirmLabel, danger = true, onConfirm, onClose }: ConfirmProps) {
  const consequencesId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  return (
    <Dialog title={title} onClose={onClose} role="alertdialog" describedBy={consequencesId}>
      <div className="confirm-consequences" id={consequencesId}>
        {consequences}
      </div>
      {error && <Notice>{error}</Notice>}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Keep it
        </button>
        <button type="button" className={`button ${danger ? 'danger' : 'primary'}`} disabled={busy} onClick={() => void confirm()}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
