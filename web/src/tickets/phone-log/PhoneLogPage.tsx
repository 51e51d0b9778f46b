/**
 * Phone-first logging, keyboard only: find the caller, the client and site fill in, type the
 * subject and notes, pick a priority, log the call — and resolve it on the spot as a
 * first-contact resolution.
 */
import { useEffect, useRef, useState, type ComponentType, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { navigate } from '../../platform/router';
import type { Session } from '../../platform/session';
import { rememberContact, useDirectory, useSites } from '../../platform/directory';
import { ApiError, api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { useDraft } from '../../platform/drafts';
import { formatDuration } from '../../platform/format';
import { dialledNumber, looksLikePhone } from '../../platform/phone';
import { PRIORITIES, type Contact, type Priority, type Ticket } from '../../platform/types';
import { Field, Notice } from '../../platform/ui';
import { CallerPanel } from './CallerPanel';

const SHOWN = ['/subject', '/organizationId', '/siteId', '/contactId', '/priority', '/body', '/callerNumber'];

function useCallTimer(): number {
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return Math.floor((now - started) / 1000);
}

/** The caller field: finds contacts as the technician types (the composition gives the clients area's search). */
export interface CallerSearchProps {
  text: string;
  onText: (text: string) => void;
  onPick: (contact: Contact) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** "Which device?": the caller's and the client's assets to attach to the new ticket (the composition gives the assets area's picker). */
export interface AssetPickerProps {
  organizationId: string;
  contactId: string | null;
  value: string;
  onChange: (assetId: string) => void;
}

export function PhoneLogPage({ session, CallerSearch, AssetPicker }: { session: Session; CallerSearch: ComponentType<CallerSearchProps>; AssetPicker?: ComponentType<AssetPickerProps> }) {
  const directory = useDirectory();
  const [callerText, setCallerText] = useDraft('call:caller');
  const [contact, setContact] = useState<Contact | null>(null);
  const [organizationId, setOrganizationId] = useState('');
  const [assetId, setAssetId] = useState('');
  const [siteId, setSiteId] = useState('');
  const [subject, setSubject, clearSubject] = useDraft('call:subject');
  const [notes, setNotes, clearNotes] = useDraft('call:notes');
  const [priority, setPriority] = useState<Priority>('P3');
  const [resolved, setResolved] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Ticket | null>(null);
  const keys = useRef({ ticket: newIdempotencyKey(), call: newIdempotencyKey() });
  const callerRef = useRef<HTMLInputElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const seconds = useCallTimer();
  const sites = useSites(organizationId || null);

  useEffect(() => {
    document.title = 'New phone ticket · Switchboard';
    callerRef.current?.focus();
  }, []);

  // The field that had focus goes away: move focus in the same keystroke, so typing carries on.
  const pick = (c: Contact) => {
    rememberContact(c);
    flushSync(() => {
      setContact(c);
      setOrganizationId(c.organizationId);
      setAssetId('');
      setSiteId(c.siteId ?? '');
      setError(undefined);
    });
    subjectRef.current?.focus();
  };

  const clearCaller = () => {
    flushSync(() => setContact(null));
    callerRef.current?.focus();
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const missing = !subject.trim()
      ? new ApiError(0, 'required', 'Say what the call is about', '/subject')
      : !organizationId
        ? new ApiError(0, 'required', contact ? 'Choose the client' : 'Find the caller, or choose the client', '/organizationId')
        : undefined;
    if (missing) {
      setError(missing);
      (missing.field === '/subject' ? subjectRef.current : callerRef.current)?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const ticket =
        created ??
        (await api<Ticket>(
          'POST',
          '/tickets',
          {
            organizationId,
            contactId: contact?.id,
            siteId: siteId || undefined,
            subject: subject.trim(),
            priority,
            channel: 'phone',
            assigneeId: session.user.id,
            teamId: session.teamId ?? undefined,
          },
          { idempotencyKey: keys.current.ticket },
        ));
      setCreated(ticket);
      const dialled = looksLikePhone(callerText) ? dialledNumber(callerText) : contact?.phones[0]?.number;
      await api(
        'POST',
        `/tickets/${ticket.id}/messages`,
        { kind: 'call', body: notes.trim() || subject.trim(), callDirection: 'inbound', callerNumber: dialled, callDurationSeconds: seconds },
        { idempotencyKey: keys.current.call },
      );
      if (assetId) await api('POST', `/tickets/${ticket.id}/assets`, { assetId });
      if (resolved) await api('PATCH', `/tickets/${ticket.id}`, { status: 'resolved', fcrOutcome: 'resolved_first_contact' });
      clearSubject();
      clearNotes();
      setCallerText('');
      navigate(`/tickets/${ticket.number}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  // An abandoned call leaves nothing behind for the next one.
  const cancel = () => {
    clearSubject();
    clearNotes();
    setCallerText('');
    navigate('/');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.altKey && event.key.toLowerCase() === 'r') {
      event.preventDefault();
      setResolved((r) => !r);
    }
  };

  const organizations = [...directory.organizations].sort((a, b) => a.name.localeCompare(b.name));
  const general = formError(error, SHOWN);

  return (
    <div className="page phone-page">
      <div className="page-head">
        <div>
          <h1>New phone ticket</h1>
          <p className="muted page-sub">Find the caller, say what happened, log it — resolve it while they are on the line.</p>
        </div>
        <div className="call-timer" aria-label={`Call time ${formatDuration(seconds)}`}>
          <span className="dot dot-live" aria-hidden="true" /> On call <strong>{formatDuration(seconds)}</strong>
        </div>
      </div>
      <div className="phone-grid">
        <form className="card phone-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label="Log a phone call">
          {contact ? (
            <div className="field">
              <span className="label-text" id="caller-label">
                Caller
              </span>
              <div className="picked-caller" aria-labelledby="caller-label">
                <div>
                  <strong>{contact.name}</strong>
                  {contact.vip && <span className="badge vip">VIP</span>}
                  <span className="muted"> · {contact.title || 'Contact'} · {directory.orgName(contact.organizationId)}</span>
                </div>
                <button type="button" className="button ghost small" onClick={clearCaller}>
                  Change caller
                </button>
              </div>
              {fieldError(error, '/contactId', '/callerNumber') && (
                <p className="field-error" role="alert">
                  {fieldError(error, '/contactId', '/callerNumber')}
                </p>
              )}
            </div>
          ) : (
            <CallerSearch inputRef={callerRef} text={callerText} onText={setCallerText} onPick={pick} error={fieldError(error, '/contactId', '/callerNumber')} />
          )}
          <div className="form-row">
            <Field label="Client" error={fieldError(error, '/organizationId')}>
              <select
                value={organizationId}
                disabled={contact !== null}
                onChange={(e) => {
                  setOrganizationId(e.target.value);
                  setSiteId('');
                  setAssetId('');
                }}
              >
                <option value="">Choose the client…</option>
                {organizations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Site" error={fieldError(error, '/siteId')}>
              <select value={siteId} onChange={(e) => setSiteId(e.target.value)} disabled={!organizationId}>
                <option value="">{contact?.workLocation === 'home' ? 'Home worker (no site)' : 'No site'}</option>
                {sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {AssetPicker && organizationId && <AssetPicker organizationId={organizationId} contactId={contact?.id ?? null} value={assetId} onChange={setAssetId} />}
          <Field label="Subject" error={fieldError(error, '/subject')}>
            <input ref={subjectRef} type="text" maxLength={300} value={subject} onChange={(e) => setSubject(e.target.value)} placeholder="e.g. Outlook keeps asking for the password" />
          </Field>
          <Field label="Call notes" error={fieldError(error, '/body')} hint="What the caller said and what you did. Staff only.">
            <textarea rows={5} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </Field>
          <fieldset className="field priority-picker">
            <legend>Priority</legend>
            <div className="segmented">
              {PRIORITIES.map((p) => (
                <label key={p} className={`segment priority-seg-${p}${priority === p ? ' checked' : ''}`}>
                  <input type="radio" name="priority" value={p} checked={priority === p} onChange={() => setPriority(p)} />
                  {p}
                  <span className="segment-sub">{{ P1: 'Critical', P2: 'High', P3: 'Normal', P4: 'Low' }[p]}</span>
                </label>
              ))}
            </div>
            {fieldError(error, '/priority') && <p className="field-error">{fieldError(error, '/priority')}</p>}
          </fieldset>
          <label className={`resolve-toggle${resolved ? ' on' : ''}`}>
            <input type="checkbox" checked={resolved} onChange={(e) => setResolved(e.target.checked)} aria-keyshortcuts="Alt+R" />
            <span>
              <strong>Resolved on this call</strong>
              <span className="muted"> — counts as first-contact resolution</span>
            </span>
            <kbd>Alt</kbd>+<kbd>R</kbd>
          </label>
          {created && general && (
            <Notice>
              {created.number} was created, but logging the call failed: {general} Try again — the ticket will not be created twice.
            </Notice>
          )}
          {!created && general && <Notice>{general}</Notice>}
          <div className="form-actions">
            <button type="button" className="button ghost" onClick={cancel}>
              Cancel
            </button>
            <span className="muted small">
              <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
            </span>
            <button type="submit" className={`button ${resolved ? 'success' : 'primary'}`} disabled={busy}>
              {busy ? 'Logging…' : resolved ? 'Log call and resolve' : 'Log call'}
            </button>
          </div>
        </form>
        <CallerPanel contact={contact} />
      </div>
    </div>
  );
}
