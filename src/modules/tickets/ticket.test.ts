import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { assertTransition, canTransition, FINISHED_STATUSES, formatTicketNumber, isOpenStatus, OPEN_STATUSES, parseTicketNumber, STATUSES } from './ticket.js';
import { searchTerms } from './ticket.repository.js';

describe('ticket rules', () => {
  it('never lets a closed ticket change status', () => {
    for (const to of STATUSES.filter((s) => s !== 'closed')) expect(canTransition('closed', to)).toBe(false);
  });

  it('lets a resolved ticket reopen or close, but not wait', () => {
    expect(canTransition('resolved', 'open')).toBe(true);
    expect(canTransition('resolved', 'closed')).toBe(true);
    expect(canTransition('resolved', 'waiting_on_client')).toBe(false);
  });

  it('explains a refused transition with the allowed ones', () => {
    try {
      assertTransition('closed', 'resolved');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).message).toBe('A closed ticket cannot become resolved');
      expect((e as AppError).field).toBe('/status');
    }
  });

  it('counts new, open and both waiting statuses as open, resolved and closed as finished', () => {
    expect(OPEN_STATUSES).toEqual(['new', 'open', 'waiting_on_client', 'waiting_on_vendor']);
    expect(FINISHED_STATUSES).toEqual(['resolved', 'closed']);
    for (const s of STATUSES) expect(isOpenStatus(s), s).toBe(OPEN_STATUSES.includes(s));
    expect(isOpenStatus('resolved')).toBe(false);
    expect(isOpenStatus('closed')).toBe(false);
    expect(isOpenStatus('waiting_on_vendor')).toBe(true);
  });

  it('reads ticket numbers as people type them', () => {
    expect(formatTicketNumber('SB', 1042)).toBe('SB-1042');
    expect(parseTicketNumber('SB-1042')).toBe(1042);
    expect(parseTicketNumber('sb-1042')).toBe(1042);
    expect(parseTicketNumber('1042')).toBe(1042);
    expect(parseTicketNumber('3f2a-uuid')).toBeUndefined();
  });

  it('keeps only words in a search, so no query syntax reaches the database', () => {
    expect(searchTerms('printer "OR" NEAR(x) -y*')).toEqual(['printer', 'or', 'near', 'x', 'y']);
    expect(searchTerms('Café Zürich')).toEqual(['café', 'zürich']);
    expect(searchTerms('***')).toEqual([]);
  });
});
