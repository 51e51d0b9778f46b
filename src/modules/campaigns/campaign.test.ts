import { describe, expect, it } from 'vitest';
import { percent, personStatus, progressFrom } from './campaign.js';

describe('campaign progress', () => {
  it('counts done and not-needed steps as finished, per step and per technician', () => {
    const steps = [{ position: 1, title: 'VPN' }, { position: 2, title: 'Printing' }];
    const p = progressFrom(steps, [
      { position: 1, assigneeId: 'ann', state: 'done', n: 3 },
      { position: 1, assigneeId: null, state: 'open', n: 1 },
      { position: 2, assigneeId: 'ann', state: 'not_needed', n: 1 },
      { position: 2, assigneeId: 'ann', state: 'blocked', n: 2 },
      { position: 2, assigneeId: null, state: 'open', n: 1 },
    ]);
    expect(p.overall).toMatchObject({ finished: 4, total: 8, percent: 50, blocked: 2 });
    expect(p.steps).toEqual([
      { position: 1, title: 'VPN', open: 1, done: 3, blocked: 0, notNeeded: 0, finished: 3, total: 4, percent: 75 },
      { position: 2, title: 'Printing', open: 1, done: 0, blocked: 2, notNeeded: 1, finished: 1, total: 4, percent: 25 },
    ]);
    expect(p.technicians).toEqual(expect.arrayContaining([
      expect.objectContaining({ assigneeId: 'ann', finished: 4, total: 6, percent: 66 }),
      expect.objectContaining({ assigneeId: null, finished: 0, total: 2, percent: 0 }),
    ]));
  });

  it('lists a step nobody has reached yet with zero counts', () => {
    expect(progressFrom([{ position: 1, title: 'VPN' }], []).steps[0]).toMatchObject({ total: 0, percent: 0 });
  });

  it('reaches 100% only when every step is finished', () => {
    expect(percent(999, 1000)).toBe(99);
    expect(percent(1000, 1000)).toBe(100);
    expect(percent(0, 0)).toBe(0);
  });

  it('tells a person complete, blocked, in progress or not started', () => {
    expect(personStatus(['done', 'not_needed'])).toBe('complete');
    expect(personStatus(['done', 'blocked'])).toBe('blocked');
    expect(personStatus(['done', 'open'])).toBe('in_progress');
    expect(personStatus(['open', 'open'])).toBe('not_started');
  });
});
