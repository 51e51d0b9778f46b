/** A client's view of one request: status, who is on it, the public conversation, and a reply box. */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link } from '../../platform/router';
import type { Session } from '../../platform/session';
import { ApiError, api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { useDraft } from '../../platform/drafts';
import { formatFull, formatTime } from '../../platform/format';
import type { Message, Status } from '../../platform/types';
import { Field, initials, Notice, Spinner } from '../../platform/ui';
import { CLIENT_STATUS_LABEL, StatusPill } from '../../platform/labels';
import { useTicket } from '../../platform/use-ticket';
import { useSendsEmail } from '../sends-email';
import { RatingCard } from './RatingCard';

const STEPS: { label: string; reached: (s: Status) => boolean }[] = [
  { label: 'Received', reached: () => true },
  { label: 'In progress', reached: (s) => s !== 'new' },
  { label: 'Resolved', reached: (s) => s === 'resolved' || s === 'closed' },
];

/** What the status means for the person waiting, in one sentence. */
function statusSentence(status: Status, assigned: boolean): string {
  switch (status) {
    case 'new':
      return assigned ? 'A technician has it and will be in touch.' : 'Waiting for a technician to pick this up.';
    case 'open':
      return assigned ? 'A technician is working on this.' : 'Our team is working on this.';
    case 'waiting_on_client':
      return 'We need something from you — please reply below.';
    case 'waiting_on_vendor':
      return 'We are waiting on a supplier and will update you here.';
    case 'resolved':
      return 'This request is resolved. Reply below if it is still not working.';
    case 'closed':
      return 'This request is closed.';
  }
}

export function PortalTicketPage({ ticketRef, session }: { ticketRef: string; session: Session }) {
  const { data, error, loading, reload } = useTicket(ticketRef);
  const sendsEmail = useSendsEmail();
  useEffect(() => {
    if (data) document.title = `${data.ticket.subject} · Support`;
  }, [data]);

  if (error instanceof ApiError && error.status === 404) {
    return (
      <div className="portal-page not-found">
        <h1>Request not found</h1>
        <p className="muted">We could not find that request. It may belong to someone else, or the link may be mistyped.</p>
        <Link to="/portal" className="button">
          Back to your requests
        </Link>
      </div>
    );
  }
  if (!data) {
    return (
      <div className="portal-page">
        <h1 className="visually-hidden">Request {ticketRef}</h1>
        {error ? <Notice>{(error as Error).message}</Notice> : loading && <div className="loading-block"><Spinner label="Loading your request" /></div>}
      </div>
    );
  }
  const { ticket, messages, events } = data;
  const statusChanges = events.filter((e) => e.type === 'ticket.updated' && e.field === 'status');
  const items: { at: string; key: string; message?: Message; status?: Status }[] = [
    ...messages.map((m) => ({ at: m.createdAt, key: `m${m.id}`, message: m })),
    ...statusChanges.map((e) => ({ at: e.at, key: `e${e.id}`, status: e.after as Status })),
  ];
  items.sort((a, b) => a.at.localeCompare(b.at) || (a.message ? -1 : 1));

  return (
    <div className="portal-page portal-ticket">
      <Link to="/portal" className="back-link">
        ← All requests
      </Link>
      <div className="portal-ticket-head">
        <h1>{ticket.subject}</h1>
        <p className="muted">
          {ticket.number} · opened {formatFull(ticket.createdAt)}
        </p>
      </div>
      <section className="card status-card" aria-label="Status">
        <div className="status-line">
          <StatusPill status={ticket.status} client />
          <span className="status-who">{statusSentence(ticket.status, ticket.assigneeId !== null)}</span>
        </div>
        <ol className="progress" aria-label="Progress">
          {STEPS.map((step) => (
            <li key={step.label} className={step.reached(ticket.status) ? 'reached' : undefined}>
              {step.label}
            </li>
          ))}
        </ol>
      </section>
      <ol className="conversation" aria-label="Conversation">
        {items.map((item) =>
          item.message ? (
            <li key={item.key} className={`bubble ${item.message.authorUserId ? 'from-support' : 'from-me'}${item.message.kind === 'description' ? ' description' : ''}`} data-kind={item.message.kind}>
              <div className="bubble-head">
                <span className="avatar small" aria-hidden="true">
                  {item.message.authorUserId ? 'IT' : initials(item.message.authorContactId === session.user.contactId ? session.user.name : 'Colleague')}
                </span>
                <strong>{bubbleAuthor(item.message, session.user.contactId)}</strong>
                <time dateTime={item.message.createdAt} title={formatFull(item.message.createdAt)}>
                  {formatTime(item.message.createdAt)}
                </time>
              </div>
              <div className="bubble-body">{item.message.body}</div>
            </li>
          ) : (
            <li key={item.key} className="conversation-event muted small">
              Status changed to <strong>{CLIENT_STATUS_LABEL[item.status!] ?? item.status}</strong> · {formatTime(item.at)}
            </li>
          ),
        )}
        {items.length === 0 && <li className="muted">{sendsEmail ? 'No messages yet. We will reply here and by email.' : 'No messages yet. We will reply here.'}</li>}
      </ol>
      <RatingCard ticketId={ticket.id} status={ticket.status} />
      {ticket.status === 'closed' ? (
        <Notice kind="info">This request is closed. If you need more help, open a new request.</Notice>
      ) : (
        <PortalReply ticketId={ticket.id} resolved={ticket.status === 'resolved'} onSent={reload} />
      )}
    </div>
  );
}

function PortalReply({ ticketId, resolved, onSent }: { ticketId: string; resolved: boolean; onSent: () => void }) {
  const [body, setBody, clearBody] = useDraft(`${ticketId}:reply`);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!body.trim()) {
      setError(new ApiError(0, 'empty', 'Write your message first', '/body'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api('POST', `/tickets/${ticketId}/messages`, { kind: 'reply', body }, { idempotencyKey: key.current });
      key.current = newIdempotencyKey();
      clearBody();
      onSent();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };
  const general = formError(error, ['/body']);
  return (
    <form className="card portal-reply" onSubmit={submit} onKeyDown={onKeyDown} aria-label="Reply">
      <Field label={resolved ? 'Still not working? Reply and we will reopen it' : 'Reply'} error={fieldError(error, '/body')}>
        <textarea rows={4} value={body} onChange={(e) => setBody(e.target.value)} placeholder="Write a message to the support team" />
      </Field>
      {general && <Notice>{general}</Notice>}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Sending…' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}

/** Who a message in the conversation is from, as the client reads it. */
function bubbleAuthor(message: Message, me: string | undefined): string {
  const mine = message.authorContactId === me;
  if (message.kind === 'description') {
    if (message.authorUserId) return mine ? 'Your request, as our support team logged it' : 'The request, as our support team logged it';
    return mine ? 'Your request' : 'Your colleague’s request';
  }
  return message.authorUserId ? 'Support team' : mine ? 'You' : 'Your colleague';
}
