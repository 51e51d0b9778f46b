/**
 * The portal's approvals page (client admins): requests to approve chargeable work on the
 * organisation's tickets, with the estimate and why the contract does not cover it; approve or
 * decline each, with a comment.
 */
import { useState } from 'react';
import { formError } from '../../platform/api';
import { formatFull, formatTime } from '../../platform/format';
import { Link } from '../../platform/router';
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { answerApproval, fetchPortalApprovals, formatHours, formatMoney, type Approval } from '../billing-api';
import '../billing.css';

const STATUS: Record<Approval['status'], string> = { pending: 'Waiting for your answer', approved: 'Approved', declined: 'Declined' };

export function PortalApprovalsPage() {
  const approvals = useResource((signal) => fetchPortalApprovals(signal), []);
  return (
    <section className="portal-approvals" aria-labelledby="approvals-title">
      <h1 id="approvals-title">Approvals</h1>
      <p className="muted">Work your contract does not cover is charged. We ask before we start it: approve or decline each request.</p>
      {approvals.error !== undefined && <Notice>{(approvals.error as Error).message}</Notice>}
      {!approvals.data ? (
        <Spinner label="Loading the requests" />
      ) : approvals.data.length === 0 ? (
        <EmptyState title="Nothing to approve">Requests to approve chargeable work appear here.</EmptyState>
      ) : (
        <ul className="approval-cards">
          {approvals.data.map((a) => <ApprovalCard key={a.id} approval={a} onAnswered={approvals.reload} />)}
        </ul>
      )}
    </section>
  );
}

function ApprovalCard({ approval: a, onAnswered }: { approval: Approval; onAnswered: () => void }) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const answer = async (decision: 'approved' | 'declined') => {
    setBusy(true);
    setError(undefined);
    try {
      await answerApproval(a.id, decision, comment);
      onAnswered();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className={`card approval-card approval-${a.status}`} aria-label={`Request for approval: ${a.note || a.reason}`}>
      <p className="approval-status"><strong>{STATUS[a.status]}</strong> · <Link to={`/portal/tickets/${encodeURIComponent(a.ticketId)}`}>the request’s ticket</Link></p>
      <p className="approval-what">{a.note || 'Chargeable work'}</p>
      <p>
        Estimate: <strong>{formatHours(a.minutes)}</strong>, about <strong>{formatMoney(a.estimateMinor, a.currency)}</strong>
        <span className="muted small"> — charged because: {a.reason}</span>
      </p>
      <p className="muted small" title={formatFull(a.requestedAt)}>Asked by {a.requestedByName}, {formatTime(a.requestedAt)}</p>
      {a.status === 'pending' ? (
        <div className="approval-answer">
          <label>
            Comment (optional)
            <textarea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} rows={2} />
          </label>
          <div className="form-actions">
            <button type="button" className="button primary" disabled={busy} onClick={() => void answer('approved')}>Approve</button>
            <button type="button" className="button" disabled={busy} onClick={() => void answer('declined')}>Decline</button>
          </div>
        </div>
      ) : (
        a.comment && <p className="approval-comment">Your comment: “{a.comment}”</p>
      )}
      {error !== undefined && <Notice>{formError(error, []) ?? (error as Error).message}</Notice>}
    </li>
  );
}
