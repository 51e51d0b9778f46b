import { AppError, notFound } from '../../platform/errors.js';
import { isEnabledStaff } from '../auth/index.js';
import type { PersonLocation } from './campaign.js';
import type { CampaignDeps } from './campaign-deps.js';
import { assignPeople as setAssignee, findCampaign, peopleOf } from './campaigns.repository.js';

export interface AssignPeopleInput {
  /** The technician; null takes the people off whoever had them. */
  assigneeId: string | null;
  /** These people of the campaign … */
  personIds?: string[];
  /** … or everyone matching this (with neither: everyone). */
  filter?: { location?: PersonLocation; unassigned?: boolean; assigneeId?: string };
}

/**
 * Assigns people of a campaign to a technician in bulk: chosen by id, or by a filter (where they
 * work, not yet assigned, someone else's). A person not in this campaign is 404 on its pointer, and
 * nobody is assigned; an assignee who is not an enabled staff member is 422 `invalid_assignee`.
 */
export async function assignCampaignPeople(deps: CampaignDeps, campaignId: string, input: AssignPeopleInput): Promise<{ assigned: number }> {
  if (!(await findCampaign(deps.db, campaignId))) throw notFound('Campaign');
  if (input.assigneeId !== null && !(await isEnabledStaff(deps.db, input.assigneeId))) {
    throw new AppError('invalid_assignee', 'The assignee must be an enabled staff member', { status: 422, field: '/assigneeId' });
  }
  let ids: string[];
  if (input.personIds) {
    const inCampaign = new Set((await peopleOf(deps.db, campaignId)).map((p) => p.id));
    const missing = input.personIds.findIndex((id) => !inCampaign.has(id));
    if (missing >= 0) throw notFound('Person of this campaign', `/personIds/${missing}`);
    ids = [...new Set(input.personIds)];
  } else {
    const f = input.filter ?? {};
    ids = (await peopleOf(deps.db, campaignId, { location: f.location, assigneeId: f.unassigned ? null : f.assigneeId })).map((p) => p.id);
  }
  return { assigned: await setAssignee(deps.db, campaignId, ids, input.assigneeId) };
}
