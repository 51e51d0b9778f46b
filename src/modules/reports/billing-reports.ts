/**
 * The owner's billing figures — goodwill given, and hours against contract value — as billing
 * exports them (`goodwillByPeriod`, `contractProfitability`), with their CSV. The reports module
 * never reads billing's tables.
 */
import { toCsv } from './csv.js';
import type { GoodwillRow, ProfitabilityRow } from '../billing/index.js';

export { goodwillByPeriod, contractProfitability } from '../billing/index.js';

/** Goodwill rows as CSV: one line per group and currency. */
export function goodwillCsv(rows: GoodwillRow[]): string {
  return toCsv(['group', 'label', 'currency', 'entries', 'minutes', 'value_minor'], rows.map((r) => [r.group, r.label, r.currency, r.entries, r.minutes, r.valueMinor]));
}

/** Profitability rows as CSV: one line per contract (or client) and currency. */
export function profitabilityCsv(rows: ProfitabilityRow[]): string {
  return toCsv(
    ['group', 'label', 'currency', 'minutes_worked', 'worked_value_minor', 'billable_minor', 'fees_minor', 'contract_value_minor', 'value_per_hour_minor'],
    rows.map((r) => [r.group, r.label, r.currency, r.minutesWorked, r.workedValueMinor, r.billableMinor, r.feesMinor, r.contractValueMinor, r.valuePerHourMinor]),
  );
}
