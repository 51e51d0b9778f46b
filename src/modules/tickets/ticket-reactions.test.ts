import { describe, expect, it } from 'vitest';
import type { NewTicketFacts } from './ticket-deps.js';
import { TicketReactions } from './ticket-reactions.js';

const ticket: NewTicketFacts = { id: 't1', organizationId: 'o1', siteId: null, priority: 'P2', status: 'new', channel: 'api', businessCritical: false, createdAt: '2026-03-02T09:00:00.000Z', byStaff: true };

describe('ticket reactions', () => {
  it('run on a changed ticket in the order modules registered them, on the caller’s handle', async () => {
    const reactions = new TicketReactions<string>();
    const seen: string[] = [];
    reactions.onChanged(async (trx, id) => seen.push(`clocks ${id} in ${trx}`));
    reactions.onChanged(async (trx, id) => seen.push(`ladders ${id} in ${trx}`));
    await reactions.changed('trx-1', 't1');
    expect(seen).toEqual(['clocks t1 in trx-1', 'ladders t1 in trx-1']);
  });

  it('decide every part of a new ticket before any is applied, take the due time from the part that sets it, and apply the parts in order', async () => {
    const reactions = new TicketReactions<string>();
    const seen: string[] = [];
    reactions.onCreating(async (trx, t) => {
      seen.push(`plan clocks ${t.id} in ${trx}`);
      return { slaDueAt: '2026-03-02T13:00:00.000Z', apply: async (db) => void seen.push(`store clocks in ${db}`) };
    });
    reactions.onCreating(async () => {
      seen.push('plan ladders');
      return {};
    });
    reactions.onCreating(async () => ({ apply: async (db) => void seen.push(`queue mail in ${db}`) }));
    const followUp = await reactions.creating('trx-1', ticket);
    expect(followUp.slaDueAt).toBe('2026-03-02T13:00:00.000Z');
    expect(seen).toEqual(['plan clocks t1 in trx-1', 'plan ladders']);
    await followUp.apply('trx-2');
    expect(seen.slice(2)).toEqual(['store clocks in trx-2', 'queue mail in trx-2']);
  });

  it('leave a new ticket without a due time when no module sets one', async () => {
    const followUp = await new TicketReactions<string>().creating('trx', ticket);
    expect(followUp.slaDueAt).toBeNull();
    await expect(followUp.apply('trx')).resolves.toBeUndefined();
  });
});
