/**
 * The ticket's spares and loaners (staff): what is reserved, out or back, with the moves each can
 * make (hand out with a due time, return, cancel), and reserving from the stock of any location —
 * a serialised item by the serial of the unit (or the first in stock); a serialised loaner comes
 * back by the serial of the unit returned, which must be the one lent.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formError } from '../platform/api';
import { formatFull } from '../platform/format';
import { useResource } from '../platform/use-api';
import { move, reservations, reserve, stock, units } from './spares-api';
import './spares.css';

interface Props {
  ticketId: string;
  refreshKey: string;
  onChanged: () => void;
}

const STATE_LABELS = { reserved: 'Reserved', out: 'Out on loan', used: 'Used', returned: 'Returned', cancelled: 'Cancelled' } as const;

/** The local date and time a week from now, as a datetime-local input wants it. */
function inAWeek(): string {
  const d = new Date(Date.now() + 7 * 24 * 3_600_000 - new Date().getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

export function SparesPanel({ ticketId, refreshKey, onChanged }: Props) {
  const list = useResource((signal) => reservations(ticketId, signal), [ticketId]);
  const lines = useResource((signal) => stock({}, signal), []);
  const [choice, setChoice] = useState('');
  const [unitSerial, setUnitSerial] = useState('');
  const [returned, setReturned] = useState<Record<string, string>>({});
  const [loan, setLoan] = useState(true);
  const [due, setDue] = useState(inAWeek);
  const [error, setError] = useState<unknown>();
  const reload = list.reload;
  const seen = useRef(refreshKey);
  useEffect(() => {
    if (seen.current === refreshKey) return;
    seen.current = refreshKey;
    reload();
  }, [refreshKey, reload]);

  const run = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      reload();
      lines.reload();
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const chosen = (lines.data?.items ?? []).find((l) => `${l.item.id}@${l.location.id}` === choice);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [itemId, locationId] = choice.split('@');
    void run(async () => {
      const unitId = unitSerial ? (await units(itemId, { locationId, state: 'in_stock' })).items.find((u) => u.serial === unitSerial)?.id : undefined;
      await reserve(ticketId, { itemId, locationId, loan, ...(unitId ? { unitId } : {}), ...(loan && due ? { dueAt: new Date(due).toISOString() } : {}) });
      setUnitSerial('');
    });
  };

  return (
    <section className="card spares-panel" aria-labelledby="spares-panel-title">
      <h2 id="spares-panel-title" className="card-title">
        Spares and loaners
      </h2>
      <ul className="spares-items">
        {(list.data?.items ?? []).map((r) => (
          <li key={r.id}>
            <span>
              <strong>{r.itemName}</strong> {r.serial && <code>{r.serial}</code>} <span className="muted small">from {r.locationName}</span>{' '}
              <span className="badge">{STATE_LABELS[r.state]}</span>
              {r.dueAt && r.state === 'out' && <span className="muted small"> due {formatFull(r.dueAt)}</span>}
            </span>
            <span className="spares-actions">
              {r.state === 'reserved' && (
                <>
                  <button type="button" className="button small" onClick={() => void run(() => move(r.id, { move: 'hand_out' }))}>
                    {r.loan ? 'Hand out' : 'Fitted'}
                  </button>
                  {!r.loan && r.serial && (
                    <button type="button" className="button small" title="The unit stays with the client: record it as their asset, attached to this ticket" onClick={() => void run(() => move(r.id, { move: 'hand_out', recordAsset: true }))}>
                      Fitted, as the client’s asset
                    </button>
                  )}
                  <button type="button" className="button link small" onClick={() => void run(() => move(r.id, { move: 'cancel' }))}>
                    Cancel
                  </button>
                </>
              )}
              {r.state === 'out' && r.serial && (
                <input className="spares-return-serial" aria-label={`Serial returned for ${r.itemName}`} placeholder="Serial returned" value={returned[r.id] ?? ''} onChange={(e) => setReturned({ ...returned, [r.id]: e.target.value })} />
              )}
              {r.state === 'out' && (
                <button type="button" className="button small" onClick={() => void run(() => move(r.id, { move: 'return', ...(r.serial ? { serial: returned[r.id] ?? '' } : {}) }))}>
                  Returned
                </button>
              )}
            </span>
          </li>
        ))}
        {list.data?.items.length === 0 && <li className="muted small">Nothing reserved for this ticket.</li>}
      </ul>
      <form className="spares-reserve" onSubmit={submit}>
        <select aria-label="Spare to reserve" value={choice} onChange={(e) => { setChoice(e.target.value); setUnitSerial(''); }}>
          <option value="">Reserve a spare or loaner…</option>
          {(lines.data?.items ?? []).filter((l) => l.available > 0).map((l) => (
            <option key={`${l.item.id}@${l.location.id}`} value={`${l.item.id}@${l.location.id}`}>
              {l.item.name} — {l.location.name} ({l.available} available)
            </option>
          ))}
        </select>
        {chosen && chosen.serials.length > 0 && (
          <select aria-label="Unit" value={unitSerial} onChange={(e) => setUnitSerial(e.target.value)}>
            <option value="">First in stock</option>
            {chosen.serials.map((serial) => (
              <option key={serial} value={serial}>
                {serial}
              </option>
            ))}
          </select>
        )}
        <label className="small">
          <input type="checkbox" checked={loan} onChange={(e) => setLoan(e.target.checked)} /> Loaner
        </label>
        {loan && <input type="datetime-local" aria-label="Due back" value={due} onChange={(e) => setDue(e.target.value)} />}
        <button type="submit" className="button small primary" disabled={!choice}>
          Reserve
        </button>
      </form>
      {error !== undefined && <p className="field-error small">{formError(error, [])}</p>}
    </section>
  );
}
