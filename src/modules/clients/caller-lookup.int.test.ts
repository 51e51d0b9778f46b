import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { generateDemo } from '../demo/index.js';

/** "Who is calling" through the API: numbers on file in E.164, found however the caller's number is typed. */
describe.each(DIALECTS)('caller lookup on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  const orgs: Record<string, string> = {};
  const contacts: Record<string, string> = {};

  const addOrg = async (name: string, body: Record<string, unknown>) => {
    const r = await t.call(owner, 'POST', '/api/v1/organizations', { name, ...body });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const addContact = async (organizationId: string, name: string, number: string) => {
    const r = await t.call(owner, 'POST', '/api/v1/contacts', { organizationId, name, phones: [{ number, label: 'work' }] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const find = async (phone: string) => {
    const r = await t.call(owner, 'GET', `/api/v1/contacts?phone=${encodeURIComponent(phone)}&limit=20`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.items as { id: string; name: string; match?: { number: string; extension: string; kind: string } }[];
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    const leeds = await addOrg('Leeds Dental', { timeZone: 'Europe/London' });
    expect(leeds.country).toBe('GB');
    orgs.leeds = leeds.id;
    orgs.chicago = (await addOrg('Loop Legal', { timeZone: 'America/Chicago' })).id;
    orgs.sydney = (await addOrg('Harbour Physio', { timeZone: 'Australia/Sydney', country: 'au' })).id;
    const nowhere = await addOrg('Nowhere Ltd', { timeZone: 'UTC' });
    expect(nowhere.country).toBeNull();
    orgs.nowhere = nowhere.id;
    contacts.leeds = (await addContact(orgs.leeds, 'Priya Shah', '+44 113 200 0001')).id;
    const ext = await addContact(orgs.leeds, 'Tom Reed', '020 7946 0123 ext. 204');
    expect(ext.phones).toEqual([{ number: '+442079460123', extension: '204', label: 'work' }]);
    contacts.ext = ext.id;
    const chicago = await addContact(orgs.chicago, 'Dana Cole', '(312) 555-0147');
    expect(chicago.phones[0].number).toBe('+13125550147');
    contacts.chicago = chicago.id;
    contacts.sydney = (await addContact(orgs.sydney, 'Mia Tran', '0491 570 123')).id;
    const raw = await addContact(orgs.nowhere, 'Sam Nobody', '0113 496 0999');
    expect(raw.phones[0].number).toBe('01134960999');
    contacts.raw = raw.id;
  });
  afterAll(async () => t?.close());

  it('finds a contact on file as +44 113 200 0001 by its national forms and trailing digits, saying how', async () => {
    for (const [typed, kind] of [
      ['0113 200 0001', 'national'],
      ['01132000001', 'national'],
      ['(0113) 200-0001', 'national'],
      ['2000001', 'trailing'],
      ['+44 113 200 0001', 'exact'],
      ['0044 113 200 0001', 'exact'],
      ['+44 (0)113 200 0001', 'exact'],
    ] as const) {
      const found = await find(typed);
      expect(found.map((c) => c.id), typed).toEqual([contacts.leeds]);
      expect(found[0].match, typed).toEqual({ number: '+441132000001', extension: '', label: 'work', kind });
    }
    expect(await find('0113 200 0002')).toEqual([]);
    for (const nothing of ['abc', '+++', '0', '12']) expect(await find(nothing), nothing).toEqual([]);
  });

  it('reads other countries’ national formats, with dots, dashes, parentheses and extensions', async () => {
    expect((await find('312.555.0147')).map((c) => [c.id, c.match?.kind])).toEqual([[contacts.chicago, 'national']]);
    expect((await find('1-312-555-0147')).map((c) => c.id)).toEqual([contacts.chicago]);
    expect((await find('+1 312 555 0147')).map((c) => [c.id, c.match?.kind])).toEqual([[contacts.chicago, 'exact']]);
    expect((await find('0491570123')).map((c) => [c.id, c.match?.kind])).toEqual([[contacts.sydney, 'national']]);
    expect((await find('(020) 7946-0123 x204')).map((c) => [c.id, c.match])).toEqual([[contacts.ext, { number: '+442079460123', extension: '204', label: 'work', kind: 'national' }]]);
    expect((await find('7946 0123')).map((c) => [c.id, c.match?.kind])).toEqual([[contacts.ext, 'trailing']]);
  });

  it('keeps a national number as typed for an organisation without a country, and reads it once one is set', async () => {
    expect((await find('0113-496-0999')).map((c) => [c.id, c.match?.kind])).toEqual([[contacts.raw, 'exact']]);
    expect((await find('4960999')).map((c) => [c.id, c.match?.kind])).toEqual([[contacts.raw, 'trailing']]);
    const patched = await t.call(owner, 'PATCH', `/api/v1/organizations/${orgs.nowhere}`, { country: 'GB' });
    expect(patched.body.country).toBe('GB');
    expect((await t.call(owner, 'GET', `/api/v1/contacts/${contacts.raw}`)).body.phones[0].number).toBe('+441134960999');
    expect((await find('+44 113 496 0999')).map((c) => [c.id, c.match?.kind])).toEqual([[contacts.raw, 'exact']]);
  });

  it('refuses a country that is not one and a number that cannot be one, naming the field', async () => {
    const country = await t.call(owner, 'POST', '/api/v1/organizations', { name: 'Bad Country', timeZone: 'Europe/London', country: 'XX' });
    expect(country.status).toBe(422);
    expect(country.body).toMatchObject({ code: 'unknown_country', field: '/country' });
    const number = await t.call(owner, 'POST', '/api/v1/contacts', { organizationId: orgs.leeds, name: 'Short', phones: [{ number: '+44 113 200 0001' }, { number: '0113 20' }] });
    expect(number.status).toBe(422);
    expect(number.body).toMatchObject({ code: 'invalid_phone', field: '/phones/1/number' });
  });

  it('lists the countries an organisation may have by name, and the country each time zone gives one created without it', async () => {
    const r = await t.call(t.world.tokens.technician, 'GET', '/api/v1/phone-countries');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const items = r.body.items as { code: string; name: string; callingCode: string }[];
    expect(items.find((c) => c.code === 'GB')).toEqual({ code: 'GB', name: 'United Kingdom', callingCode: '44' });
    expect(items.find((c) => c.code === 'AU')?.callingCode).toBe('61');
    expect(items.map((c) => c.name)).toEqual([...items.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(items.some((c) => c.code === 'XX')).toBe(false);
    // The same default the API gives when the country is left out.
    for (const zone of ['Europe/London', 'America/Chicago', 'Australia/Sydney', 'Europe/Kiev']) {
      const org = await addOrg(`Zone ${zone}`, { timeZone: zone });
      expect(r.body.timeZones[zone]).toBe(org.country);
    }
    expect(r.body.timeZones['Europe/Kiev']).toBe('UA');
    expect(r.body.timeZones.UTC).toBeUndefined();
    expect((await t.call(t.world.a.clientUserToken, 'GET', '/api/v1/phone-countries')).status).toBe(403);
  });

  it('finds a client’s own contacts only, and looks numbers up on indexes rather than reading every number', async () => {
    const theirs = await t.call(t.world.a.clientAdminToken, 'GET', `/api/v1/contacts?phone=${encodeURIComponent('0113 200 0001')}`);
    expect(theirs.body.items).toEqual([]);
    const lookup = sql`SELECT contact_id FROM contact_phones WHERE number IN ('+441132000001', '01132000001') OR (digits_reversed >= '1000002' AND digits_reversed < '1000003')`;
    const db = t.sb.database.db;
    if (dialect === 'sqlite') {
      const { rows } = await sql<{ detail: string }>`EXPLAIN QUERY PLAN ${lookup}`.execute(db);
      const plan = rows.map((r) => r.detail).join('\n');
      expect(plan).toContain('contact_phones_number');
      expect(plan).toContain('contact_phones_digits_reversed');
      expect(plan).not.toMatch(/SCAN contact_phones$/m);
    } else {
      // On a small table without statistics PostgreSQL reads it whole anyway; with sequential scans
      // off, the plan shows that each condition can use its index.
      const plan = await db.connection().execute(async (c) => {
        await sql`SET enable_seqscan = off`.execute(c);
        try {
          return (await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${lookup}`.execute(c)).rows.map((r) => r['QUERY PLAN']).join('\n');
        } finally {
          await sql`SET enable_seqscan = on`.execute(c);
        }
      });
      expect(plan).toContain('contact_phones_number');
      expect(plan).toContain('contact_phones_digits_reversed');
      expect(plan).not.toContain('Seq Scan');
    }
  });

  it('finds the demo’s callers by national number, as contacts added through the API', async () => {
    const demo = generateDemo(7, t.clock.now(), 'hash');
    const db = t.sb.database.db;
    const chunks = <Row,>(rows: Row[]) => Array.from({ length: Math.ceil(rows.length / 200) }, (_, i) => rows.slice(i * 200, i * 200 + 200));
    for (const rows of chunks(demo.organizations)) await db.insertInto('organizations').values(rows).execute();
    for (const rows of chunks(demo.sites)) await db.insertInto('sites').values(rows).execute();
    for (const rows of chunks(demo.contacts)) await db.insertInto('contacts').values(rows).execute();
    for (const rows of chunks(demo.contact_phones)) await db.insertInto('contact_phones').values(rows).execute();
    expect(new Set(demo.organizations.map((o) => o.country))).toEqual(new Set(['US', 'GB', 'AU']));
    const leedsOrg = demo.organizations.find((o) => o.country === 'GB')!;
    const person = demo.contacts.find((c) => c.organization_id === leedsOrg.id)!;
    const number = demo.contact_phones.find((p) => p.contact_id === person.id)!.number;
    expect(number).toMatch(/^\+44\d{10}$/);
    const national = `0${number.slice(3, 7)} ${number.slice(7)}`;
    const found = await find(national);
    expect(found.map((c) => [c.id, c.match?.kind, c.match?.number])).toEqual([[person.id, 'national', number]]);
  });

  it('keeps a client’s main number in E.164, read in its country, and refuses one that cannot be a number there', async () => {
    const org = await addOrg('Main Line Dental', { timeZone: 'Europe/London', mainPhone: '0113 496 0000 ext. 12' });
    expect(org.mainPhone).toEqual({ number: '+441134960000', extension: '12' });
    const bad = await t.call(owner, 'PATCH', `/api/v1/organizations/${org.id}`, { mainPhone: '+44 12' });
    expect(bad.body).toMatchObject({ status: 422, code: 'invalid_phone', field: '/mainPhone' });
    const typed = await addOrg('Countryless Ltd', { timeZone: 'UTC', mainPhone: '0113 496 0000' });
    expect(typed.mainPhone).toEqual({ number: '01134960000', extension: '' });
    const placed = await t.call(owner, 'PATCH', `/api/v1/organizations/${typed.id}`, { country: 'GB' });
    expect(placed.body.mainPhone).toEqual({ number: '+441134960000', extension: '' });
    const removed = await t.call(owner, 'PATCH', `/api/v1/organizations/${org.id}`, { mainPhone: null });
    expect(removed.body.mainPhone).toBeNull();
    expect((await t.call(owner, 'GET', `/api/v1/organizations/${org.id}`)).body.mainPhone).toBeNull();
  });
});
