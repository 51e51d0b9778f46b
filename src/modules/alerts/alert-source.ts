/**
 * Alert sources and heartbeat checks as the module works with them, and the pure rules over
 * them: which client an alert is for, the fold rules a source sets, what enters the fold for an
 * alert, and the tokens senders authenticate with. No I/O.
 */
import { AppError } from '../../platform/errors.js';
import { randomSecret, sha256Hex } from '../../platform/ids.js';
import type { Priority } from '../tickets/index.js';
import { clip, priorityFor, type FoldRules, type IncomingAlert } from './alert.js';

export interface AlertSource {
  id: string;
  name: string;
  format: string;
  organizationId: string | null;
  clientLabel: string;
  clientMap: Record<string, string>;
  fallbackOrganizationId: string | null;
  severityMap: Record<string, Priority>;
  defaultPriority: Priority;
  resolveOnRecovery: boolean;
  flapChanges: number;
  flapWindowMinutes: number;
  enabled: boolean;
  tokenPrefix: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Heartbeat {
  id: string;
  organizationId: string;
  name: string;
  intervalMinutes: number;
  graceMinutes: number;
  priority: Priority;
  resolveOnRecovery: boolean;
  enabled: boolean;
  tokenPrefix: string;
  lastPingAt: string | null;
  lastStatus: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Flapping unless a source says otherwise: more than 4 state changes within 30 minutes. */
export const DEFAULT_FLAP = { changes: 4, windowMinutes: 30 } as const;

/** What enters the fold for one received alert: its identity, client, rules and ticket settings. */
export interface FoldEntry {
  /** `<source id>/<organization id>/<dedupe key>` or `heartbeat/<heartbeat id>`. */
  foldKey: string;
  sourceId: string | null;
  heartbeatId: string | null;
  organizationId: string;
  alert: IncomingAlert;
  rules: FoldRules;
  /** Priority of a ticket it opens. */
  priority: Priority;
  /** Where it came from, for the ticket's description ("Alertmanager source "Prod""). */
  origin: string;
  tags: string[];
}

/**
 * The client an alert from `source` is for: the source's own, or — MSP-wide — the one its client
 * label's value maps to, else the fallback. 422 unknown_client, naming where the value was, when
 * none applies.
 */
export function clientOf(source: AlertSource, alert: IncomingAlert): string {
  if (source.organizationId) return source.organizationId;
  const mapped = alert.clientValue === null ? undefined : source.clientMap[alert.clientValue];
  if (mapped) return mapped;
  if (source.fallbackOrganizationId) return source.fallbackOrganizationId;
  const detail = alert.clientValue === null ? `The alert has no "${source.clientLabel}" to name its client` : `"${alert.clientValue}" is not in this source's client map`;
  throw new AppError('unknown_client', `${detail}, and the source has no fallback client`, { status: 422, field: alert.clientPointer });
}

/** The fold rules a source sets. */
export function sourceRules(source: Pick<AlertSource, 'resolveOnRecovery' | 'flapChanges' | 'flapWindowMinutes'>): FoldRules {
  return { resolveOnRecovery: source.resolveOnRecovery, flapChanges: source.flapChanges, flapWindowMs: source.flapWindowMinutes * 60_000 };
}

/** The fold rules of a heartbeat check: its own recovery setting, the default flapping rule. */
export function heartbeatRules(heartbeat: Pick<Heartbeat, 'resolveOnRecovery'>): FoldRules {
  return { resolveOnRecovery: heartbeat.resolveOnRecovery, flapChanges: DEFAULT_FLAP.changes, flapWindowMs: DEFAULT_FLAP.windowMinutes * 60_000 };
}

/** The fold entry of an alert received from `source` (its client resolved, or 422). */
export function sourceEntry(source: AlertSource, formatTitle: string, formatName: string, alert: IncomingAlert): FoldEntry {
  const organizationId = clientOf(source, alert);
  return {
    foldKey: `${source.id}/${organizationId}/${alert.dedupeKey}`,
    sourceId: source.id,
    heartbeatId: null,
    organizationId,
    alert,
    rules: sourceRules(source),
    priority: priorityFor(alert.severity, source.severityMap, source.defaultPriority),
    origin: `${formatTitle} source "${source.name}"`,
    tags: ['monitoring', formatName],
  };
}

/** The ticket description of an alert's first firing: its text, then where it came from. */
export function ticketDescription(origin: string, a: Pick<IncomingAlert, 'detail' | 'dedupeKey' | 'severity' | 'host' | 'check'>): string {
  const facts = [
    `Source: ${origin}`,
    `De-duplication key: ${a.dedupeKey}`,
    ...(a.severity ? [`Severity: ${a.severity}`] : []),
    ...(a.host ? [`Host: ${a.host}`] : []),
    ...(a.check ? [`Check: ${a.check}`] : []),
  ];
  return clip([a.detail, facts.join('\n')].filter(Boolean).join('\n\n'), 100_000);
}

/** A new sender token (`sba_…` for a source, `sbh_…` for a heartbeat), its hash and shown prefix. */
export function newSenderToken(kind: 'source' | 'heartbeat'): { token: string; hash: string; prefix: string } {
  const token = `${kind === 'source' ? 'sba' : 'sbh'}_${randomSecret(32)}`;
  return { token, hash: sha256Hex(token), prefix: token.slice(0, 12) };
}

/**
 * The token of an inbound request: `Authorization: Bearer <token>`, or HTTP Basic with the token
 * as the password (for senders that only do Basic). Undefined when there is none.
 */
export function senderToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (bearer) return bearer[1];
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization);
  if (!basic) return undefined;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && colon < decoded.length - 1 ? decoded.slice(colon + 1) : undefined;
}
