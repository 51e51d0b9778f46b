/**
 * The ticket's time (staff): what new time on it would be (covered or chargeable, and why), your
 * timer — a row on the server, so it survives a reload —, time logged by hand, and every entry
 * with its classification and reason. The client's account manager, owners and admins waive an
 * entry as goodwill with a reason, or take the waiver back.
 */
import { useState } from 'react';
import { formError } from '../../platform/api';
import { formatFull, formatTime } from '../../platform/format';
import { useSession } from '../../platform/session';
import { Notice } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { CLASSIFICATION_LABELS, fetchAccountManager, fetchTicketTime, formatHours, formatMoney, reclassify, startTimer, stopTimer, type TicketTime, type TimeEntry } from '../billing-api';
import { ApprovalBox } from './ApprovalBox';
import { ManualEntryForm } from './ManualEntryForm';
import '../billing.css';

interface Props {
  ticketId: string;
  organizationId: string;
}

export function TimePanel({ ticketId, organizationId }: Props) {
  const session = useSession();
  const time = useResource((signal) => fetchTicketTime(ticketId, signal), [ticketId]);
  const manager = useResource((signal) => fetchAccountManager(organizationId, signal), [organizationId]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const role = session.user.role;
  const canWaive = role === 'owner' || role === 'admin' || (manager.data !== undefined && manager.data === session.user.id);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      time.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const data = time.data;
  return (
    <section className="card time-panel" aria-labelledby="time-title">
      <h2 id="time-title" className="card-title">Time</h2>
      {data && (
        <p className={`time-outlook ${data.outlook.coverage}`} data-testid="time-outlook">
          New time here is <strong>{data.outlook.coverage === 'covered' ? 'covered' : 'chargeable'}</strong>: {data.outlook.reason}
        </p>
      )}
      {data && <TimerControls data={data} ticketId={ticketId} busy={busy} run={run} />}
      {error !== undefined && <Notice>{formError(error, []) ?? (error as Error).message}</Notice>}
      {data && (adding ? (
        <ManualEntryForm ticketId={ticketId} workTypes={data.workTypes} onDone={() => { setAdding(false); time.reload(); }} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" className="button-link" onClick={() => setAdding(true)}>Log time by hand</button>
      ))}
      {data && <ApprovalBox ticketId={ticketId} workTypes={data.workTypes} />}
      {data && data.items.length === 0 && <p className="muted small">No time logged yet.</p>}
      <ul className="time-entries">
        {(data?.items ?? []).map((e) => <EntryRow key={e.id} entry={e} canWaive={canWaive} busy={busy} run={run} />)}
      </ul>
    </section>
  );
}

function TimerControls({ data, ticketId, busy, run }: { data: TicketTime; ticketId: string; busy: boolean; run: (a: () => Promise<unknown>) => Promise<void> }) {
  const [workType, setWorkType] = useState(data.workTypes[0]?.key ?? 'support');
  const [note, setNote] = useState('');
  const timer = data.timer;
  if (timer && timer.ticketId === ticketId) {
    return (
      <div className="time-timer running">
        <span>Timer running since {formatTime(timer.startedAt)}</span>
        <input aria-label="Note for this time" placeholder="What was done" value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="button" className="button primary" disabled={busy} onClick={() => run(() => stopTimer(ticketId, note.trim()))}>Stop timer</button>
      </div>
    );
  }
  if (timer) return <p className="muted small">Your timer is running on another ticket (since {formatTime(timer.startedAt)}).</p>;
  return (
    <div className="time-timer">
      <select aria-label="Work type" value={workType} onChange={(e) => setWorkType(e.target.value)}>
        {data.workTypes.map((w) => <option key={w.key} value={w.key}>{w.name}</option>)}
      </select>
      <button type="button" className="button" disabled={busy} onClick={() => run(() => startTimer(ticketId, workType))}>Start timer</button>
    </div>
  );
}

function EntryRow({ entry, canWaive, busy, run }: { entry: TimeEntry; canWaive: boolean; busy: boolean; run: (a: () => Promise<unknown>) => Promise<void> }) {
  const [waiving, setWaiving] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <li className="time-entry" data-testid="time-entry">
      <div className="time-entry-head">
        <span className={`badge time-class ${entry.classification}`}>{CLASSIFICATION_LABELS[entry.classification]}</span>
        <strong>{formatHours(entry.billedMinutes)}</strong>
        <span className="muted small" title={formatFull(entry.startedAt)}>{entry.userName} · {formatTime(entry.startedAt)} · {entry.workType} · {formatMoney(entry.valueMinor, entry.currency)}</span>
      </div>
      <p className="time-reason small">{entry.reason}{entry.waiveReason && <> — waived as goodwill: {entry.waiveReason}</>}</p>
      {entry.note && <p className="small">{entry.note}</p>}
      {canWaive && entry.classification === 'billable' && !waiving && <button type="button" className="button-link" onClick={() => setWaiving(true)}>Waive as goodwill</button>}
      {canWaive && entry.classification === 'goodwill' && <button type="button" className="button-link" disabled={busy} onClick={() => run(() => reclassify(entry, 'billable'))}>Charge it after all</button>}
      {waiving && (
        <form className="time-waive" onSubmit={(ev) => { ev.preventDefault(); void run(() => reclassify(entry, 'goodwill', reason)).then(() => setWaiving(false)); }}>
          <input aria-label="Why it is waived" placeholder="Reason, e.g. home-working rollout" value={reason} onChange={(e) => setReason(e.target.value)} required />
          <button type="submit" className="button primary" disabled={busy || reason.trim() === ''}>Waive</button>
          <button type="button" className="button-link" onClick={() => setWaiving(false)}>Cancel</button>
        </form>
      )}
    </li>
  );
}
