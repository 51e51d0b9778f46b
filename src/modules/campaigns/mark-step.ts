import { AppError, notFound } from '../../platform/errors.js';
import type { StaffActor } from '../auth/index.js';
import type { StepState } from './campaign.js';
import type { CampaignDeps } from './campaign-deps.js';
import { findCampaign, findPerson, setStepState, type ChecklistStepRecord } from './campaigns.repository.js';

/**
 * Marks one step of a person's checklist: done, blocked (the note says by what: 422 `note_required`
 * without one), not needed, or open again. A position the campaign has no step at is 422
 * `unknown_step`.
 */
export async function markStep(deps: CampaignDeps, actor: StaffActor, personId: string, input: { position: number; state: StepState; note?: string }): Promise<ChecklistStepRecord> {
  const person = await findPerson(deps.db, personId);
  if (!person) throw notFound('Person of a campaign');
  const campaign = await findCampaign(deps.db, person.campaignId);
  if (!campaign?.steps.some((s) => s.position === input.position)) throw new AppError('unknown_step', `The campaign has no step ${input.position}`, { status: 422, field: '/position' });
  const note = input.note?.trim() ?? '';
  if (input.state === 'blocked' && note === '') throw new AppError('note_required', 'Say what blocks the step', { status: 422, field: '/note' });
  const step: ChecklistStepRecord = { personId, position: input.position, state: input.state, note, updatedBy: actor.userId, updatedAt: deps.clock.iso() };
  if (!(await setStepState(deps.db, step))) throw new AppError('unknown_step', `This person has no step ${input.position}`, { status: 422, field: '/position' });
  return step;
}
