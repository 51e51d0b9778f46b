/**
 * NinjaOne (NinjaRMM) webhook activities, as its notification channels and API webhooks send them:
 * a condition activity (`activityType: CONDITION`) with `statusCode: TRIGGERED` fires the alert of
 * that device and condition, and `RESET` recovers it. Other activities (scripts, patches, logins)
 * are answered and ignored. The client is the device's NinjaOne organisation id.
 */
import { Type, type Static } from '@sinclair/typebox';
import { toIso } from '../../../platform/clock.js';
import { Nullable } from '../../../platform/http/common.js';
import type { AlertStatus, IncomingAlert } from '../alert.js';
import { text, unreadable, type AlertFormat } from './format.js';

const Id = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const Name = Type.Optional(Nullable(Type.String({ maxLength: 1000 })));

export const NinjaOneBody = Type.Object(
  {
    id: Type.Optional(Id),
    activityTime: Type.Optional(Type.Number({ minimum: 0, maximum: 253_402_300_799 })),
    deviceId: Id,
    // NinjaOne's own `priority` and other fields pass through unread: the ticket's priority comes from `severity`.
    severity: Type.Optional(Nullable(Type.String({ maxLength: 30, description: 'NONE, MINOR, MODERATE, MAJOR or CRITICAL.' }))),
    seriesUid: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    activityType: Type.String({ minLength: 1, maxLength: 100 }),
    statusCode: Type.String({ minLength: 1, maxLength: 100 }),
    status: Name,
    sourceConfigUid: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    sourceName: Name,
    subject: Name,
    message: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
    type: Name,
    data: Type.Optional(
      Nullable(Type.Object({ message: Type.Optional(Nullable(Type.Object({ code: Type.Optional(Nullable(Type.String({ maxLength: 200 }))) }, { additionalProperties: true }))) }, { additionalProperties: true })),
    ),
    device: Type.Optional(
      Nullable(
        Type.Object(
          { id: Type.Optional(Id), organizationId: Type.Optional(Nullable(Id)), displayName: Name, systemName: Name, dnsName: Name, nodeClass: Name },
          { additionalProperties: true },
        ),
      ),
    ),
  },
  { additionalProperties: true, $id: 'NinjaOneWebhook', title: 'NinjaOneWebhook' },
);
type NinjaOneBody = Static<typeof NinjaOneBody>;

const CONDITION_STATUS: Record<string, AlertStatus | undefined> = { TRIGGERED: 'firing', RESET: 'resolved' };

export const ninjaOneFormat: AlertFormat = {
  name: 'ninjaone',
  title: 'NinjaOne',
  description: 'NinjaOne webhook activities. Condition activities fire (`TRIGGERED`) and recover (`RESET`) the alert of one device and condition (`deviceId` and `sourceConfigUid`); other activities are ignored. `severity` gives the priority; the device’s `organizationId` names the client of an MSP-wide source.',
  schema: NinjaOneBody,
  read(raw) {
    const body = raw as NinjaOneBody;
    const status = body.activityType === 'CONDITION' ? CONDITION_STATUS[body.statusCode] : undefined;
    if (!status) return { alerts: [], ignored: 1 };
    const condition = text(body.sourceConfigUid) ?? text(body.seriesUid);
    if (!condition) throw unreadable('A condition activity names its condition in sourceConfigUid (or seriesUid)', '/sourceConfigUid');
    const device = body.device ?? undefined;
    const host = text(device?.displayName) ?? text(device?.systemName) ?? text(device?.dnsName) ?? `device ${body.deviceId}`;
    const what = text(body.subject) ?? text(body.message) ?? text(body.sourceName) ?? 'Condition';
    const code = text(body.data?.message?.code);
    const detail = [
      text(body.message) ?? '',
      ...(text(body.sourceName) ? [`Condition: ${text(body.sourceName)}`] : []),
      `Device: ${host} (NinjaOne device ${body.deviceId}${device?.nodeClass ? `, ${device.nodeClass}` : ''})`,
      ...(body.activityTime !== undefined ? [`Activity time: ${toIso(Math.round(body.activityTime * 1000))}`] : []),
    ].filter(Boolean).join('\n');
    const alert: IncomingAlert = {
      dedupeKey: `device:${body.deviceId}/condition:${condition}`,
      status,
      severity: (text(body.severity) ?? '').toLowerCase(),
      summary: `${what} on ${host}`,
      detail,
      host,
      check: text(body.sourceName),
      signature: `ninjaone:${code ?? text(body.sourceName) ?? what}`,
      clientValue: device?.organizationId === undefined || device.organizationId === null ? null : String(device.organizationId),
      clientPointer: '/device/organizationId',
    };
    return { alerts: [alert], ignored: 0 };
  },
};
