/** A time zone field: free text with the browser's IANA zones as suggestions; the API has the last word. */
import { useId, type InputHTMLAttributes } from 'react';

// Suggestions where the browser cannot list its zones (Intl.supportedValuesOf is recent).
const COMMON_ZONES = ['UTC', 'Europe/London', 'America/New_York', 'America/Chicago', 'America/Los_Angeles'];

let zones: string[] | undefined;
function knownZones(): string[] {
  try {
    zones ??= (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    zones = COMMON_ZONES;
  }
  return zones;
}

export function TimeZoneInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'list' | 'type'>) {
  const listId = useId();
  return (
    <>
      <input type="text" autoComplete="off" spellCheck={false} placeholder="Europe/London" {...props} list={listId} />
      <datalist id={listId}>
        {knownZones().map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </>
  );
}
