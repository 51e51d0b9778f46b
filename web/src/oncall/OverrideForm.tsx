/**
 * "Add an override" as a dialog, from the on-call board (on a phone too) and the schedule editor:
 * who covers, for everyone or only instead of one person, from when to when in the schedule's own
 * time zone, and why. The API's field errors show beside their fields.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../platform/api';
import { Dialog } from '../platform/dialog';
import { useDirectory } from '../platform/directory';
import type { OncallOverride } from '../platform/types';
import { Field, Notice } from '../platform/ui';
import { instantToWall, wallToInstant } from './zoned-time';
import './oncall.css';

interface Props {
  schedule: { id: string; name: string; timeZone: string };
  /** The people the layers rotate, offered first as "instead of". */
  participants: { id: string; name: string }[];
  /** Prefilled "instead of" (the person on call now, on the board). */
  replaces?: string;
  onClose: () => void;
  onAdded: (o: OncallOverride) => void;
}

const HOUR = 3_600_000;

export function OverrideForm({ schedule, participants, replaces, onClose, onAdded }: Props) {
  const { staff } = useDirectory();
  const tz = schedule.timeZone;
  // From the next whole hour, for twelve hours: an evening's cover, the common case.
  const start = Math.ceil(Date.now() / HOUR) * HOUR;
  const [userId, setUserId] = useState('');
  const [instead, setInstead] = useState(replaces ?? '');
  const [from, setFrom] = useState(instantToWall(start, tz));
  const [to, setTo] = useState(instantToWall(start + 12 * HOUR, tz));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const startAt = wallToInstant(from, tz);
    const endAt = wallToInstant(to, tz);
    setBusy(true);
    setError(undefined);
    try {
      const body = { userId, replacesUserId: instead || null, startAt: startAt === undefined ? from : new Date(startAt).toISOString(), endAt: endAt === undefined ? to : new Date(endAt).toISOString(), ...(reason.trim() ? { reason: reason.trim() } : {}) };
      onAdded(await api<OncallOverride>('POST', `/oncall/schedules/${encodeURIComponent(schedule.id)}/overrides`, body, { idempotencyKey: key }));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const others = staff.filter((u) => !participants.some((p) => p.id === u.id));
  const general = formError(error, ['/userId', '/replacesUserId', '/startAt', '/endAt', '/reason']);
  return (
    <Dialog title={`Override on ${schedule.name}`} onClose={onClose} lead={`Times are in ${tz.replace(/_/g, ' ')}, where this schedule hands off.`}>
      {general && <Notice>{general}</Notice>}
      <form onSubmit={submit} noValidate className="override-form">
        <Field label="Who covers" error={fieldError(error, '/userId')}>
          <select value={userId} onChange={(e) => setUserId(e.target.value)} required data-autofocus>
            <option value="">Choose a person…</option>
            <optgroup label="On this schedule">
              {participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Other staff">
              {others.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </optgroup>
          </select>
        </Field>
        <Field label="Instead of" hint="Anyone: they are on call whoever the rotation chose. A person: only while the rotation has that person on call." error={fieldError(error, '/replacesUserId')}>
          <select value={instead} onChange={(e) => setInstead(e.target.value)}>
            <option value="">Anyone on call</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="form-row">
          <Field label="From" error={fieldError(error, '/startAt')}>
            <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} required />
          </Field>
          <Field label="Until" error={fieldError(error, '/endAt')}>
            <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} required />
          </Field>
        </div>
        <Field label="Reason (optional)" error={fieldError(error, '/reason')}>
          <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder="Covering for a dentist appointment" />
        </Field>
        <button type="submit" className="button primary wide" disabled={busy}>
          {busy ? 'Adding…' : 'Add override'}
        </button>
      </form>
    </Dialog>
  );
}
