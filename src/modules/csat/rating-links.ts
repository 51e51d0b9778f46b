/**
 * The rating links of a resolution mail: one per rating, each a signed token naming the survey
 * that lives as long as the survey is open. No links without a secret key (nothing could check
 * them) or without an open survey; the mail then says nothing about rating.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { signToken } from '../../platform/secrets.js';
import { RATINGS, ratingRefusal } from './csat.js';
import { surveyOfTicket } from './csat.repository.js';

export interface LinkDeps {
  clock: Clock;
  /** Signs the links; empty means links are off. */
  secretKey: string;
  publicUrl: string;
}

/** The path of the rating page for a signed token. */
export const ratingPath = (token: string): string => `/csat/${token}`;

/** The survey's signed token, valid until the survey closes. */
export function ratingToken(secretKey: string, survey: { id: string; closesAt: string }): string {
  return signToken(secretKey, { s: survey.id }, Date.parse(survey.closesAt));
}

/** The text put in the resolution mail's {{ratingLinks}}: a blank line, then a link per rating; '' when there are none. */
export async function ratingLinksText(deps: LinkDeps, db: Db, ticketId: string): Promise<string> {
  if (!deps.secretKey) return '';
  const survey = await surveyOfTicket(db, ticketId);
  if (!survey || ratingRefusal(survey, deps.clock.now())) return '';
  const base = `${deps.publicUrl.replace(/\/+$/, '')}${ratingPath(ratingToken(deps.secretKey, survey))}`;
  const lines = RATINGS.map((r) => `  ${r[0].toUpperCase()}${r.slice(1)}: ${base}?rating=${r}`);
  return `\n\nHow did we do? Rate this ticket with one click:\n${lines.join('\n')}`;
}
