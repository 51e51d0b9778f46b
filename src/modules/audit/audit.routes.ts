import { Type } from '@sinclair/typebox';
import type { Db } from '../../platform/db/connect.js';
import { forbidden } from '../../platform/errors.js';
import { Nullable, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isAdministrator } from '../auth/index.js';
import { listAuditEntries } from './audit.repository.js';

const Entry = Type.Object({
  id: Type.String(),
  at: Type.String(),
  actorUserId: Nullable(Type.String()),
  action: Type.String({ description: 'login.succeeded, login.failed, login.rate_limited, logout, password.changed, password.change_failed, password.rate_limited, token.created, token.revoked, user.created, user.updated, provider.created, provider.deleted, csrf.refused (a write without the CSRF token, or a login from another site), access.refused (a refused authorisation: 403).' }),
  ip: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Unknown()),
});

/** Newest first: the entry's time and id. */
const AUDIT_CURSOR = cursorShape('audit', 'instant', 'text');

export function auditRoutes(app: App, deps: { db: Db }): void {
  app.get('/api/v1/audit', {
    schema: {
      tags: ['audit'],
      summary: 'Security audit log (owner and admin)',
      querystring: Type.Object({ ...PageQuery, action: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false }),
      response: { 200: Page(Entry, 'AuditPage'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    if (!isAdministrator(actorFrom(request))) throw forbidden('Only an owner or admin may read the audit log');
    const limit = request.query.limit ?? 50;
    const before = readCursor(request, AUDIT_CURSOR);
    const rows = await listAuditEntries(deps.db, { limit: limit + 1, action: request.query.action, before: before ? { at: before[0], id: before[1] } : undefined });
    return toPage(request, AUDIT_CURSOR, rows, limit, (r) => [r.at, r.id], (r) => r);
  });
}
