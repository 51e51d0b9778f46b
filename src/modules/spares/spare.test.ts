import { describe, expect, it } from 'vitest';
import { decideLowStock, decideOverdue, isLow, nextState } from './spare.js';

describe('spare rules', () => {
  it('moves a loaner out and back, a spare into use, and only a reservation can be cancelled', () => {
    expect(nextState('reserved', 'hand_out', true)).toBe('out');
    expect(nextState('reserved', 'hand_out', false)).toBe('used');
    expect(nextState('out', 'return', true)).toBe('returned');
    expect(nextState('reserved', 'cancel', true)).toBe('cancelled');
    expect(nextState('used', 'return', false)).toBeUndefined();
    expect(nextState('out', 'cancel', true)).toBeUndefined();
    expect(nextState('returned', 'hand_out', true)).toBeUndefined();
  });

  it('counts stock as low at its threshold of what is available, never without a threshold', () => {
    expect(isLow({ onHand: 5, reserved: 3, lowThreshold: 2 })).toBe(true);
    expect(isLow({ onHand: 5, reserved: 2, lowThreshold: 2 })).toBe(false);
    expect(isLow({ onHand: 0, reserved: 0, lowThreshold: 0 })).toBe(false);
  });

  it('alerts once per dip and clears when stock is back above the threshold', () => {
    expect(decideLowStock({ onHand: 2, reserved: 0, lowThreshold: 2, lowSince: null })).toBe('alert');
    expect(decideLowStock({ onHand: 1, reserved: 0, lowThreshold: 2, lowSince: '2026-03-02T14:00:00.000Z' })).toBe('none');
    expect(decideLowStock({ onHand: 3, reserved: 0, lowThreshold: 2, lowSince: '2026-03-02T14:00:00.000Z' })).toBe('clear');
  });

  it('opens a ticket for a loaner still out at its due time, once', () => {
    const now = Date.parse('2026-03-02T14:00:00.000Z');
    const out = { state: 'out' as const, dueAt: '2026-03-02T14:00:00.000Z', overdueTicketId: null };
    expect(decideOverdue(out, now)).toEqual({ action: 'open' });
    expect(decideOverdue({ ...out, dueAt: '2026-03-02T15:00:00.000Z' }, now)).toEqual({ action: 'wait', until: now + 3_600_000 });
    expect(decideOverdue({ ...out, state: 'returned' }, now)).toEqual({ action: 'drop', reason: 'returned' });
    expect(decideOverdue({ ...out, overdueTicketId: 't1' }, now)).toEqual({ action: 'drop', reason: 'already_opened' });
    expect(decideOverdue(undefined, now)).toEqual({ action: 'drop', reason: 'gone' });
  });
});
