/** The campaigns module: rollout campaigns of a client's people, each with a checklist from a template (docs/readiness.md, "Rollout campaigns"). */
export { campaignRoutes, type CampaignRoutesDeps } from './campaigns.routes.js';
export { type CampaignTables } from './campaigns.tables.js';
export { createCampaign, type CreateCampaignInput } from './create-campaign.js';
export { importPeople, type ImportPeopleAnswer } from './import-people.js';
export { campaignPeople, campaignProgress } from './campaign-reads.js';
export { campaignTicketIds } from './campaign-tickets.js';
export { logPersonTime, type LogPersonTimeInput } from './log-person-time.js';
