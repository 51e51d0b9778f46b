/**
 * Modal dialogs: the set-up screens' forms and the confirmation of destructive actions. Escape
 * closes, the focus moves in on opening, stays inside while open, and returns where it was.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Notice } from './ui';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({ title, onClose, children, wide = false, lead }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean; lead?: ReactNode }) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  // Once, on opening: re-renders while typing must not move the focus.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const box = ref.current!;
    // The marked control, else the first one of the content (not the Cancel button of the head).
    const first = box.querySelector<HTMLElement>('[data-autofocus]') ?? box.querySelector('.dialog-body')?.querySelector<HTMLElement>(FOCUSABLE) ?? box.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close.current();
      } else if (event.key === 'Tab') {
        const items = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)];
        if (items.length === 0) return;
        const [head, tail] = [items[0], items[items.length - 1]];
        if (event.shiftKey && document.activeElement === head) {
          event.preventDefault();
          tail.focus();
        } else if (!event.shiftKey && document.activeElement === tail) {
          event.preventDefault();
          head.focus();
        }
      }
    };
    box.addEventListener('keydown', onKey);
    return () => {
      box.removeEventListener('keydown', onKey);
      before?.focus?.();
    };
  }, []);
  // Into the body, so the dialog never inherits the colours or clipping of where it was opened.
  return createPortal(
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} className={`dialog${wide ? '' : ' dialog-narrow'}`} role="dialog" aria-modal="true" aria-labelledby={titleId}>
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

/**
 * Asks before a destructive action, saying what happens to what exists (existing tickets first).
 * The confirm button runs `action`; an error stays in the dialog.
 */
export function ConfirmDialog({ title, consequences, confirmLabel, danger = true, onConfirm, onClose }: {
  title: string;
  consequences: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
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
    <Dialog title={title} onClose={onClose}>
      <div className="confirm-consequences">{consequences}</div>
      {error && <Notice>{error}</Notice>}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Keep it
        </button>
        <button type="button" data-autofocus className={`button ${danger ? 'danger' : 'primary'}`} disabled={busy} onClick={() => void confirm()}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
