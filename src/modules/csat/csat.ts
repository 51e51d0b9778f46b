/**
 * The rules of a satisfaction survey, pure: the three ratings, when one counts as low, and whether
 * a survey can still be rated.
 */

/**
 * The client's answer. Three faces rather than 1–5: one click in a mail or the portal, and no
 * debate over whether a 3 is good — CSAT is the share of "good" among all ratings.
 */
export const RATINGS = ['good', 'okay', 'bad'] as const;
export type Rating = (typeof RATINGS)[number];

/** The lowest rating that is not "low": `bad` opens a follow-up only for bad, `okay` for okay and bad. */
export type FollowUpAt = 'bad' | 'okay';

const ORDER: Record<Rating, number> = { good: 3, okay: 2, bad: 1 };

export const isRating = (v: unknown): v is Rating => typeof v === 'string' && (RATINGS as readonly string[]).includes(v);

/** Whether a rating is low enough to open a follow-up for the service manager. */
export function isLow(rating: Rating, followUpAt: FollowUpAt): boolean {
  return ORDER[rating] <= ORDER[followUpAt];
}

/** Why a survey cannot take a rating now, or null when it can. */
export function ratingRefusal(survey: { closesAt: string }, nowMs: number): 'survey_closed' | null {
  return Date.parse(survey.closesAt) <= nowMs ? 'survey_closed' : null;
}

/** Percent of ratings that are good, to one decimal; null without ratings. */
export function csatPercent(good: number, total: number): number | null {
  return total === 0 ? null : Math.round((good / total) * 1000) / 10;
}
