/**
 * The one source of time. Domain code receives a Clock and never reads the system time itself,
 * so tests can move time deliberately.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** The current instant as an ISO-8601 UTC string with milliseconds. */
  iso(): string;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  iso: () => new Date().toISOString(),
};

/** A clock that only moves when told to; for tests and simulations. */
export class ManualClock implements Clock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  iso(): string {
    return new Date(this.ms).toISOString();
  }
  advance(ms: number): void {
    this.ms += ms;
  }
  set(ms: number): void {
    this.ms = ms;
  }
}

/** Converts an instant in epoch milliseconds to the ISO string form stored in the database. */
export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * How many seconds `clock` runs ahead of the system clock (negative: behind). For libraries that
 * read the system time themselves (openid-client's token checks), so they judge by `clock` too.
 */
export function secondsAheadOfSystem(clock: Clock): number {
  return (clock.now() - Date.now()) / 1000;
}
