/**
 * Benchmark (issue 14, item 1): a rollout campaign of 1,000 people. A client with one site and an
 * active contract; a campaign from the seeded "Home working" template (5 steps); a CSV of N people
 * (name, email, phone, site or home, notes) previewed and then applied — every person a new contact
 * (through the clients module's batch write) with one checklist each — through the same use case
 * as the API, without HTTP. Then the people × steps grid with each step's coverage is read.
 *
 * The floor, measured in the same run on a fresh database of its own: the same rows (contacts with
 * their email and phone, people, checklist steps) written as bare multi-row inserts in one
 * transaction, with no CSV, lookups or checks. Reports seconds, the ratio floor ÷ import, and the
 * bar: 1,000 people's checklists created (preview + apply) within 5 seconds.
 *
 *   node --import tsx bench/campaign-create.ts [--people 1000] [--dialect sqlite|postgres|both]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actorOf, findUserByEmail, type StaffActor } from '../src/modules/auth/index.js';
import { createUser } from '../src/modules/staff/index.js';
import { systemClock } from '../src/platform/clock.js';
import { connect, type Database } from '../src/platform/db/connect.js';
import type { DialectName } from '../src/platform/db/dialect.js';
import { newId } from '../src/platform/ids.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { campaignPeople, createCampaign, importPeople } from '../src/modules/campaigns/index.js';
import { phoneRow } from '../src/modules/clients/index.js';
import { startTestPostgres } from '../test/support/postgres-server.js';
import { fmt, machine, parseFlags, verdict } from './lib.js';

const BAR_SECONDS = 5;
const STEPS = 5;

function peopleCsv(count: number): string {
  const lines = ['name,email,phone,site,notes'];
  for (let i = 0; i < count; i++) lines.push(`Person ${i} Example,person.${i}@client.example,+44 113 496 ${String(i % 10000).padStart(4, '0')},${i % 4 === 0 ? 'Leeds office' : 'home'},${i % 10 === 0 ? 'needs a headset' : ''}`);
  return `${lines.join('\n')}\n`;
}

async function open(dialect: DialectName) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-campaign-'));
  const pg = dialect === 'postgres' ? await startTestPostgres() : undefined;
  const database = connect({ databaseUrl: pg?.url ?? '', dataDir: dir });
  await migrateToLatest(database);
  const at = systemClock.iso();
  const organizationId = newId();
  const siteId = newId();
  await database.db.insertInto('organizations').values({ id: organizationId, name: 'Bench Client', slug: 'bench', industry: 'retail', time_zone: 'Europe/London', country: 'GB', created_at: at }).execute();
  await database.db.insertInto('sites').values({ id: siteId, organization_id: organizationId, name: 'Leeds office', address: '1 Park Row', time_zone: 'Europe/London', created_at: at }).execute();
  const close = async () => {
    await database.close();
    pg?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { database, organizationId, siteId, close };
}

/** The same rows as the import writes, as bare multi-row inserts in one transaction. */
async function floor(database: Database, organizationId: string, siteId: string, people: number): Promise<number> {
  const at = systemClock.iso();
  const campaignId = newId();
  await database.db.insertInto('campaigns').values({ id: campaignId, organization_id: organizationId, template_id: 'campaign-template-home-working', name: 'Floor', due_on: '2026-12-31', created_by: null, created_at: at }).execute();
  const t0 = performance.now();
  await database.db.transaction().execute(async (trx) => {
    const rows = Array.from({ length: people }, (_, i) => ({ contact: newId(), person: newId(), i }));
    for (let s = 0; s < rows.length; s += 500) {
      const some = rows.slice(s, s + 500);
      await trx.insertInto('contacts').values(some.map((r) => ({ id: r.contact, organization_id: organizationId, site_id: r.i % 4 === 0 ? siteId : null, name: `Person ${r.i} Example`, title: '', work_location: r.i % 4 === 0 ? 'site' : 'home', vip: false, created_at: at }))).execute();
      await trx.insertInto('contact_emails').values(some.map((r) => ({ contact_id: r.contact, email: `person.${r.i}@client.example`, is_primary: true }))).execute();
      await trx.insertInto('contact_phones').values(some.map((r) => phoneRow(r.contact, { number: `+44113496${String(r.i % 10000).padStart(4, '0')}`, extension: '', label: 'work' }))).execute();
      await trx.insertInto('campaign_people').values(some.map((r) => ({ id: r.person, campaign_id: campaignId, contact_id: r.contact, location: r.i % 4 === 0 ? 'site' : 'home', site_id: r.i % 4 === 0 ? siteId : null, notes: '', assignee_id: null, created_at: at }))).execute();
    }
    const steps = rows.flatMap((r) => Array.from({ length: STEPS }, (_, k) => ({ person_id: r.person, position: k + 1, state: 'open', note: '', updated_by: null, updated_at: at })));
    for (let s = 0; s < steps.length; s += 500) await trx.insertInto('campaign_checklist_steps').values(steps.slice(s, s + 500)).execute();
  });
  return (performance.now() - t0) / 1000;
}

async function runOn(dialect: DialectName, people: number): Promise<boolean> {
  const bare = await open(dialect);
  let floorSeconds: number;
  try {
    floorSeconds = await floor(bare.database, bare.organizationId, bare.siteId, people);
  } finally {
    await bare.close();
  }
  const { database, organizationId, close } = await open(dialect);
  try {
    const deps = { db: database.db, clock: systemClock };
    await createUser(deps, null, { kind: 'staff', email: 'owner@msp.example', name: 'Bench Owner', role: 'owner' });
    const actor = actorOf((await findUserByEmail(database.db, 'owner@msp.example'))!)! as StaffActor;
    const campaign = await createCampaign(deps, actor, { organizationId, templateId: 'campaign-template-home-working', name: 'Everyone home', dueOn: '2026-12-31' });
    const csv = peopleCsv(people);
    const t0 = performance.now();
    const preview = await database.db.transaction().execute((trx) => importPeople({ db: trx, clock: systemClock }, actor, { campaignId: campaign.id, csv, apply: false }, null));
    const t1 = performance.now();
    const applied = await database.db.transaction().execute((trx) => importPeople({ db: trx, clock: systemClock }, actor, { campaignId: campaign.id, csv, apply: true }, null));
    const t2 = performance.now();
    const grid = await campaignPeople(deps, campaign);
    const t3 = performance.now();
    const [previewS, applyS, gridS] = [(t1 - t0) / 1000, (t2 - t1) / 1000, (t3 - t2) / 1000];
    const steps = Number((await database.db.selectFrom('campaign_checklist_steps').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const correct = preview.problems.length === 0 && applied.added === people && grid.length === people && steps === people * STEPS;
    const total = previewS + applyS;
    console.log(`\n${dialect}: ${people.toLocaleString('en')} people × ${STEPS} steps`);
    console.log(`  floor (bare inserts)  ${fmt(floorSeconds, 3)} s`);
    console.log(`  preview               ${fmt(previewS, 3)} s`);
    console.log(`  apply                 ${fmt(applyS, 3)} s  (${applied.added} people, ${steps} checklist steps)`);
    console.log(`  grid read             ${fmt(gridS, 3)} s`);
    console.log(`  ratio floor ÷ apply   ${fmt(floorSeconds / applyS, 2)}`);
    console.log(`  preview + apply ${fmt(total, 3)} s: bar ≤ ${BAR_SECONDS} s ${verdict(total <= BAR_SECONDS)}${correct ? '' : '; WRONG COUNTS'}`);
    return correct && total <= BAR_SECONDS;
  } finally {
    await close();
  }
}

const { flags } = parseFlags(process.argv.slice(2));
const people = Number(flags.people ?? 1000);
const which = flags.dialect ?? 'sqlite';
const dialects: DialectName[] = which === 'both' ? ['sqlite', 'postgres'] : [which as DialectName];
console.log(`campaign-create: ${machine()}`);
let ok = true;
for (const d of dialects) ok = (await runOn(d, people)) && ok;
process.exit(ok ? 0 : 1);
