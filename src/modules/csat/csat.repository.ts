/** All SQL of the csat module: the surveys, their ratings and the figures read from them. */
import type { Db } from '../../platform/db/connect.js';
import type { Rating } from './csat.js';
import { csatDb, type CsatSurveyTable } from './csat.tables.js';

/** A survey as stored. */
export interface Survey {
  id: string;
  ticketId: string;
  organizationId: string;
  contactId: string | null;
  technicianUserId: string | null;
  teamId: string | null;
  offeredAt: string;
  closesAt: string;
  rating: Rating | null;
  comment: string | null;
  ratedAt: string | null;
  ratedByUserId: string | null;
  followUpTicketId: string | null;
  version: number;
}

function toSurvey(r: CsatSurveyTable): Survey {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    organizationId: r.organization_id,
    contactId: r.contact_id,
    technicianUserId: r.technician_user_id,
    teamId: r.team_id,
    offeredAt: r.offered_at,
    closesAt: r.closes_at,
    rating: r.rating as Rating | null,
    comment: r.comment,
    ratedAt: r.rated_at,
    ratedByUserId: r.rated_by_user_id,
    followUpTicketId: r.follow_up_ticket_id,
    version: r.version,
  };
}

/** Adds a ticket's survey unless it has one; true when this call added it. */
export async function insertSurvey(db: Db, s: Omit<Survey, 'rating' | 'comment' | 'ratedAt' | 'ratedByUserId' | 'followUpTicketId' | 'version'>): Promise<boolean> {
  const r = await csatDb(db)
    .insertInto('csat_surveys')
    .values({
      id: s.id, ticket_id: s.ticketId, organization_id: s.organizationId, contact_id: s.contactId, technician_user_id: s.technicianUserId, team_id: s.teamId,
      offered_at: s.offeredAt, closes_at: s.closesAt, rating: null, comment: null, rated_at: null, rated_by_user_id: null, follow_up_ticket_id: null, version: 1,
    })
    .onConflict((oc) => oc.column('ticket_id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function surveyOfTicket(db: Db, ticketId: string): Promise<Survey | undefined> {
  const r = await csatDb(db).selectFrom('csat_surveys').selectAll().where('ticket_id', '=', ticketId).executeTakeFirst();
  return r ? toSurvey(r) : undefined;
}

export async function findSurvey(db: Db, id: string): Promise<Survey | undefined> {
  const r = await csatDb(db).selectFrom('csat_surveys').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toSurvey(r) : undefined;
}

/** Records a rating on the version read; false when someone else rated in between. */
export async function saveRating(db: Db, s: Survey, r: { rating: Rating; comment: string | null; at: string; byUserId: string | null }): Promise<boolean> {
  const done = await csatDb(db)
    .updateTable('csat_surveys')
    .set({ rating: r.rating, comment: r.comment, rated_at: r.at, rated_by_user_id: r.byUserId, version: s.version + 1 })
    .where('id', '=', s.id)
    .where('version', '=', s.version)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

export async function setFollowUp(db: Db, surveyId: string, ticketId: string): Promise<void> {
  await csatDb(db).updateTable('csat_surveys').set({ follow_up_ticket_id: ticketId }).where('id', '=', surveyId).execute();
}

/** A rating as the reports group it. */
export interface RatingFact {
  ticketId: string;
  organizationId: string;
  technicianUserId: string | null;
  teamId: string | null;
  rating: Rating;
  comment: string | null;
  ratedAt: string;
}

/** Ratings given in [from, to), oldest first. */
export async function ratingsBetween(db: Db, from: string, to: string): Promise<RatingFact[]> {
  const rows = await csatDb(db)
    .selectFrom('csat_surveys')
    .select(['ticket_id', 'organization_id', 'technician_user_id', 'team_id', 'rating', 'comment', 'rated_at'])
    .where('rated_at', '>=', from)
    .where('rated_at', '<', to)
    .where('rating', 'is not', null)
    .orderBy('rated_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ticketId: r.ticket_id, organizationId: r.organization_id, technicianUserId: r.technician_user_id, teamId: r.team_id, rating: r.rating as Rating, comment: r.comment, ratedAt: r.rated_at! }));
}
