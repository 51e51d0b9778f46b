/** The ticket's "More" menu: what other areas let staff do to a ticket (the items come from the composition). */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function TicketMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', escape);
    // The first item takes the focus, so the menu works from the keyboard.
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <div className="ticket-menu" ref={root}>
      <button ref={button} type="button" className="button small" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        More ▾
      </button>
      {/* Kept mounted while closed: an item may hold state (a dialog it opened). */}
      <div
        role="menu"
        aria-label="More actions"
        className="ticket-menu-items"
        hidden={!open}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('[role="menuitem"]')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
