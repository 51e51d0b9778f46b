import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/** The default checklist for people sent to work from home, seeded so every install has it. */
export const HOME_WORKING_TEMPLATE_ID = 'campaign-template-home-working';
const HOME_WORKING_STEPS = [
  'VPN installed and connecting',
  'Connectivity check (home broadband speed and stability)',
  'Printing at home or to the office',
  'Access to the specialist software on the office servers',
  'Phone forwarding to mobile or softphone',
];
// A fixed instant: a migration reads no clock, and the row is the same on every install.
const SEEDED_AT = '2026-01-01T00:00:00.000Z';

/**
 * Rollout campaigns (issue 14 item 1, scenario 6), owned by the campaigns module:
 * - `campaign_templates` and `campaign_template_steps`: checklists, global (`organization_id`
 *   null) or one client's, with ordered steps and an optional billing work type each; the
 *   "Home working" template is seeded here.
 * - `campaigns`: a client's rollout (name, due date) with its steps copied from the template when
 *   it was created (`campaign_steps`), so changing a template never changes a running campaign.
 * - `campaign_people`: who the campaign is for — one contact of the client each (unique per
 *   campaign), where they work, notes, and the technician assigned.
 * - `campaign_checklist_steps`: each person's state at each step (`open`, `done`, `blocked` with
 *   a note, `not_needed`); one row per person and step, written in batches when people are
 *   imported, so progress is a grouped count.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('campaign_templates')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organization_id', t.id, (c) => c.references('organizations.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('campaign_template_steps')
    .addColumn('template_id', t.id, (c) => c.notNull().references('campaign_templates.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('work_type', 'text')
    .addPrimaryKeyConstraint('campaign_template_steps_pk', ['template_id', 'position'])
    .execute();

  await db.schema
    .createTable('campaigns')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('template_id', t.id, (c) => c.notNull().references('campaign_templates.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('campaigns_organization').on('campaigns').columns(['organization_id', 'created_at']).execute();

  await db.schema
    .createTable('campaign_steps')
    .addColumn('campaign_id', t.id, (c) => c.notNull().references('campaigns.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('work_type', 'text')
    .addPrimaryKeyConstraint('campaign_steps_pk', ['campaign_id', 'position'])
    .execute();

  await db.schema
    .createTable('campaign_people')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('campaign_id', t.id, (c) => c.notNull().references('campaigns.id'))
    .addColumn('contact_id', t.id, (c) => c.notNull().references('contacts.id'))
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('site_id', t.id, (c) => c.references('sites.id'))
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('assignee_id', t.id, (c) => c.references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('campaign_people_contact').on('campaign_people').columns(['campaign_id', 'contact_id']).unique().execute();

  await db.schema
    .createTable('campaign_checklist_steps')
    .addColumn('person_id', t.id, (c) => c.notNull().references('campaign_people.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('updated_by', t.id, (c) => c.references('users.id'))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_checklist_steps_pk', ['person_id', 'position'])
    .execute();

  await db.insertInto('campaign_templates').values({ id: HOME_WORKING_TEMPLATE_ID, name: 'Home working', organization_id: null, created_at: SEEDED_AT }).execute();
  await db
    .insertInto('campaign_template_steps')
    .values(HOME_WORKING_STEPS.map((title, i) => ({ template_id: HOME_WORKING_TEMPLATE_ID, position: i + 1, title, work_type: null })))
    .execute();
}
