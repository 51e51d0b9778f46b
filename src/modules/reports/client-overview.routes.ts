/** HTTP for the client list of the set-up screens (staff only). */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { forbidden } from '../../platform/errors.js';
import { Nullable, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff } from '../auth/index.js';
import { clientOverview } from './client-overview.js';

const ClientOverview = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    industry: Type.String(),
    timeZone: Type.String(),
    archivedAt: Nullable(Type.String()),
    accountManager: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
    openTickets: Type.Integer({ description: 'Tickets not resolved or closed.' }),
    breachedTickets: Type.Integer({ description: 'Open tickets with an SLA clock past its due time now, or one that was missed.' }),
    contract: Nullable(Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String() }, { description: 'The active contract.' })),
    sites: Type.Integer({ description: 'Active sites.' }),
    contacts: Type.Integer({ description: 'Active contacts.' }),
  },
  { $id: 'ClientOverview' },
);

/** Clients by name: the name and id of the last row. */
const CLIENTS_CURSOR = cursorShape('client-overview', 'text', 'text');

export function clientOverviewRoutes(app: App, deps: { db: Db; clock: Clock }): void {
  app.addSchema(ClientOverview);
  const Query = Type.Object(
    {
      ...PageQuery,
      q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name.' })),
      includeArchived: Type.Optional(Type.Boolean({ default: false, description: 'Also list archived clients.' })),
    },
    { additionalProperties: false },
  );
  app.get('/api/v1/client-overview', {
    schema: {
      tags: ['clients'],
      summary: 'Clients by name with their open tickets, breaches, contract, sites and contacts (staff)',
      querystring: Query,
      response: { 200: Page(Type.Ref('ClientOverview'), 'ClientOverviewPage'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    if (!isStaff(actorFrom(request))) throw forbidden('Only staff can see the client overview');
    const { q, includeArchived } = request.query;
    const limit = request.query.limit ?? 50;
    const after = readCursor(request, CLIENTS_CURSOR);
    const rows = await clientOverview(deps.db, { q, includeArchived, limit, after, now: deps.clock.iso() });
    return toPage(request, CLIENTS_CURSOR, rows, limit, (r) => [r.name, r.id], (r) => r);
  });
}
