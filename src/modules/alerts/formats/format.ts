/**
 * What every inbound payload format provides: the TypeBox schema of its body (validated at the
 * edge and published in the OpenAPI document) and a pure reader from a valid body to the alerts
 * it carries. One file per format; the list is `registry.ts`.
 */
import type { TSchema } from '@sinclair/typebox';
import { AppError } from '../../../platform/errors.js';
import type { IncomingAlert } from '../alert.js';

export interface ReadAlerts {
  alerts: IncomingAlert[];
  /** Notifications that carry no alert (a test message, a pending check, another activity type). */
  ignored: number;
}

export interface AlertFormat {
  /** The path segment and the source's `format`. */
  name: string;
  title: string;
  /** What the OpenAPI document says about the payload and its mapping. */
  description: string;
  schema: TSchema;
  /** Reads a body that passed `schema`; `clientLabel` names where an MSP-wide source finds the client. */
  read(body: unknown, clientLabel: string): ReadAlerts;
}

/** A payload that passed its schema but cannot become an alert (422, naming the field). */
export function unreadable(message: string, field: string): AppError {
  return new AppError('alert_unreadable', message, { status: 422, field });
}

/** A JSON pointer segment (RFC 6901). */
export function pointer(segment: string | number): string {
  return `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Non-empty trimmed text, or null. */
export function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** `key: value` lines of a label set, sorted, for a ticket's description. */
export function labelLines(labels: Record<string, string> | undefined): string[] {
  return Object.entries(labels ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `  ${k}: ${v}`);
}
