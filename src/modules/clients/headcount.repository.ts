/** How many people a client has on file, for per-user fees (the invoices module's flat-fee quantity). */
import type { Db } from '../../platform/db/connect.js';

/** The client's contacts that are not archived. */
export async function activeContactCount(db: Db, organizationId: string): Promise<number> {
  const r = await db.selectFrom('contacts').select((eb) => eb.fn.countAll<number | string>().as('n')).where('organization_id', '=', organizationId).where('archived_at', 'is', null).executeTakeFirst();
  return Number(r?.n ?? 0);
}
