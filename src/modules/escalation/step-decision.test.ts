import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendar, presetWindows } from '../calendars/index.js';
import { following, stepDueAt, type PolicySnapshot, type Step, type Target } from './escalation.js';
import type { Escalation, TicketFacts } from './escalation.repository.js';
import type { ResolvedTarget } from './resolve-targets.js';
import { decide, decideStep, type StepState } from './step-decision.js';

// A fixed seed keeps CI deterministic; set FC_SEED to explore other inputs.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261205) });

const MIN = 60_000;
// Monday 2 March 2026 14:00 UTC: 08:00 in Chicago, before its office opens at 09:00 (15:00 UTC).
const MONDAY_EARLY = Date.parse('2026-03-02T14:00:00Z');
const chicago = compileCalendar({ timeZone: 'America/Chicago', windows: presetWindows('business-hours') });
const always = compileCalendar({ timeZone: 'UTC', windows: presetWindows('24x7') });
const never = compileCalendar({ timeZone: 'UTC', windows: [] });

const lead = { id: 'u-lead', name: 'Lena Lead', email: 'lead@msp.example' };
const manager = { id: 'u-manager', name: 'Max Manager', email: 'manager@msp.example' };

const step = (over: Partial<Step> = {}): Step => ({ delayMinutes: 15, delayKind: 'wall', from: 'previous', targets: [{ type: 'role', role: 'team_lead' }], requiresAck: true, ...over });
const policy = (steps: Step[], repeat: PolicySnapshot['repeat'] = { times: 0, fromStep: 1 }): PolicySnapshot => ({ id: 'p1', name: 'CEO ladder', version: 3, match: { trigger: 'created' }, steps, repeat });
const ladder = (p: PolicySnapshot, over: Partial<Escalation> = {}): Escalation => ({
  id: 'e1', ticketId: 't1', policy: p, trigger: 'created', state: 'active', nextStep: 0, round: 1, startedAt: MONDAY_EARLY,
  lastStepAt: null, nextStepAt: null, acknowledgedBy: null, acknowledgedAt: null, endedAt: null, version: 4, ...over,
});
const ticket = (over: Partial<TicketFacts> = {}): TicketFacts => ({
  id: 't1', number: 1042, subject: 'Payroll server down', organizationId: 'o1', organizationName: 'Acme Dental', accountManagerId: null,
  siteId: null, priority: 'P1', businessCritical: true, status: 'new', assigneeId: null, teamId: 'team1', ...over,
});
const target = (people: typeof lead[], reason = 'lead of the ticket’s team'): ResolvedTarget => ({ target: { type: 'role', role: 'team_lead' }, people, reason });

/** What the load would read for a ladder at `e.nextStep` of `e.round`: the lead paged by SMS at once and by email 5 minutes later. */
function loaded(e: Escalation, over: Partial<StepState> = {}): StepState {
  return {
    payload: { step: e.nextStep, round: e.round, roundStartedAt: e.startedAt },
    ladder: e,
    ticket: ticket(),
    covering: null,
    targets: [target([lead])],
    contacts: { [lead.id]: [{ id: 'm-sms', method: 'sms', address: '+15550100', delayMinutes: 0 }, { id: 'm-mail', method: 'email', address: lead.email, delayMinutes: 5 }] },
    ticketPrefix: 'SB',
    ...over,
  };
}

describe('decideStep', () => {
  const p = policy([step(), step()]);
  it('drops a deadline whose ladder is gone, acknowledged, ended or already past that step', () => {
    expect(decideStep(undefined, { step: 0, round: 1 })).toEqual({ action: 'drop', reason: 'ladder_gone' });
    expect(decideStep(ladder(p, { state: 'acknowledged' }), { step: 0, round: 1 })).toEqual({ action: 'drop', reason: 'ladder_acknowledged' });
    expect(decideStep(ladder(p, { state: 'ended' }), { step: 0, round: 1 })).toEqual({ action: 'drop', reason: 'ladder_ended' });
    expect(decideStep(ladder(p, { nextStep: 1 }), { step: 0, round: 1 })).toEqual({ action: 'drop', reason: 'superseded' });
    expect(decideStep(ladder(p, { round: 2 }), { step: 0, round: 1 })).toEqual({ action: 'drop', reason: 'superseded' });
  });
  it('drops a deadline for a step the ladder does not have', () => {
    expect(decideStep(ladder(p, { nextStep: 2 }), { step: 2, round: 1 })).toEqual({ action: 'drop', reason: 'no_such_step' });
  });
  it('lets an active ladder at that very step and round notify', () => {
    expect(decideStep(ladder(p, { nextStep: 1 }), { step: 1, round: 1 })).toEqual({ action: 'notify' });
  });
});

describe('decide', () => {
  const two = policy([step({ delayMinutes: 15 }), step({ delayMinutes: 30, targets: [{ type: 'role', role: 'service_manager' }] })]);

  it('pages every contact method of each person, with the configured ticket prefix in the subject', () => {
    const d = decide(loaded(ladder(two), { ticketPrefix: 'HD' }), MONDAY_EARLY);
    expect(d.action).toBe('page');
    if (d.action !== 'page') return;
    expect(d.pages).toEqual([
      { dedupeKey: 'e1:1:0:u-lead:m-sms', recipientUserId: lead.id, method: 'sms', address: '+15550100', subject: '[HD-1042] P1 business-critical: Payroll server down — Acme Dental', body: 'Escalation "CEO ladder", step 1: not acknowledged yet.', requiresAck: true, sendAfter: MONDAY_EARLY },
      { dedupeKey: 'e1:1:0:u-lead:m-mail', recipientUserId: lead.id, method: 'email', address: lead.email, subject: '[HD-1042] P1 business-critical: Payroll server down — Acme Dental', body: 'Escalation "CEO ladder", step 1: not acknowledged yet.', requiresAck: true, sendAfter: MONDAY_EARLY + 5 * MIN },
    ]);
    expect(d.pages.every((x) => !x.subject.includes('SB-'))).toBe(true);
  });

  it('records who was paged and why, and moves the ladder to the next step 30 minutes on', () => {
    const d = decide(loaded(ladder(two)), MONDAY_EARLY);
    if (d.action !== 'page') throw new Error(d.action);
    expect(d.record).toEqual({
      escalationId: 'e1', policy: 'CEO ladder', policyVersion: 3, step: 1, round: 1, requiresAck: true, delay: '15 wall-clock minutes after the previous step',
      paged: [{ target: { type: 'role', role: 'team_lead' }, reason: 'lead of the ticket’s team', people: [{ id: lead.id, name: lead.name }] }],
    });
    expect(d.ladder).toMatchObject({ nextStep: 1, round: 1, lastStepAt: MONDAY_EARLY, nextStepAt: MONDAY_EARLY + 30 * MIN, version: 4 });
    expect(d.arm).toEqual({ dueAt: MONDAY_EARLY + 30 * MIN, roundStartedAt: MONDAY_EARLY });
    expect(d.exhausted).toBe(false);
  });

  it('pages a person named by two targets once, and says so for a target that names nobody', () => {
    const d = decide(loaded(ladder(two), { targets: [target([lead]), target([lead, manager], 'the service manager'), target([], 'the ticket’s assignee: nobody')], contacts: { [lead.id]: [{ id: 'email', method: 'email', address: lead.email, delayMinutes: 0 }], [manager.id]: [{ id: 'email', method: 'email', address: manager.email, delayMinutes: 0 }] } }), MONDAY_EARLY);
    if (d.action !== 'page') throw new Error(d.action);
    expect(d.pages.map((x) => x.recipientUserId)).toEqual([lead.id, manager.id]);
    expect(d.record.paged.map((x) => x.reason)).toEqual(['lead of the ticket’s team', 'the service manager', 'the ticket’s assignee: nobody']);
  });

  it('says "for your information" and "round 2" in the body of an informational step of a repeated round', () => {
    const fyi = policy([step({ requiresAck: false })], { times: 2, fromStep: 1 });
    const d = decide(loaded(ladder(fyi, { round: 2 })), MONDAY_EARLY);
    if (d.action !== 'page') throw new Error(d.action);
    expect(d.pages[0]).toMatchObject({ body: 'Escalation "CEO ladder", step 1, round 2: for your information.', requiresAck: false, dedupeKey: 'e1:2:0:u-lead:m-sms' });
  });

  it('ends the ladder when its ticket is resolved, closed or gone', () => {
    expect(decide(loaded(ladder(two), { ticket: ticket({ status: 'resolved' }) }), MONDAY_EARLY)).toEqual({ action: 'end', reason: 'ticket no longer open' });
    expect(decide(loaded(ladder(two), { ticket: undefined }), MONDAY_EARLY)).toEqual({ action: 'end', reason: 'ticket no longer open' });
  });

  it('defers the page to the opening of the client’s covered hours', () => {
    const d = decide(loaded(ladder(two), { covering: { calendar: chicago, alwaysOpen: false } }), MONDAY_EARLY);
    expect(d).toMatchObject({ action: 'defer', until: Date.parse('2026-03-02T15:00:00Z'), step: 1, round: 1, reason: 'outside the client’s covered hours' });
  });

  it('moves the round’s start on by the wait, so the steps after a deferred one keep their spacing', () => {
    // The first step 10 and the second 40 wall-clock minutes after the round starts (07:50
    // Chicago). Deferred from 08:00 to 09:00, the first pages at 09:00 and the second at 09:30 —
    // not at once because 08:30 has passed.
    const started = MONDAY_EARLY - 10 * MIN;
    const fromStart = policy([step({ delayMinutes: 10, from: 'trigger' }), step({ delayMinutes: 40, from: 'trigger' })]);
    const e = ladder(fromStart, { startedAt: started });
    const d = decide(loaded(e, { covering: { calendar: chicago, alwaysOpen: false }, payload: { step: 0, round: 1, roundStartedAt: started } }), MONDAY_EARLY);
    if (d.action !== 'defer') throw new Error(d.action);
    const opens = Date.parse('2026-03-02T15:00:00Z');
    expect(d.roundStartedAt).toBe(started + (opens - MONDAY_EARLY));
    const resumed = decide(loaded(e, { covering: { calendar: chicago, alwaysOpen: false }, payload: { step: 0, round: 1, roundStartedAt: d.roundStartedAt } }), opens);
    if (resumed.action !== 'page') throw new Error(resumed.action);
    expect(resumed.arm?.dueAt).toBeGreaterThan(opens);
    expect(resumed.arm?.dueAt).toBe(opens + 30 * MIN);
  });

  it('pages at once outside office hours when the priority is covered round the clock, or the calendar never opens again', () => {
    expect(decide(loaded(ladder(two), { covering: { calendar: chicago, alwaysOpen: true } }), MONDAY_EARLY).action).toBe('page');
    expect(decide(loaded(ladder(two), { covering: { calendar: never, alwaysOpen: false } }), MONDAY_EARLY).action).toBe('page');
  });

  it('times the next step in covered minutes when it counts business time', () => {
    const business = policy([step(), step({ delayMinutes: 60, delayKind: 'business' })]);
    // Friday 6 March 2026 16:30 Chicago (22:30 UTC): 30 covered minutes left, the rest on Monday from 09:00.
    const friday = Date.parse('2026-03-06T22:30:00Z');
    const d = decide(loaded(ladder(business), { covering: { calendar: chicago, alwaysOpen: false } }), friday);
    if (d.action !== 'page') throw new Error(d.action);
    expect(d.arm).toEqual({ dueAt: Date.parse('2026-03-09T14:30:00Z'), roundStartedAt: MONDAY_EARLY });
  });

  it('leaves the ladder active after its last step, with no step armed: exhausted', () => {
    const d = decide(loaded(ladder(two, { nextStep: 1 })), MONDAY_EARLY + 45 * MIN);
    if (d.action !== 'page') throw new Error(d.action);
    expect(d.exhausted).toBe(true);
    expect(d.arm).toBeNull();
    expect(d.ladder).toMatchObject({ state: 'active', nextStep: 2, nextStepAt: null, lastStepAt: MONDAY_EARLY + 45 * MIN });
  });

  it('starts a repeated round from its first repeated step, timed from the round’s own start', () => {
    const repeating = policy([step({ delayMinutes: 5 }), step({ delayMinutes: 10, from: 'trigger' })], { times: 1, fromStep: 2 });
    const now = MONDAY_EARLY + 10 * MIN;
    const d = decide(loaded(ladder(repeating, { nextStep: 1 })), now);
    if (d.action !== 'page') throw new Error(d.action);
    expect(d.ladder).toMatchObject({ nextStep: 1, round: 2, nextStepAt: now + 10 * MIN });
    expect(d.arm).toEqual({ dueAt: now + 10 * MIN, roundStartedAt: now });
  });
});

describe('following', () => {
  it('goes step by step, then repeats from the repeat step the set number of times, then stops', () => {
    const p = policy([step(), step(), step()], { times: 1, fromStep: 2 });
    expect(following(p, 0, 1)).toEqual({ step: 1, round: 1 });
    expect(following(p, 2, 1)).toEqual({ step: 1, round: 2 });
    expect(following(p, 2, 2)).toBeNull();
    expect(following(policy([step()], { times: null, fromStep: 1 }), 0, 99)).toEqual({ step: 0, round: 100 });
  });
});

describe('stepDueAt', () => {
  it('counts from the round’s start or the previous step, in wall minutes or covered minutes', () => {
    const anchors = { roundStartedAt: MONDAY_EARLY, previousAt: MONDAY_EARLY + 20 * MIN };
    expect(stepDueAt(step({ from: 'trigger' }), anchors, null)).toBe(MONDAY_EARLY + 15 * MIN);
    expect(stepDueAt(step({ from: 'previous' }), anchors, chicago)).toBe(MONDAY_EARLY + 35 * MIN);
    expect(stepDueAt(step({ delayKind: 'business' }), anchors, chicago)).toBe(Date.parse('2026-03-02T15:15:00Z'));
    expect(stepDueAt(step({ delayKind: 'business' }), anchors, never)).toBeNull();
  });
});

// Arbitrary policies: 1–5 steps, wall or covered delays, from the start or the previous step,
// repeated 0–3 times or until acknowledged.
const arbStep: fc.Arbitrary<Step> = fc.record({
  delayMinutes: fc.integer({ min: 0, max: 600 }),
  delayKind: fc.constantFrom('wall' as const, 'business' as const),
  from: fc.constantFrom('trigger' as const, 'previous' as const),
  targets: fc.constant<Target[]>([{ type: 'role', role: 'owner' }]),
  requiresAck: fc.boolean(),
});
const arbPolicy = fc
  .tuple(fc.array(arbStep, { minLength: 1, maxLength: 5 }), fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), fc.nat())
  .map(([steps, times, from]) => policy(steps, { times, fromStep: (from % steps.length) + 1 }));
const arbCalendar = fc.constantFrom(null, chicago, always, never);
const arbInstant = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') });

describe('properties', () => {
  it('a step never falls due before the moment it counts from', () => {
    fc.assert(
      fc.property(arbStep, arbInstant, fc.integer({ min: 0, max: 7 * 1440 }), arbCalendar, (s, start, gap, calendar) => {
        const anchors = { roundStartedAt: start, previousAt: start + gap * MIN };
        const due = stepDueAt(s, anchors, calendar);
        const base = s.from === 'trigger' ? anchors.roundStartedAt : anchors.previousAt;
        return due === null || due >= base;
      }),
    );
  });

  it('a ladder never pages past its last step, and stops after its last round', () => {
    fc.assert(
      // Calendars that always open again, so every step can be timed; covered round the clock, so none waits.
      fc.property(arbPolicy, arbInstant, fc.constantFrom(null, chicago, always), (p, start, calendar) => {
        let e = ladder(p, { startedAt: start });
        let now = start;
        let roundStartedAt = start;
        const paged: [number, number][] = [];
        // Climb the whole ladder: each step's decision feeds the next, as the engine would.
        for (let i = 0; i < 40; i++) {
          const d = decide(loaded(e, { covering: calendar && { calendar, alwaysOpen: true }, payload: { step: e.nextStep, round: e.round, roundStartedAt } }), now);
          if (d.action !== 'page') return false;
          paged.push([d.record.step, d.record.round]);
          if (d.record.step > p.steps.length || d.ladder.nextStep > p.steps.length) return false;
          e = d.ladder;
          if (d.exhausted) break;
          if (!d.arm || d.arm.dueAt < d.arm.roundStartedAt) return false;
          // A step timed from the start with less delay than the one before is already due: it runs at once.
          now = Math.max(now, d.arm.dueAt);
          roundStartedAt = d.arm.roundStartedAt;
        }
        const after = decide(loaded(e), now + MIN);
        if (e.nextStep === p.steps.length && after.action !== 'drop') return false;
        const rounds = p.repeat.times === null ? Infinity : p.repeat.times + 1;
        const expected = p.repeat.times === null ? 40 : p.steps.length + p.repeat.times * (p.steps.length - p.repeat.fromStep + 1);
        return paged.length === Math.min(40, expected) && paged.every(([, round]) => round <= rounds);
      }),
    );
  });

  it('an acknowledged or ended ladder never pages', () => {
    fc.assert(
      fc.property(arbPolicy, fc.constantFrom('acknowledged' as const, 'ended' as const), fc.nat(), fc.integer({ min: 1, max: 4 }), arbInstant, (p, state, s, round, now) => {
        const e = ladder(p, { state, nextStep: s % p.steps.length, round });
        return decide(loaded(e), now).action === 'drop';
      }),
    );
  });

  it('every page of a step has its own key, and none goes out before the step ran', () => {
    fc.assert(
      fc.property(arbPolicy, arbInstant, fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 4 }), (p, now, delays) => {
        const contacts = { [lead.id]: delays.map((delayMinutes, i) => ({ id: `m${i}`, method: 'sms', address: `+1555010${i}`, delayMinutes })) };
        const d = decide(loaded(ladder(p), { targets: [target([lead]), target([lead])], contacts }), now);
        if (d.action !== 'page') return false;
        return d.pages.length === delays.length && new Set(d.pages.map((x) => x.dedupeKey)).size === delays.length && d.pages.every((x) => x.sendAfter >= now);
      }),
    );
  });
});
