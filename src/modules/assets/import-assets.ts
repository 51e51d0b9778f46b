/**
 * Imports a client's assets from a CSV: a preview says what each row would do (create, or update the
 * client's asset with the same serial) and every problem per row; applying writes all rows in the
 * caller's transaction, and only a file without problems (422 `import_has_errors` otherwise), so an
 * import is never half done. Importing the same file again updates the same assets.
 */
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import { contactsNamed, contactsWithEmails, organizationWithSites } from '../clients/index.js';
import { applySettings, blankAsset, searchText, type AssetRecord } from './asset.js';
import { readAssetCsv, type RowProblem } from './asset-csv.js';
import { assetsBySerial, insertAsset, saveAsset } from './assets.repository.js';
import type { AssetDeps } from './create-asset.js';

export interface ImportAssetsInput {
  organizationId: string;
  csv: string;
  apply: boolean;
}

/** What a row does (or would do). */
export interface PlannedRow {
  row: number;
  action: 'create' | 'update';
  assetId: string;
  name: string;
  serial: string;
}

export interface ImportAnswer {
  applied: boolean;
  rows: PlannedRow[];
  problems: RowProblem[];
}

export async function importAssets(deps: AssetDeps, actor: StaffActor, input: ImportAssetsInput, ip: string | null): Promise<ImportAnswer> {
  const org = await organizationWithSites(deps.db, input.organizationId);
  if (!org) throw new AppError('not_found', 'Organization was not found', { status: 404, field: '/organizationId' });
  const { rows, problems } = readAssetCsv(input.csv);
  const sites = new Map(org.sites.map((s) => [s.name.toLowerCase(), s.id]));
  const emails = rows.map((r) => r.person.toLowerCase()).filter((p) => p.includes('@'));
  const byEmail = new Map<string, { id: string; name: string }>();
  for (const c of await contactsWithEmails(deps.db, emails)) {
    if (c.organizationId === org.id && c.archivedAt === null) for (const e of c.emails) byEmail.set(e.toLowerCase(), c);
  }
  const named = await contactsNamed(deps.db, org.id, rows.map((r) => r.person).filter((p) => p !== '' && !p.includes('@')));
  const byName = new Map(named.filter((c) => c.archivedAt === null).map((c) => [c.name.toLowerCase(), c]));
  const existing = await assetsBySerial(deps.db, org.id, rows.map((r) => r.settings.serial ?? ''));
  const now = deps.clock.iso();
  const planned: Array<{ plan: PlannedRow; asset: AssetRecord; before?: AssetRecord; personName: string | null }> = [];
  const seenSerials = new Set<string>();
  for (const r of rows) {
    const siteId = r.site === '' ? null : sites.get(r.site.toLowerCase());
    if (siteId === undefined) problems.push({ row: r.row, column: 'site', code: 'unknown_site', message: `"${r.site}" is not a site of ${org.name}` });
    const person = r.person === '' ? null : (byEmail.get(r.person.toLowerCase()) ?? byName.get(r.person.toLowerCase()));
    if (person === undefined) problems.push({ row: r.row, column: 'person', code: 'unknown_person', message: `"${r.person}" is not a contact of ${org.name} (give their email or full name)` });
    const serial = r.settings.serial ?? '';
    if (serial !== '' && seenSerials.has(serial)) problems.push({ row: r.row, column: 'serial', code: 'duplicate_serial', message: `The serial "${serial}" is on an earlier row too` });
    seenSerials.add(serial);
    if (siteId === undefined || person === undefined) continue;
    const before = existing.get(serial);
    const base = before ?? blankAsset(newId(), org.id, now);
    const asset = { ...applySettings(base, { ...r.settings, siteId, contactId: person?.id ?? null }), version: before ? before.version + 1 : 1, updatedAt: now };
    planned.push({ plan: { row: r.row, action: before ? 'update' : 'create', assetId: asset.id, name: asset.name, serial: asset.serial }, asset, before, personName: person?.name ?? null });
  }
  problems.sort((a, b) => a.row - b.row);
  const answer = { rows: planned.map((p) => p.plan), problems };
  if (!input.apply) return { applied: false, ...answer };
  if (problems.length > 0) throw new AppError('import_has_errors', `${problems.length} problem(s) in the file: fix them (see the preview) and import again`, { status: 422, field: '/csv', details: { problems: problems.slice(0, 100) } });
  for (const p of planned) {
    if (p.before) {
      if (!(await saveAsset(deps.db, p.asset, p.before.version, searchText(p.asset, p.personName)))) throw new AppError('version_conflict', 'An asset changed while it was imported; import again', { status: 409 });
    } else {
      await insertAsset(deps.db, p.asset, searchText(p.asset, p.personName));
    }
  }
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'asset.imported', ip, detail: { organizationId: org.id, created: planned.filter((p) => !p.before).length, updated: planned.filter((p) => p.before).length } });
  return { applied: true, ...answer };
}

