import { describe, expect, it } from 'vitest';
import { callTimeProblem, defaultWarningText, domainsToRemember, handRaisedReason, senderLabel, verificationBlock } from './verification.js';

describe('verify-by-phone rules', () => {
  it('holds a ticket open while any call-back is awaited, saying what to do and for whom', () => {
    expect(verificationBlock([])).toBeNull();
    const block = verificationBlock([{ sender: { address: 'dana@pinecrestlogistics.co', name: 'Dana Whitfield' } }, { sender: { address: null, name: null } }]);
    expect(block?.code).toBe('verification_required');
    expect(block?.message).toContain('Dana Whitfield <dana@pinecrestlogistics.co> and an unknown sender');
    expect(block?.message).toMatch(/number on file — never one given in the message — and log the outcome \(verified, fraud or not reachable\)/);
  });

  it('names the purported sender as people read it', () => {
    expect(senderLabel({ address: 'a@b.com', name: ' Ann ' })).toBe('Ann <a@b.com>');
    expect(senderLabel({ address: 'a@b.com', name: null })).toBe('a@b.com');
    expect(senderLabel({ address: null, name: 'Ann' })).toBe('Ann');
  });

  it('remembers only the domains the scorer found to be look-alikes', () => {
    const reasons = [
      { code: 'lookalike_domain', detail: '', weight: 50, domain: 'PinecrestLogistics.CO' },
      { code: 'mixed_script_domain', detail: '', weight: 20 },
      { code: 'display_name_impersonation', detail: '', weight: 40 },
    ];
    expect(domainsToRemember(reasons, 'dana@mail.xn--inecrestlogistics-zdo.com')).toEqual(['pinecrestlogistics.co', 'xn--inecrestlogistics-zdo.com']);
    expect(domainsToRemember([{ code: 'display_name_impersonation', detail: '', weight: 40 }, { code: 'bank_change_language', detail: '', weight: 40 }], 'boss@gmail.com')).toEqual([]);
    expect(domainsToRemember([{ code: 'lookalike_domain', detail: '', weight: 50 }], null)).toEqual([]);
  });

  it('words the client’s warning after what the message asked for', () => {
    const dana = { address: 'dana@pinecrestlogistics.co', name: 'Dana Whitfield' };
    expect(defaultWarningText(dana, [{ code: 'bank_change_language', detail: '', weight: 40 }, { code: 'payment_language', detail: '', weight: 20 }])).toBe(
      'A message pretending to be from Dana Whitfield (dana@pinecrestlogistics.co) asked to change bank details; do not act on it. If you receive one like it, do not reply: call us.',
    );
    expect(defaultWarningText(dana, [{ code: 'gift_card_language', detail: '', weight: 30 }])).toContain('asked for gift cards');
    expect(defaultWarningText(dana, [{ code: 'payment_amount', detail: '', weight: 20 }])).toContain('asked for a payment');
    expect(defaultWarningText({ address: null, name: null }, [])).toContain('from an unknown sender asked you to act on it');
  });

  it('keeps a hand-raised flag in its author’s words', () => {
    expect(handRaisedReason('Tina Okafor', '  Caller wanted the payroll account changed. ')).toEqual({ code: 'raised_by_staff', detail: 'Tina Okafor flagged this ticket by hand: Caller wanted the payroll account changed.', weight: 0 });
  });

  it('accepts a call-back time between the flag and now only', () => {
    const raised = '2026-03-02T14:00:00.000Z';
    const now = '2026-03-02T15:00:00.000Z';
    expect(callTimeProblem('2026-03-02T14:30:00+00:00', raised, now)).toBeNull();
    expect(callTimeProblem(now, raised, now)).toBeNull();
    expect(callTimeProblem('2026-03-02T15:00:01Z', raised, now)).toMatch(/future/);
    expect(callTimeProblem('2026-03-02T13:59:59Z', raised, now)).toMatch(/after the flag/);
  });
});
