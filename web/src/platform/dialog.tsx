/**
 * Modal dialogs for the set-up screens: the focus moves in and stays in (Tab cycles), Escape and
 * a click outside close, the focus returns where it was. A confirmation says what will happen
 * before a destructive action, and shows the API's refusal in place.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Notice } from './ui';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** A narrow dialog (confirmations, short forms). */
  narrow?: boolean;
  /** A line under the title. */
  lead?: ReactNode;
}

export function Dialog({ title, onClose, children, narrow, lead }: DialogProps) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  // Once, on opening: later renders (live updates, typing) must not move the focus.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('[data-autofocus]') ?? box.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close.current();
        return;
      }
      if (event.key !== 'Tab' || !box.current) return;
      const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      if (items.length === 0) return;
      const last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === items[0]) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        items[0].focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      before?.focus?.();
    };
  }, []);

  return createPortal(
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={box} className={`dialog${narrow ? ' dialog-narrow' : ''}`} role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <div className="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
        </div>
        {lead && <p className="muted small dialog-lead">{lead}</p>}
        {children}
      </div>
    </div>,
    document.body,
  );
}

interface ConfirmProps {
  title: string;
  /** What happens, in plain words: to existing tickets, pages, people. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  error?: string;
}

/** "Are you sure?" with the consequences spelled out; the safe button has the focus first. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, busy, error }: ConfirmProps) {
  return (
    <Dialog title={title} onClose={onCancel} narrow>
      <div className="confirm-body">{children}</div>
      {error && <Notice>{error}</Notice>}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          Keep it
        </button>
        <button type="button" className="button danger" onClick={onConfirm} disabled={busy}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
