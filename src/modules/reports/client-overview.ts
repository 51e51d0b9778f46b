/**
 * Read model: joins organizations, sites, contacts (clients), tickets (tickets), ticket_clocks and
 * contracts (sla) and users (auth, the account manager) for the client list of the set-up screens,
 * in this one place — one grouped query per figure for a page of clients, never a query per client.
 * It only reads.
 */
import type { Db } from '../../platform/db/connect.js';
import { containsText } from '../../platform/db/like.js';
import { FINISHED_STATUSES } from '../tickets/index.js';

export interface ClientOverview {
  id: string;
  name: string;
  industry: string;
  timeZone: string;
  archivedAt: string | null;
  accountManager: { id: string; name: string } | null;
  /** Tickets not resolved or closed. */
  openTickets: number;
  /** Open tickets with an SLA clock past its due time now, or one that was missed. */
  breachedTickets: number;
  /** The client's active contract (the newest, should there be several). */
  contract: { id: string; name: string; kind: string } | null;
  sites: number;
  contacts: number;
}

export interface OverviewQuery {
  q?: string;
  includeArchived?: boolean;
  limit: number;
  after?: [string, string];
  /** ISO instant: clocks due at or before it count as breached. */
  now: string;
}

/** A page of clients by name, with their figures; limit + 1 rows so the caller can tell if more follow. */
export async function clientOverview(db: Db, query: OverviewQuery): Promise<ClientOverview[]> {
  let q = db
    .selectFrom('organizations as o')
    .leftJoin('users as m', 'm.id', 'o.account_manager_id')
    .select(['o.id', 'o.name', 'o.industry', 'o.time_zone', 'o.archived_at', 'o.account_manager_id', 'm.name as manager_name']);
  if (!query.includeArchived) q = q.where('o.archived_at', 'is', null);
  if (query.q) q = q.where(containsText('o.name', query.q));
  const after = query.after;
  if (after) q = q.where((eb) => eb.or([eb('o.name', '>', after[0]), eb.and([eb('o.name', '=', after[0]), eb('o.id', '>', after[1])])]));
  const orgs = await q.orderBy('o.name').orderBy('o.id').limit(query.limit + 1).execute();
  if (orgs.length === 0) return [];
  const ids = orgs.map((o) => o.id);

  const open = db.selectFrom('tickets').where('organization_id', 'in', ids).where('status', 'not in', FINISHED_STATUSES);
  const [openCounts, breachedCounts, contracts, sites, contacts] = await Promise.all([
    open.select((eb) => ['organization_id', eb.fn.countAll<number>().as('n')]).groupBy('organization_id').execute(),
    open
      .where((eb) =>
        eb.or([
          eb('sla_due_at', '<=', query.now),
          eb.exists(eb.selectFrom('ticket_clocks').select('ticket_clocks.ticket_id').whereRef('ticket_clocks.ticket_id', '=', 'tickets.id').where('ticket_clocks.status', '=', 'missed')),
        ]),
      )
      .select((eb) => ['organization_id', eb.fn.countAll<number>().as('n')])
      .groupBy('organization_id')
      .execute(),
    db.selectFrom('contracts').select(['id', 'organization_id', 'name', 'kind', 'created_at']).where('organization_id', 'in', ids).where('active', '=', true).orderBy('created_at').execute(),
    db.selectFrom('sites').select((eb) => ['organization_id', eb.fn.countAll<number>().as('n')]).where('organization_id', 'in', ids).where('archived_at', 'is', null).groupBy('organization_id').execute(),
    db.selectFrom('contacts').select((eb) => ['organization_id', eb.fn.countAll<number>().as('n')]).where('organization_id', 'in', ids).where('archived_at', 'is', null).groupBy('organization_id').execute(),
  ]);
  const count = (rows: { organization_id: string; n: number | string | bigint }[]) => new Map(rows.map((r) => [r.organization_id, Number(r.n)]));
  const [openBy, breachedBy, sitesBy, contactsBy] = [count(openCounts), count(breachedCounts), count(sites), count(contacts)];
  // Ordered oldest first, so the newest active contract of each client is the one kept.
  const contractBy = new Map(contracts.map((c) => [c.organization_id, { id: c.id, name: c.name, kind: c.kind }]));
  return orgs.map((o) => ({
    id: o.id,
    name: o.name,
    industry: o.industry,
    timeZone: o.time_zone,
    archivedAt: o.archived_at ?? null,
    accountManager: o.account_manager_id && o.manager_name ? { id: o.account_manager_id, name: o.manager_name } : null,
    openTickets: openBy.get(o.id) ?? 0,
    breachedTickets: breachedBy.get(o.id) ?? 0,
    contract: contractBy.get(o.id) ?? null,
    sites: sitesBy.get(o.id) ?? 0,
    contacts: contactsBy.get(o.id) ?? 0,
  }));
}
