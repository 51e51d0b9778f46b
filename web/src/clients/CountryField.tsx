/**
 * A client's country: where national phone numbers of its contacts are read (and then stored in
 * E.164). A new client may leave it to its time zone, and the field says which country that gives
 * — the API's own answer, from its list of countries and time-zone defaults.
 */
import { countryName } from '../platform/phone';
import type { PhoneCountries } from '../platform/types';
import { Field } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { fetchPhoneCountries } from './clients-api';

/** What the select holds: a country code, '' for "from the time zone" (new clients only), 'none' for no country. */
export type CountryChoice = string;

/** The request's `country`: left out (the API derives it from the time zone), null, or a code. */
export function countryValue(choice: CountryChoice): { country?: string | null } {
  if (choice === '') return {};
  return { country: choice === 'none' ? null : choice };
}

export function CountryField({ value, onChange, timeZone, isNew, error }: { value: CountryChoice; onChange: (choice: CountryChoice) => void; timeZone: string; isNew: boolean; error?: string }) {
  const list = useResource<PhoneCountries>(() => fetchPhoneCountries(), []);
  const countries = list.data?.items ?? [];
  const fromZone = list.data ? (list.data.timeZones[timeZone.trim()] ?? null) : undefined;
  const zoneLabel = fromZone === undefined ? 'From the time zone' : fromZone === null ? 'From the time zone: none for this zone' : `From the time zone: ${countryName(fromZone)} (${fromZone})`;
  // The saved country stays choosable while the list loads or if it could not be fetched.
  const known = value === '' || value === 'none' || countries.some((c) => c.code === value);
  const hint =
    value === 'none'
      ? 'Without a country, national numbers of this client’s contacts are kept as typed (found by their digits); numbers typed with + or 00 are still stored in international form (E.164).'
      : `National numbers of this client’s contacts (like 0113 496 0000) are read in this country and stored in international form (E.164, like +441134960000); numbers typed with + or 00 are read as they are.${
          isNew ? ' Left to the time zone, the time zone’s country is used.' : ' Numbers kept as typed while it had no country are read in the one set here.'
        }`;
  return (
    <Field label="Country" hint={hint} error={error ?? (list.error ? `The list of countries could not be loaded: ${(list.error as Error).message}` : undefined)}>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-default-country={fromZone ?? ''}>
        {isNew && <option value="">{zoneLabel}</option>}
        <option value="none">No country: keep national numbers as typed</option>
        {!known && <option value={value}>{`${countryName(value)} (${value})`}</option>}
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {`${c.name} (${c.code}, +${c.callingCode})`}
          </option>
        ))}
      </select>
    </Field>
  );
}
