/**
 * What makes the demo page someone: contact methods for the MSP's staff (fictional numbers in the
 * 555-0100…0199 range kept for fiction, and their example-domain mailboxes), and a 24/7 on-call
 * schedule with two layers and one override a couple of days ahead, dated relative to now. The
 * demo provider (registered by the loader) keeps every page in the console's Demo outbox.
 */
import type { ContactMethodTable } from '../escalation/index.js';
import type { OncallOverrideTable, OncallScheduleTable } from '../oncall/index.js';
import type { TeamTable } from '../staff/index.js';
import type { UserTable } from '../auth/index.js';
import { toIso } from '../../platform/clock.js';
import { DAY_MS } from './generate-clients.js';
import type { Random } from './random.js';

/** The schedule's name, as the console and "why was I paged" show it. */
export const DEMO_SCHEDULE_NAME = 'Demo 24/7 on-call';
/** The MSP's own time zone: hand-offs and night windows are in it. */
export const DEMO_SCHEDULE_TIME_ZONE = 'America/New_York';

/** People on the weekly primary rotation (engineering, tiers 2 and 3). */
const PRIMARY = ['Elena Petrova', 'Jordan Blake', 'Kofi Mensah', 'Chris Novak', 'Mei Lin Tan', 'Oliver Grant'];
/** People who take the nights in turn (service desk), above the primary from 20:00 to 08:00. */
const NIGHTS = ['Aisha Rahman', 'Tom Becker', 'Lucia Ferreira', 'Ben Adeyemi'];
/** Who covers the override, for whoever is on call. */
const OVERRIDE_BY = 'Graham Okonkwo';
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export interface PagingRows {
  contact_methods: ContactMethodTable[];
  oncall_schedules: OncallScheduleTable[];
  oncall_overrides: OncallOverrideTable[];
}

/** A fictional North American number: area code 202, exchange 555, line 0100 + n (n < 100). */
export function demoPhone(n: number): string {
  return `+1202555${String(100 + (n % 100)).padStart(4, '0')}`;
}

/**
 * Every staff member is reached by SMS and email at once; team leads, the service manager and the
 * owner also get a call five minutes later, as people who must not sleep through a page set it up.
 */
function contactMethods(rng: Random, nowMs: number, staff: UserTable[], teams: TeamTable[]): ContactMethodTable[] {
  const leads = new Set(teams.map((t) => t.lead_user_id));
  const at = toIso(nowMs - 150 * DAY_MS);
  return staff.flatMap((u, i) => {
    const row = (method: string, address: string, delay: number): ContactMethodTable => ({ id: rng.uuid(), user_id: u.id, method, address, delay_minutes: delay, disabled: false, created_at: at });
    const methods = [row('sms', demoPhone(i), 0), row('email', u.email, 0)];
    if (leads.has(u.id) || u.role === 'service_manager' || u.role === 'owner') methods.push(row('voice', demoPhone(i), 5));
    return methods;
  });
}

/**
 * The schedule: a weekly primary rotation handing off Mondays 09:00, under a nights layer of daily
 * shifts that applies 20:00–08:00 every night; and one override two days ahead, 09:00–21:00 UTC,
 * where the service manager covers for whoever is on call.
 */
export function generatePaging(rng: Random, nowMs: number, users: UserTable[], teams: TeamTable[]): PagingRows {
  const staff = users.filter((u) => u.kind === 'staff');
  const id = (name: string) => {
    const u = staff.find((s) => s.name === name);
    if (!u) throw new Error(`The demo staff has no ${name}`);
    return u.id;
  };
  const created = toIso(nowMs - 120 * DAY_MS);
  const anchorDate = toIso(nowMs - 120 * DAY_MS).slice(0, 10);
  const layers = [
    { name: 'Demo primary (weekly)', participants: PRIMARY.map(id), shiftLength: 1, shiftUnit: 'weeks', handoffTime: '09:00', handoffDay: 'mon', anchorDate },
    {
      name: 'Demo nights (20:00–08:00)',
      participants: NIGHTS.map(id),
      shiftLength: 1,
      shiftUnit: 'days',
      handoffTime: '20:00',
      anchorDate,
      restrictions: DAYS.map((day, i) => ({ startDay: day, startTime: '20:00', endDay: DAYS[(i + 1) % 7], endTime: '08:00' })),
    },
  ];
  const schedule: OncallScheduleTable = { id: rng.uuid(), name: DEMO_SCHEDULE_NAME, time_zone: DEMO_SCHEDULE_TIME_ZONE, layers: JSON.stringify(layers), created_at: created, updated_at: created, version: 1 };
  const day = Math.floor(nowMs / DAY_MS) + 2;
  const override: OncallOverrideTable = {
    id: rng.uuid(),
    schedule_id: schedule.id,
    user_id: id(OVERRIDE_BY),
    replaces_user_id: null,
    start_at: toIso(day * DAY_MS + 9 * 3_600_000),
    end_at: toIso(day * DAY_MS + 21 * 3_600_000),
    reason: 'Demo: covering while the primary is on a client site visit',
    created_by: staff.find((u) => u.role === 'owner')?.id ?? id(OVERRIDE_BY),
    created_at: toIso(nowMs - DAY_MS),
  };
  return { contact_methods: contactMethods(rng, nowMs, staff, teams), oncall_schedules: [schedule], oncall_overrides: [override] };
}
