/**
 * A client's contracts' billing terms and scope on its page: what each contract costs and covers in
 * words (kind, fee or block, rates, after hours, rounding; which sites, work and whether remote and
 * home work are in scope). Owners and admins edit them.
 */
import { useState } from 'react';
import type { Session } from '../../platform/session';
import type { Site } from '../../platform/types';
import { Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { fetchContractTerms, formatHours, formatMoney, type BillingTerms } from '../billing-api';
import { TermsForm } from './TermsForm';
import '../billing.css';

const KIND: Record<BillingTerms['kind'], string> = { managed: 'Managed flat fee', block_hours: 'Block hours', time_and_materials: 'Time and materials' };
const BASIS: Record<string, string> = { per_user: 'per user', per_device: 'per device', fixed: 'a month' };

export function BillingTermsPanel({ organizationId, sites, session }: { organizationId: string; sites: Site[]; session: Session }) {
  const data = useResource((signal) => fetchContractTerms(organizationId, signal), [organizationId]);
  const [editing, setEditing] = useState<string | null>(null);
  const admin = session.user.role === 'owner' || session.user.role === 'admin';
  const siteName = (id: string) => sites.find((s) => s.id === id)?.name ?? 'a site';
  return (
    <section className="card setup-card billing-terms" aria-labelledby="billing-terms-title">
      <h2 id="billing-terms-title" className="card-title">Billing terms and scope</h2>
      {data.error !== undefined && <Notice>{(data.error as Error).message}</Notice>}
      {!data.data ? <Spinner label="Loading billing terms" /> : data.data.length === 0 && <p className="muted">No contract yet.</p>}
      <ul className="record-list">
        {(data.data ?? []).map(({ contract, terms }) => (
          <li key={contract.id} className="record" data-contract={contract.name}>
            <div className="record-main">
              <span className="record-name">{contract.name}</span>
              {terms ? <TermsText terms={terms} siteName={siteName} /> : <p className="muted small">No billing terms: its time is chargeable at no known rate.</p>}
              {editing === contract.id && (
                <TermsForm contractId={contract.id} terms={terms} sites={sites.filter((s) => !s.archivedAt)} onSaved={() => { setEditing(null); data.reload(); }} onCancel={() => setEditing(null)} />
              )}
            </div>
            {admin && editing !== contract.id && (
              <div className="record-actions">
                <button type="button" className="button ghost small" onClick={() => setEditing(contract.id)} aria-label={`Edit billing terms of ${contract.name}`}>Edit terms</button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function TermsText({ terms, siteName }: { terms: BillingTerms; siteName: (id: string) => string }) {
  const money = (minor: number) => formatMoney(minor, terms.currency);
  const s = terms.scope;
  return (
    <div className="small">
      <p>
        {KIND[terms.kind]}
        {terms.flatFee && <> · {money(terms.flatFee.amountMinor)} {BASIS[terms.flatFee.basis]}</>}
        {terms.block && <> · {formatHours(terms.block.minutesPerMonth)} a month, rollover {terms.block.rollover.replace('_', ' ')}</>}
        {' '}· {money(terms.defaultRateMinor)}/h{terms.workTypes.map((w) => `, ${w.name} ${money(w.rateMinor)}/h`).join('')}
        {terms.afterHoursPercent !== 100 && <> · after hours {terms.afterHoursPercent / 100}×</>}
        {' '}· billed in {terms.incrementMinutes}-minute steps ({terms.rounding === 'up' ? 'rounded up' : 'to the nearest'}), at least {terms.minimumMinutes} min
      </p>
      <p className="muted">
        Covers {s.siteIds === null ? 'every site' : s.siteIds.map(siteName).join(', ')}; {s.workTypes === null ? 'every kind of work' : s.workTypes.join(', ')};
        {' '}{s.remote ? 'remote support' : 'on-site work only'}; {s.homeWorkers ? 'home workers too' : 'premises only (home workers are chargeable)'}.
      </p>
      {terms.blockMonths.length > 0 && <p>Block this month: {formatHours(terms.blockMonths[terms.blockMonths.length - 1].balance)} left{terms.blockMonths[terms.blockMonths.length - 1].low ? ' — running low' : ''}</p>}
    </div>
  );
}
