/**
 * A schedule's current and future overrides: add one, remove one (saying what happens to pages),
 * and trade two shifts (a swap: two overrides stored together) picked from the next two weeks.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { ConfirmDialog } from '../../platform/dialog';
import type { OncallOverride, OncallSchedule, Shift } from '../../platform/types';
import { EmptyState, Field, Notice } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { fetchShifts } from '../oncall-api';
import { OverrideForm } from '../OverrideForm';
import { zonedLabel } from '../zoned-time';

const FORTNIGHT = 14 * 86_400_000;

export function OverridesPanel({ schedule, onChanged }: { schedule: OncallSchedule; onChanged: () => void }) {
  const tz = schedule.timeZone;
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<OncallOverride | null>(null);
  const overrides = schedule.overrides ?? [];

  const remove = async (o: OncallOverride) => {
    await api('DELETE', `/oncall/schedules/${encodeURIComponent(schedule.id)}/overrides/${encodeURIComponent(o.id)}`);
    onChanged();
  };

  return (
    <section className="card setup-section" aria-labelledby="overrides-title">
      <div className="section-head">
        <h2 id="overrides-title">Overrides</h2>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add override
        </button>
      </div>
      {overrides.length === 0 ? (
        <EmptyState title="No overrides now or ahead">The layers decide who is on call.</EmptyState>
      ) : (
        <ul className="override-list">
          {overrides.map((o) => (
            <li key={o.id}>
              <div>
                <strong>{o.userName}</strong> {o.replacesUserName ? <>instead of <strong>{o.replacesUserName}</strong></> : 'for everyone'}
                <p className="muted small">
                  {zonedLabel(o.startAt, tz, false)} → {zonedLabel(o.endAt, tz)}
                  {o.reason ? ` · ${o.reason}` : ''}
                </p>
              </div>
              <button type="button" className="button small ghost danger-text" onClick={() => setRemoving(o)} aria-label={`Remove the override of ${o.userName} from ${zonedLabel(o.startAt, tz, false)}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <SwapForm schedule={schedule} onSwapped={onChanged} />
      {adding && <OverrideForm schedule={schedule} participants={schedule.users} onClose={() => setAdding(false)} onAdded={() => (setAdding(false), onChanged())} />}
      {removing && (
        <ConfirmDialog
          title="Remove this override?"
          confirmLabel="Remove override"
          onConfirm={() => remove(removing)}
          onClose={() => setRemoving(null)}
          consequences={
            <>
              <p>
                {removing.userName} stops covering {zonedLabel(removing.startAt, tz, false)} → {zonedLabel(removing.endAt, tz)}; the layers decide who is on call then.
              </p>
              <p>Pages already sent stay as they were. Escalation steps that fire from now page whoever the layers put on call.</p>
            </>
          }
        />
      )}
    </section>
  );
}

function SwapForm({ schedule, onSwapped }: { schedule: OncallSchedule; onSwapped: () => void }) {
  const tz = schedule.timeZone;
  const [from] = useState(() => Date.now());
  const shifts = useResource((signal) => fetchShifts(schedule.id, from, from + FORTNIGHT, signal), [schedule.id, schedule.version, schedule.overrides?.length]);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const [key, setKey] = useState(newIdempotencyKey);
  const list = (shifts.data ?? []).filter((s) => s.source === 'rotation');
  const label = (s: Shift) => `${s.name}: ${zonedLabel(s.start, tz, false)} → ${zonedLabel(s.end, tz, false)}`;
  const pick = (id: string) => list.find((s) => `${s.start}|${s.userId}` === id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const a = pick(first);
    const b = pick(second);
    if (!a || !b) return;
    setError(undefined);
    try {
      await api('POST', `/oncall/schedules/${encodeURIComponent(schedule.id)}/swaps`, { first: { userId: a.userId, startAt: a.start, endAt: a.end }, second: { userId: b.userId, startAt: b.start, endAt: b.end } }, { idempotencyKey: key });
      setDone(`${a.name} and ${b.name} traded shifts.`);
      setFirst('');
      setSecond('');
      setKey(newIdempotencyKey());
      onSwapped();
    } catch (e) {
      setError(e);
    }
  };
  const general = formError(error, ['/first/userId', '/second/userId', '/first/endAt', '/second/endAt']);
  return (
    <form className="swap-form" onSubmit={submit} aria-labelledby="swap-title">
      <h3 id="swap-title">Trade two shifts</h3>
      <p className="muted small">Each person covers the other’s shift; the rest of the rotation stays as it is.</p>
      {done && <Notice kind="success">{done}</Notice>}
      {general && <Notice>{general}</Notice>}
      <div className="form-row">
        <Field label="This shift" error={fieldError(error, '/first/userId', '/first/endAt')}>
          <select value={first} onChange={(e) => setFirst(e.target.value)}>
            <option value="">Choose a shift…</option>
            {list.map((s) => (
              <option key={`${s.start}|${s.userId}`} value={`${s.start}|${s.userId}`}>
                {label(s)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Trades with" error={fieldError(error, '/second/userId', '/second/endAt')}>
          <select value={second} onChange={(e) => setSecond(e.target.value)}>
            <option value="">Choose a shift…</option>
            {list
              .filter((s) => !first || pick(first)?.userId !== s.userId)
              .map((s) => (
                <option key={`${s.start}|${s.userId}`} value={`${s.start}|${s.userId}`}>
                  {label(s)}
                </option>
              ))}
          </select>
        </Field>
      </div>
      <button type="submit" className="button" disabled={!first || !second}>
        Trade shifts
      </button>
    </form>
  );
}
