import { newId } from '../../platform/ids.js';
import { notFound } from '../../platform/errors.js';
import { organizationExists } from '../clients/index.js';
import type { CampaignDeps } from './campaign-deps.js';
import { insertTemplate, type TemplateRecord } from './campaigns.repository.js';

export interface CreateTemplateInput {
  name: string;
  /** One client's template; left out: every client's. */
  organizationId?: string;
  steps: { title: string; workType?: string }[];
}

/** Adds a checklist template: its steps numbered in the order given. */
export async function createTemplate(deps: CampaignDeps, input: CreateTemplateInput): Promise<TemplateRecord> {
  if (input.organizationId !== undefined && !(await organizationExists(deps.db, input.organizationId))) throw notFound('Organization', '/organizationId');
  const template: TemplateRecord = {
    id: newId(),
    name: input.name.trim(),
    organizationId: input.organizationId ?? null,
    createdAt: deps.clock.iso(),
    steps: input.steps.map((s, i) => ({ position: i + 1, title: s.title.trim(), workType: s.workType?.trim() || null })),
  };
  await insertTemplate(deps.db, template);
  return template;
}
