import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { WakeLoop } from './wake-loop.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits until `check` holds (a loaded machine may take a while), or fails after 5 s. */
async function until(check: () => boolean): Promise<void> {
  const end = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(2);
  }
}
const logger = createLogger('silent');

describe('the wakeable background loop', () => {
  it('runs at start, sleeps, and runs early when woken', async () => {
    let cycles = 0;
    const loop = new WakeLoop({ name: 'test', logger, cycle: async () => (cycles += 1, 0), sleepMs: () => 60_000 });
    loop.start();
    await until(() => cycles === 1);
    await sleep(20);
    expect(cycles).toBe(1); // asleep for a minute
    loop.wake();
    await until(() => cycles === 2);
    await loop.stop();
  });

  it('does not lose a wake that arrives during a cycle or while the next sleep is decided', async () => {
    let cycles = 0;
    let deciding = false;
    let release: () => void = () => undefined;
    let decided: () => void = () => undefined;
    const loop = new WakeLoop({
      name: 'test',
      logger,
      cycle: async () => {
        cycles += 1;
        if (cycles === 1) await new Promise<void>((r) => (release = r));
        return 0;
      },
      sleepMs: async () => {
        if (cycles !== 2) return 60_000;
        deciding = true;
        await new Promise<void>((r) => (decided = r));
        return 60_000;
      },
    });
    loop.start();
    await until(() => cycles === 1);
    loop.wake(); // during the first cycle
    release();
    await until(() => deciding);
    expect(cycles).toBe(2);
    loop.wake(); // while the second cycle's sleep is being decided
    decided();
    await until(() => cycles === 3);
    await loop.stop();
  });

  it('keeps going after a cycle throws, and stop waits for the cycle in progress', async () => {
    let cycles = 0;
    let finished = false;
    const loop = new WakeLoop({
      name: 'test',
      logger,
      cycle: async () => {
        cycles += 1;
        if (cycles === 1) throw new Error('database unavailable');
        await sleep(30);
        finished = true;
        return 1;
      },
      sleepMs: (done) => (done > 0 ? 60_000 : 0),
    });
    loop.start();
    await until(() => cycles === 2);
    await loop.stop();
    expect(finished).toBe(true);
    loop.wake(); // after stop: nothing
    await sleep(20);
    expect(cycles).toBe(2);
  });
});
