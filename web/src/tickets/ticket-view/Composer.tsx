/** Reply, internal note or call log, with the draft kept per ticket and kind until it is sent. */
import { useImperativeHandle, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { api, ApiError, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { useDraft } from '../../platform/drafts';
import type { MessageKind, Status, Ticket } from '../../platform/types';
import { Field, Notice } from '../../platform/ui';
import { STATUS_LABEL } from '../../platform/labels';

export interface ComposerHandle {
  focus(kind: MessageKind): void;
}

const TABS: { kind: MessageKind; label: string; action: string; placeholder: string }[] = [
  { kind: 'reply', label: 'Reply', action: 'Send reply', placeholder: 'Write to the client. They will see this.' },
  { kind: 'note', label: 'Internal note', action: 'Add note', placeholder: 'Only staff see internal notes.' },
  { kind: 'call', label: 'Log call', action: 'Log call', placeholder: 'What was said on the call?' },
];

const SHOWN = ['/body', '/callerNumber', '/callDurationSeconds', '/callDirection'];

interface Props {
  ticket: Ticket;
  defaultNumber?: string;
  onSent: () => void;
  ref?: Ref<ComposerHandle>;
}

export function Composer({ ticket, defaultNumber, onSent, ref }: Props) {
  const [kind, setKind] = useState<MessageKind>('reply');
  const [body, setBody, clearBody] = useDraft(`${ticket.id}:${kind}`);
  const [direction, setDirection] = useState<'inbound' | 'outbound'>('inbound');
  const [number, setNumber] = useState('');
  const [minutes, setMinutes] = useState('');
  const [then, setThen] = useState<'' | Status>('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());
  const textRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  useImperativeHandle(ref, () => ({
    focus(next: MessageKind) {
      // Rendered before the key's default action, so the very next keystroke lands in the field.
      flushSync(() => {
        setKind(next);
        setError(undefined);
      });
      textRef.current?.focus();
    },
  }));

  const tab = TABS.find((t) => t.kind === kind)!;
  const closed = ticket.status === 'closed' || ticket.mergedIntoId !== null;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (!body.trim()) {
      setError(new ApiError(0, 'empty', 'Write something first', '/body'));
      textRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const payload: Record<string, unknown> = { kind, body };
      if (kind === 'call') {
        payload.callDirection = direction;
        const dialled = number.trim() || defaultNumber;
        if (dialled) payload.callerNumber = dialled;
        if (minutes.trim()) payload.callDurationSeconds = Math.round(Number(minutes) * 60);
      }
      await api('POST', `/tickets/${ticket.id}/messages`, payload, { idempotencyKey: key.current });
      key.current = newIdempotencyKey();
      clearBody();
      setMinutes('');
      if (kind === 'reply' && then) {
        await api('PATCH', `/tickets/${ticket.id}`, { status: then });
        setThen('');
      }
      // Out of the text field, so the next single-key shortcut (i, l, s …) works at once.
      formRef.current?.focus();
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
    } else if (event.key === 'Escape') {
      formRef.current?.focus();
    }
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = TABS[(index + delta + TABS.length) % TABS.length];
    setKind(next.kind);
    tabRefs.current[next.kind]?.focus();
  };

  const bodyError = fieldError(error, '/body');
  const general = formError(error, SHOWN);

  if (closed) return <Notice kind="info">This ticket is closed. A new request opens a new ticket.</Notice>;

  return (
    <form ref={formRef} tabIndex={-1} className={`composer composer-${kind}`} onSubmit={submit} onKeyDown={onKeyDown} aria-label="Add to the ticket" noValidate>
      <div className="tabs" role="tablist" aria-label="What to add">
        {TABS.map((t, i) => (
          <button
            key={t.kind}
            ref={(el) => void (tabRefs.current[t.kind] = el)}
            type="button"
            role="tab"
            id={`tab-${t.kind}`}
            aria-selected={kind === t.kind}
            aria-controls="composer-panel"
            tabIndex={kind === t.kind ? 0 : -1}
            className={`tab tab-${t.kind}`}
            onClick={() => {
              setKind(t.kind);
              setError(undefined);
            }}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id="composer-panel" role="tabpanel" aria-labelledby={`tab-${kind}`} className="composer-panel">
        {kind === 'call' && (
          <div className="call-fields">
            <Field label="Direction" error={fieldError(error, '/callDirection')}>
              <select value={direction} onChange={(e) => setDirection(e.target.value as 'inbound' | 'outbound')}>
                <option value="inbound">Inbound</option>
                <option value="outbound">Outbound</option>
              </select>
            </Field>
            <Field label="Number" error={fieldError(error, '/callerNumber')}>
              <input type="tel" value={number} placeholder={defaultNumber ?? '+1 555 0100'} onChange={(e) => setNumber(e.target.value)} />
            </Field>
            <Field label="Minutes" error={fieldError(error, '/callDurationSeconds')}>
              <input type="number" min="0" step="1" inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
            </Field>
          </div>
        )}
        <Field label={kind === 'reply' ? 'Public reply' : kind === 'note' ? 'Internal note (staff only)' : 'Call notes'} error={bodyError}>
          <textarea ref={textRef} rows={kind === 'reply' ? 5 : 4} value={body} placeholder={tab.placeholder} onChange={(e) => setBody(e.target.value)} />
        </Field>
        {general && <Notice>{general}</Notice>}
        <div className="composer-actions">
          {kind === 'reply' && (
            <label className="inline-select">
              <span>Then set</span>
              <select value={then} onChange={(e) => setThen(e.target.value as '' | Status)}>
                <option value="">status unchanged</option>
                {(['waiting_on_client', 'resolved'] as Status[]).filter((s) => s !== ticket.status).map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABEL[s]}
                  </option>
                ))}
              </select>
            </label>
          )}
          <span className="muted small">
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> to send
          </span>
          <button type="submit" className={`button ${kind === 'note' ? 'note' : 'primary'}`} disabled={busy}>
            {busy ? 'Saving…' : tab.action}
          </button>
        </div>
      </div>
    </form>
  );
}
