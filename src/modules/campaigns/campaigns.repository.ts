/**
 * All SQL of the campaigns module: templates and their steps, campaigns with their own copy of the
 * steps, the people of a campaign and each person's checklist. People and checklists are written
 * as multi-row inserts in batches, so a campaign of 1,000 people is a handful of statements.
 */
import type { Db } from '../../platform/db/connect.js';
import type { PersonLocation, StateCountRow, StepState } from './campaign.js';
import type { CampaignPersonTable } from './campaigns.tables.js';

/** Rows per multi-row insert: inside both dialects' limits on bound parameters (7 columns × 500). */
const BATCH = 500;

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

export interface StepRecord {
  position: number;
  title: string;
  workType: string | null;
}

export interface TemplateRecord {
  id: string;
  name: string;
  organizationId: string | null;
  createdAt: string;
  steps: StepRecord[];
}

export interface CampaignRecord {
  id: string;
  organizationId: string;
  templateId: string;
  name: string;
  dueOn: string;
  createdBy: string | null;
  createdAt: string;
  steps: StepRecord[];
}

export interface PersonRecord {
  id: string;
  campaignId: string;
  contactId: string;
  location: PersonLocation;
  siteId: string | null;
  notes: string;
  assigneeId: string | null;
  /** The ticket the person's campaign time is logged on, once some is. */
  ticketId: string | null;
  createdAt: string;
}

export interface ChecklistStepRecord {
  personId: string;
  position: number;
  state: StepState;
  note: string;
  updatedBy: string | null;
  updatedAt: string;
}

const toStep = (r: { position: number; title: string; work_type: string | null }): StepRecord => ({ position: Number(r.position), title: r.title, workType: r.work_type });

const toPerson = (r: CampaignPersonTable): PersonRecord => ({
  id: r.id, campaignId: r.campaign_id, contactId: r.contact_id, location: r.location as PersonLocation, siteId: r.site_id, notes: r.notes, assigneeId: r.assignee_id, ticketId: r.ticket_id, createdAt: r.created_at,
});

export async function insertTemplate(db: Db, t: TemplateRecord): Promise<void> {
  await db.insertInto('campaign_templates').values({ id: t.id, name: t.name, organization_id: t.organizationId, created_at: t.createdAt }).execute();
  await db.insertInto('campaign_template_steps').values(t.steps.map((s) => ({ template_id: t.id, position: s.position, title: s.title, work_type: s.workType }))).execute();
}

/** Templates a client may use: the global ones and its own (every template when `organizationId` is undefined), by name. */
export async function listTemplates(db: Db, organizationId?: string): Promise<TemplateRecord[]> {
  let query = db.selectFrom('campaign_templates').selectAll();
  if (organizationId !== undefined) query = query.where((eb) => eb.or([eb('organization_id', 'is', null), eb('organization_id', '=', organizationId)]));
  const rows = await query.orderBy('name').orderBy('id').execute();
  if (rows.length === 0) return [];
  const steps = await db.selectFrom('campaign_template_steps').selectAll().where('template_id', 'in', rows.map((r) => r.id)).orderBy('position').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, organizationId: r.organization_id, createdAt: r.created_at, steps: steps.filter((s) => s.template_id === r.id).map(toStep) }));
}

export async function findTemplate(db: Db, id: string): Promise<TemplateRecord | undefined> {
  const row = await db.selectFrom('campaign_templates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const steps = await db.selectFrom('campaign_template_steps').selectAll().where('template_id', '=', id).orderBy('position').execute();
  return { id: row.id, name: row.name, organizationId: row.organization_id, createdAt: row.created_at, steps: steps.map(toStep) };
}

export async function insertCampaign(db: Db, c: CampaignRecord): Promise<void> {
  await db.insertInto('campaigns').values({ id: c.id, organization_id: c.organizationId, template_id: c.templateId, name: c.name, due_on: c.dueOn, created_by: c.createdBy, created_at: c.createdAt }).execute();
  await db.insertInto('campaign_steps').values(c.steps.map((s) => ({ campaign_id: c.id, position: s.position, title: s.title, work_type: s.workType }))).execute();
}

async function stepsOf(db: Db, campaignIds: string[]): Promise<Map<string, StepRecord[]>> {
  const out = new Map<string, StepRecord[]>(campaignIds.map((id) => [id, []]));
  if (campaignIds.length === 0) return out;
  for (const s of await db.selectFrom('campaign_steps').selectAll().where('campaign_id', 'in', campaignIds).orderBy('position').execute()) out.get(s.campaign_id)?.push(toStep(s));
  return out;
}

export async function findCampaign(db: Db, id: string): Promise<CampaignRecord | undefined> {
  const row = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const steps = await stepsOf(db, [id]);
  return { id: row.id, organizationId: row.organization_id, templateId: row.template_id, name: row.name, dueOn: row.due_on, createdBy: row.created_by, createdAt: row.created_at, steps: steps.get(id) ?? [] };
}

/** Campaigns, newest first; one client's when `organizationId` is given. */
export async function listCampaigns(db: Db, organizationId?: string): Promise<CampaignRecord[]> {
  let query = db.selectFrom('campaigns').selectAll();
  if (organizationId !== undefined) query = query.where('organization_id', '=', organizationId);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(500).execute();
  const steps = await stepsOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({ id: r.id, organizationId: r.organization_id, templateId: r.template_id, name: r.name, dueOn: r.due_on, createdBy: r.created_by, createdAt: r.created_at, steps: steps.get(r.id) ?? [] }));
}

/** Adds people to a campaign with a checklist each (every step open), in multi-row batches. */
export async function insertPeople(db: Db, people: PersonRecord[], positions: number[], at: string): Promise<void> {
  for (const some of batches(people)) {
    await db.insertInto('campaign_people')
      .values(some.map((p) => ({ id: p.id, campaign_id: p.campaignId, contact_id: p.contactId, location: p.location, site_id: p.siteId, notes: p.notes, assignee_id: p.assigneeId, created_at: p.createdAt })))
      .execute();
  }
  const steps = people.flatMap((p) => positions.map((position) => ({ person_id: p.id, position, state: 'open', note: '', updated_by: null, updated_at: at })));
  for (const some of batches(steps)) await db.insertInto('campaign_checklist_steps').values(some).execute();
}

/** The contacts already in the campaign. */
export async function contactsInCampaign(db: Db, campaignId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('campaign_people').select('contact_id').where('campaign_id', '=', campaignId).execute();
  return new Set(rows.map((r) => r.contact_id));
}

/** A campaign's people, by when they were added. */
export async function peopleOf(db: Db, campaignId: string, filter: { assigneeId?: string | null; location?: PersonLocation } = {}): Promise<PersonRecord[]> {
  let query = db.selectFrom('campaign_people').selectAll().where('campaign_id', '=', campaignId);
  if (filter.assigneeId !== undefined) query = filter.assigneeId === null ? query.where('assignee_id', 'is', null) : query.where('assignee_id', '=', filter.assigneeId);
  if (filter.location !== undefined) query = query.where('location', '=', filter.location);
  return (await query.orderBy('created_at').orderBy('id').execute()).map(toPerson);
}

export async function findPerson(db: Db, id: string): Promise<PersonRecord | undefined> {
  const row = await db.selectFrom('campaign_people').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toPerson(row);
}

/** Every checklist step of a campaign's people. */
export async function checklistsOf(db: Db, campaignId: string): Promise<ChecklistStepRecord[]> {
  const rows = await db
    .selectFrom('campaign_checklist_steps')
    .innerJoin('campaign_people', 'campaign_people.id', 'campaign_checklist_steps.person_id')
    .select(['campaign_checklist_steps.person_id', 'campaign_checklist_steps.position', 'campaign_checklist_steps.state', 'campaign_checklist_steps.note', 'campaign_checklist_steps.updated_by', 'campaign_checklist_steps.updated_at'])
    .where('campaign_people.campaign_id', '=', campaignId)
    .orderBy('campaign_checklist_steps.position')
    .execute();
  return rows.map((r) => ({ personId: r.person_id, position: Number(r.position), state: r.state as StepState, note: r.note, updatedBy: r.updated_by, updatedAt: r.updated_at }));
}

/** Sets the technician of some of a campaign's people; returns how many rows changed. */
export async function assignPeople(db: Db, campaignId: string, personIds: string[], assigneeId: string | null): Promise<number> {
  let changed = 0;
  for (const some of batches(personIds)) {
    const result = await db.updateTable('campaign_people').set({ assignee_id: assigneeId }).where('campaign_id', '=', campaignId).where('id', 'in', some).executeTakeFirst();
    changed += Number(result.numUpdatedRows);
  }
  return changed;
}

/** Sets one checklist step's state; false when the person has no such step. */
export async function setStepState(db: Db, s: ChecklistStepRecord): Promise<boolean> {
  const result = await db
    .updateTable('campaign_checklist_steps')
    .set({ state: s.state, note: s.note, updated_by: s.updatedBy, updated_at: s.updatedAt })
    .where('person_id', '=', s.personId)
    .where('position', '=', s.position)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Steps by position, technician and state, counted in one grouped statement. */
export async function stateCounts(db: Db, campaignId: string): Promise<StateCountRow[]> {
  const rows = await db
    .selectFrom('campaign_checklist_steps')
    .innerJoin('campaign_people', 'campaign_people.id', 'campaign_checklist_steps.person_id')
    .select((eb) => ['campaign_checklist_steps.position', 'campaign_people.assignee_id', 'campaign_checklist_steps.state', eb.fn.countAll<string | number>().as('n')])
    .where('campaign_people.campaign_id', '=', campaignId)
    .groupBy(['campaign_checklist_steps.position', 'campaign_people.assignee_id', 'campaign_checklist_steps.state'])
    .execute();
  return rows.map((r) => ({ position: Number(r.position), assigneeId: r.assignee_id, state: r.state as StepState, n: Number(r.n) }));
}

/** The blocked steps of a campaign, oldest block first. */
export async function blockedSteps(db: Db, campaignId: string): Promise<(ChecklistStepRecord & { contactId: string; assigneeId: string | null })[]> {
  const rows = await db
    .selectFrom('campaign_checklist_steps')
    .innerJoin('campaign_people', 'campaign_people.id', 'campaign_checklist_steps.person_id')
    .select(['campaign_checklist_steps.person_id', 'campaign_checklist_steps.position', 'campaign_checklist_steps.state', 'campaign_checklist_steps.note', 'campaign_checklist_steps.updated_by', 'campaign_checklist_steps.updated_at', 'campaign_people.contact_id', 'campaign_people.assignee_id'])
    .where('campaign_people.campaign_id', '=', campaignId)
    .where('campaign_checklist_steps.state', '=', 'blocked')
    .orderBy('campaign_checklist_steps.updated_at')
    .limit(1000)
    .execute();
  return rows.map((r) => ({ personId: r.person_id, position: Number(r.position), state: 'blocked' as const, note: r.note, updatedBy: r.updated_by, updatedAt: r.updated_at, contactId: r.contact_id, assigneeId: r.assignee_id }));
}

/**
 * Links a person to the ticket their campaign time is logged on, unless one already is (a
 * concurrent first log lost the race): answers whether this call linked it.
 */
export async function linkPersonTicket(db: Db, personId: string, ticketId: string): Promise<boolean> {
  const done = await db.updateTable('campaign_people').set({ ticket_id: ticketId }).where('id', '=', personId).where('ticket_id', 'is', null).executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/** The tickets of a campaign's people (those with time logged); undefined when there is no such campaign. */
export async function personTicketIds(db: Db, campaignId: string): Promise<string[] | undefined> {
  const campaign = await db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst();
  if (!campaign) return undefined;
  const rows = await db.selectFrom('campaign_people').select('ticket_id').where('campaign_id', '=', campaignId).where('ticket_id', 'is not', null).execute();
  return rows.flatMap((r) => (r.ticket_id === null ? [] : [r.ticket_id]));
}
