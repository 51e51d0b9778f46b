import type { Db } from '../../platform/db/connect.js';
import { personTicketIds } from './campaigns.repository.js';

/**
 * The tickets a campaign's people's time is logged on (one per person with time), for billing's
 * bulk waive by campaign; undefined when there is no such campaign.
 */
export async function campaignTicketIds(db: Db, campaignId: string): Promise<string[] | undefined> {
  return personTicketIds(db, campaignId);
}
