import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideFold, decideSettle, FOLD_EVENT_INTERVAL_MS, priorityFor, type AlertStatus, type FoldRules, type FoldState, type TicketState } from './alert.js';

const min = (n: number) => n * 60_000;
const rules: FoldRules = { resolveOnRecovery: true, flapChanges: 3, flapWindowMs: min(10) };

/** Folds a sequence of (status, minute) alerts from nothing, with the ticket following each move. */
function play(steps: [AlertStatus, number][], r: FoldRules = rules) {
  let state: FoldState | null = null;
  let ticket: TicketState = 'none';
  const actions: string[] = [];
  for (const [status, at] of steps) {
    const d = decideFold(state, status, ticket, r, min(at));
    if (d.ticket === 'open' || d.ticket === 'reopen') ticket = 'open';
    if (d.ticket === 'resolve') ticket = 'resolved';
    actions.push(d.action);
    state = d.next;
  }
  return { state: state!, ticket, actions };
}

describe('folding an alert', () => {
  it('opens a ticket on the first firing and folds repeats into it, counting every one', () => {
    const { state, actions } = play([['firing', 0], ['firing', 1], ['firing', 2]]);
    expect(actions).toEqual(['opened', 'folded', 'folded']);
    expect(state).toMatchObject({ count: 3, state: 'firing', lastFiredAt: 0 });
  });

  it('writes a repeat event at most once per interval, with the repeats folded since the last one', () => {
    const first = decideFold(null, 'firing', 'none', rules, 0);
    const quick = decideFold(first.next, 'firing', 'open', rules, min(1));
    expect(quick.events).toEqual([]);
    const quicker = decideFold(quick.next, 'firing', 'open', rules, min(2));
    const later = decideFold(quicker.next, 'firing', 'open', rules, FOLD_EVENT_INTERVAL_MS);
    expect(later.events).toEqual([{ type: 'alert.repeated', data: { count: 4, repeats: 3 } }]);
    expect(later.next).toMatchObject({ folded: 0, eventAt: FOLD_EVENT_INTERVAL_MS });
  });

  it('records a recovery of an alert never seen firing, without a ticket', () => {
    expect(decideFold(null, 'resolved', 'none', rules, 0)).toMatchObject({ action: 'recorded', ticket: null, fired: false });
  });

  it('resolves the open ticket on recovery, or only records it when the rules say so', () => {
    const opened = decideFold(null, 'firing', 'none', rules, 0).next;
    expect(decideFold(opened, 'resolved', 'open', rules, min(1))).toMatchObject({ action: 'resolved', ticket: 'resolve', events: [{ type: 'alert.recovered' }] });
    expect(decideFold(opened, 'resolved', 'open', { ...rules, resolveOnRecovery: false }, min(1))).toMatchObject({ action: 'recovered', ticket: null });
    // A person resolved it first: the recovery is only recorded.
    expect(decideFold(opened, 'resolved', 'resolved', rules, min(1))).toMatchObject({ action: 'recovered', ticket: null });
  });

  it('reopens a resolved ticket when the alert fires again, and opens a new one for a closed ticket', () => {
    const { state } = play([['firing', 0], ['resolved', 1]]);
    expect(decideFold(state, 'firing', 'resolved', rules, min(2))).toMatchObject({ action: 'reopened', ticket: 'reopen', fired: true });
    expect(decideFold(state, 'firing', 'closed', rules, min(2))).toMatchObject({ action: 'opened', ticket: 'open', fired: true });
    // Still firing but its ticket closed by a person: a repeat opens a new ticket, not a new onset.
    const firing = decideFold(null, 'firing', 'none', rules, 0).next;
    expect(decideFold(firing, 'firing', 'closed', rules, min(1))).toMatchObject({ action: 'opened', ticket: 'open', fired: false });
  });

  it('marks an alert flapping past the changes allowed in the window, and holds every change after', () => {
    const { actions, state, ticket } = play([['firing', 0], ['resolved', 1], ['firing', 2], ['resolved', 3], ['firing', 4], ['resolved', 5], ['firing', 6]]);
    expect(actions).toEqual(['opened', 'resolved', 'reopened', 'resolved', 'held', 'held', 'held']);
    expect(state).toMatchObject({ flapping: true, state: 'resolved', observedState: 'firing' });
    expect(ticket).toBe('resolved');
  });

  it('does not count changes older than the window toward flapping', () => {
    const { actions } = play([['firing', 0], ['resolved', 1], ['firing', 20], ['resolved', 21], ['firing', 40], ['resolved', 41], ['firing', 60]]);
    expect(actions).not.toContain('held');
  });

  it('writes one flapping event and asks to look again a window after each change', () => {
    const { state } = play([['firing', 0], ['resolved', 1], ['firing', 2], ['resolved', 3]]);
    const starts = decideFold(state, 'firing', 'resolved', rules, min(4));
    expect(starts.events.map((e) => e.type)).toEqual(['alert.flapping']);
    expect(starts.settleAt).toBe(min(14));
    const continues = decideFold(starts.next, 'resolved', 'resolved', rules, min(5));
    expect(continues).toMatchObject({ events: [], settleAt: min(15), action: 'held' });
    expect(decideFold(continues.next, 'resolved', 'resolved', rules, min(6))).toMatchObject({ settleAt: null, action: 'folded' });
  });

  it('never moves the ticket while flapping, whatever arrives', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 120 })), { minLength: 1, maxLength: 60 }), (steps) => {
        let state: FoldState | null = null;
        let ticket: TicketState = 'none';
        let at = 0;
        for (const [firing, gap] of steps) {
          at += gap * 1000;
          const d = decideFold(state, firing ? 'firing' : 'resolved', ticket, rules, at);
          if (state?.flapping) expect(d.ticket).toBeNull();
          if (d.ticket === 'open' || d.ticket === 'reopen') ticket = 'open';
          if (d.ticket === 'resolve') ticket = 'resolved';
          expect(d.next.count).toBe((state?.count ?? 0) + 1);
          state = d.next;
        }
      }),
    );
  });
});

describe('settling a flapping alert', () => {
  // Three changes are allowed; the fourth (firing at minute 4) is held: the ticket follows 'resolved'.
  const flapping = play([['firing', 0], ['resolved', 1], ['firing', 2], ['resolved', 3], ['firing', 4]]).state;

  it('waits until a whole window passed since the last change', () => {
    expect(flapping).toMatchObject({ flapping: true, state: 'resolved', observedState: 'firing' });
    expect(decideSettle(flapping, 'resolved', rules, min(13))).toEqual({ waitUntil: min(14) });
  });

  it('applies the state last reported once quiet: a firing reopens the resolved ticket', () => {
    const d = decideSettle(flapping, 'resolved', rules, min(14));
    expect(d).toMatchObject({ action: 'reopened', ticket: 'reopen', next: { flapping: false, state: 'firing', changes: [] } });
    expect(d && 'events' in d ? d.events.map((e) => e.type) : []).toEqual(['alert.stable', 'alert.fired']);
  });

  it('resolves the open ticket when it settles recovered', () => {
    const recovered = { ...flapping, state: 'firing' as const, observedState: 'resolved' as const };
    expect(decideSettle(recovered, 'open', rules, min(14))).toMatchObject({ action: 'resolved', ticket: 'resolve' });
  });

  it('only ends the flapping when the state last reported is the one the ticket follows', () => {
    const same = { ...flapping, observedState: 'resolved' as const };
    expect(decideSettle(same, 'resolved', rules, min(14))).toMatchObject({ action: 'stable', ticket: null, events: [{ type: 'alert.stable' }] });
  });

  it('does nothing for an alert that is not flapping', () => {
    expect(decideSettle({ ...flapping, flapping: false }, 'open', rules, min(15))).toBeNull();
    expect(decideSettle(null, 'none', rules, 0)).toBeNull();
  });
});

describe('the priority of an alert’s ticket', () => {
  it('follows the source’s map, then the built-in severities, then the source’s default', () => {
    expect(priorityFor('CRITICAL', {}, 'P3')).toBe('P1');
    expect(priorityFor('major', {}, 'P3')).toBe('P2');
    expect(priorityFor('warning', {}, 'P1')).toBe('P3');
    expect(priorityFor('info', {}, 'P1')).toBe('P4');
    expect(priorityFor('page', { page: 'P1' }, 'P4')).toBe('P1');
    expect(priorityFor('critical', { critical: 'P2' }, 'P4')).toBe('P2');
    expect(priorityFor('', {}, 'P2')).toBe('P2');
    expect(priorityFor('weird', {}, 'P3')).toBe('P3');
  });
});
