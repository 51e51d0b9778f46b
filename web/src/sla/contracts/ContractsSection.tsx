/**
 * A client's contracts on its page: which is active, its SLA policy and coverage rules in words,
 * editing with the covered week beside, and retiring one — which first says what happens to the
 * clocks of the client's open tickets.
 */
import { useState } from 'react';
import { api } from '../../platform/api';
import { ConfirmDialog } from '../../platform/dialog';
import { CONTRACT_KIND_LABEL } from '../../platform/labels';
import type { Session } from '../../platform/session';
import { OPEN_STATUSES, type Contract, type CoverageRule, type Organization, type Site } from '../../platform/types';
import { Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { fetchCalendars, fetchContracts, fetchPolicies } from '../sla-api';
import { termText } from './contract-term';
import { ContractEditor } from './ContractEditor';
import '../sla.css';

/** `sites`: the client's sites, archived ones too (old rules may still name them). */
export function ContractsSection({ client, sites, session, onChanged }: { client: Organization; sites: Site[]; session: Session; onChanged: () => void }) {
  const data = useResource(async (signal) => {
    const [contracts, calendars, policies] = await Promise.all([fetchContracts(client.id, signal), fetchCalendars(signal), fetchPolicies(signal)]);
    return { contracts, calendars, policies };
  }, [client.id]);
  const [editing, setEditing] = useState<Contract | 'new' | null>(null);
  const [retiring, setRetiring] = useState<{ contract: Contract; open?: number } | null>(null);
  const manage = ['owner', 'admin', 'service_manager'].includes(session.user.role);
  const changed = () => {
    setEditing(null);
    data.reload();
    onChanged();
  };
  const retire = (contract: Contract) => {
    setRetiring({ contract });
    void api<{ counts: number[] }>('POST', '/tickets/counts', { queries: [{ organizationId: client.id, status: OPEN_STATUSES.join(',') }] }).then(
      (r) => setRetiring((x) => (x?.contract.id === contract.id ? { contract, open: r.counts[0] } : x)),
      () => undefined,
    );
  };
  const d = data.data;
  const calendarName = (id: string) => d?.calendars.find((c) => c.id === id)?.name ?? 'a calendar';
  const siteNames = (ids: string[] | undefined) => (ids?.length ? `at ${ids.map((id) => sites.find((s) => s.id === id)?.name ?? 'a site').join(', ')}` : 'at any site or none');
  const ruleText = (r: CoverageRule) => `${r.priorities?.length ? r.priorities.join(', ') : 'Every priority'} ${siteNames(r.siteIds)} → ${calendarName(r.calendarId)}`;

  return (
    <section className="card setup-card contracts-section" aria-labelledby="contracts-title">
      <div className="setup-card-head">
        <h2 id="contracts-title" className="card-title">
          Contracts and coverage
        </h2>
        {manage && d && !editing && client.archivedAt === null && (
          <button type="button" className="button small" onClick={() => setEditing('new')} disabled={d.calendars.length === 0 || d.policies.length === 0}>
            New contract
          </button>
        )}
      </div>
      {data.error !== undefined && <Notice>{(data.error as Error).message}</Notice>}
      {!d ? (
        <Spinner label="Loading contracts" />
      ) : (
        <>
          {manage && (d.calendars.length === 0 || d.policies.length === 0) && <p className="muted">A contract needs a calendar and an SLA policy: create them under Calendars and SLA policies first.</p>}
          {d.contracts.length === 0 && !editing && <p className="muted">No contract: this client’s tickets have no SLA clocks.</p>}
          <ul className="record-list">
            {d.contracts.map((c) => (
              <li key={c.id} className="record contract" data-contract={c.name}>
                <div className="record-main">
                  <span className="record-name">{c.name}</span> <span className={`pill${c.active ? ' contract-active' : ''}`}>{c.active ? 'Active' : 'Not active'}</span>
                  <div className="muted small">
                    {CONTRACT_KIND_LABEL[c.kind] ?? c.kind} · SLA policy {d.policies.find((p) => p.id === c.slaPolicyId)?.name ?? '—'}
                  </div>
                  <div className="muted small contract-term-text">Covers tickets opened {termText(c.startsAt, c.endsAt, client.timeZone)}</div>
                  <ol className="rule-summary small">
                    {c.coverage.map((r, i) => (
                      <li key={i}>{ruleText(r)}</li>
                    ))}
                  </ol>
                </div>
                {manage && (
                  <div className="record-actions">
                    <button type="button" className="button ghost small" onClick={() => setEditing(c)} aria-label={`Edit ${c.name}`}>
                      Edit
                    </button>
                    {c.active && (
                      <button type="button" className="button ghost small danger-text" onClick={() => retire(c)} aria-label={`Retire ${c.name}`}>
                        Retire
                      </button>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
          {editing && (
            <ContractEditor
              key={editing === 'new' ? 'new' : editing.id}
              client={client}
              contract={editing === 'new' ? undefined : editing}
              calendars={d.calendars}
              policies={d.policies}
              sites={sites.filter((s) => !s.archivedAt)}
              onSaved={changed}
              onCancel={() => setEditing(null)}
            />
          )}
        </>
      )}
      {retiring && (
        <ConfirmDialog
          title={`Retire ${retiring.contract.name}?`}
          consequences={
            <>
              <p>
                {client.name}’s <strong className="open-count">open tickets{retiring.open === undefined ? '' : ` (${retiring.open})`}</strong> stay open, but lose their SLA clocks: no due times, no warnings or breaches, and
                escalation steps counted in covered minutes run on wall time, and pages are no longer held until covered hours. Met and missed clocks of closed tickets stay in the reports.
              </p>
              <p>Nothing is deleted: activate the contract again, or another one, and the clocks come back, recomputed from each ticket’s history.</p>
            </>
          }
          confirmLabel="Retire contract"
          onConfirm={async () => {
            await api('PATCH', `/contracts/${encodeURIComponent(retiring.contract.id)}`, { active: false });
            changed();
          }}
          onClose={() => setRetiring(null)}
        />
      )}
    </section>
  );
}
