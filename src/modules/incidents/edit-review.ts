/** A person edits the post-incident review (Markdown, rendered and sanitised as knowledge-base articles are). */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, conflict } from '../../platform/errors.js';
import { renderMarkdown } from '../kb/index.js';
import type { Review } from './incident.js';
import { findReview, updateReview } from './incidents.repository.js';

export interface EditReviewInput {
  incidentId: string;
  body: string;
  /** The version the person edited. */
  version: number;
  actorUserId: string;
}

export async function editReview(deps: { db: Db; clock: Clock }, input: EditReviewInput): Promise<Review> {
  const current = await findReview(deps.db, input.incidentId);
  if (!current) throw conflict('review_not_ready', 'The review is written when the incident is resolved');
  if (current.version !== input.version) throw new AppError('version_conflict', 'Someone changed this review since you loaded it; reload and try again', { status: 409, field: '/version', details: { current: current.version } });
  const next: Review = { ...current, body: input.body, bodyHtml: renderMarkdown(input.body).html, editedBy: input.actorUserId, version: current.version + 1, updatedAt: deps.clock.iso() };
  if (!(await updateReview(deps.db, next, current.version))) throw conflict('version_conflict', 'Someone changed this review at the same moment; reload and try again');
  return next;
}
