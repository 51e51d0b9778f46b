/** Editing a contract's billing terms and scope (owners, admins); amounts typed in major units and sent in minor units. */
import { useState } from 'react';
import { fieldError, formError } from '../../platform/api';
import type { Site } from '../../platform/types';
import { Field, Notice } from '../../platform/ui';
import { saveTerms, type BillingTerms } from '../billing-api';

interface Props {
  contractId: string;
  terms: BillingTerms | null;
  sites: Site[];
  onSaved: () => void;
  onCancel: () => void;
}

const toMinor = (major: string) => Math.round(Number(major) * 100);
const toMajor = (minor: number) => (minor / 100).toFixed(2);

export function TermsForm({ contractId, terms, sites, onSaved, onCancel }: Props) {
  const [kind, setKind] = useState<BillingTerms['kind']>(terms?.kind ?? 'managed');
  const [fee, setFee] = useState(toMajor(terms?.flatFee?.amountMinor ?? 0));
  const [basis, setBasis] = useState(terms?.flatFee?.basis ?? 'per_user');
  const [blockHours, setBlockHours] = useState(String((terms?.block?.minutesPerMonth ?? 600) / 60));
  const [rollover, setRollover] = useState(terms?.block?.rollover ?? 'none');
  const [rate, setRate] = useState(toMajor(terms?.defaultRateMinor ?? 12000));
  const [afterHours, setAfterHours] = useState(String(terms?.afterHoursPercent ?? 150));
  const [increment, setIncrement] = useState(String(terms?.incrementMinutes ?? 15));
  const [minimum, setMinimum] = useState(String(terms?.minimumMinutes ?? 15));
  const [rounding, setRounding] = useState(terms?.rounding ?? 'up');
  const [siteIds, setSiteIds] = useState<string[] | null>(terms?.scope.siteIds ?? null);
  const [remote, setRemote] = useState(terms?.scope.remote ?? true);
  const [homeWorkers, setHomeWorkers] = useState(terms?.scope.homeWorkers ?? false);
  const [approvalRequired, setApprovalRequired] = useState(terms?.approvalRequired ?? false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await saveTerms(contractId, {
        version: terms?.version ?? 0,
        kind,
        flatFee: kind === 'managed' ? { basis, amountMinor: toMinor(fee) } : null,
        block: kind === 'block_hours' ? { minutesPerMonth: Math.round(Number(blockHours) * 60), rollover, rolloverCapMinutes: rollover === 'capped' ? Math.round(Number(blockHours) * 60) : null, lowBalanceMinutes: terms?.block?.lowBalanceMinutes ?? 60, priceMinor: terms?.block?.priceMinor ?? null } : null,
        defaultRateMinor: toMinor(rate),
        workTypes: terms?.workTypes ?? [{ key: 'support', name: 'Support', rateMinor: toMinor(rate) }],
        roleRates: terms?.roleRates ?? [],
        approvalRequired,
        afterHoursPercent: Number(afterHours),
        minimumMinutes: Number(minimum),
        incrementMinutes: Number(increment),
        rounding,
        scope: { siteIds, workTypes: terms?.scope.workTypes ?? null, remote, homeWorkers },
      });
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const toggleSite = (id: string) => setSiteIds((ids) => ((ids ?? []).includes(id) ? (ids ?? []).filter((x) => x !== id) : [...(ids ?? []), id]));
  const shown = ['/kind', '/flatFee/amountMinor', '/defaultRateMinor', '/afterHoursPercent', '/minimumMinutes', '/incrementMinutes'];
  return (
    <form className="terms-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <Field label="Kind">
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="managed">Managed flat fee</option>
          <option value="block_hours">Block hours</option>
          <option value="time_and_materials">Time and materials</option>
        </select>
      </Field>
      {kind === 'managed' && (
        <Field label="Flat fee" error={fieldError(error, '/flatFee/amountMinor')}>
          <span className="inline-fields">
            <input type="number" min={0} step="0.01" value={fee} onChange={(e) => setFee(e.target.value)} aria-label="Flat fee amount" />
            <select value={basis} onChange={(e) => setBasis(e.target.value as typeof basis)} aria-label="Flat fee basis">
              <option value="per_user">per user</option><option value="per_device">per device</option><option value="fixed">a month</option>
            </select>
          </span>
        </Field>
      )}
      {kind === 'block_hours' && (
        <Field label="Hours a month" error={fieldError(error, '/block', '/block/rolloverCapMinutes')}>
          <span className="inline-fields">
            <input type="number" min={0} value={blockHours} onChange={(e) => setBlockHours(e.target.value)} aria-label="Block hours a month" />
            <select value={rollover} onChange={(e) => setRollover(e.target.value as typeof rollover)} aria-label="Rollover">
              <option value="none">unused hours lapse</option><option value="next_period">roll over</option><option value="capped">roll over up to one month</option>
            </select>
          </span>
        </Field>
      )}
      <Field label="Hourly rate" error={fieldError(error, '/defaultRateMinor')}><input type="number" min={0} step="0.01" value={rate} onChange={(e) => setRate(e.target.value)} /></Field>
      <Field label="After hours (% of the rate)" error={fieldError(error, '/afterHoursPercent')}><input type="number" min={100} max={500} value={afterHours} onChange={(e) => setAfterHours(e.target.value)} /></Field>
      <Field label="Billed in steps of (minutes)" error={fieldError(error, '/incrementMinutes')}><input type="number" min={1} max={240} value={increment} onChange={(e) => setIncrement(e.target.value)} /></Field>
      <Field label="At least (minutes)" error={fieldError(error, '/minimumMinutes')}><input type="number" min={0} max={1440} value={minimum} onChange={(e) => setMinimum(e.target.value)} /></Field>
      <Field label="Rounding">
        <select value={rounding} onChange={(e) => setRounding(e.target.value as typeof rounding)}><option value="up">up</option><option value="nearest">to the nearest step</option></select>
      </Field>
      <fieldset className="terms-scope">
        <legend>Scope</legend>
        <label><input type="checkbox" checked={siteIds === null} onChange={(e) => setSiteIds(e.target.checked ? null : [])} /> Every site</label>
        {siteIds !== null && sites.map((s) => <label key={s.id}><input type="checkbox" checked={siteIds.includes(s.id)} onChange={() => toggleSite(s.id)} /> {s.name}</label>)}
        <label><input type="checkbox" checked={remote} onChange={(e) => setRemote(e.target.checked)} /> Remote support</label>
        <label><input type="checkbox" checked={homeWorkers} onChange={(e) => setHomeWorkers(e.target.checked)} /> Home workers (unticked: premises only)</label>
      </fieldset>
      <label><input type="checkbox" checked={approvalRequired} onChange={(e) => setApprovalRequired(e.target.checked)} /> Chargeable work needs the client’s approval</label>
      {formError(error, shown) && <Notice>{formError(error, shown)}</Notice>}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>Save terms</button>
        <button type="button" className="button-link" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
