import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, ok, owner, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/**
 * A vendor goes down, in the browser: an incident declared through the API across the clients
 * that depend on the vendor's service; a technician opens Incidents from the desk navigation,
 * sees the vendor's ticket and promise and each client's workaround state on the grid, marks one
 * in place and ticks off a step of its checklist; and declares the alerts' suspected incident in
 * one click.
 */
describe('vendor incidents in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let incidentId: string;
  const clients: Record<string, string> = {};

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    const token = owner(w);
    clients['Alder Dental Group'] = w.app.world.a.id;
    clients['Birch Logistics'] = w.app.world.b.id;
    for (const name of ['Cedar & Finch Solicitors', 'Dunmore Veterinary', 'Elm Street Bakery', 'Foxglove Architects']) {
      clients[name] = (await ok(w.app, token, 'POST', '/api/v1/organizations', { name, timeZone: 'Europe/London' })).id;
    }
    const vendor = (await ok(w.app, token, 'POST', '/api/v1/vendors', { name: 'Northwind Cloud', portalUrl: 'https://support.northwind.example/', supportContacts: [{ name: 'Northwind NOC', phone: '+1 800 555 0100' }] })).id;
    const service = (await ok(w.app, token, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted desktops' })).id;
    const plan: [string, string, string[]][] = [
      ['Alder Dental Group', 'critical', ['Switch the surgery PCs to the local imaging viewer', 'Book patients from the paper diary', 'Phone the day’s patients']],
      ['Birch Logistics', 'high', ['Print today’s routes from the backup', 'Dispatch by phone']],
      ['Cedar & Finch Solicitors', 'high', ['Use the laptops with offline files']],
      ['Dunmore Veterinary', 'normal', ['Take card payments on the standalone terminal']],
      ['Elm Street Bakery', 'low', []],
      ['Foxglove Architects', 'normal', ['Work from local CAD copies']],
    ];
    for (const [name, criticality, workaroundSteps] of plan) {
      await ok(w.app, token, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: clients[name], purpose: 'hosted desktops', criticality, fallback: workaroundSteps[0] ?? '', workaroundSteps });
    }
    const incident = await ok(w.app, token, 'POST', '/api/v1/incidents', { serviceIds: [service], title: 'Northwind Cloud hosted desktops down', summary: 'Northwind’s data centre is offline after a ransomware attack; no time to recovery yet.' });
    incidentId = incident.id;
    const set = (name: string, workaroundState: string) => ok(w.app, token, 'PATCH', `/api/v1/incidents/${incidentId}/children/${clients[name]}`, { workaroundState });
    await set('Birch Logistics', 'in_place');
    await set('Cedar & Finch Solicitors', 'blocked');
    await set('Elm Street Bakery', 'not_needed');
    await ok(w.app, token, 'PATCH', `/api/v1/incidents/${incidentId}`, { vendorTicket: 'NW-CASE-88123', vendorContact: 'Priya Shah, Northwind NOC', vendorPromisedAt: new Date(Date.now() + 4 * 3_600_000).toISOString() });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[incidents]: shows the clients × workaround grid, marks a client’s workaround in place and ticks off a step', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/open');
    await page.keyboard.press('g');
    await page.keyboard.press('v');
    await page.getByRole('heading', { name: 'Northwind Cloud hosted desktops down' }).waitFor();
    const grid = page.getByRole('table', { name: 'Clients by workaround state' });
    // Worst hit first.
    expect((await grid.locator('tbody th').allTextContents()).map((t) => t.split(/Critical|High|Normal|Low/)[0])).toEqual([
      'Alder Dental Group', 'Birch Logistics', 'Cedar & Finch Solicitors', 'Dunmore Veterinary', 'Foxglove Architects', 'Elm Street Bakery',
    ]);
    expect(await page.getByRole('button', { name: 'Cedar & Finch Solicitors: Blocked' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Alder Dental Group: In place' }).click();
    await page.locator('button[aria-label="Alder Dental Group: In place"][aria-pressed="true"]').waitFor();
    await page.getByLabel('Workarounds by state').filter({ hasText: 'In place 2' }).waitFor();
    const saved = await ok(w.app, owner(w), 'GET', `/api/v1/incidents/${incidentId}`);
    expect(saved.children.find((c: any) => c.organizationId === clients['Alder Dental Group']).workaroundState).toBe('in_place');
    await page.getByLabel('The vendor’s side').filter({ hasText: 'NW-CASE-88123' }).filter({ hasText: 'Promised back in 4 hr' }).waitFor();

    await page.getByText('0/3 workaround steps done').click();
    await page.getByLabel('Book patients from the paper diary').click();
    await page.getByText('1/3 workaround steps done').waitFor();
    const ticked = await ok(w.app, owner(w), 'GET', `/api/v1/incidents/${incidentId}`);
    expect(ticked.children.find((c: any) => c.organizationId === clients['Alder Dental Group']).stepsDone).toEqual([1]);
    await screenshot(page, 'incident-grid');

    // Each row links to the client's child ticket.
    const number = saved.children.find((c: any) => c.organizationId === clients['Alder Dental Group']).ticket.number;
    await page.getByRole('link', { name: number }).click();
    await page.waitForURL(`**/tickets/${number}`);
    await page.getByText('Book patients from the paper diary').first().waitFor();
    await context.close();
  });

  it('[incidents]: declares an incident from the console, attaching a client’s open ticket that mentions the service', async () => {
    const token = owner(w);
    const vendor = (await ok(w.app, token, 'POST', '/api/v1/vendors', { name: 'Contoso Backup' })).id;
    const vault = (await ok(w.app, token, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Backup vault' })).id;
    await ok(w.app, token, 'POST', '/api/v1/dependencies', { serviceId: vault, organizationId: clients['Birch Logistics'], purpose: 'nightly backups', criticality: 'high', workaroundSteps: ['Keep yesterday’s tapes on site'] });
    await ok(w.app, token, 'POST', '/api/v1/dependencies', { serviceId: vault, organizationId: clients['Dunmore Veterinary'], purpose: 'nightly backups', criticality: 'normal' });
    const open = await ok(w.app, token, 'POST', '/api/v1/tickets', { organizationId: clients['Birch Logistics'], subject: 'Backup vault job failed twice' });

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/incidents');
    await page.getByRole('button', { name: 'Declare an incident' }).click();
    await page.getByLabel('Backup vault').check();
    await page.getByRole('button', { name: 'Show the clients hit' }).click();
    const preview = page.getByRole('table', { name: 'Clients the outage hits' });
    await preview.waitFor();
    expect((await preview.locator('tbody th').allTextContents()).map((t) => t.split(/critical|high|normal|low/)[0])).toEqual(['Birch Logistics', 'Dunmore Veterinary']);
    await page.getByLabel('Child ticket for Birch Logistics').selectOption({ label: `Attach ${open.number}: Backup vault job failed twice` });
    await page.getByLabel('Title').fill('Contoso backup vault unreachable');
    await page.getByLabel('Summary').fill('Contoso’s vault refuses connections since 02:00; last night’s backups did not run.');
    await screenshot(page, 'incident-declare');
    await page.getByRole('button', { name: 'Declare for 2 clients' }).click();

    await page.getByRole('heading', { name: 'Contoso backup vault unreachable' }).waitFor();
    await page.getByRole('link', { name: open.number }).waitFor();
    const declared = (await ok(w.app, token, 'GET', '/api/v1/incidents')).items.find((i: any) => i.title === 'Contoso backup vault unreachable');
    const children = (await ok(w.app, token, 'GET', `/api/v1/incidents/${declared.id}`)).children;
    expect(children.map((c: any) => [c.organizationName, c.attached])).toEqual([['Birch Logistics', true], ['Dunmore Veterinary', false]]);
    expect(children[0].ticket.id).toBe(open.id);
    await context.close();
  });

  it('[incidents]: declares a suspected incident from the alerts in one click, the clients’ alert tickets as its children', async () => {
    const token = owner(w);
    const names = ['Dunmore Veterinary', 'Elm Street Bakery', 'Foxglove Architects'];
    const source = await ok(w.app, token, 'POST', '/api/v1/alert-sources', { name: 'Uptime checks', format: 'generic', clientMap: { dunmore: clients[names[0]], elm: clients[names[1]], foxglove: clients[names[2]] } });
    const tickets: string[] = [];
    for (const client of ['dunmore', 'elm', 'foxglove']) {
      const r = await ok(w.app, source.token, 'POST', '/api/v1/alerts/inbound/generic', { key: `${client}/voip`, summary: `VoIP trunk down at ${client}`, signature: 'sip.fabrikam-voice.example', severity: 'critical', client });
      tickets.push(r.alerts[0].ticketId);
    }

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/incidents');
    const proposal = page.getByRole('listitem', { name: 'Suspected incident sip.fabrikam-voice.example' });
    await proposal.getByText('3 clients alerting with sip.fabrikam-voice.example').waitFor();
    await proposal.getByRole('button', { name: 'Declare incident' }).click();
    await page.getByRole('heading', { name: 'Suspected incident: sip.fabrikam-voice.example' }).waitFor();
    const grid = page.getByRole('table', { name: 'Clients by workaround state' });
    expect((await grid.locator('tbody th').allTextContents()).map((t) => t.split(/Critical|High|Normal|Low/)[0]).sort()).toEqual(names);
    await expect.poll(async () => (await page.getByRole('listitem', { name: 'Suspected incident sip.fabrikam-voice.example' }).count())).toBe(0);

    const suspicion = (await ok(w.app, token, 'GET', '/api/v1/suspected-incidents?status=declared')).items.find((p: any) => p.signature === 'sip.fabrikam-voice.example');
    const incident = await ok(w.app, token, 'GET', `/api/v1/incidents/${suspicion.incidentId}`);
    expect(incident.children.map((c: any) => c.ticket.id).sort()).toEqual([...tickets].sort());
    expect(incident.children.every((c: any) => c.attached)).toBe(true);
    await context.close();
  });

  it('[incidents]: detaches a child from the grid with a reason', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, `/incidents/${incidentId}`);
    await page.getByRole('heading', { name: 'Northwind Cloud hosted desktops down' }).waitFor();
    await page.getByRole('button', { name: 'Detach Foxglove Architects' }).click();
    const form = page.getByRole('form', { name: 'Detach Foxglove Architects from the incident' });
    await form.getByLabel('Why it is no longer this incident’s').fill('Their CAD licence server, not Northwind');
    await form.getByRole('button', { name: 'Detach' }).click();
    await page.getByText('Let go: Their CAD licence server, not Northwind').waitFor();
    expect(await page.getByRole('button', { name: 'Detach Foxglove Architects' }).count()).toBe(0);
    const child = (await ok(w.app, owner(w), 'GET', `/api/v1/incidents/${incidentId}`)).children.find((c: any) => c.organizationId === clients['Foxglove Architects']);
    expect(child).toMatchObject({ releaseReason: 'Their CAD licence server, not Northwind' });
    expect(child.releasedAt).not.toBeNull();
    await context.close();
  });

  it('[vendors]: records a vendor, its service and a client that depends on it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, '/queue/open');
    await page.keyboard.press('g');
    await page.keyboard.press('q');
    await page.getByRole('heading', { name: 'Vendors' }).waitFor();
    const addVendor = page.getByRole('form', { name: 'Add a vendor' });
    await addVendor.getByLabel('Vendor name').fill('Litware Lines');
    await addVendor.getByLabel('Support portal').fill('https://support.litware.example/');
    await addVendor.getByRole('button', { name: 'Add vendor' }).click();
    await page.getByRole('link', { name: /Litware Lines/ }).click();
    await page.getByRole('heading', { name: 'Litware Lines' }).waitFor();
    await page.getByLabel('New service').fill('Leased line');
    await page.getByRole('button', { name: 'Add service' }).click();
    await page.getByRole('button', { name: 'Leased line', pressed: true }).waitFor();
    const form = page.getByRole('form', { name: 'Add a client that depends on it' });
    await form.getByLabel('Client').selectOption({ label: 'Alder Dental Group' });
    await form.getByLabel('Criticality').selectOption('critical');
    await form.getByLabel('Used for').fill('imaging and bookings');
    await form.getByLabel('Fallback').fill('4G router in the surgery');
    await form.getByLabel('Workaround steps (one a line)').fill('Plug in the 4G router\nMove the booking PC to it');
    await form.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('table', { name: 'Clients depending on this service' }).getByRole('rowheader', { name: 'Alder Dental Group' }).waitFor();
    await screenshot(page, 'vendors');

    const vendor = (await ok(w.app, owner(w), 'GET', '/api/v1/vendors?limit=200')).items.find((v: any) => v.name === 'Litware Lines');
    expect(vendor).toMatchObject({ portalUrl: 'https://support.litware.example/', services: [{ name: 'Leased line' }] });
    const deps = (await ok(w.app, owner(w), 'GET', `/api/v1/dependencies?serviceId=${vendor.services[0].id}`)).items;
    expect(deps).toEqual([expect.objectContaining({ organizationId: clients['Alder Dental Group'], criticality: 'critical', purpose: 'imaging and bookings', fallback: '4G router in the surgery', workaroundSteps: ['Plug in the 4G router', 'Move the booking PC to it'] })]);
    await context.close();
  });

  it('[vendors]: imports vendors and dependencies from a CSV after a preview, then changes the vendor’s contacts, a dependency’s site and who hears of its incidents', async () => {
    const site = (await ok(w.app, owner(w), 'GET', `/api/v1/sites?organizationId=${clients['Birch Logistics']}`)).items[0];
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, '/setup/vendors');
    await page.getByRole('heading', { name: 'Vendors' }).waitFor();
    await page.getByText('Import from a CSV file').click();
    const upload = (csv: string) => page.getByLabel('CSV file').setInputFiles({ name: 'vendors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await upload('vendor,service,client,criticality\nTailspin Telecom,SIP trunks,Birch Logistics,critical\nTailspin Telecom,SIP trunks,Nobody Ltd,high\n');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByLabel('Import preview');
    await preview.getByText('1 problems to fix first.').waitFor();
    await preview.getByRole('cell', { name: '"Nobody Ltd" is not a client on record (give its name as in Switchboard)' }).waitFor();
    expect(await page.getByRole('button', { name: /^Import \d+ rows$/ }).isDisabled()).toBe(true);
    await upload('vendor,service,client,criticality,workaround_steps\nTailspin Telecom,SIP trunks,Birch Logistics,critical,Divert the main number to mobiles\nTailspin Telecom,SIP trunks,Dunmore Veterinary,high,\n');
    await page.getByRole('button', { name: 'Preview' }).click();
    await preview.getByText('2 rows ready: 1 new vendors, 1 new services, 2 new dependencies.').waitFor();
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByText('Imported: 1 vendors, 1 services, 2 dependencies created; 2 rows read.').waitFor();

    await page.getByRole('link', { name: /Tailspin Telecom/ }).click();
    await page.getByRole('heading', { name: 'Tailspin Telecom' }).waitFor();
    await page.getByRole('button', { name: 'Change vendor' }).click();
    const edit = page.getByRole('form', { name: 'Change the vendor' });
    await edit.getByLabel('Support contacts (one a line: name; role; email; phone)').fill('Tailspin NOC; network operations; noc@tailspin.example; +1 800 555 0142');
    await edit.getByLabel('Account numbers (one a line: label: number)').fill('Partner: TS-4471');
    await edit.getByRole('button', { name: 'Save vendor' }).click();
    await page.getByLabel('The vendor’s support').filter({ hasText: 'Tailspin NOC (network operations) +1 800 555 0142 noc@tailspin.example' }).filter({ hasText: 'Partner: TS-4471' }).waitFor();

    await page.getByRole('button', { name: 'Change Birch Logistics’s dependency' }).click();
    const dep = page.getByRole('form', { name: 'Change Birch Logistics’s dependency' });
    await dep.getByLabel('Site').selectOption({ label: site.name });
    await dep.getByLabel('Used for').fill('phones at the depot');
    const told = (await ok(w.app, owner(w), 'GET', `/api/v1/contacts?organizationId=${clients['Birch Logistics']}`)).items[0];
    await dep.getByRole('group', { name: 'Who hears of an incident on this service' }).getByRole('checkbox', { name: told.name, exact: true }).check();
    await dep.getByRole('button', { name: 'Save dependency' }).click();
    await page.getByRole('table', { name: 'Clients depending on this service' }).getByRole('cell', { name: 'phones at the depot' }).waitFor();

    const vendor = (await ok(w.app, owner(w), 'GET', '/api/v1/vendors?limit=200')).items.find((v: any) => v.name === 'Tailspin Telecom');
    expect(vendor).toMatchObject({ supportContacts: [{ name: 'Tailspin NOC', role: 'network operations', email: 'noc@tailspin.example', phone: '+1 800 555 0142' }], accountNumbers: [{ label: 'Partner', number: 'TS-4471' }] });
    const deps = (await ok(w.app, owner(w), 'GET', `/api/v1/dependencies?serviceId=${vendor.services[0].id}`)).items;
    expect(deps.find((d: any) => d.organizationId === clients['Birch Logistics'])).toMatchObject({ siteId: site.id, purpose: 'phones at the depot', criticality: 'critical', workaroundSteps: ['Divert the main number to mobiles'], notifyContactIds: [told.id] });
    await context.close();
  });
});
