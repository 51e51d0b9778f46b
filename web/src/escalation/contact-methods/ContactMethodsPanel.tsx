/**
 * How a person is paged: their contact methods in the order a page uses them (at once, then after
 * each delay until someone acknowledges), each changed, turned off or removed, and a test page to
 * any of them that goes through the real outbox and shows how its delivery went.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { ConfirmDialog } from '../../platform/dialog';
import { formatMinutes } from '../../platform/format';
import type { ContactMethod, TestPage } from '../../platform/types';
import { EmptyState, Field, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { TestPages } from './TestPages';
import '../../platform/setup.css';
import './contact-methods.css';

const METHODS: [ContactMethod['method'], string, string][] = [
  ['sms', 'SMS', '+15555550123'],
  ['voice', 'Voice call', '+15555550123'],
  ['email', 'Email', 'you@example.com'],
  ['slack', 'Slack', 'https://hooks.slack.com/services/…'],
  ['teams', 'Microsoft Teams', 'https://…webhook.office.com/…'],
  ['webhook', 'Webhook', 'https://example.com/pages'],
];
const METHOD_LABEL = Object.fromEntries(METHODS.map(([m, l]) => [m, l]));

export function ContactMethodsPanel({ userId, self, email }: { userId: string; self: boolean; email: string }) {
  const base = `/users/${encodeURIComponent(userId)}`;
  const methods = useResource((signal) => api<{ items: ContactMethod[] }>('GET', `${base}/contact-methods`, undefined, { signal }), [userId]);
  const tests = useResource((signal) => api<{ items: TestPage[] }>('GET', `${base}/test-pages`, undefined, { signal }), [userId]);
  const [removing, setRemoving] = useState<ContactMethod | null>(null);
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState<string | null>(null);
  const reloadTests = tests.reload;

  // While a test page is on its way, look again every two seconds until it settles.
  const pending = tests.data?.items.some((t) => t.status === 'queued' || t.status === 'sending') ?? false;
  useEffect(() => {
    if (!pending) return;
    const timer = window.setInterval(reloadTests, 2000);
    return () => window.clearInterval(timer);
  }, [pending, reloadTests]);

  const test = useCallback(
    async (m: ContactMethod) => {
      setSending(m.id);
      setError(undefined);
      try {
        await api('POST', `${base}/contact-methods/${encodeURIComponent(m.id)}/test`, undefined, { idempotencyKey: newIdempotencyKey() });
      } catch (e) {
        setError((e as Error).message);
      } finally {
        setSending(null);
        reloadTests();
      }
    },
    [base, reloadTests],
  );
  const change = async (m: ContactMethod, body: { delayMinutes?: number; disabled?: boolean }) => {
    setError(undefined);
    try {
      const next = await api<ContactMethod>('PATCH', `${base}/contact-methods/${encodeURIComponent(m.id)}`, body);
      methods.mutate((d) => ({ items: d.items.map((x) => (x.id === m.id ? next : x)).sort((a, b) => a.delayMinutes - b.delayMinutes) }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const remove = async (m: ContactMethod) => {
    await api('DELETE', `${base}/contact-methods/${encodeURIComponent(m.id)}`);
    methods.reload();
  };

  const list = methods.data?.items ?? [];
  const active = list.filter((m) => !m.disabled);
  return (
    <section className="card setup-section" aria-labelledby="paging-title">
      <div className="section-head">
        <h2 id="paging-title">{self ? 'How you are paged' : 'How they are paged'}</h2>
      </div>
      {error && <Notice>{error}</Notice>}
      {!methods.data ? (
        methods.error !== undefined ? <Notice>{(methods.error as Error).message}</Notice> : <Spinner label="Loading contact methods" />
      ) : (
        <>
          <p className="muted small rule-line">
            {active.length === 0
              ? `With no contact methods, a page goes to ${email} by email.`
              : `When a step pages ${self ? 'you' : 'them'}: ${active.map((m) => `${METHOD_LABEL[m.method] ?? m.method} ${m.delayMinutes ? `after ${formatMinutes(m.delayMinutes)}` : 'at once'}`).join(', then ')} — until someone acknowledges.`}
          </p>
          {list.length === 0 ? (
            <EmptyState title="No contact methods yet">Add a phone number or an address below.</EmptyState>
          ) : (
            <ul className="method-list">
              {list.map((m) => (
                <MethodRow key={m.id} method={m} sending={sending === m.id} onTest={() => void test(m)} onDelay={(d) => void change(m, { delayMinutes: d })} onToggle={() => void change(m, { disabled: !m.disabled })} onRemove={() => setRemoving(m)} />
              ))}
            </ul>
          )}
          <AddMethod base={base} onAdded={methods.reload} />
        </>
      )}
      <TestPages pages={tests.data?.items ?? []} label={METHOD_LABEL} />
      {removing && (
        <ConfirmDialog
          title={`Remove ${METHOD_LABEL[removing.method] ?? removing.method} to ${removing.address}?`}
          confirmLabel="Remove"
          onConfirm={() => remove(removing)}
          onClose={() => setRemoving(null)}
          consequences={
            <>
              <p>Pages from now on no longer go to this address{active.length <= 1 && !removing.disabled ? `; with no other method, they go to ${email} by email` : ''}.</p>
              <p>Pages already queued for it are still sent; tickets keep the record of every page sent.</p>
            </>
          }
        />
      )}
    </section>
  );
}

function MethodRow({ method: m, sending, onTest, onDelay, onToggle, onRemove }: { method: ContactMethod; sending: boolean; onTest: () => void; onDelay: (d: number) => void; onToggle: () => void; onRemove: () => void }) {
  const [delay, setDelay] = useState(String(m.delayMinutes));
  const label = METHOD_LABEL[m.method] ?? m.method;
  return (
    <li className={`method-row${m.disabled ? ' method-off' : ''}`}>
      <div className="method-main">
        <strong>{label}</strong> <span className="method-address">{m.address}</span>
        {m.disabled && <span className="pill pill-off">Off</span>}
      </div>
      <form
        className="method-delay"
        onSubmit={(e) => {
          e.preventDefault();
          onDelay(Math.max(0, Math.round(Number(delay) || 0)));
        }}
      >
        <label className="inline-field">
          <span>after</span>
          <input type="number" min={0} max={1440} value={delay} onChange={(e) => setDelay(e.target.value)} aria-label={`${label} to ${m.address}: minutes after a page`} />
          <span>min</span>
        </label>
        {Number(delay) !== m.delayMinutes && (
          <button type="submit" className="button small">
            Save
          </button>
        )}
      </form>
      <div className="row-actions">
        <button type="button" className="button small primary" onClick={onTest} disabled={sending || m.disabled} aria-label={`Send a test page by ${label} to ${m.address}`}>
          {sending ? 'Sending…' : 'Send test page'}
        </button>
        <button type="button" className="button small ghost" onClick={onToggle}>
          {m.disabled ? 'Turn on' : 'Turn off'}
        </button>
        <button type="button" className="button small ghost danger-text" onClick={onRemove} aria-label={`Remove ${label} to ${m.address}`}>
          Remove
        </button>
      </div>
    </li>
  );
}

function AddMethod({ base, onAdded }: { base: string; onAdded: () => void }) {
  const [method, setMethod] = useState<ContactMethod['method']>('sms');
  const [address, setAddress] = useState('');
  const [delay, setDelay] = useState('0');
  const [error, setError] = useState<unknown>();
  const [key, setKey] = useState(newIdempotencyKey);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api('POST', `${base}/contact-methods`, { method, address: address.trim(), delayMinutes: Math.max(0, Math.round(Number(delay) || 0)) }, { idempotencyKey: key });
      setAddress('');
      setKey(newIdempotencyKey());
      onAdded();
    } catch (e) {
      setError(e);
    }
  };
  const shown = ['/method', '/address', '/delayMinutes'];
  return (
    <form className="inline-form add-method" onSubmit={submit} noValidate aria-label="Add a contact method">
      {formError(error, shown) && <Notice>{formError(error, shown)}</Notice>}
      <Field label="Method" error={fieldError(error, '/method')}>
        <select value={method} onChange={(e) => setMethod(e.target.value as ContactMethod['method'])}>
          {METHODS.map(([m, l]) => (
            <option key={m} value={m}>
              {l}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Address" error={fieldError(error, '/address')}>
        <input type={method === 'email' ? 'email' : method === 'sms' || method === 'voice' ? 'tel' : 'url'} value={address} onChange={(e) => setAddress(e.target.value)} placeholder={METHODS.find(([m]) => m === method)?.[2]} required />
      </Field>
      <Field label="Minutes after a page" error={fieldError(error, '/delayMinutes')}>
        <input type="number" min={0} max={1440} value={delay} onChange={(e) => setDelay(e.target.value)} />
      </Field>
      <button type="submit" className="button">
        Add method
      </button>
    </form>
  );
}
