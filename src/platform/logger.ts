import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout; `level` is one of pino's level names or `silent`. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'switchboard' }, timestamp: pino.stdTimeFunctions.isoTime });
}
