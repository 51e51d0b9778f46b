/**
 * Factories: a small world of two client organisations, their sites and contacts, staff in
 * every role, client users, and API tokens for each, built through the real use cases.
 */
import type { ManualClock } from '../../src/platform/clock.js';
import type { Db } from '../../src/platform/db/connect.js';
import { newId } from '../../src/platform/ids.js';
import { createToken } from '../../src/modules/auth/index.js';
import { actorOf, findUserById } from '../../src/modules/auth/auth.repository.js';
import { createUser } from '../../src/modules/staff/index.js';
import { phoneRow } from '../../src/modules/clients/index.js';

export interface Org {
  id: string;
  siteId: string;
  contactId: string;
  otherContactId: string;
  clientUserToken: string;
  clientAdminToken: string;
}

export interface World {
  teamId: string;
  tokens: { owner: string; admin: string; manager: string; technician: string };
  staffIds: { owner: string; admin: string; manager: string; technician: string };
  a: Org;
  b: Org;
}

async function insertOrg(db: Db, clock: ManualClock, slug: string, timeZone: string) {
  const id = newId();
  const siteId = newId();
  const at = clock.iso();
  await db.insertInto('organizations').values({ id, name: `${slug} Ltd`, slug, industry: 'law', time_zone: timeZone, created_at: at }).execute();
  await db.insertInto('sites').values({ id: siteId, organization_id: id, name: `${slug} HQ`, address: '1 Main St', time_zone: timeZone, created_at: at }).execute();
  const contacts: string[] = [];
  for (const [i, name] of [`${slug} Alice`, `${slug} Bob`].entries()) {
    const contactId = newId();
    contacts.push(contactId);
    await db.insertInto('contacts').values({ id: contactId, organization_id: id, site_id: siteId, name, title: 'Staff', work_location: 'site', vip: false, created_at: at }).execute();
    await db.insertInto('contact_emails').values({ contact_id: contactId, email: `${slug}.${i}@example.com`, is_primary: true }).execute();
    await db.insertInto('contact_phones').values(phoneRow(contactId, { number: `+1555010${slug.length}${i}`, extension: '', label: 'work' })).execute();
  }
  return { id, siteId, contactId: contacts[0], otherContactId: contacts[1] };
}

async function tokenFor(db: Db, clock: ManualClock, userId: string): Promise<string> {
  const actor = actorOf((await findUserById(db, userId))!)!;
  return (await createToken({ db, clock }, actor, { name: 'test', ip: null })).token;
}

export async function seedWorld(db: Db, clock: ManualClock): Promise<World> {
  const deps = { db, clock };
  const teamId = newId();
  await db.insertInto('teams').values({ id: teamId, name: 'Service Desk', lead_user_id: null, created_at: clock.iso() }).execute();
  const staff = async (role: string, tier?: number) => (await createUser(deps, null, { kind: 'staff', email: `${role}@msp.example`, name: `The ${role}`, role, tier })).id;
  const staffIds = { owner: await staff('owner'), admin: await staff('admin'), manager: await staff('service_manager', 3), technician: await staff('technician', 1) };
  const tokens = {
    owner: await tokenFor(db, clock, staffIds.owner),
    admin: await tokenFor(db, clock, staffIds.admin),
    manager: await tokenFor(db, clock, staffIds.manager),
    technician: await tokenFor(db, clock, staffIds.technician),
  };
  const orgs: Org[] = [];
  for (const [slug, zone] of [['alpha', 'America/Chicago'], ['bravo', 'Europe/London']]) {
    const o = await insertOrg(db, clock, slug, zone);
    const user = await createUser(deps, null, { kind: 'client', role: 'client_user', contactId: o.contactId });
    const admin = await createUser(deps, null, { kind: 'client', role: 'client_admin', contactId: o.otherContactId });
    orgs.push({ ...o, clientUserToken: await tokenFor(db, clock, user.id), clientAdminToken: await tokenFor(db, clock, admin.id) });
  }
  return { teamId, tokens, staffIds, a: orgs[0], b: orgs[1] };
}
