import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

/**
 * Importing vendors, services and dependencies from a CSV (issue 12, item 1): a preview with what
 * each row would do and every problem per row, nothing written; applying writes the whole file
 * only when no row has a problem; the same file again changes nothing; a changed row updates the
 * dependency on record.
 */
describe.each(DIALECTS)('vendor import on %s', (dialect) => {
  let t: TestApp;
  const manager = () => t.world.tokens.manager;
  const run = (csv: string, apply = false, token = manager()) => t.call(token, 'POST', '/api/v1/vendors/import', { csv, apply });
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  const good = [
    'Vendor;Portal;Service;Client;Site;Purpose;Criticality;Fallback;Workaround steps',
    'Northwind Cloud;https://support.northwind.example/;Hosted desktops;alpha Ltd;alpha HQ;line-of-business app;critical;Paper forms;Print forms | Phone orders',
    'Northwind Cloud;;Hosted desktops;bravo Ltd;;email;;;',
    'Northwind Cloud;;Backups;;;;;;',
    'Fabrikam Voice;;;;;;;;',
  ].join('\n');

  it('previews each row’s problems and writes nothing', async () => {
    const csv = [
      'vendor,service,client,site,criticality,portal',
      'Northwind Cloud,Hosted desktops,Nobody Ltd,,high,',
      'Northwind Cloud,Hosted desktops,alpha Ltd,Moon Base,high,',
      'Northwind Cloud,,alpha Ltd,,,',
      'Northwind Cloud,Hosted desktops,bravo Ltd,,dire,ftp://x',
      ',Hosted desktops,,,,',
      'Northwind Cloud,Hosted desktops,bravo Ltd,,,',
    ].join('\n');
    const preview = await run(csv);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.applied).toBe(false);
    expect(preview.body.problems.map((p: any) => [p.row, p.column, p.code])).toEqual([
      [2, 'client', 'unknown_client'],
      [3, 'site', 'unknown_site'],
      [4, 'service', 'required'],
      [5, 'portal', 'invalid_url'],
      [5, 'criticality', 'unknown_criticality'],
      [6, 'vendor', 'required'],
    ]);
    expect(preview.body.rows).toEqual([{ row: 7, vendor: 'create', service: 'create', dependency: 'create' }]);
    const refused = await run(csv, true);
    expect(refused.body).toMatchObject({ status: 422, code: 'import_has_errors', field: '/csv' });
    expect((await t.call(manager(), 'GET', '/api/v1/vendors')).body.items).toEqual([]);
    expect((await run('vendor,colour\nX,red')).body).toMatchObject({ code: 'csv_header', field: '/csv' });
    expect((await run(good, false, t.world.tokens.technician)).status).toBe(403);
  });

  it('writes vendors, services and dependencies, and the same file again changes nothing', async () => {
    const applied = await run(good, true);
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(applied.body).toMatchObject({ applied: true, problems: [], counts: { vendors: 2, services: 2, dependencies: 2 } });
    const vendors = (await t.call(manager(), 'GET', '/api/v1/vendors')).body.items;
    expect(vendors.map((v: any) => [v.name, v.portalUrl, v.services.map((s: any) => s.name).sort()])).toEqual([
      ['Fabrikam Voice', '', []],
      ['Northwind Cloud', 'https://support.northwind.example/', ['Backups', 'Hosted desktops']],
    ]);
    const desktops = vendors[1].services.find((s: any) => s.name === 'Hosted desktops').id;
    const deps = (await t.call(manager(), 'GET', `/api/v1/dependencies?serviceId=${desktops}`)).body.items;
    // Written in one instant: the list's order among them is the ids'.
    expect(deps).toHaveLength(2);
    expect(deps).toEqual(expect.arrayContaining([
      expect.objectContaining({ organizationId: t.world.a.id, siteId: t.world.a.siteId, purpose: 'line-of-business app', criticality: 'critical', fallback: 'Paper forms', workaroundSteps: ['Print forms', 'Phone orders'] }),
      expect.objectContaining({ organizationId: t.world.b.id, siteId: null, purpose: 'email', criticality: 'normal', workaroundSteps: [] }),
    ]));

    const again = await run(good, true);
    expect(again.body.counts).toEqual({ vendors: 0, services: 0, dependencies: 0 });
    expect(again.body.rows.every((r: any) => [r.vendor, r.service, r.dependency].every((a) => a === null || a === 'keep'))).toBe(true);

    // A changed row updates the dependency on record; names match ignoring case.
    const changed = await run('vendor,service,client,criticality\nNORTHWIND CLOUD,hosted desktops,BRAVO LTD,high', true);
    expect(changed.body.rows).toEqual([{ row: 2, vendor: 'keep', service: 'keep', dependency: 'update' }]);
    const bravo = (await t.call(manager(), 'GET', `/api/v1/dependencies?organizationId=${t.world.b.id}`)).body.items[0];
    expect(bravo).toMatchObject({ criticality: 'high', purpose: 'email', version: 2 });
  });
});
