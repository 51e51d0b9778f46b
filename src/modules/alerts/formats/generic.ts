/**
 * The generic JSON format: one alert per request, with its de-duplication key given explicitly.
 * For scripts and tools without a format of their own (see docs/alerts.md).
 */
import { Type, type Static } from '@sinclair/typebox';
import type { IncomingAlert } from '../alert.js';
import { labelLines, pointer, text, type AlertFormat } from './format.js';

const Label = Type.String({ maxLength: 1000 });

export const GenericAlertBody = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: 'The de-duplication key: alerts with the same key (from the same source and client) fold into one ticket.' }),
    status: Type.Optional(Type.Union([Type.Literal('firing'), Type.Literal('resolved')], { description: '`resolved` is the recovery of the alert with this key. Default `firing`.' })),
    summary: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S', description: 'One line; the ticket’s subject.' }),
    description: Type.Optional(Type.String({ maxLength: 20_000 })),
    severity: Type.Optional(Type.String({ maxLength: 50, description: 'critical, major, warning, info … (mapped to a priority by the source).' })),
    host: Type.Optional(Type.String({ maxLength: 255 })),
    check: Type.Optional(Type.String({ maxLength: 255 })),
    signature: Type.Optional(Type.String({ maxLength: 500, description: 'What failed, the same for every client (a vendor’s service, a shared check); default: `check`, else the summary.' })),
    client: Type.Optional(Type.String({ maxLength: 255, description: 'MSP-wide sources: the value the source’s client map translates to a client.' })),
    labels: Type.Optional(Type.Record(Type.String(), Label, { maxProperties: 50, propertyNames: { maxLength: 100 } })),
    occurredAt: Type.Optional(Type.String({ format: 'date-time', description: 'When the sender saw it (informational).' })),
  },
  { additionalProperties: false, $id: 'GenericAlert', title: 'GenericAlert' },
);
export type GenericAlertBody = Static<typeof GenericAlertBody>;

export const genericFormat: AlertFormat = {
  name: 'generic',
  title: 'Generic JSON',
  description: 'One alert per request. `key` is the de-duplication key; `status: resolved` recovers it.',
  schema: GenericAlertBody,
  read(raw, clientLabel) {
    const body = raw as GenericAlertBody;
    const fromLabel = body.labels?.[clientLabel];
    const detail = [
      body.description ?? '',
      ...(body.occurredAt ? [`Occurred at: ${body.occurredAt}`] : []),
      ...(body.labels && Object.keys(body.labels).length ? ['Labels:', ...labelLines(body.labels)] : []),
    ].filter(Boolean).join('\n');
    const alert: IncomingAlert = {
      dedupeKey: body.key.trim(),
      status: body.status ?? 'firing',
      severity: (body.severity ?? '').trim().toLowerCase(),
      summary: body.summary.trim(),
      detail,
      host: text(body.host),
      check: text(body.check),
      signature: text(body.signature) ?? text(body.check) ?? body.summary.trim(),
      clientValue: text(body.client) ?? text(fromLabel),
      clientPointer: body.client === undefined && fromLabel !== undefined ? `/labels${pointer(clientLabel)}` : '/client',
    };
    return { alerts: [alert], ignored: 0 };
  },
};
