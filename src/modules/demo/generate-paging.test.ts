import { describe, expect, it } from 'vitest';
import { onCallAt, validateSchedule, type Layer } from '../oncall/index.js';
import { generateDemo } from './generate-demo.js';
import { DEMO_LADDER_NAME } from './generate-escalation.js';
import { DEMO_SCHEDULE_NAME } from './generate-paging.js';

const NOW = Date.parse('2025-11-25T15:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const data = generateDemo(42, NOW, 'hash');
const schedule = data.oncall_schedules[0];
const layers = JSON.parse(String(schedule.layers)) as Layer[];

describe('the demo paging set-up', () => {
  it('reaches every staff member by SMS and email at fictional addresses, and leads, the manager and the owner by a call five minutes on', () => {
    const staff = data.users.filter((u) => u.kind === 'staff');
    for (const u of staff) {
      const methods = data.contact_methods.filter((m) => m.user_id === u.id);
      expect(methods.find((m) => m.method === 'sms')?.address, u.name).toMatch(/^\+1202555010\d$|^\+1202555011\d$/);
      expect(methods.find((m) => m.method === 'email')?.address).toBe(u.email);
      expect(u.email).toMatch(/\.example$/);
    }
    const callers = new Set(data.contact_methods.filter((m) => m.method === 'voice').map((m) => m.user_id));
    const leads = data.teams.map((t) => t.lead_user_id);
    expect([...callers].sort()).toEqual([...new Set([...leads, ...staff.filter((u) => u.role === 'service_manager' || u.role === 'owner').map((u) => u.id)])].sort());
    expect(data.contact_methods.filter((m) => m.method === 'voice').every((m) => m.delay_minutes === 5)).toBe(true);
    expect(new Set(data.contact_methods.filter((m) => m.method === 'sms').map((m) => m.address)).size).toBe(staff.length);
  });

  it('has a valid 24/7 schedule of two layers: nights above a weekly primary, someone on call every hour of the week', () => {
    expect(schedule.name).toBe(DEMO_SCHEDULE_NAME);
    expect(schedule.name).toMatch(/Demo/);
    expect(() => validateSchedule({ timeZone: schedule.time_zone, layers }, NOW)).not.toThrow();
    expect(layers.map((l) => [l.shiftUnit, l.name])).toEqual([
      ['weeks', 'Demo primary (weekly)'],
      ['days', 'Demo nights (20:00–08:00)'],
    ]);
    const s = { timeZone: schedule.time_zone, layers };
    const sources = new Set<number | null>();
    for (let t = NOW; t < NOW + 7 * DAY; t += HOUR) {
      const on = onCallAt(s, [], t);
      expect(on.length, new Date(t).toISOString()).toBeGreaterThan(0);
      on.forEach((o) => sources.add(o.layer));
    }
    expect([...sources].sort()).toEqual([0, 1]);
  });

  it('has one override in the coming days, where the service manager covers for whoever is on call', () => {
    expect(data.oncall_overrides).toHaveLength(1);
    const o = data.oncall_overrides[0];
    const start = Date.parse(o.start_at);
    expect(start - NOW).toBeGreaterThan(DAY);
    expect(start - NOW).toBeLessThan(3 * DAY);
    expect(Date.parse(o.end_at) - start).toBe(12 * HOUR);
    expect(o.schedule_id).toBe(schedule.id);
    expect(data.users.find((u) => u.id === o.user_id)?.role).toBe('service_manager');
    expect(o.reason).toMatch(/^Demo:/);
    const during = onCallAt({ timeZone: schedule.time_zone, layers }, [{ id: o.id, userId: o.user_id, replacesUserId: null, startMs: start, endMs: Date.parse(o.end_at) }], start + HOUR);
    expect(during.map((x) => [x.userId, x.source])).toEqual([[o.user_id, 'override']]);
  });

  it('moves the schedule with the instant the demo is loaded at', () => {
    const later = generateDemo(42, NOW + 30 * DAY, 'hash');
    expect(Date.parse(later.oncall_overrides[0].start_at) - Date.parse(data.oncall_overrides[0].start_at)).toBe(30 * DAY);
  });

  it('has the CEO ladder page the team lead and whoever is on call first', () => {
    const ladder = data.escalation_policies.find((p) => p.name === DEMO_LADDER_NAME)!;
    const steps = JSON.parse(String(ladder.steps)) as { delayMinutes: number; targets: unknown[] }[];
    expect(steps.map((s) => s.delayMinutes)).toEqual([15, 30, 60]);
    expect(steps[0].targets).toEqual([{ type: 'role', role: 'team_lead' }, { type: 'schedule', scheduleId: schedule.id }]);
  });
});
