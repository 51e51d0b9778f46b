/**
 * Delivery providers (owner and admin): email, SMS and voice, webhooks, Slack and Teams — each
 * added, changed, test-sent through alone, with its last delivery results; removing one says what
 * happens to pages.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, fieldError, formError, query } from '../../platform/api';
import { ConfirmDialog } from '../../platform/dialog';
import { formatTime } from '../../platform/format';
import { Link } from '../../platform/router';
import type { ApiAnswer } from '../../platform/types';
import { EmptyState, Field, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { kindLabel, TEST_PLACEHOLDER } from './provider-kinds';
import { ProviderForm, type ProviderDetail } from './ProviderForm';
import '../../platform/setup.css';
import './providers.css';

type Provider = ApiAnswer<'/api/v1/providers', 'get'>['items'][number];
type TestResult = ApiAnswer<'/api/v1/providers/{id}/test', 'post'>;
type DeliveryPage = ApiAnswer<'/api/v1/providers/{id}/deliveries', 'get'>;
type Delivery = DeliveryPage['items'][number];
const METHOD: Record<string, string> = { email: 'Email', sms: 'SMS', voice: 'Voice', webhook: 'Webhook', slack: 'Slack', teams: 'Teams' };

export function ProvidersPage() {
  const providers = useResource((signal) => api<{ items: Provider[] }>('GET', '/providers', undefined, { signal }), []);
  const [editing, setEditing] = useState<ProviderDetail | 'new' | null>(null);
  const [removing, setRemoving] = useState<Provider | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    document.title = 'Delivery providers · Switchboard';
  }, []);

  const edit = async (p: Provider) => {
    setError(undefined);
    try {
      setEditing(await api<ProviderDetail>('GET', `/providers/${encodeURIComponent(p.id)}`));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const remove = async (p: Provider) => {
    await api('DELETE', `/providers/${encodeURIComponent(p.id)}`);
    providers.reload();
  };
  const list = providers.data?.items ?? [];
  const others = (p: Provider) => list.filter((x) => x.id !== p.id && x.enabled && x.methods.some((m) => p.methods.includes(m)));

  return (
    <div className="page setup-page">
      <div className="page-head">
        <div>
          <h1>Delivery providers</h1>
          <p className="muted page-sub">How pages leave Switchboard. Several for one method are tried in order: when one fails, the next takes over.</p>
        </div>
        <button type="button" className="button primary" onClick={() => setEditing('new')}>
          Add provider
        </button>
      </div>
      {error && <Notice>{error}</Notice>}
      {!providers.data ? (
        providers.error !== undefined ? <Notice>{(providers.error as Error).message}</Notice> : <div className="loading-block"><Spinner label="Loading providers" /></div>
      ) : list.length === 0 ? (
        <EmptyState title="No providers yet">Without one, pages are recorded on the ticket as failed deliveries. Add an SMTP relay first: every person can be paged by email.</EmptyState>
      ) : (
        <ul className="provider-list">
          {list.map((p) => (
            <ProviderCard key={p.id} provider={p} onEdit={() => void edit(p)} onRemove={() => setRemoving(p)} />
          ))}
        </ul>
      )}
      {editing && <ProviderForm detail={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onSaved={() => (setEditing(null), providers.reload())} />}
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          confirmLabel="Remove provider"
          onConfirm={() => remove(removing)}
          onClose={() => setRemoving(null)}
          consequences={
            <>
              <p>
                {others(removing).length > 0
                  ? `Pages by ${removing.methods.map((m) => METHOD[m] ?? m).join(' and ')} go through ${others(removing).map((o) => o.name).join(', ')} from now on.`
                  : `Nothing else delivers ${removing.methods.map((m) => METHOD[m] ?? m).join(' or ')}: from now on such pages fail at once and are recorded on their tickets as failed — ladders still climb to their next steps.`}
              </p>
              <p>Its stored credentials are deleted. Tickets keep the record of every page it sent.</p>
            </>
          }
        />
      )}
    </div>
  );
}

function ProviderCard({ provider: p, onEdit, onRemove }: { provider: Provider; onEdit: () => void; onRemove: () => void }) {
  const [open, setOpen] = useState(false);
  const deliveries = useResource(open ? (signal) => api<DeliveryPage>('GET', `/providers/${encodeURIComponent(p.id)}/deliveries`, undefined, { signal }) : null, [open, p.id]);
  return (
    <li className="card provider-card">
      <div className="provider-head">
        <div>
          <h2 className="provider-name">{p.name}</h2>
          <p className="muted small">
            {kindLabel(p.kind)} · delivers {p.methods.map((m) => METHOD[m] ?? m).join(', ')} · order {p.position}
          </p>
        </div>
        <span className={`pill ${p.enabled ? 'pill-on' : 'pill-off'}`}>{p.enabled ? 'In use' : 'Off'}</span>
        <div className="row-actions">
          <button type="button" className="button small" onClick={onEdit}>
            Change
          </button>
          <button type="button" className="button small ghost danger-text" onClick={onRemove}>
            Remove
          </button>
        </div>
      </div>
      <TestSend provider={p} onSent={deliveries.reload} />
      <button type="button" className="button link small deliveries-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide last deliveries' : 'Last deliveries'}
      </button>
      {open && (deliveries.data ? <Deliveries providerId={p.id} first={deliveries.data} /> : <Spinner label="Loading deliveries" />)}
    </li>
  );
}

function TestSend({ provider: p, onSent }: { provider: Provider; onSent: () => void }) {
  const [method, setMethod] = useState(p.methods[0]);
  const [to, setTo] = useState('');
  const [result, setResult] = useState<TestResult>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await api<TestResult>('POST', `/providers/${encodeURIComponent(p.id)}/test`, { to, method }));
      onSent();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="inline-form test-send" onSubmit={submit} noValidate aria-label={`Test ${p.name}`}>
      {p.methods.length > 1 && (
        <Field label="Test by" error={fieldError(error, '/method')}>
          <select value={method} onChange={(e) => setMethod(e.target.value)}>
            {p.methods.map((m) => (
              <option key={m} value={m}>
                {METHOD[m] ?? m}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={`Send a test ${METHOD[method] ?? method} to`} error={fieldError(error, '/to')}>
        <input type="text" value={to} onChange={(e) => setTo(e.target.value)} placeholder={TEST_PLACEHOLDER[method]} />
      </Field>
      <button type="submit" className="button" disabled={busy || !to.trim()}>
        {busy ? 'Sending…' : 'Send test'}
      </button>
      {formError(error, ['/to', '/method']) && <Notice>{formError(error, ['/to', '/method'])}</Notice>}
      {result && (
        <p className={`test-result ${result.ok ? 'ok' : 'bad'}`} role="status">
          {result.ok ? `Accepted by ${p.name} (${result.status}) at ${formatTime(result.at)}.` : `Not sent: ${result.error}${result.temporary ? ' (this may pass if tried again later)' : ''}`}
        </p>
      )}
    </form>
  );
}

/** The newest deliveries, and older ones page by page on request. */
function Deliveries({ providerId, first }: { providerId: string; first: DeliveryPage }) {
  const [older, setOlder] = useState<Delivery[]>([]);
  const [cursor, setCursor] = useState(first.nextCursor);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // Loaded again (after a test send): from the newest once more.
  useEffect(() => {
    setOlder([]);
    setCursor(first.nextCursor);
  }, [first]);
  const more = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const page = await api<DeliveryPage>('GET', `/providers/${encodeURIComponent(providerId)}/deliveries${query({ cursor })}`);
      setOlder((o) => [...o, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const items = [...first.items, ...older];
  if (items.length === 0) return <p className="muted small">Nothing sent through it yet.</p>;
  return (
    <div className="table-wrap">
      <table className="setup-table deliveries-table">
        <thead>
          <tr>
            <th>When</th>
            <th>What</th>
            <th className="hide-narrow">To</th>
            <th>Result</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d, i) => (
            <tr key={`${d.notificationId}-${i}`}>
              <td>{formatTime(d.at)}</td>
              <td>
                {METHOD[d.method] ?? d.method} {d.kind === 'test' ? <span className="pill pill-test">test</span> : d.ticket ? <Link to={`/tickets/${d.ticket}`}>page for {d.ticket}</Link> : 'page'}
              </td>
              <td className="hide-narrow delivery-address">{d.address}</td>
              <td>
                <span className={`status-chip ${d.outcome === 'sent' ? 'ok' : d.outcome === 'failed' ? 'bad' : 'wait'}`}>{d.outcome === 'queued' ? 'retrying' : d.outcome}</span>
                {d.reported && <span className="muted small"> · reported {d.reported}</span>}
                {d.outcome !== 'sent' && <p className="muted small">{d.detail}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && <Notice>{error}</Notice>}
      {cursor && (
        <button type="button" className="button link small" onClick={() => void more()} disabled={busy}>
          {busy ? 'Loading…' : 'Older deliveries'}
        </button>
      )}
    </div>
  );
}
