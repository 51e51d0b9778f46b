/**
 * Experiment for bench/engine-lag.ts (`--compare concurrent[:N]`). The engine now handles a claimed
 * batch with a few concurrent workers on PostgreSQL (`EngineOptions.concurrency`, default 4); this
 * builds an engine with another worker count, so `--compare` can set production against e.g.
 * 1 (the former serial handling) or 8 on the same machine conditions.
 */
import { Engine, type EngineOptions } from '../src/platform/engine/engine.js';

export class ConcurrentEngine extends Engine {
  constructor(o: EngineOptions, concurrency: number) {
    super({ ...o, concurrency });
  }
}
