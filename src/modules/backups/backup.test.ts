import { describe, expect, it } from 'vitest';
import { zoneOffsets } from '../../platform/time-zones.js';
import { decideStale, jobState, nextRun, recheckAt, staleAt, unverifiedReason } from './backup.js';

const job = { rpoHours: 24, everyHours: null, dailyAt: null, graceMinutes: 60, lastSuccessAt: '2026-03-02T22:30:00.000Z', createdAt: '2026-03-01T00:00:00.000Z' };
const utc = zoneOffsets('UTC');
const iso = (ms: number) => new Date(ms).toISOString();

describe('backup staleness', () => {
  it('is stale an RPO plus grace after the last success, or after set-up when it never succeeded', () => {
    expect(iso(staleAt(job, utc))).toBe('2026-03-03T23:30:00.000Z');
    expect(iso(staleAt({ ...job, lastSuccessAt: null }, utc))).toBe('2026-03-02T01:00:00.000Z');
  });

  it('waits for the next scheduled run when the schedule is sparser than the RPO', () => {
    expect(iso(staleAt({ ...job, rpoHours: 4, everyHours: 12 }, utc))).toBe('2026-03-03T11:30:00.000Z');
    expect(iso(staleAt({ ...job, rpoHours: 4, dailyAt: '22:00' }, utc))).toBe('2026-03-03T23:00:00.000Z');
  });

  it('reads a daily time in the client’s zone, across a daylight-saving change', () => {
    const chicago = zoneOffsets('America/Chicago');
    // 22:00 in Chicago is 04:00Z in winter (UTC-6) and 03:00Z after 8 March 2026 (UTC-5).
    expect(iso(nextRun({ everyHours: null, dailyAt: '22:00' }, Date.parse('2026-03-02T12:00:00Z'), chicago))).toBe('2026-03-03T04:00:00.000Z');
    expect(iso(nextRun({ everyHours: null, dailyAt: '22:00' }, Date.parse('2026-03-08T12:00:00Z'), chicago))).toBe('2026-03-09T03:00:00.000Z');
    expect(iso(nextRun({ everyHours: null, dailyAt: '22:00' }, Date.parse('2026-03-03T04:00:00Z'), chicago))).toBe('2026-03-04T04:00:00.000Z');
  });

  it('says failed before stale, and waiting until a job first succeeds', () => {
    const at = Date.parse('2026-03-03T12:00:00Z');
    expect(jobState({ lastStatus: 'failed', lastSuccessAt: job.lastSuccessAt }, at + 1, at)).toBe('failed');
    expect(jobState({ lastStatus: 'success', lastSuccessAt: job.lastSuccessAt }, at, at)).toBe('stale');
    expect(jobState({ lastStatus: null, lastSuccessAt: null }, at + 1, at)).toBe('waiting');
    expect(jobState({ lastStatus: 'warning', lastSuccessAt: job.lastSuccessAt }, at + 1, at)).toBe('warning');
    expect(jobState({ lastStatus: 'success', lastSuccessAt: job.lastSuccessAt }, at + 1, at)).toBe('ok');
  });

  it('opens a ticket once stale, unless one is open, and waits while not yet stale', () => {
    const live = { archivedAt: null };
    expect(decideStale(live, 100, false, 99)).toEqual({ action: 'wait', until: 100 });
    expect(decideStale(live, 100, false, 100)).toEqual({ action: 'open' });
    expect(decideStale(live, 100, true, 100)).toEqual({ action: 'drop', reason: 'ticket_open' });
    expect(decideStale({ archivedAt: 'x' }, 100, false, 100)).toEqual({ action: 'drop', reason: 'archived' });
    expect(decideStale(undefined, 100, false, 100)).toEqual({ action: 'drop', reason: 'job_gone' });
  });
});

describe('which email reports count', () => {
  it('counts a success or warning only with a DMARC pass, and says why not otherwise', () => {
    expect(unverifiedReason('success', { spf: 'pass', dkim: 'none', dmarc: 'pass' }, false)).toBeNull();
    expect(unverifiedReason('warning', { dmarc: 'pass' }, false)).toBeNull();
    // SPF passing for the spoofer's own envelope domain is not a pass for the sender's domain.
    expect(unverifiedReason('success', { spf: 'pass', dkim: 'none', dmarc: 'fail' }, false)).toBe('dmarc_fail');
    expect(unverifiedReason('success', { spf: 'pass', dkim: 'pass', dmarc: 'none' }, false)).toBe('dmarc_none');
    expect(unverifiedReason('warning', { spf: 'temperror', dkim: 'temperror', dmarc: 'temperror' }, false)).toBe('dmarc_temperror');
    expect(unverifiedReason('success', { spf: 'pass' }, false)).toBe('dmarc_none');
    expect(unverifiedReason('success', null, false)).toBe('no_verdict');
  });

  it('counts any failure, and anything from a job that accepts unauthenticated reports', () => {
    expect(unverifiedReason('failed', null, false)).toBeNull();
    expect(unverifiedReason('failed', { dmarc: 'fail' }, false)).toBeNull();
    expect(unverifiedReason('success', null, true)).toBeNull();
    expect(unverifiedReason('success', { dmarc: 'fail' }, true)).toBeNull();
  });
});

describe('checking a still-stale job again after its ticket was resolved', () => {
  it('waits the longer of the RPO and the schedule’s interval', () => {
    const now = Date.parse('2026-03-02T10:00:00.000Z');
    expect(iso(recheckAt({ rpoHours: 8, everyHours: null, dailyAt: null }, now))).toBe('2026-03-02T18:00:00.000Z');
    expect(iso(recheckAt({ rpoHours: 8, everyHours: 12, dailyAt: null }, now))).toBe('2026-03-02T22:00:00.000Z');
    expect(iso(recheckAt({ rpoHours: 8, everyHours: null, dailyAt: '22:00' }, now))).toBe('2026-03-03T10:00:00.000Z');
    expect(iso(recheckAt({ rpoHours: 48, everyHours: null, dailyAt: '22:00' }, now))).toBe('2026-03-04T10:00:00.000Z');
  });
});
