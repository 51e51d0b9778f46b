/**
 * Sets up, changes and re-keys a heartbeat check (owner/admin): a job of one client that must
 * report every N minutes. Its deadline is armed here and moved by every report.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import { organizationWithSites } from '../clients/index.js';
import type { Actor } from '../auth/index.js';
import type { Priority } from '../tickets/index.js';
import { newSenderToken, type Heartbeat } from './alert-source.js';
import type { CreateHeartbeatBody, UpdateHeartbeatBody } from './alerts.schema.js';
import { armHeartbeat } from './heartbeat.step.js';
import { insertHeartbeat, updateHeartbeat } from './sources.repository.js';

export const DEFAULT_GRACE_MINUTES = 5;

/** A name taken within the client is a conflict on /name (the caller maps the unique violation). */
export const heartbeatNameTaken = () => conflict('heartbeat_name_taken', 'This client already has a heartbeat check with this name', '/name');

export async function createHeartbeat(deps: { db: Db; clock: Clock }, actor: Actor, body: CreateHeartbeatBody, ip: string | null): Promise<{ heartbeat: Heartbeat; token: string }> {
  if (!(await organizationWithSites(deps.db, body.organizationId))) throw notFound('Organization', '/organizationId');
  const now = deps.clock.iso();
  const token = newSenderToken('heartbeat');
  const heartbeat: Heartbeat = {
    id: newId(),
    organizationId: body.organizationId,
    name: body.name.trim(),
    intervalMinutes: body.intervalMinutes,
    graceMinutes: body.graceMinutes ?? DEFAULT_GRACE_MINUTES,
    priority: (body.priority ?? 'P2') as Priority,
    resolveOnRecovery: body.resolveOnRecovery ?? true,
    enabled: body.enabled ?? true,
    tokenPrefix: token.prefix,
    lastPingAt: null,
    lastStatus: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await insertHeartbeat(deps.db, heartbeat, token.hash);
  await armHeartbeat(deps.db, heartbeat, now);
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'heartbeat.created', ip, detail: { heartbeatId: heartbeat.id, name: heartbeat.name } });
  return { heartbeat, token: token.token };
}

export async function changeHeartbeat(deps: { db: Db; clock: Clock }, actor: Actor, current: Heartbeat, body: UpdateHeartbeatBody, ip: string | null): Promise<Heartbeat> {
  const next: Heartbeat = {
    ...current,
    name: body.name?.trim() ?? current.name,
    intervalMinutes: body.intervalMinutes ?? current.intervalMinutes,
    graceMinutes: body.graceMinutes ?? current.graceMinutes,
    priority: (body.priority as Priority | undefined) ?? current.priority,
    resolveOnRecovery: body.resolveOnRecovery ?? current.resolveOnRecovery,
    enabled: body.enabled ?? current.enabled,
    version: current.version + 1,
    updatedAt: deps.clock.iso(),
  };
  if (!(await updateHeartbeat(deps.db, next, current.version))) throw conflict('version_conflict', 'Someone changed this heartbeat check at the same moment; reload and try again');
  // A new interval or a re-enabled check is silent at a new time.
  await armHeartbeat(deps.db, next, next.updatedAt);
  await insertAuditEntry(deps.db, { at: next.updatedAt, actorUserId: actor.userId, action: 'heartbeat.changed', ip, detail: { heartbeatId: next.id, fields: Object.keys(body) } });
  return next;
}

/** A new token for the check; the old one stops working at once. */
export async function rotateHeartbeatToken(deps: { db: Db; clock: Clock }, actor: Actor, current: Heartbeat, ip: string | null): Promise<{ heartbeat: Heartbeat; token: string }> {
  const token = newSenderToken('heartbeat');
  const next: Heartbeat = { ...current, tokenPrefix: token.prefix, version: current.version + 1, updatedAt: deps.clock.iso() };
  if (!(await updateHeartbeat(deps.db, next, current.version, token.hash))) throw conflict('version_conflict', 'Someone changed this heartbeat check at the same moment; reload and try again');
  await insertAuditEntry(deps.db, { at: next.updatedAt, actorUserId: actor.userId, action: 'heartbeat.token_rotated', ip, detail: { heartbeatId: next.id } });
  return { heartbeat: next, token: token.token };
}
