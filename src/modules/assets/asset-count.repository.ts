/** How many devices a client has on file, for per-device fees (the invoices module's flat-fee quantity). */
import type { Db } from '../../platform/db/connect.js';

/** The client's assets that are not archived. */
export async function activeAssetCount(db: Db, organizationId: string): Promise<number> {
  const r = await db.selectFrom('assets').select((eb) => eb.fn.countAll<number | string>().as('n')).where('organization_id', '=', organizationId).where('archived_at', 'is', null).executeTakeFirst();
  return Number(r?.n ?? 0);
}
