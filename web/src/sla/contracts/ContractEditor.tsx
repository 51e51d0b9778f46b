/**
 * Adding or changing a client's contract: name, kind, SLA policy, its term (first and last day, in
 * the client's time zone) and coverage rules, with the week those rules cover drawn in the client's
 * time zone as they are edited — for a ticket of each priority, without a site or at each site —
 * worked out by the API before anything is saved.
 */
import { useState, type FormEvent } from 'react';
import { api, ApiError, formError, newIdempotencyKey } from '../../platform/api';
import { CONTRACT_KIND_LABEL } from '../../platform/labels';
import { PRIORITIES, type Calendar, type Contract, type CoverageRule, type CoverageWeek, type Organization, type SlaPolicy, type Site } from '../../platform/types';
import { Field, Notice } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { previewContractWeek, todayIn } from '../sla-api';
import { useDebounced } from '../../platform/use-debounced';
import { WeekPreview } from '../WeekPreview';
import { dayAfter, dayStart, firstDayOf, lastDayOf } from './contract-term';
import { CoverageRulesEditor } from './CoverageRulesEditor';

export function ContractEditor({ client, contract, calendars, policies, sites, onSaved, onCancel }: {
  client: Organization;
  contract?: Contract;
  calendars: Calendar[];
  policies: SlaPolicy[];
  sites: Site[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(contract?.name ?? `${client.name} managed IT`);
  const [kind, setKind] = useState(contract?.kind ?? 'managed');
  const [slaPolicyId, setPolicy] = useState(contract?.slaPolicyId ?? policies[0]?.id ?? '');
  const [active, setActive] = useState(contract?.active ?? true);
  const zone = client.timeZone;
  const [firstDay, setFirstDay] = useState(() => (contract ? firstDayOf(contract.startsAt, zone) : todayIn(zone)));
  const [lastDay, setLastDay] = useState(() => (contract ? lastDayOf(contract.endsAt, zone) : ''));
  const [rules, setRules] = useState<CoverageRule[]>(contract?.coverage ?? [{ calendarId: calendars[0]?.id ?? '' }]);
  const [week, setWeek] = useState(() => todayIn(client.timeZone));
  const [siteId, setSiteId] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);
  const settled = useDebounced(rules);
  const ready = settled.every((r) => r.calendarId);
  const preview = useResource(ready ? (signal) => previewContractWeek(client.id, settled, week, signal) : null, [client.id, settled, week]);
  const errorAt = (path: string) => {
    for (const e of [error, preview.error]) if (e instanceof ApiError && e.field === path) return e.message;
    return undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { name: name.trim(), kind, slaPolicyId, coverage: rules, active, ...term() };
      if (contract) await api('PATCH', `/contracts/${encodeURIComponent(contract.id)}`, body);
      else await api('POST', '/contracts', { ...body, organizationId: client.id }, { idempotencyKey: key });
      onSaved();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  // The days become instants; an unchanged day is left out of an edit, so a start or end the API
  // set at another time of day stays exact. An empty first day on a new contract: the API starts it now.
  const term = () => {
    const initial = { first: contract ? firstDayOf(contract.startsAt, zone) : '', last: contract ? lastDayOf(contract.endsAt, zone) : '' };
    return {
      ...(firstDay && firstDay !== initial.first ? { startsAt: dayStart(firstDay, zone) } : {}),
      ...(lastDay !== initial.last ? { endsAt: lastDay ? dayAfter(lastDay, zone) : null } : {}),
    };
  };
  const lanes = (w: CoverageWeek) =>
    PRIORITIES.map((p) => {
      const lane = w.lanes.find((l) => l.priority === p && l.siteId === (siteId || null));
      const calendar = lane?.calendar ?? null;
      return { key: p, label: p, sublabel: calendar === null ? 'no rule: no clocks' : `rule ${lane!.rule! + 1}: ${w.calendars[calendar].name}`, calendar };
    });
  const shown = ['/name', '/kind', '/slaPolicyId', '/active', '/startsAt', '/endsAt', '/coverage', ...rules.flatMap((r, i) => [`/coverage/${i}/calendarId`, ...(r.siteIds ?? []).map((_, j) => `/coverage/${i}/siteIds/${j}`)])];
  const general = formError(error, shown);
  return (
    <div className="contract-editor">
      <form className="editor-form" onSubmit={submit} noValidate aria-label={contract ? `Edit ${contract.name}` : 'New contract'}>
        <h3>{contract ? `Edit ${contract.name}` : 'New contract'}</h3>
        {general && <Notice>{general}</Notice>}
        <div className="form-row">
          <Field label="Contract name" error={errorAt('/name')}>
            <input type="text" required value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          </Field>
          <Field label="Kind" error={errorAt('/kind')}>
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              {Object.entries(CONTRACT_KIND_LABEL).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="form-row">
          <Field label="SLA policy" error={errorAt('/slaPolicyId')}>
            <select value={slaPolicyId} onChange={(e) => setPolicy(e.target.value)}>
              {!slaPolicyId && <option value="">Choose a policy</option>}
              {policies.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Status" hint={active && !contract?.active ? 'Activating it retires the client’s other active contract.' : undefined} error={errorAt('/active')}>
            <select value={active ? 'active' : 'retired'} onChange={(e) => setActive(e.target.value === 'active')}>
              <option value="active">Active: its rules drive the clocks</option>
              <option value="retired">Not active</option>
            </select>
          </Field>
        </div>
        <fieldset className="field contract-term">
          <legend>Term</legend>
          <p className="field-hint" id="contract-term-hint">
            Only tickets opened within the term — from the start of the first day to the end of the last, in {zone.replace(/_/g, ' ')} — get SLA clocks from this contract; tickets opened before or after it get none
            from it. Leave the last day empty for a contract without an end date.
          </p>
          <div className="form-row">
            <Field label="First day" error={errorAt('/startsAt')}>
              <input type="date" value={firstDay} onChange={(e) => setFirstDay(e.target.value)} />
            </Field>
            <Field label="Last day" hint="Empty: no end date." error={errorAt('/endsAt')}>
              <input type="date" value={lastDay} min={firstDay || undefined} onChange={(e) => setLastDay(e.target.value)} />
            </Field>
          </div>
        </fieldset>
        <CoverageRulesEditor rules={rules} calendars={calendars} sites={sites} onChange={setRules} errorAt={errorAt} />
        <div className="form-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button className="button primary" type="submit" disabled={busy}>
            {busy ? 'Saving…' : contract ? 'Save contract' : 'Add contract'}
          </button>
        </div>
        <p className="muted small">Saving recomputes the SLA clocks of {client.name}’s open tickets.</p>
      </form>
      <WeekPreview
        week={week}
        onWeek={setWeek}
        preview={preview}
        caption={`Covered hours per priority in ${client.timeZone}`}
        lanes={lanes}
        controls={
          sites.length > 0 && (
            <label className="week-site">
              <span>A ticket</span>
              <select value={siteId} onChange={(e) => setSiteId(e.target.value)} aria-label="Show the coverage of a ticket at">
                <option value="">without a site</option>
                {sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    at {s.name}
                  </option>
                ))}
              </select>
            </label>
          )
        }
      />
    </div>
  );
}
