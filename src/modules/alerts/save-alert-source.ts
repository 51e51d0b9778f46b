/**
 * Sets up, changes and re-keys an alert source (owner/admin): bound to one client, or MSP-wide with
 * a map from a label's value to clients; its token is made here, shown once, stored hashed.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import { organizationWithSites } from '../clients/index.js';
import type { Actor } from '../auth/index.js';
import type { Priority } from '../tickets/index.js';
import { DEFAULT_FLAP, newSenderToken, type AlertSource } from './alert-source.js';
import type { CreateAlertSourceBody, UpdateAlertSourceBody } from './alerts.schema.js';
import { insertSource, updateSource } from './sources.repository.js';

export interface SaveSourceDeps {
  db: Db;
  clock: Clock;
}

/** The settings must name one way to find the client, and only clients that exist. */
async function checkClients(db: Db, s: AlertSource): Promise<void> {
  const mapped = Object.keys(s.clientMap).length > 0 || s.fallbackOrganizationId !== null;
  if (s.organizationId && mapped) {
    throw new AppError('client_binding_conflict', 'A source bound to one client (organizationId) has no client map or fallback', { status: 422, field: s.fallbackOrganizationId ? '/fallbackOrganizationId' : '/clientMap' });
  }
  if (!s.organizationId && !mapped) {
    throw new AppError('client_required', 'Name the client (organizationId), or map clients by label (clientMap, fallbackOrganizationId)', { status: 422, field: '/organizationId' });
  }
  const named: [string, string][] = [
    ...(s.organizationId ? [[s.organizationId, '/organizationId'] as [string, string]] : []),
    ...(s.fallbackOrganizationId ? [[s.fallbackOrganizationId, '/fallbackOrganizationId'] as [string, string]] : []),
    ...Object.entries(s.clientMap).map(([label, id]): [string, string] => [id, `/clientMap/${label.replace(/~/g, '~0').replace(/\//g, '~1')}`]),
  ];
  const checked = new Set<string>();
  for (const [id, field] of named) {
    if (checked.has(id)) continue;
    if (!(await organizationWithSites(db, id))) throw notFound('Organization', field);
    checked.add(id);
  }
}

/** The severity map as stored: lower-case severities; the schema allows only priorities as values. */
const lowerKeys = (map: Record<string, string>): Record<string, Priority> => Object.fromEntries(Object.entries(map).map(([k, v]) => [k.trim().toLowerCase(), v as Priority]));

/** A taken name is a conflict on /name (the caller maps the unique violation). */
export const nameTaken = () => conflict('alert_source_name_taken', 'Another alert source has this name', '/name');

export async function createAlertSource(deps: SaveSourceDeps, actor: Actor, body: CreateAlertSourceBody, ip: string | null): Promise<{ source: AlertSource; token: string }> {
  const now = deps.clock.iso();
  const token = newSenderToken('source');
  const source: AlertSource = {
    id: newId(),
    name: body.name.trim(),
    format: body.format,
    organizationId: body.organizationId ?? null,
    clientLabel: body.clientLabel ?? 'client',
    clientMap: body.clientMap ?? {},
    fallbackOrganizationId: body.fallbackOrganizationId ?? null,
    severityMap: lowerKeys(body.severityMap ?? {}),
    defaultPriority: (body.defaultPriority ?? 'P3') as Priority,
    resolveOnRecovery: body.resolveOnRecovery ?? true,
    flapChanges: body.flapChanges ?? DEFAULT_FLAP.changes,
    flapWindowMinutes: body.flapWindowMinutes ?? DEFAULT_FLAP.windowMinutes,
    enabled: body.enabled ?? true,
    tokenPrefix: token.prefix,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await checkClients(deps.db, source);
  await insertSource(deps.db, source, token.hash);
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'alert_source.created', ip, detail: { sourceId: source.id, name: source.name, format: source.format } });
  return { source, token: token.token };
}

export async function changeAlertSource(deps: SaveSourceDeps, actor: Actor, current: AlertSource, body: UpdateAlertSourceBody, ip: string | null): Promise<AlertSource> {
  const next: AlertSource = {
    ...current,
    name: body.name?.trim() ?? current.name,
    organizationId: body.organizationId === undefined ? current.organizationId : body.organizationId,
    clientLabel: body.clientLabel ?? current.clientLabel,
    clientMap: body.clientMap ?? current.clientMap,
    fallbackOrganizationId: body.fallbackOrganizationId === undefined ? current.fallbackOrganizationId : body.fallbackOrganizationId,
    severityMap: body.severityMap ? lowerKeys(body.severityMap) : current.severityMap,
    defaultPriority: (body.defaultPriority as Priority | undefined) ?? current.defaultPriority,
    resolveOnRecovery: body.resolveOnRecovery ?? current.resolveOnRecovery,
    flapChanges: body.flapChanges ?? current.flapChanges,
    flapWindowMinutes: body.flapWindowMinutes ?? current.flapWindowMinutes,
    enabled: body.enabled ?? current.enabled,
    version: current.version + 1,
    updatedAt: deps.clock.iso(),
  };
  await checkClients(deps.db, next);
  if (!(await updateSource(deps.db, next, current.version))) throw conflict('version_conflict', 'Someone changed this source at the same moment; reload and try again');
  await insertAuditEntry(deps.db, { at: next.updatedAt, actorUserId: actor.userId, action: 'alert_source.changed', ip, detail: { sourceId: next.id, fields: Object.keys(body) } });
  return next;
}

/** A new token for the source; the old one stops working at once. */
export async function rotateSourceToken(deps: SaveSourceDeps, actor: Actor, current: AlertSource, ip: string | null): Promise<{ source: AlertSource; token: string }> {
  const token = newSenderToken('source');
  const next: AlertSource = { ...current, tokenPrefix: token.prefix, version: current.version + 1, updatedAt: deps.clock.iso() };
  if (!(await updateSource(deps.db, next, current.version, token.hash))) throw conflict('version_conflict', 'Someone changed this source at the same moment; reload and try again');
  await insertAuditEntry(deps.db, { at: next.updatedAt, actorUserId: actor.userId, action: 'alert_source.token_rotated', ip, detail: { sourceId: next.id } });
  return { source: next, token: token.token };
}
