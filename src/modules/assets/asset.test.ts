import { describe, expect, it } from 'vitest';
import { applySettings, blankAsset, canReadAsset, presentAsset, readKind, searchText } from './asset.js';
import { readAssetCsv } from './asset-csv.js';

const laptop = { ...blankAsset('a1', 'org-a', '2026-03-02T14:00:00.000Z'), kind: 'laptop' as const, name: 'Ana’s laptop', serial: '5CG1234XYZ', contactId: 'c1', notes: 'BIOS password in the vault', tags: ['vip'], feedId: 'f1', externalId: 'ninja-7' };

describe('asset rules', () => {
  it('lets a client administrator read the organisation’s assets, a client user only their own, and no client an archived one', () => {
    expect(canReadAsset({ kind: 'client', organizationId: 'org-a', contactId: null }, laptop)).toBe(true);
    expect(canReadAsset({ kind: 'client', organizationId: 'org-a', contactId: 'c1' }, laptop)).toBe(true);
    expect(canReadAsset({ kind: 'client', organizationId: 'org-a', contactId: 'c2' }, laptop)).toBe(false);
    expect(canReadAsset({ kind: 'client', organizationId: 'org-b', contactId: null }, laptop)).toBe(false);
    expect(canReadAsset({ kind: 'client', organizationId: 'org-a', contactId: null }, { ...laptop, archivedAt: '2026-03-03T00:00:00.000Z' })).toBe(false);
    expect(canReadAsset({ kind: 'staff' }, { ...laptop, organizationId: 'org-b' })).toBe(true);
  });

  it('shows a client neither the MSP’s notes and tags nor the RMM’s ids', () => {
    const shown = presentAsset({ kind: 'client', organizationId: 'org-a', contactId: null }, laptop);
    expect(shown).toMatchObject({ serial: '5CG1234XYZ', name: 'Ana’s laptop' });
    expect(Object.keys(shown)).not.toEqual(expect.arrayContaining(['notes']));
    for (const key of ['notes', 'tags', 'feedId', 'externalId']) expect(key in shown, key).toBe(false);
    expect(presentAsset({ kind: 'staff' }, laptop)).toBe(laptop);
  });

  it('keeps the ISP, circuit id and support number only on circuits', () => {
    const circuit = applySettings(laptop, { kind: 'circuit', isp: ' Lumen ', circuitId: 'CHI-0042', ispSupportPhone: '+1 800 555 0199' });
    expect(circuit).toMatchObject({ isp: 'Lumen', circuitId: 'CHI-0042', ispSupportPhone: '+1 800 555 0199' });
    expect(applySettings(circuit, { kind: 'laptop' })).toMatchObject({ isp: '', circuitId: '', ispSupportPhone: '' });
  });

  it('indexes name, serial, model, the person and a circuit’s ISP', () => {
    expect(searchText({ name: 'Laptop', serial: 'S1', model: 'EliteBook 840', isp: '', circuitId: '' }, 'Ana Ruiz')).toBe('Laptop S1 EliteBook 840 Ana Ruiz');
  });

  it('reads kinds as people write them', () => {
    expect(['Laptop', 'Home office kit', 'VPN-Token', 'router', 'Broadband', 'toaster'].map(readKind)).toEqual(['laptop', 'home_office_kit', 'vpn_token', 'network_device', 'circuit', undefined]);
  });
});

describe('asset CSV', () => {
  it('reads rows in any column order and keeps every problem with its row and column', () => {
    const { rows, problems } = readAssetCsv('\uFEFFName;Kind;Serial;Person;Tags\nAna laptop;Laptop;5CG1;ana@alpha.example;"vip, remote"\n;laptop;x;;\nToaster;toaster;;;\n');
    expect(rows).toEqual([{ row: 2, site: '', person: 'ana@alpha.example', settings: expect.objectContaining({ kind: 'laptop', name: 'Ana laptop', serial: '5CG1', tags: ['vip', 'remote'] }) }]);
    expect(problems).toEqual([
      { row: 3, column: 'name', code: 'required', message: expect.any(String) },
      { row: 4, column: 'kind', code: 'unknown_kind', message: expect.any(String) },
    ]);
  });

  it('refuses a header with an unknown or missing column', () => {
    expect(() => readAssetCsv('name,colour\nx,red\n')).toThrow(expect.objectContaining({ code: 'csv_header', field: '/csv' }));
    expect(() => readAssetCsv('name,serial\nx,1\n')).toThrow(expect.objectContaining({ code: 'csv_header' }));
  });
});
