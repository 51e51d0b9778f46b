/**
 * "Verify by phone" on a flagged ticket: why it was flagged (every reason in words), whom to call
 * on which number on file — tap to call — and the form that logs the call's outcome. While any
 * call-back is awaited the panel leads the ticket page, and resolving is refused.
 */
import { useEffect, useRef } from 'react';
import { api } from '../../platform/api';
import { useDirectory } from '../../platform/directory';
import { formatFull, formatTime } from '../../platform/format';
import { Notice } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { OUTCOME_LABEL, senderText, telHref, type CallBack, type FraudFlag, type TicketVerification } from '../fraud-types';
import { CallOutcomeForm } from './CallOutcomeForm';
import { WarnClient } from './WarnClient';
import '../fraud.css';

interface Props {
  ticketId: string;
  /** Changes whenever the ticket does: the flags are read again. */
  refreshKey: string;
  /** After a call-back is logged or a warning changes, so the rest of the page follows. */
  onChanged: () => void;
}

export function VerifyPanel({ ticketId, refreshKey, onChanged }: Props) {
  const { data, error, reload } = useResource((signal) => api<TicketVerification>('GET', `/tickets/${encodeURIComponent(ticketId)}/verification`, undefined, { signal }), [ticketId]);
  const seen = useRef(refreshKey);
  useEffect(() => {
    if (seen.current === refreshKey) return;
    seen.current = refreshKey;
    reload();
  }, [refreshKey, reload]);

  if (error) return <Notice>{(error as Error).message}</Notice>;
  if (!data || data.flags.length === 0) return null;
  const changed = () => {
    reload();
    onChanged();
  };
  // Awaited call-backs first: they are what stands between the ticket and its resolution.
  const flags = [...data.flags].sort((a, b) => Number(b.status === 'awaiting_call') - Number(a.status === 'awaiting_call'));
  return (
    <section className={`card verify-panel${data.required ? ' is-required' : ''}`} aria-labelledby="verify-title">
      <h2 id="verify-title" className="card-title verify-title">
        <span className="verify-icon" aria-hidden="true">☎</span> Verify by phone
      </h2>
      {data.required && data.block && (
        <p className="verify-block" role="status">
          <strong>Resolving is blocked.</strong> {data.block.message}
        </p>
      )}
      {flags.map((flag) => (
        <FlagView key={flag.id} flag={flag} onChanged={changed} />
      ))}
    </section>
  );
}

function FlagView({ flag, onChanged }: { flag: FraudFlag; onChanged: () => void }) {
  const directory = useDirectory();
  const awaiting = flag.status === 'awaiting_call';
  return (
    <article className={`verify-flag verify-${flag.status}`} data-flag={flag.id} aria-label={`Flag raised ${formatFull(flag.raisedAt)}`}>
      <div className="verify-flag-head">
        <span className={`pill verify-status verify-status-${flag.status}`}>{flag.status === 'awaiting_call' ? 'Call-back needed' : OUTCOME_LABEL[flag.status]}</span>
        <span className="muted small">
          {flag.source === 'message' ? (
            <>
              Message scored <strong>{flag.score}</strong> of 100{flag.threshold !== null ? ` (this client flags at ${flag.threshold})` : ''}
            </>
          ) : (
            <>Flagged by hand by {directory.userName(flag.raisedBy) ?? 'staff'}</>
          )}{' '}
          · <time title={formatFull(flag.raisedAt)}>{formatTime(flag.raisedAt)}</time>
        </span>
      </div>
      <p className="verify-claims">
        Claims to be from <strong>{senderText(flag.purportedSender)}</strong>
      </p>
      <h3 className="verify-subtitle">Why</h3>
      <ul className="verify-reasons">
        {flag.reasons.map((r, i) => (
          <li key={`${r.code}-${i}`} data-code={r.code}>
            {r.weight > 0 && <span className="reason-weight">+{r.weight}</span>}
            <span>{r.detail}</span>
          </li>
        ))}
      </ul>
      {awaiting ? (
        <>
          <CallList callBack={flag.callBack} />
          <CallOutcomeForm ticketId={flag.ticketId} flag={flag} onLogged={onChanged} />
        </>
      ) : (
        flag.call && (
          <p className="verify-logged">
            <strong>{OUTCOME_LABEL[flag.call.outcome]}</strong> — {directory.userName(flag.call.calledBy) ?? 'Staff'} called{' '}
            <a href={`tel:${flag.call.number}`}>{flag.call.number}</a> ({flag.call.numberSource === 'on_file' ? 'on file' : `found: ${flag.call.whereFound ?? 'elsewhere'}`}) at{' '}
            <time title={formatFull(flag.call.calledAt)}>{formatTime(flag.call.calledAt)}</time>.{flag.call.note && <span className="verify-note"> {flag.call.note}</span>}
          </p>
        )
      )}
      {flag.status === 'fraud' && <WarnClient flag={flag} onChanged={onChanged} />}
    </article>
  );
}

/** Whom to call, on the numbers the directory holds: every one a tap away. */
function CallList({ callBack }: { callBack: CallBack }) {
  const reachable = callBack.people.filter((p) => p.phones.length > 0);
  return (
    <div className="verify-call">
      <h3 className="verify-subtitle">Who to call</h3>
      <p className="verify-advice">{callBack.advice}</p>
      {(reachable.length > 0 || callBack.mainNumber) && (
        <ul className="verify-numbers" aria-label="Numbers on file">
          {reachable.map((p) =>
            p.phones.map((phone) => (
              <li key={`${p.contactId}-${phone.number}`}>
                <span className="verify-who">
                  <strong>{p.name}</strong>
                  <span className="muted small">
                    {[p.title, p.organizationName].filter(Boolean).join(' · ')} · {p.matchedBy === 'address' ? 'address on file matches' : 'name matches'} · {phone.label || 'phone'}
                  </span>
                </span>
                <a className="button tel-link" href={telHref(phone.number, phone.extension)}>
                  {phone.number}
                  {phone.extension ? ` ext. ${phone.extension}` : ''}
                </a>
              </li>
            )),
          )}
          {callBack.mainNumber && (
            <li>
              <span className="verify-who">
                <strong>{callBack.mainNumber.organizationName}</strong>
                <span className="muted small">main number · ask for them by name</span>
              </span>
              <a className="button tel-link" href={telHref(callBack.mainNumber.number, callBack.mainNumber.extension)}>
                {callBack.mainNumber.number}
                {callBack.mainNumber.extension ? ` ext. ${callBack.mainNumber.extension}` : ''}
              </a>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
