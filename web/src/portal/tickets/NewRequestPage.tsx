/** A client opens a request: what is wrong, how urgent, and where. */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, navigate } from '../../platform/router';
import type { Session } from '../../platform/session';
import { useSites } from '../../platform/directory';
import { ApiError, api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { useDraft } from '../../platform/drafts';
import { PRIORITIES, type Priority, type Ticket } from '../../platform/types';
import { Field, Notice } from '../../platform/ui';
import { CLIENT_PRIORITY_LABEL } from '../../platform/labels';
import { useSendsEmail } from '../sends-email';

const SHOWN = ['/subject', '/description', '/priority', '/siteId'];

interface Props {
  session: Session;
  /** Shown under the subject as the client types it: e.g. knowledge-base articles that may solve it. */
  subjectHelp?: (subject: string) => ReactNode;
}

export function NewRequestPage({ session, subjectHelp }: Props) {
  const sendsEmail = useSendsEmail();
  const [subject, setSubject, clearSubject] = useDraft('portal:subject');
  const [description, setDescription, clearDescription] = useDraft('portal:description');
  const [priority, setPriority] = useState<Priority>('P3');
  const [siteId, setSiteId] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());
  const subjectRef = useRef<HTMLInputElement>(null);
  const sites = useSites(session.user.organizationId);

  useEffect(() => {
    document.title = 'New request · Support';
    subjectRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!subject.trim()) {
      setError(new ApiError(0, 'required', 'Give your request a short title', '/subject'));
      subjectRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const ticket = await api<Ticket>(
        'POST',
        '/tickets',
        { subject: subject.trim(), description: description.trim() || undefined, priority, siteId: siteId || undefined },
        { idempotencyKey: key.current },
      );
      clearSubject();
      clearDescription();
      navigate(`/portal/tickets/${ticket.number}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const general = formError(error, SHOWN);
  return (
    <div className="portal-page narrow">
      <Link to="/portal" className="back-link">
        ← All requests
      </Link>
      <h1>New request</h1>
      <p className="muted">
        {sendsEmail ? 'Tell us what is wrong. We reply here, on your request’s page in this portal, and by email.' : 'Tell us what is wrong. We reply here, on your request’s page in this portal.'}
      </p>
      <form className="card portal-form" onSubmit={submit} noValidate>
        <Field label="What is the problem?" error={fieldError(error, '/subject')} hint="A short title, e.g. “Printer on floor 2 shows paper jam”.">
          <input ref={subjectRef} type="text" maxLength={300} value={subject} onChange={(e) => setSubject(e.target.value)} />
        </Field>
        {subjectHelp?.(subject)}
        <Field label="Details" error={fieldError(error, '/description')} hint="What happened, since when, who is affected, any error message.">
          <textarea rows={6} value={description} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <Field label="How urgent is it?" error={fieldError(error, '/priority')}>
          <select value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {CLIENT_PRIORITY_LABEL[p]}
              </option>
            ))}
          </select>
        </Field>
        {sites.length > 0 && (
          <Field label="Where?" error={fieldError(error, '/siteId')}>
            <select value={siteId} onChange={(e) => setSiteId(e.target.value)}>
              <option value="">Not at one site / working from home</option>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        {general && <Notice>{general}</Notice>}
        <div className="form-actions">
          <Link to="/portal" className="button ghost">
            Cancel
          </Link>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Sending…' : 'Send request'}
          </button>
        </div>
      </form>
    </div>
  );
}
