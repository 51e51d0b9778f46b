import { describe, expect, it } from 'vitest';
import { WakeSignals } from './wake-signals.js';

describe('wake signals', () => {
  it('wakes only the listeners of the named signal, until they are removed', () => {
    const signals = new WakeSignals<'engine' | 'delivery'>();
    const woken: string[] = [];
    const stop = signals.on('engine', () => woken.push('engine'));
    signals.on('delivery', () => woken.push('delivery'));
    signals.wake('engine');
    stop();
    signals.wake('engine');
    signals.wake('delivery');
    expect(woken).toEqual(['engine', 'delivery']);
  });

  it('does nothing for a signal nobody on this node listens to', () => {
    expect(() => new WakeSignals<'engine'>().wake('engine')).not.toThrow();
  });
});
