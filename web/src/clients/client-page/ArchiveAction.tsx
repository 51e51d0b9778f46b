/**
 * Archive or restore a client, site or contact: archiving asks first and says what happens to the
 * tickets that exist; restoring needs no confirmation.
 */
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../platform/dialog';
import { setArchived, type ArchivableKind } from '../clients-api';

export function ArchiveAction({ kind, id, name, archived, consequences, countOpen, onChanged, small = true }: {
  kind: ArchivableKind;
  id: string;
  name: string;
  archived: boolean;
  /** What archiving does to existing tickets and to new ones, given the open tickets once counted. */
  consequences: (openTickets: number | undefined) => ReactNode;
  /** Counts the open tickets concerned, when the dialog opens. */
  countOpen?: () => Promise<number>;
  onChanged: () => void;
  small?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const [count, setCount] = useState<number>();
  const [error, setError] = useState<string>();
  const ask = () => {
    setAsking(true);
    setCount(undefined);
    void countOpen?.().then(setCount, () => undefined);
  };
  const size = small ? ' small' : '';
  if (archived) {
    const restore = async () => {
      setError(undefined);
      try {
        await setArchived(kind, id, false);
        onChanged();
      } catch (e) {
        setError((e as Error).message);
      }
    };
    return (
      <>
        <button type="button" className={`button${size}`} onClick={() => void restore()} aria-label={`Restore ${name}`}>
          Restore
        </button>
        {error && <span className="field-error">{error}</span>}
      </>
    );
  }
  return (
    <>
      <button type="button" className={`button ghost${size} danger-text`} onClick={ask} aria-label={`Archive ${name}`}>
        Archive
      </button>
      {asking && (
        <ConfirmDialog
          title={`Archive ${name}?`}
          consequences={consequences(count)}
          confirmLabel="Archive"
          onConfirm={async () => {
            await setArchived(kind, id, true);
            onChanged();
          }}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
}

/** "open tickets (3)" once counted, "open tickets" until then. */
export function OpenTicketCount({ count }: { count: number | undefined }) {
  return (
    <strong className="open-count">
      open tickets{count === undefined ? '' : ` (${count})`}
    </strong>
  );
}
