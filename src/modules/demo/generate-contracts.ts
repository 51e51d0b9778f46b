/**
 * Contracts for the demo clients, with the coverage that makes the SLA clocks worth watching:
 * the publisher's press weekend, the manufacturer's 24x5 shifts, the retailer's trading hours with
 * a round-the-clock P1, and office hours with the local public holidays everywhere else.
 */
import type { CalendarTable, ContractTable, SlaPolicyTable } from '../sla/index.js';
import type { OrganizationTable } from '../clients/index.js';
import { toIso } from '../../platform/clock.js';
import { presetWindows } from '../calendars/index.js';
import { PRIORITIES } from '../tickets/index.js';
import type { Random } from './random.js';

type Window = { startDay: string; startTime: string; endDay: string; endTime: string };
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
const office: Window[] = WEEKDAYS.map((d) => ({ startDay: d, startTime: '08:00', endDay: d, endTime: '18:00' }));
const allWeek: Window[] = presetWindows('24x7');
const shifts: Window[] = presetWindows('24x5');
const trading: Window[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => ({ startDay: d, startTime: '08:00', endDay: d, endTime: '21:00' }));
const pressWeekend: Window[] = [...WEEKDAYS.map((d) => ({ startDay: d, startTime: '09:00', endDay: d, endTime: '17:30' })), { startDay: 'fri', startTime: '18:00', endDay: 'sun', endTime: '23:59' }];

/** Public holidays of the region a zone's clients are in (date-holidays country and region). */
const HOLIDAYS: Record<string, { country: string; region?: string }> = {
  'America/New_York': { country: 'US', region: 'NY' },
  'America/Chicago': { country: 'US', region: 'IL' },
  'America/Denver': { country: 'US', region: 'CO' },
  'America/Los_Angeles': { country: 'US', region: 'CA' },
  'Europe/London': { country: 'GB', region: 'ENG' },
  'Australia/Sydney': { country: 'AU', region: 'NSW' },
  'Australia/Melbourne': { country: 'AU', region: 'VIC' },
  'Australia/Brisbane': { country: 'AU', region: 'QLD' },
  'Australia/Adelaide': { country: 'AU', region: 'SA' },
};

/** Targets in covered minutes, P1 to P4. */
interface Targets {
  firstResponse: number[];
  resolution: number[];
  nextReply: number;
}
const PREMIUM: Targets = { firstResponse: [15, 30, 120, 240], resolution: [240, 480, 1440, 2880], nextReply: 60 };
const STANDARD: Targets = { firstResponse: [30, 60, 240, 480], resolution: [480, 960, 2880, 5760], nextReply: 120 };

const targets = (t: Targets) =>
  Object.fromEntries(PRIORITIES.map((p, i) => [p, { firstResponse: t.firstResponse[i], nextReply: i < 2 ? t.nextReply : null, resolution: t.resolution[i] }]));

/** Law firms and clinics buy the premium policy, with their P1 tickets covered round the clock. */
const premiumClient = (org: Pick<OrganizationTable, 'industry'>) => ['legal', 'healthcare'].includes(org.industry);

/** True when the client's contract covers its P1 tickets round the clock: their clocks run at any hour. */
export function p1RoundTheClock(org: Pick<OrganizationTable, 'industry' | 'slug'>): boolean {
  return premiumClient(org) || org.slug === 'northgate-outfitters';
}

/** The P1 targets of the client's SLA policy, in covered minutes. */
export function p1Targets(org: Pick<OrganizationTable, 'industry'>): { firstResponse: number; resolution: number } {
  const t = premiumClient(org) ? PREMIUM : STANDARD;
  return { firstResponse: t.firstResponse[0], resolution: t.resolution[0] };
}

export interface DemoContracts {
  calendars: CalendarTable[];
  sla_policies: SlaPolicyTable[];
  contracts: ContractTable[];
}

export function generateContracts(rng: Random, nowMs: number, orgs: OrganizationTable[]): DemoContracts {
  const at = toIso(nowMs - 200 * 86_400_000);
  const calendars = new Map<string, CalendarTable>();
  const calendar = (name: string, zone: string, windows: Window[], holidays = true): string => {
    const existing = calendars.get(name);
    if (existing) return existing.id;
    const spec = { timeZone: zone, windows, holidays: holidays && HOLIDAYS[zone] ? [HOLIDAYS[zone]] : [], customHolidays: [], exceptions: [] };
    const row = { id: rng.uuid(), name, time_zone: zone, spec: JSON.stringify(spec), version: 1, created_at: at, updated_at: at };
    calendars.set(name, row);
    return row.id;
  };
  const policy = (name: string, t: Record<string, unknown>, warn: number): SlaPolicyTable => ({ id: rng.uuid(), name, targets: JSON.stringify(t), warning_percent: warn, created_at: at, updated_at: at });
  const premium = policy('Premium', targets(PREMIUM), 75);
  const standard = policy('Standard', targets(STANDARD), 75);
  const contracts = orgs.map((org): ContractTable => {
    const zone = org.time_zone;
    const officeHours = calendar(`Office hours (${zone})`, zone, office);
    const roundTheClock = calendar(`24x7 (${zone})`, zone, allWeek, false);
    const rule = (id: string, priorities?: string[]) => (priorities ? { calendarId: id, priorities } : { calendarId: id });
    let coverage: unknown[];
    let kind = 'managed';
    let sla = standard;
    if (org.slug === 'harbour-lane-press') coverage = [rule(calendar('Press weekend (Harbour Lane)', zone, pressWeekend))];
    else if (org.slug === 'keystone-precision') coverage = [rule(calendar(`24x5 shifts (${zone})`, zone, shifts, false))];
    else if (org.slug === 'northgate-outfitters') coverage = [rule(roundTheClock, ['P1']), rule(calendar(`Store trading hours (${zone})`, zone, trading))];
    else coverage = [rule(officeHours)];
    if (premiumClient(org)) {
      sla = premium;
      coverage = [rule(roundTheClock, ['P1']), ...coverage];
    }
    if (['charity', 'education'].includes(org.industry)) kind = 'block_hours';
    return { id: rng.uuid(), organization_id: org.id, name: `${org.name} — ${kind === 'managed' ? 'Managed services' : 'Block hours'}`, kind, sla_policy_id: sla.id, coverage: JSON.stringify(coverage), active: true, created_at: at, updated_at: at };
  });
  return { calendars: [...calendars.values()], sla_policies: [premium, standard], contracts };
}
