/**
 * The fields a backup job is set up and edited with alike: its RPO and expected schedule, the grace
 * before it counts as stale, and where its email reports come from (and whether they must
 * authenticate). The forms keep one `JobSettings` and send what the API takes (`settingsBody`).
 */
import { fieldError } from '../platform/api';
import { Field } from '../platform/ui';

export interface JobSettings {
  rpo: string;
  schedule: 'none' | 'every' | 'daily';
  every: string;
  daily: string;
  grace: string;
  reportFrom: string;
  acceptUnauthenticated: boolean;
}

/** The problems these fields show beside themselves; the form lists the rest. */
export const JOB_FIELD_PATHS = ['/name', '/rpoHours', '/dailyAt', '/everyHours', '/graceMinutes', '/reportFrom'];

/** The settings as the API takes them: a schedule not chosen, or an empty sender, is null. */
export function settingsBody(s: JobSettings) {
  return {
    rpoHours: Number(s.rpo),
    graceMinutes: Number(s.grace),
    everyHours: s.schedule === 'every' ? Number(s.every) : null,
    dailyAt: s.schedule === 'daily' ? s.daily : null,
    reportFrom: s.reportFrom.trim() || null,
    acceptUnauthenticated: s.acceptUnauthenticated,
  };
}

export function JobFields({ value, onChange, error }: { value: JobSettings; onChange: (next: JobSettings) => void; error: unknown }) {
  const set = (change: Partial<JobSettings>) => onChange({ ...value, ...change });
  return (
    <>
      <Field label="RPO (hours)" error={fieldError(error, '/rpoHours')}>
        <input type="number" min={1} value={value.rpo} onChange={(e) => set({ rpo: e.target.value })} required />
      </Field>
      <Field label="Schedule">
        <select value={value.schedule} onChange={(e) => set({ schedule: e.target.value as JobSettings['schedule'] })}>
          <option value="daily">Daily at</option>
          <option value="every">Every N hours</option>
          <option value="none">No fixed schedule</option>
        </select>
      </Field>
      {value.schedule === 'daily' && (
        <Field label="Daily at (client’s time)" error={fieldError(error, '/dailyAt')}>
          <input type="time" value={value.daily} onChange={(e) => set({ daily: e.target.value })} />
        </Field>
      )}
      {value.schedule === 'every' && (
        <Field label="Every (hours)" error={fieldError(error, '/everyHours')}>
          <input type="number" min={1} value={value.every} onChange={(e) => set({ every: e.target.value })} />
        </Field>
      )}
      <Field label="Grace (minutes)" error={fieldError(error, '/graceMinutes')}>
        <input type="number" min={0} value={value.grace} onChange={(e) => set({ grace: e.target.value })} />
      </Field>
      <Field label="Reports email from" hint="The sender of its email reports, if any" error={fieldError(error, '/reportFrom')}>
        <input type="email" value={value.reportFrom} onChange={(e) => set({ reportFrom: e.target.value })} />
      </Field>
      <label className="small">
        <input type="checkbox" checked={value.acceptUnauthenticated} onChange={(e) => set({ acceptUnauthenticated: e.target.checked })} /> Accept unauthenticated email reports (for appliances
        that relay without SPF/DKIM; a forged success could then hide a stale backup)
      </label>
    </>
  );
}
