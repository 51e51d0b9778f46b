/**
 * Profiling aid for the queue/search benchmark (measures nothing itself): runs the repository's
 * real list query (`listVisibleTickets`) once, captures the SQL Kysely generated for it, and
 * prints the database's plan for exactly that SQL — EXPLAIN QUERY PLAN on SQLite, EXPLAIN
 * (ANALYZE, BUFFERS) on PostgreSQL.
 */
import { type CompiledQuery, type KyselyPlugin, type RootOperationNode } from 'kysely';
import type { Database } from '../src/platform/db/connect.js';
import { actorOf, findUserById } from '../src/modules/auth/auth.repository.js';
import { listVisibleTickets, type TicketFilter } from '../src/modules/tickets/ticket.repository.js';

/** The SQL and parameters of the list query for this filter, as the API would run it. */
export async function captureListSql(database: Database, userId: string, filter: TicketFilter, sort?: 'activity' | 'due'): Promise<CompiledQuery> {
  const nodes: RootOperationNode[] = [];
  const capture: KyselyPlugin = {
    transformQuery: (args) => {
      nodes.push(args.node);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const actor = actorOf((await findUserById(database.db, userId))!)!;
  await listVisibleTickets(database.db.withPlugin(capture), database.dialect, actor, filter, { limit: 50, sort });
  const node = nodes.find((n) => n.kind === 'SelectQueryNode');
  if (!node) throw new Error('no list query captured');
  return database.db.getExecutor().compileQuery(node, { queryId: 'explain' });
}

/** Plan of the generated list query, one line per plan row. */
export async function explainList(database: Database, userId: string, filter: TicketFilter, sort?: 'activity' | 'due'): Promise<string> {
  const query = await captureListSql(database, userId, filter, sort);
  const lines = [`SQL: ${query.sql}`, `parameters: ${JSON.stringify(query.parameters)}`];
  if (database.dialect === 'sqlite') {
    const rows = database.sqlite!.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...(query.parameters as unknown[])) as { detail: string }[];
    lines.push(...rows.map((r) => `  ${r.detail}`));
  } else {
    const result = await database.pool!.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.parameters as unknown[]);
    lines.push(...result.rows.map((r: Record<string, string>) => `  ${r['QUERY PLAN']}`));
  }
  return lines.join('\n');
}
