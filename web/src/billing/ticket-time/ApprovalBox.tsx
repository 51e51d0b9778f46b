/**
 * Client approval on the ticket's time panel: the requests for approval of chargeable work with
 * their answers, and the technician's form to ask (minutes, work type, what the work is).
 */
import { useState } from 'react';
import { formError } from '../../platform/api';
import { formatFull, formatTime } from '../../platform/format';
import { Notice } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { fetchTicketApprovals, formatHours, formatMoney, requestApproval } from '../billing-api';

const STATUS: Record<string, string> = { pending: 'Waiting for the client', approved: 'Approved', declined: 'Declined' };

export function ApprovalBox({ ticketId, workTypes }: { ticketId: string; workTypes: { key: string; name: string }[] }) {
  const approvals = useResource((signal) => fetchTicketApprovals(ticketId, signal), [ticketId]);
  const [asking, setAsking] = useState(false);
  const [hours, setHours] = useState('1');
  const [workType, setWorkType] = useState(workTypes[0]?.key ?? 'support');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const submit = async () => {
    setError(undefined);
    try {
      await requestApproval(ticketId, { minutes: Math.round(Number(hours) * 60), workType, note: note.trim() || undefined });
      setAsking(false);
      setNote('');
      approvals.reload();
    } catch (e) {
      setError(e);
    }
  };
  const items = approvals.data ?? [];
  return (
    <div className="approval-box" aria-label="Client approval">
      <h3 className="small-title">Client approval</h3>
      {items.length === 0 && <p className="muted small">No approval requested.</p>}
      <ul className="approvals">
        {items.map((a) => (
          <li key={a.id} className={`approval approval-${a.status}`} data-testid="approval">
            <strong>{STATUS[a.status]}</strong>: {formatHours(a.minutes)} estimated at {formatMoney(a.estimateMinor, a.currency)} — {a.note || a.reason}
            <span className="muted small" title={formatFull(a.requestedAt)}> · asked by {a.requestedByName} {formatTime(a.requestedAt)}</span>
            {a.comment && <span className="approval-comment">“{a.comment}”</span>}
          </li>
        ))}
      </ul>
      {error !== undefined && <Notice>{formError(error, []) ?? (error as Error).message}</Notice>}
      {asking ? (
        <form className="approval-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <label>Estimate (hours) <input type="number" min={0.25} step={0.25} value={hours} onChange={(e) => setHours(e.target.value)} /></label>
          <label>Work type <select value={workType} onChange={(e) => setWorkType(e.target.value)}>{workTypes.map((w) => <option key={w.key} value={w.key}>{w.name}</option>)}</select></label>
          <label>What the work is <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} /></label>
          <button type="submit" className="button primary small">Send the request</button>
          <button type="button" className="button-link" onClick={() => setAsking(false)}>Cancel</button>
        </form>
      ) : (
        <button type="button" className="button-link" onClick={() => setAsking(true)}>Ask the client to approve chargeable work</button>
      )}
    </div>
  );
}
