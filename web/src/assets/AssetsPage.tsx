/**
 * Assets (staff): every client's kit by name, searched by name, serial, model, person or circuit;
 * an asset's details with the tickets it was attached to, recorded, edited and retired here; and
 * a client's assets imported from a CSV — previewed with each row's problems, then applied.
 */
import { useState } from 'react';
import { api, formError } from '../platform/api';
import { useDirectory } from '../platform/directory';
import { Link, navigate } from '../platform/router';
import { EmptyState, Field, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { useDebounced } from '../platform/use-debounced';
import { AssetEditor } from './AssetEditor';
import { assetLine, findAssets, KIND_LABELS, type Asset, type AssetTicket } from './assets-api';
import './assets.css';

export function AssetsPage({ assetId }: { assetId?: string }) {
  const directory = useDirectory();
  const [text, setText] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [creating, setCreating] = useState(false);
  const q = useDebounced(text.trim());
  const list = useResource((signal) => findAssets({ q, organizationId }, signal), [q, organizationId]);
  const organizations = [...directory.organizations].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="page assets-page">
      <div className="page-header assets-header">
        <h1>Assets</h1>
        <span className="assets-header-actions">
          <Link to="/assets/feeds" className="button">
            RMM feeds
          </Link>
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            New asset
          </button>
        </span>
      </div>
      {creating && (
        <AssetEditor
          onCancel={() => setCreating(false)}
          onSaved={(a) => {
            setCreating(false);
            list.reload();
            navigate(`/assets/${a.id}`);
          }}
        />
      )}
      <div className="assets-filters">
        <input type="search" aria-label="Search assets" placeholder="Name, serial, model, person or circuit id" value={text} onChange={(e) => setText(e.target.value)} />
        <select aria-label="Client" value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
          <option value="">Every client</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="assets-layout">
        <div>
          {list.loading && !list.data && <Spinner label="Loading assets" />}
          {list.data?.items.length === 0 && <EmptyState title="No asset found">Record assets, import them from a CSV, or connect an RMM feed.</EmptyState>}
          <div className="card table-card">
            <table className="setup-table assets-table" aria-label="Assets">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>What</th>
                  <th>Client</th>
                </tr>
              </thead>
              <tbody>
                {(list.data?.items ?? []).map((a) => (
                  <tr key={a.id} aria-current={a.id === assetId ? 'true' : undefined}>
                    <td>
                      <Link to={`/assets/${a.id}`}>{a.name}</Link>
                    </td>
                    <td className="small">{assetLine(a)}</td>
                    <td className="small">{directory.orgName(a.organizationId)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        {assetId && <AssetDetail key={assetId} assetId={assetId} onChanged={list.reload} />}
      </div>
      <ImportAssets organizations={organizations} onImported={list.reload} />
    </div>
  );
}

function AssetDetail({ assetId, onChanged }: { assetId: string; onChanged: () => void }) {
  const directory = useDirectory();
  const [editing, setEditing] = useState(false);
  const asset = useResource((signal) => api<Asset>('GET', `/assets/${encodeURIComponent(assetId)}`, undefined, { signal }), [assetId]);
  const tickets = useResource((signal) => api<{ items: AssetTicket[] }>('GET', `/assets/${encodeURIComponent(assetId)}/tickets`, undefined, { signal }), [assetId]);
  const a = asset.data;
  if (asset.error) return <Notice>{formError(asset.error, [])}</Notice>;
  if (!a) return <Spinner label="Loading the asset" />;
  if (editing) {
    return (
      <AssetEditor
        asset={a}
        onCancel={() => {
          // Fresh from the server: a cancel after a conflict shows what the other person saved.
          setEditing(false);
          asset.reload();
        }}
        onSaved={() => {
          setEditing(false);
          asset.reload();
          onChanged();
        }}
      />
    );
  }
  const facts: [string, string][] = [
    ['Kind', KIND_LABELS[a.kind]],
    ['Client', directory.orgName(a.organizationId)],
    ['Model', a.model],
    ['Serial', a.serial],
    ...(a.kind === 'circuit' ? ([['ISP', a.isp], ['Circuit id', a.circuitId], ['ISP support', a.ispSupportPhone]] as [string, string][]) : []),
    ['Tags', (a.tags ?? []).join(', ')],
    ['RMM id', a.externalId ?? ''],
    ['Notes', a.notes ?? ''],
  ];
  return (
    <section className="card asset-detail" aria-labelledby="asset-title">
      <h2 id="asset-title" className="card-title">
        {a.name} {a.archivedAt && <span className="badge">Retired</span>}
      </h2>
      <button type="button" className="button small" onClick={() => setEditing(true)}>
        Edit
      </button>
      <dl className="asset-facts">
        {facts.filter(([, v]) => v).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{k === 'ISP support' ? <a href={`tel:${v.replace(/\s+/g, '')}`}>{v}</a> : v}</dd>
          </div>
        ))}
      </dl>
      <h3>Tickets</h3>
      {tickets.data?.items.length === 0 && <p className="muted small">Not attached to any ticket yet.</p>}
      <ul className="asset-list">
        {(tickets.data?.items ?? []).map((t) => (
          <li key={t.id}>
            <Link to={`/tickets/${t.number}`}>{t.number}</Link> {t.subject} <span className="muted small">{t.status}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface ImportAnswer {
  applied: boolean;
  rows: { row: number; action: string; name: string; serial: string }[];
  problems: { row: number; column: string; code: string; message: string }[];
}

function ImportAssets({ organizations, onImported }: { organizations: { id: string; name: string }[]; onImported: () => void }) {
  const [organizationId, setOrganizationId] = useState('');
  const [csv, setCsv] = useState('');
  const [answer, setAnswer] = useState<ImportAnswer>();
  const [error, setError] = useState<unknown>();
  const send = async (apply: boolean) => {
    setError(undefined);
    try {
      const a = await api<ImportAnswer>('POST', '/assets/import', { organizationId, csv, apply });
      setAnswer(a);
      if (a.applied) onImported();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card asset-import" aria-labelledby="asset-import-title">
      <h2 id="asset-import-title" className="card-title">
        Import from CSV
      </h2>
      <p className="muted small">Columns: kind, name, serial, model, site, person (email or name), tags, notes, isp, circuit_id, isp_support_phone. A serial the client already has updates that asset.</p>
      <Field label="Client">
        <select value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
          <option value="">Choose the client</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="CSV file">
        <input type="file" accept=".csv,text/csv" onChange={(e) => void e.target.files?.[0]?.text().then((t) => { setCsv(t); setAnswer(undefined); })} />
      </Field>
      <div className="form-actions">
        <button type="button" className="button" disabled={!organizationId || !csv} onClick={() => void send(false)}>
          Preview
        </button>
        <button type="button" className="button primary" disabled={!answer || answer.applied || answer.problems.length > 0} onClick={() => void send(true)}>
          Import {answer && !answer.applied ? `${answer.rows.length} assets` : ''}
        </button>
      </div>
      {error !== undefined && <Notice>{formError(error, [])}</Notice>}
      {answer?.applied && <Notice kind="success">Imported {answer.rows.length} assets.</Notice>}
      {answer && answer.problems.length > 0 && (
        <ul className="asset-problems" aria-label="Problems in the file">
          {answer.problems.map((p) => (
            <li key={`${p.row}-${p.column}`}>
              Row {p.row}, {p.column}: {p.message}
            </li>
          ))}
        </ul>
      )}
      {answer && !answer.applied && answer.rows.length > 0 && (
        <p className="small">
          {answer.rows.filter((r) => r.action === 'create').length} new, {answer.rows.filter((r) => r.action === 'update').length} updated.
        </p>
      )}
    </section>
  );
}
