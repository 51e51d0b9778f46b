/** The tier and team pickers that adding a person and editing one share. */
import { fieldError } from '../platform/api';
import { Field } from '../platform/ui';
import { TIER_LABEL } from './staff-words';

type Error = Parameters<typeof fieldError>[0];

/** A staff member's support tier, or none ('' in the form). */
export function TierField({ value, onChange, error }: { value: string; onChange: (tier: string) => void; error: Error }) {
  return (
    <Field label="Tier" error={fieldError(error, '/tier')}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">None</option>
        {Object.entries(TIER_LABEL).map(([t, label]) => (
          <option key={t} value={t}>
            {label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A staff member's team, or none ('' in the form). */
export function TeamField({ value, onChange, teams, error }: { value: string; onChange: (teamId: string) => void; teams: { id: string; name: string }[]; error: Error }) {
  return (
    <Field label="Team" error={fieldError(error, '/teamId')}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">No team</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
