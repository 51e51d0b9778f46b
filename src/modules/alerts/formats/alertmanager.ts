/**
 * Prometheus Alertmanager's webhook (`webhook_configs`, payload version 4): a group of alerts,
 * each `firing` or `resolved`, identified by its fingerprint (a hash of its labels). Fields this
 * reader does not use are accepted as Alertmanager adds them.
 */
import { createHash } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { IncomingAlert } from '../alert.js';
import { labelLines, pointer, text, type AlertFormat } from './format.js';

const LabelSet = Type.Record(Type.String(), Type.String({ maxLength: 10_000 }), { maxProperties: 200, propertyNames: { maxLength: 200 } });
const Status = Type.Union([Type.Literal('firing'), Type.Literal('resolved')]);

export const AlertmanagerBody = Type.Object(
  {
    version: Type.Optional(Type.String({ maxLength: 20 })),
    groupKey: Type.Optional(Type.String({ maxLength: 10_000 })),
    truncatedAlerts: Type.Optional(Type.Integer({ minimum: 0 })),
    status: Type.Optional(Status),
    receiver: Type.Optional(Type.String({ maxLength: 1000 })),
    groupLabels: Type.Optional(LabelSet),
    commonLabels: Type.Optional(LabelSet),
    commonAnnotations: Type.Optional(LabelSet),
    externalURL: Type.Optional(Type.String({ maxLength: 2000 })),
    alerts: Type.Array(
      Type.Object(
        {
          status: Status,
          labels: LabelSet,
          annotations: Type.Optional(LabelSet),
          startsAt: Type.Optional(Type.String({ maxLength: 64 })),
          endsAt: Type.Optional(Type.String({ maxLength: 64 })),
          generatorURL: Type.Optional(Type.String({ maxLength: 4000 })),
          fingerprint: Type.Optional(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: true },
      ),
      { maxItems: 1000 },
    ),
  },
  { additionalProperties: true, $id: 'AlertmanagerWebhook', title: 'AlertmanagerWebhook' },
);
type AlertmanagerBody = Static<typeof AlertmanagerBody>;

/** Alertmanager's own identity of an alert, or (without one) a hash of its sorted labels. */
function keyOf(alert: AlertmanagerBody['alerts'][number]): string {
  const fingerprint = text(alert.fingerprint);
  if (fingerprint) return fingerprint;
  const sorted = Object.entries(alert.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `labels:${createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 32)}`;
}

export const alertmanagerFormat: AlertFormat = {
  name: 'alertmanager',
  title: 'Prometheus Alertmanager',
  description: 'Alertmanager’s webhook (version 4). Each alert is de-duplicated by its `fingerprint`; `severity` and `instance` labels give the priority and host; the `alertname` (or a `signature` label) is the signature compared across clients.',
  schema: AlertmanagerBody,
  read(raw, clientLabel) {
    const body = raw as AlertmanagerBody;
    const alerts = body.alerts.map((a, i): IncomingAlert => {
      const labels = { ...(body.commonLabels ?? {}), ...a.labels };
      const annotations = { ...(body.commonAnnotations ?? {}), ...(a.annotations ?? {}) };
      const name = text(labels.alertname) ?? 'Alert';
      const host = text(labels.instance) ?? text(labels.host) ?? text(labels.hostname);
      const summary = text(annotations.summary) ?? (host ? `${name} on ${host}` : name);
      const detail = [
        text(annotations.description) ?? '',
        ...(a.startsAt ? [`Started at: ${a.startsAt}`] : []),
        ...(a.generatorURL ? [`Source: ${a.generatorURL}`] : []),
        'Labels:',
        ...labelLines(labels),
      ].filter(Boolean).join('\n');
      return {
        dedupeKey: keyOf(a),
        status: a.status,
        severity: (labels.severity ?? '').trim().toLowerCase(),
        summary,
        detail,
        host,
        check: name,
        signature: text(labels.signature) ?? name,
        clientValue: text(a.labels[clientLabel]) ?? text(body.commonLabels?.[clientLabel]),
        clientPointer: `/alerts/${i}/labels${pointer(clientLabel)}`,
      };
    });
    return { alerts, ignored: 0 };
  },
};
