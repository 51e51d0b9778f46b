/**
 * The client rates a resolved ticket (from the portal, or the mail's link): good, okay or bad with
 * an optional comment. One rating per ticket: rating again while the survey is open changes it. A
 * low rating opens one follow-up for the service manager — the first time the ticket is rated low;
 * changing the rating again never opens a second.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, conflict } from '../../platform/errors.js';
import { isLow, ratingRefusal, type Rating } from './csat.js';
import type { CsatSettings } from './csat-deps.js';
import { findSurvey, saveRating, setFollowUp, type Survey } from './csat.repository.js';

export interface RateDeps {
  db: Db;
  clock: Clock;
  settings: CsatSettings;
  /** Opens the follow-up ticket in the rating's transaction; its id, or null when no one can take it. */
  openFollowUp: (trx: Db, survey: Survey, rating: Rating, comment: string | null) => Promise<string | null>;
}

export interface RateInput {
  surveyId: string;
  rating: Rating;
  comment?: string | null;
  /** The client user rating in the portal; null for the mail's link. */
  byUserId: string | null;
}

/** Longest comment kept, in characters. */
export const COMMENT_MAX = 2000;

export async function rateTicket(deps: RateDeps, input: RateInput): Promise<Survey> {
  const comment = input.comment?.trim() ? input.comment.trim().slice(0, COMMENT_MAX) : null;
  return deps.db.transaction().execute(async (trx) => {
    const survey = await findSurvey(trx, input.surveyId);
    if (!survey) throw new AppError('not_found', 'This ticket has no survey: it has not been resolved', { status: 404 });
    if (ratingRefusal(survey, deps.clock.now())) throw new AppError('survey_closed', 'Ratings for this ticket have closed', { status: 409, field: '/rating' });
    const at = deps.clock.iso();
    if (!(await saveRating(trx, survey, { rating: input.rating, comment, at, byUserId: input.byUserId }))) {
      throw conflict('rating_conflict', 'Someone rated this ticket at the same moment; look again', '/rating');
    }
    let followUpTicketId = survey.followUpTicketId;
    if (followUpTicketId === null && isLow(input.rating, deps.settings.followUpAt)) {
      followUpTicketId = await deps.openFollowUp(trx, survey, input.rating, comment);
      if (followUpTicketId) await setFollowUp(trx, survey.id, followUpTicketId);
    }
    return { ...survey, rating: input.rating, comment, ratedAt: at, ratedByUserId: input.byUserId, followUpTicketId, version: survey.version + 1 };
  });
}
