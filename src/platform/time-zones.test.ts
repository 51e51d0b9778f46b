import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { assertTimeZone, isKnownTimeZone, wallDate, wallTime, zoneOffsets } from './time-zones.js';

// Each property pins its own seed (fc.configureGlobal would change every suite in the worker).
const RUNS = { seed: 20260329, numRuns: 300 };
const ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Sao_Paulo', 'Asia/Kathmandu'];
const MIN = 60_000;
const FROM = Date.UTC(1990, 0, 1);
const TO = Date.UTC(2060, 0, 1);
const instantArb = fc.integer({ min: FROM / MIN, max: TO / MIN }).map((m) => m * MIN);
const luxonOffset = (zone: string, ms: number) => DateTime.fromMillis(ms, { zone }).offset * MIN;
const wall = (iso: string) => Date.parse(`${iso}Z`);

describe('the time-zone engine', () => {
  it('agrees with Luxon on the offset of every instant, either side of daylight-saving changes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb, fc.integer({ min: -90, max: 90 }), (zone, at, nudge) => {
        const ms = at + nudge * 1000;
        expect(zoneOffsets(zone).offsetAt(ms)).toBe(luxonOffset(zone, ms));
      }),
      RUNS,
    );
  });

  it('maps a wall time back to the first instant that shows it, so every instant round-trips or is the second of an overlap', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb, (zone, at) => {
        const z = zoneOffsets(zone);
        const back = z.toUtc(z.wallAt(at));
        expect(z.wallAt(back)).toBe(z.wallAt(at));
        expect(back).toBeLessThanOrEqual(at);
        // A different instant is only possible in a fall-back overlap, which lasts at most a few hours.
        if (back !== at) expect(z.offsetAt(back)).toBeGreaterThan(z.offsetAt(at));
      }),
      RUNS,
    );
  });

  it('resolves a wall time in a spring-forward gap to the jump and one in a fall-back overlap to its first occurrence', () => {
    const london = zoneOffsets('Europe/London');
    expect(new Date(london.toUtc(wall('2026-03-29T01:30'))).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(london.toUtc(wall('2026-10-25T01:30'))).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    const lordHowe = zoneOffsets('Australia/Lord_Howe');
    // Lord Howe moves its clocks by 30 minutes: 02:00–02:30 does not exist on 4 October 2026.
    expect(new Date(lordHowe.toUtc(wall('2026-10-04T02:15'))).toISOString()).toBe('2026-10-03T15:30:00.000Z');
    expect(london.localYearAt(Date.parse('2025-12-31T23:30:00Z'))).toBe(2025);
    expect(zoneOffsets('Pacific/Chatham').localYearAt(Date.parse('2025-12-31T23:30:00Z'))).toBe(2026);
  });

  it('lists the spring-forward gaps of a range with the local times that never show', () => {
    const gaps = zoneOffsets('Europe/London').gapsBetween(Date.parse('2026-01-01T00:00:00Z'), Date.parse('2028-01-01T00:00:00Z'));
    expect(gaps.map((g) => [new Date(g.atMs).toISOString(), wallDate(g.startWall), wallTime(g.startWall), wallTime(g.endWall)])).toEqual([
      ['2026-03-29T01:00:00.000Z', '2026-03-29', '01:00', '02:00'],
      ['2027-03-28T01:00:00.000Z', '2027-03-28', '01:00', '02:00'],
    ]);
    expect(zoneOffsets('Asia/Kolkata').gapsBetween(FROM, TO)).toEqual([]);
    expect(zoneOffsets('UTC').gapsBetween(FROM, TO)).toEqual([]);
  });

  it('finds every gap: the offset rises at each one, and no wall time inside it maps to an instant that shows it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 1990, max: 2059 }), (zone, year) => {
        const z = zoneOffsets(zone);
        const from = Date.UTC(year, 0, 1);
        const to = Date.UTC(year + 1, 0, 1);
        const gaps = z.gapsBetween(from, to);
        let rises = 0;
        for (let t = from; t < to; t += 6 * 3_600_000) if (luxonOffset(zone, t + 6 * 3_600_000) > luxonOffset(zone, t)) rises++;
        expect(gaps).toHaveLength(rises);
        for (const g of gaps) {
          expect(luxonOffset(zone, g.atMs)).toBe(g.endWall - g.atMs);
          expect(luxonOffset(zone, g.atMs - 1)).toBe(g.startWall - g.atMs);
          const inside = g.startWall + Math.floor((g.endWall - g.startWall) / 2);
          expect(z.toUtc(inside)).toBe(g.atMs);
          expect(z.wallAt(z.toUtc(inside))).not.toBe(inside);
        }
      }),
      { seed: 4711, numRuns: 60 },
    );
  });

  it('knows IANA zone names and refuses anything else with unknown_time_zone at the given field', () => {
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(() => assertTimeZone('America/Chicago', '/timeZone')).not.toThrow();
    for (const bad of ['Mars/Olympus_Mons', '+03:00', '', 'Europe/London ', 42, null, undefined]) {
      expect(isKnownTimeZone(bad), String(bad)).toBe(false);
      let error: unknown;
      try {
        assertTimeZone(bad, '/sites/0/timeZone');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'unknown_time_zone', status: 422, field: '/sites/0/timeZone' });
    }
  });
});
