import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { StaffActor } from '../auth/index.js';
import { organizationExists } from '../clients/index.js';
import type { CampaignDeps } from './campaign-deps.js';
import { findTemplate, insertCampaign, type CampaignRecord } from './campaigns.repository.js';

export interface CreateCampaignInput {
  organizationId: string;
  templateId: string;
  name: string;
  /** YYYY-MM-DD. */
  dueOn: string;
}

/**
 * Starts a rollout campaign for a client from a checklist template: the template's steps are copied
 * onto the campaign, so a template changed later leaves running campaigns as they were. A template
 * of another client is refused (422 `template_other_client`).
 */
export async function createCampaign(deps: CampaignDeps, actor: StaffActor, input: CreateCampaignInput): Promise<CampaignRecord> {
  if (!(await organizationExists(deps.db, input.organizationId))) throw notFound('Organization', '/organizationId');
  const template = await findTemplate(deps.db, input.templateId);
  if (!template) throw notFound('Checklist template', '/templateId');
  if (template.organizationId !== null && template.organizationId !== input.organizationId) {
    throw new AppError('template_other_client', 'That checklist template belongs to another client', { status: 422, field: '/templateId' });
  }
  const campaign: CampaignRecord = {
    id: newId(),
    organizationId: input.organizationId,
    templateId: template.id,
    name: input.name.trim(),
    dueOn: input.dueOn,
    createdBy: actor.userId,
    createdAt: deps.clock.iso(),
    steps: template.steps,
  };
  await insertCampaign(deps.db, campaign);
  return campaign;
}
