/** The keyboard shortcuts, as a modal dialog (`?` opens it, Escape closes it). */
import { useEffect, useRef } from 'react';
import { Kbd } from '../../platform/ui';

type Keys = [keys: string[], what: string, join?: 'then' | '+' | 'or'];

const GROUPS: { title: string; keys: Keys[] }[] = [
  {
    title: 'Anywhere',
    keys: [
      [['n'], 'New phone ticket (log a call)'],
      [['/'], 'Search tickets and contacts'],
      [['?'], 'Show this help'],
      [['g', 'm'], 'Go to my tickets', 'then'],
      [['g', 't'], 'Go to my team', 'then'],
      [['g', 'u'], 'Go to unassigned', 'then'],
      [['g', 'r'], 'Go to at risk (nearest SLA due first)', 'then'],
      [['g', 'b'], 'Go to old breaches (breached over a day ago)', 'then'],
      [['g', 'w'], 'Go to waiting', 'then'],
      [['g', 'o'], 'Go to all open', 'then'],
      [['g', '1'], 'Go to your first saved view (g 2 … g 9: the next ones)', 'then'],
      [['g', 'c'], 'Go to who is on call', 'then'],
      [['g', 'v'], 'Go to vendor incidents and their workaround grid', 'then'],
      [['g', 'k'], 'Go to assets (clients’ kit, search, CSV import)', 'then'],
      [['g', 'j'], 'Go to spares: what is available where, your van', 'then'],
      [['g', 'z'], 'Go to rollout campaigns', 'then'],
      [['g', 'K'], 'Go to the knowledge base: write and edit articles', 'then'],
      [['g', 's'], 'Go to reports', 'then'],
      [['g', 'l'], 'Go to clients', 'then'],
      [['g', 'h'], 'Go to calendars and SLA policies (covered hours)', 'then'],
      [['g', 'e'], 'Go to escalation policies', 'then'],
      [['g', 'p'], 'Go to people and teams', 'then'],
      [['g', 'y'], 'Go to how you are paged (and test pages)', 'then'],
      [['g', 'i'], 'Go to API tokens (integrations)', 'then'],
      [['g', 'q'], 'Go to vendors and which clients depend on them', 'then'],
      [['g', 'd'], 'Go to delivery providers (owners and admins)', 'then'],
      [['g', 'n'], 'Go to importing clients, contacts, staff or tickets from CSV (owners and admins)', 'then'],
      [['g', 'I'], 'Go to invoices: runs per period, approval, PDF and accounting exports (owners and admins)', 'then'],
      [['g', 'f'], 'Go to mail triage (unknown senders)', 'then'],
      [['g', 'x'], 'Go to mailboxes and their health', 'then'],
    ],
  },
  {
    title: 'Queue',
    keys: [
      [['j'], 'Next ticket'],
      [['k'], 'Previous ticket'],
      [['Enter'], 'Open the selected ticket'],
    ],
  },
  {
    title: 'Ticket',
    keys: [
      [['r'], 'Write a public reply'],
      [['i'], 'Write an internal note'],
      [['l'], 'Log a call'],
      [['s'], 'Change status'],
      [['p'], 'Change priority'],
      [['a'], 'Change assignee'],
      [['e'], 'Change tier (escalate)'],
      [['u'], 'Back to the queue'],
      [['A'], 'Acknowledge the page (when a ladder is paging)'],
      [['Ctrl', 'Enter'], 'Send what you wrote', '+'],
      [['Esc'], 'Leave the text field (shortcuts work again)'],
    ],
  },
  {
    title: 'Phone ticket',
    keys: [
      [['↑', '↓'], 'Choose among the callers found', 'or'],
      [['Enter'], 'Take the highlighted caller'],
      [['Alt', 'r'], 'Toggle “resolved on this call”', '+'],
      [['Ctrl', 'Enter'], 'Log the call', '+'],
    ],
  },
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' || event.key === '?') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab') {
        // The dialog's only control keeps the focus while it is open.
        event.preventDefault();
        closeRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      before?.focus?.();
    };
  }, [onClose]);
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title">
        <div className="dialog-head">
          <h2 id="help-title">Keyboard shortcuts</h2>
          <button ref={closeRef} className="button ghost" onClick={onClose} aria-label="Close keyboard shortcuts">
            Close <Kbd>Esc</Kbd>
          </button>
        </div>
        <div className="help-grid">
          {GROUPS.map((group) => (
            <section key={group.title}>
              <h3>{group.title}</h3>
              <dl>
                {group.keys.map(([keys, what, join]) => (
                  <div className="help-row" key={what}>
                    <dt>
                      {keys.map((k, i) => (
                        <span key={k}>
                          {i > 0 && <span className="then">{join}</span>}
                          <Kbd>{k}</Kbd>
                        </span>
                      ))}
                    </dt>
                    <dd>{what}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
