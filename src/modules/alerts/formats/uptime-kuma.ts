/**
 * Uptime Kuma's webhook notification (JSON body): `{ heartbeat, monitor, msg }`. A heartbeat with
 * status 0 (down) fires the monitor's alert and 1 (up) recovers it; 2 (pending, retrying) and 3
 * (maintenance) change nothing, and the "Test" button's message (no monitor) is answered and
 * ignored. The monitor id is the de-duplication key.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../../platform/http/common.js';
import type { AlertStatus, IncomingAlert } from '../alert.js';
import { text, type AlertFormat } from './format.js';

const Id = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const Tag = Type.Object({ name: Type.String({ maxLength: 200 }), value: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))) }, { additionalProperties: true });

export const UptimeKumaBody = Type.Object(
  {
    heartbeat: Type.Optional(
      Nullable(
        Type.Object(
          {
            monitorID: Type.Optional(Id),
            status: Type.Integer({ minimum: 0, maximum: 3, description: '0 down, 1 up, 2 pending, 3 maintenance.' }),
            time: Type.Optional(Type.String({ maxLength: 64 })),
            msg: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
          },
          { additionalProperties: true },
        ),
      ),
    ),
    monitor: Type.Optional(
      Nullable(
        Type.Object(
          {
            id: Id,
            name: Type.String({ minLength: 1, maxLength: 500 }),
            type: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
            url: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
            hostname: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
            tags: Type.Optional(Type.Array(Tag, { maxItems: 100 })),
          },
          { additionalProperties: true },
        ),
      ),
    ),
    msg: Type.Optional(Type.String({ maxLength: 20_000 })),
  },
  { additionalProperties: true, $id: 'UptimeKumaWebhook', title: 'UptimeKumaWebhook' },
);
type UptimeKumaBody = Static<typeof UptimeKumaBody>;
type Monitor = NonNullable<UptimeKumaBody['monitor']>;

const STATUSES: Record<number, AlertStatus | undefined> = { 0: 'firing', 1: 'resolved' };

/** What the monitor watches — the same vendor service monitored for many clients gives one signature. */
function signatureOf(monitor: Monitor): string {
  const url = text(monitor.url);
  if (url && /^https?:\/\/[^/]/i.test(url)) {
    try {
      return `target:${new URL(url).host.toLowerCase()}`;
    } catch {
      // not a URL after all: fall back to the host name or the monitor's name
    }
  }
  const host = text(monitor.hostname);
  return host ? `target:${host.toLowerCase()}` : `monitor:${monitor.name.trim()}`;
}

export const uptimeKumaFormat: AlertFormat = {
  name: 'uptime-kuma',
  title: 'Uptime Kuma',
  description: 'Uptime Kuma’s webhook notification with the JSON body. The monitor id is the de-duplication key; down (0) fires, up (1) recovers; pending and maintenance are ignored, as is the Test button’s message. A monitor tag named like the source’s client label gives the client, a `severity` tag the severity.',
  schema: UptimeKumaBody,
  read(raw, clientLabel) {
    const body = raw as UptimeKumaBody;
    const { heartbeat, monitor } = body;
    const status = heartbeat ? STATUSES[heartbeat.status] : undefined;
    if (!heartbeat || !monitor || !status) return { alerts: [], ignored: 1 };
    const tags = monitor.tags ?? [];
    const tag = (name: string) => text(tags.find((t) => t.name === name)?.value);
    const tagIndex = tags.findIndex((t) => t.name === clientLabel);
    const target = text(monitor.url) ?? text(monitor.hostname);
    const detail = [
      text(heartbeat.msg) ?? text(body.msg) ?? '',
      ...(target && target !== 'https://' ? [`Target: ${target}`] : []),
      ...(monitor.type ? [`Monitor type: ${monitor.type}`] : []),
      ...(heartbeat.time ? [`Checked at: ${heartbeat.time}`] : []),
    ].filter(Boolean).join('\n');
    const alert: IncomingAlert = {
      dedupeKey: `monitor:${monitor.id}`,
      status,
      severity: (tag('severity') ?? '').toLowerCase(),
      summary: `${monitor.name.trim()} is ${status === 'firing' ? 'down' : 'up'}`,
      detail,
      host: text(monitor.hostname),
      check: monitor.name.trim(),
      signature: signatureOf(monitor),
      clientValue: tag(clientLabel),
      clientPointer: tagIndex >= 0 ? `/monitor/tags/${tagIndex}/value` : '/monitor/tags',
    };
    return { alerts: [alert], ignored: 0 };
  },
};
