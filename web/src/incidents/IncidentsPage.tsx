/**
 * Vendor incidents (staff): the incidents declared, and for the one open on screen a grid of its
 * clients × workaround state — where each affected client's workaround stands, worst hit first,
 * changed with one click per client.
 */
import { useState } from 'react';
import { api } from '../platform/api';
import { formatAgo, formatFull } from '../platform/format';
import { StatusPill } from '../platform/labels';
import { Link, navigate } from '../platform/router';
import type { Incident, IncidentChild, IncidentSummary, Page, WorkaroundState } from '../platform/types';
import { EmptyState, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { DeclareIncident } from './DeclareIncident';
import { DetachChild } from './DetachChild';
import { DiscardDeclaration } from './DiscardDeclaration';
import { IncidentActions } from './IncidentActions';
import { IncidentReview } from './IncidentReview';
import { SuspectedIncidents } from './SuspectedIncidents';
import { VendorSide } from './VendorSide';
import './incidents.css';

const STATES: { id: WorkaroundState; label: string }[] = [
  { id: 'not_started', label: 'Not started' },
  { id: 'in_place', label: 'In place' },
  { id: 'not_needed', label: 'Not needed' },
  { id: 'blocked', label: 'Blocked' },
];

const CRITICALITY: Record<IncidentChild['criticality'], string> = { critical: 'Critical', high: 'High', normal: 'Normal', low: 'Low' };

const services = (i: IncidentSummary) => [...new Set(i.services.map((s) => `${s.vendorName} · ${s.name}`))].join(', ');

export function IncidentsPage({ incidentId }: { incidentId?: string }) {
  const list = useResource((signal) => api<Page<IncidentSummary>>('GET', '/incidents?limit=50', undefined, { signal }), []);
  const shown = incidentId ?? list.data?.items[0]?.id;
  const [declaring, setDeclaring] = useState(false);
  return (
    <div className="page incidents-page">
      <div className="incidents-head">
        <h1>Incidents</h1>
        {!declaring ? <button type="button" className="button primary" onClick={() => setDeclaring(true)}>Declare an incident</button> : null}
      </div>
      {list.error ? <Notice>{(list.error as Error).message}</Notice> : null}
      {!declaring ? (
        <SuspectedIncidents
          onDeclared={(incident) => {
            list.reload();
            navigate(`/incidents/${incident.id}`);
          }}
        />
      ) : null}
      {declaring ? (
        <DeclareIncident
          onCancel={() => setDeclaring(false)}
          onDeclared={(incident) => {
            setDeclaring(false);
            list.reload();
            navigate(`/incidents/${incident.id}`);
          }}
        />
      ) : !list.data ? (
        list.error ? null : <Spinner label="Loading incidents" />
      ) : list.data.items.length === 0 ? (
        <EmptyState title="No incidents">Declare one when a vendor goes down, once clients’ dependencies on it are recorded (docs/incidents.md).</EmptyState>
      ) : (
        <div className="incidents-layout">
          <nav aria-label="Incidents">
            <ul className="incident-list">
              {list.data.items.map((i) => (
                <li key={i.id}>
                  <Link to={`/incidents/${i.id}`} className="incident-link" aria-current={i.id === shown ? 'page' : undefined}>
                    <strong>{i.title}</strong>
                    <span className="muted small">{services(i)}</span>
                    <span className="muted small">
                      {i.clientCount} clients · declared <time dateTime={i.declaredAt} title={formatFull(i.declaredAt)}>{formatAgo(i.declaredAt)}</time>
                      {i.status === 'declaring' ? ' · still declaring' : i.status === 'resolved' ? ' · resolved' : i.status === 'discarded' ? ' · discarded' : ''}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {shown ? <IncidentGrid key={shown} id={shown} /> : null}
        </div>
      )}
    </div>
  );
}

function IncidentGrid({ id }: { id: string }) {
  const incident = useResource((signal) => api<Incident>('GET', `/incidents/${id}`, undefined, { signal }), [id]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState<string | null>(null);
  if (incident.error) return <Notice>{(incident.error as Error).message}</Notice>;
  if (!incident.data) return <Spinner label="Loading the incident" />;
  const data = incident.data;
  const set = async (child: IncidentChild, change: { workaroundState?: WorkaroundState; stepsDone?: number[] }) => {
    setSaving(child.organizationId);
    setError(null);
    try {
      const next = await api<Incident>('PATCH', `/incidents/${id}/children/${child.organizationId}`, change);
      incident.mutate(() => next);
    } catch (e) {
      setError(`${child.organizationName}: ${(e as Error).message}`);
    } finally {
      setSaving(null);
    }
  };
  const count = (state: WorkaroundState) => data.children.filter((c) => c.workaroundState === state).length;
  return (
    <section className="incident-detail" aria-labelledby="incident-title">
      <h2 id="incident-title">{data.title}</h2>
      <p className="incident-summary">{data.summary}</p>
      {data.status === 'declaring' || data.status === 'discarded' ? <DiscardDeclaration incident={data} onChange={(next) => incident.mutate(() => next)} /> : null}
      <VendorSide key={data.version} incident={data} onChange={(next) => incident.mutate(() => next)} />
      <IncidentActions incident={data} onChange={(next) => incident.mutate(() => next)} />
      <p className="incident-counts" aria-label="Workarounds by state">
        {STATES.map((s) => (
          <span key={s.id} className={`incident-count state-${s.id}`}>
            {s.label} <strong>{count(s.id)}</strong>
          </span>
        ))}
      </p>
      {error ? <Notice>{error}</Notice> : null}
      <table className="incident-grid">
        <caption className="visually-hidden">Clients by workaround state</caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Ticket</th>
            {STATES.map((s) => (
              <th key={s.id} scope="col">{s.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.children.map((c) => (
            <tr key={c.organizationId}>
              <th scope="row">
                {c.organizationName}
                <span className={`criticality criticality-${c.criticality}`}>{CRITICALITY[c.criticality]}</span>
                <Checklist child={c} disabled={saving === c.organizationId} onChange={(stepsDone) => void set(c, { stepsDone })} />
                {c.releasedAt ? (
                  <span className="released-note">Let go: {c.releaseReason}</span>
                ) : data.status === 'open' ? (
                  <DetachChild incidentId={data.id} child={c} onDetached={(next) => incident.mutate(() => next)} />
                ) : null}
              </th>
              <td>
                <Link to={`/tickets/${c.ticket.number}`}>{c.ticket.number}</Link> <StatusPill status={c.ticket.status} />
              </td>
              {STATES.map((s) => (
                <td key={s.id} className={`state-cell${c.workaroundState === s.id ? ` state-${s.id} current` : ''}`}>
                  <button
                    type="button"
                    className="state-button"
                    aria-pressed={c.workaroundState === s.id}
                    aria-label={`${c.organizationName}: ${s.label}`}
                    disabled={saving === c.organizationId}
                    onClick={() => c.workaroundState !== s.id && void set(c, { workaroundState: s.id })}
                  >
                    {c.workaroundState === s.id ? '●' : '○'}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {data.status === 'resolved' ? <IncidentReview incidentId={data.id} /> : null}
    </section>
  );
}

/** A client's checklist: how many steps are done, and each step to tick off. */
function Checklist({ child, disabled, onChange }: { child: IncidentChild; disabled: boolean; onChange: (stepsDone: number[]) => void }) {
  const steps = child.workaroundSteps;
  const done = new Set(child.stepsDone);
  if (steps.length === 0) return <span className="muted small">No workaround steps on file{child.attached ? ' · existing ticket attached' : ''}</span>;
  const toggle = (i: number) => onChange(done.has(i) ? child.stepsDone.filter((d) => d !== i) : [...child.stepsDone, i]);
  return (
    <details className="incident-checklist">
      <summary className="muted small">
        {done.size}/{steps.length} workaround {steps.length === 1 ? 'step' : 'steps'} done{child.attached ? ' · existing ticket attached' : ''}
      </summary>
      <ul>
        {steps.map((step, i) => (
          <li key={i}>
            <label>
              <input type="checkbox" checked={done.has(i)} disabled={disabled} onChange={() => toggle(i)} /> {step}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
