/**
 * The campaigns module's reads for the API: a campaign with its progress (overall, per step, per
 * technician) and its blockers, and the people × steps grid with each step's coverage by the
 * client's contract. Names of contacts, sites and staff come through their modules' exports.
 */
import { userNames } from '../auth/index.js';
import { ticketTimeTotals, workCoverage } from '../billing/index.js';
import { contactsByIds, sitesOfOrganizations } from '../clients/index.js';
import { DEFAULT_WORK_TYPE, personStatus, progressFrom } from './campaign.js';
import type { CampaignDeps } from './campaign-deps.js';
import { blockedSteps, checklistsOf, peopleOf, stateCounts, type CampaignRecord } from './campaigns.repository.js';

/**
 * A campaign with its progress and blockers. A client's administrator (`forClient`) reads the same
 * figures without the MSP's per-technician split.
 */
export async function campaignProgress(deps: Pick<CampaignDeps, 'db'>, campaign: CampaignRecord, forClient: boolean) {
  const { db } = deps;
  const progress = progressFrom(campaign.steps, await stateCounts(db, campaign.id));
  const blocked = await blockedSteps(db, campaign.id);
  const contacts = new Map((await contactsByIds(db, blocked.map((b) => b.contactId))).map((c) => [c.id, c.name]));
  const names = await userNames(db, forClient ? [] : progress.technicians.map((t) => t.assigneeId));
  const titles = new Map(campaign.steps.map((s) => [s.position, s.title]));
  const people = progress.steps.length > 0 ? Math.max(...progress.steps.map((s) => s.total)) : 0;
  return {
    ...campaign,
    // Which staff member started it is the MSP's business.
    createdBy: forClient ? null : campaign.createdBy,
    people,
    progress: progress.overall,
    steps: progress.steps.map((s) => ({ ...s, workType: campaign.steps.find((c) => c.position === s.position)?.workType ?? null })),
    technicians: forClient ? [] : progress.technicians.map((t) => ({ ...t, name: t.assigneeId === null ? 'Unassigned' : (names.get(t.assigneeId) ?? 'Former staff member') })),
    blockers: blocked.map((b) => ({ personId: b.personId, personName: contacts.get(b.contactId) ?? '', position: b.position, stepTitle: titles.get(b.position) ?? '', note: b.note, since: b.updatedAt })),
  };
}

/**
 * Every person of the campaign, by name, with their checklist: each step's state and note, and whether the
 * work is covered by the contract's scope or chargeable, with the reason (a home worker under a
 * premises-only contract: chargeable, "home worker; contract covers premises only"), and the time
 * logged on the person's ticket by classification.
 */
export async function campaignPeople(deps: Pick<CampaignDeps, 'db'>, campaign: CampaignRecord) {
  const { db } = deps;
  const people = await peopleOf(db, campaign.id);
  const steps = await checklistsOf(db, campaign.id);
  const contacts = new Map((await contactsByIds(db, people.map((p) => p.contactId))).map((c) => [c.id, c]));
  const sites = new Map((await sitesOfOrganizations(db, [campaign.organizationId])).map((s) => [s.id, s.name]));
  const names = await userNames(db, people.map((p) => p.assigneeId));
  const decide = await workCoverage(db, campaign.organizationId);
  const time = await ticketTimeTotals(db, people.flatMap((p) => (p.ticketId ? [p.ticketId] : [])));
  const byPerson = new Map<string, typeof steps>();
  for (const s of steps) byPerson.set(s.personId, [...(byPerson.get(s.personId) ?? []), s]);
  const rows = people.map((p) => {
    const contact = contacts.get(p.contactId);
    const siteName = p.siteId ? (sites.get(p.siteId) ?? null) : null;
    const checklist = campaign.steps.map((step) => {
      const s = byPerson.get(p.id)?.find((x) => x.position === step.position);
      const work = { workType: step.workType ?? DEFAULT_WORK_TYPE, location: p.location === 'home' ? ('home' as const) : ('on_site' as const), homeWorker: p.location === 'home', siteId: p.siteId, siteName };
      return { position: step.position, state: s?.state ?? 'open', note: s?.note ?? '', updatedAt: s?.updatedAt ?? p.createdAt, ...decide(work) };
    });
    return {
      id: p.id,
      contactId: p.contactId,
      name: contact?.name ?? '',
      email: contact?.emails[0] ?? '',
      location: p.location,
      siteName,
      notes: p.notes,
      assigneeId: p.assigneeId,
      assigneeName: p.assigneeId ? (names.get(p.assigneeId) ?? 'Former staff member') : null,
      status: personStatus(checklist.map((c) => c.state)),
      ticketId: p.ticketId,
      time: (p.ticketId ? time.get(p.ticketId) : undefined) ?? { minutes: 0, byClassification: [], reason: null },
      steps: checklist,
    };
  });
  // People imported together share their creation time: the grid reads by name.
  return rows.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
