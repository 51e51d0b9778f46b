import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.js';

/** A commit that records each batch it got, failing on the items `fails` says. */
function recorder(fails: (items: number[]) => boolean = () => false) {
  const batches: number[][] = [];
  const group = new GroupCommit<number, string>({
    commit: async (items) => {
      batches.push(items);
      await new Promise((r) => setTimeout(r, 5));
      if (fails(items)) throw new Error(`failed ${items.join(',')}`);
      return items.map((i) => `ok ${i}`);
    },
    maxItems: 5,
    concurrency: 1,
    retryable: (error) => String(error).includes('transient'),
  });
  return { group, batches };
}

describe('group commit', () => {
  it('commits the requests of one turn together, and those that arrive meanwhile together in the next transaction', async () => {
    const { group, batches } = recorder();
    const first = Promise.all([group.submit([1]), group.submit([2])]);
    // Submitted while the first transaction runs (its commit waits on a timer).
    await new Promise((r) => setTimeout(r, 1));
    const second = Promise.all([group.submit([3]), group.submit([4, 5])]);
    expect([...(await first), ...(await second)]).toEqual([['ok 1'], ['ok 2'], ['ok 3'], ['ok 4', 'ok 5']]);
    expect(batches).toEqual([[1, 2], [3, 4, 5]]);
  });

  it('gathers requests read in separate callbacks of one turn even when the commit never waits for I/O (SQLite)', async () => {
    const batches: number[][] = [];
    const group = new GroupCommit<number, number>({ commit: async (items) => (batches.push(items), items), maxItems: 100, concurrency: 1, retryable: () => false });
    // Each request's handler runs in its own callback, with the microtasks drained in between.
    const answers = await Promise.all([1, 2, 3].map((i) => new Promise<number[]>((resolve) => setImmediate(() => resolve(group.submit([i]))))));
    expect(answers).toEqual([[1], [2], [3]]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('never puts more than the limit in one transaction, nor splits a request', async () => {
    const { group, batches } = recorder();
    await Promise.all([group.submit([0]), group.submit([1, 2, 3]), group.submit([4, 5, 6]), group.submit([7])]);
    expect(batches).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
  });

  it('retries a failed shared transaction request by request, so only the bad one fails', async () => {
    const { group, batches } = recorder((items) => items.includes(3));
    const results = await Promise.allSettled([group.submit([1]), group.submit([2]), group.submit([3]), group.submit([4])]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toEqual([[1, 2, 3, 4], [1], [2], [3], [4]]);
  });

  it('retries a request whose failure may pass, up to its attempts', async () => {
    let calls = 0;
    const group = new GroupCommit<number, number>({
      commit: async (items) => {
        calls += 1;
        if (calls < 3) throw new Error('transient');
        return items;
      },
      maxItems: 10,
      concurrency: 1,
      retryable: (error) => String(error).includes('transient'),
    });
    expect(await group.submit([7])).toEqual([7]);
    expect(calls).toBe(3);
  });
});
