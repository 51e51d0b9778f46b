/**
 * Assets as pure rules: their kinds, who may read which, what a client reads of one, the text its
 * search indexes, and the values a CSV row or an RMM push gives. No I/O.
 */
import type { Actor } from '../auth/index.js';

/** The kinds of asset, as the API names them. */
export const ASSET_KINDS = ['laptop', 'desktop', 'home_office_kit', 'vpn_token', 'server', 'network_device', 'circuit', 'printer', 'other'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/** An asset as the module works with it. */
export interface AssetRecord {
  id: string;
  organizationId: string;
  siteId: string | null;
  contactId: string | null;
  kind: AssetKind;
  name: string;
  serial: string;
  model: string;
  tags: string[];
  notes: string;
  isp: string;
  circuitId: string;
  ispSupportPhone: string;
  feedId: string | null;
  externalId: string | null;
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The settings of an asset that a person, a CSV row or an RMM push gives. */
export interface AssetSettings {
  kind: AssetKind;
  name: string;
  serial?: string;
  model?: string;
  siteId?: string | null;
  contactId?: string | null;
  tags?: string[];
  notes?: string;
  isp?: string;
  circuitId?: string;
  ispSupportPhone?: string;
}

/** Which assets a reader may see: staff every one; a client administrator the organisation's; a client user those that are theirs. */
export type AssetReader = { kind: 'staff' } | { kind: 'client'; organizationId: string; contactId: string | null };

export function readerOf(actor: Actor): AssetReader {
  if (actor.kind === 'staff') return { kind: 'staff' };
  return { kind: 'client', organizationId: actor.organizationId, contactId: actor.role === 'client_admin' ? null : actor.contactId };
}

/** Whether the reader may see the asset (archived ones are for staff only). */
export function canReadAsset(reader: AssetReader, asset: Pick<AssetRecord, 'organizationId' | 'contactId' | 'archivedAt'>): boolean {
  if (reader.kind === 'staff') return true;
  if (asset.archivedAt !== null || asset.organizationId !== reader.organizationId) return false;
  return reader.contactId === null || asset.contactId === reader.contactId;
}

/** What only staff read of an asset. */
type StaffOnly = 'notes' | 'tags' | 'feedId' | 'externalId';

/**
 * The asset as a reader gets it. A client's portal shows what the kit is, where and whose, and the
 * ISP's support number; the MSP's notes and tags and the RMM's ids stay with staff, left out.
 */
export function presentAsset(reader: AssetReader, asset: AssetRecord): Omit<AssetRecord, StaffOnly> & Partial<Pick<AssetRecord, StaffOnly>> {
  if (reader.kind === 'staff') return asset;
  const { notes: _n, tags: _t, feedId: _f, externalId: _e, ...shown } = asset;
  return shown;
}

/** Tags as stored: trimmed, lower-case, without repeats, in the order given. */
export function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))];
}

/** What the search indexes: name, serial, model, the person's name, and a circuit's ISP and id. */
export function searchText(asset: Pick<AssetRecord, 'name' | 'serial' | 'model' | 'isp' | 'circuitId'>, personName: string | null): string {
  return [asset.name, asset.serial, asset.model, personName ?? '', asset.isp, asset.circuitId].filter((s) => s.trim() !== '').join(' ');
}

/**
 * An asset's settings applied: trimmed, the fields only circuits have cleared on other kinds (a
 * laptop has no ISP), tags normalised.
 */
export function applySettings(base: AssetRecord, s: Partial<AssetSettings>): AssetRecord {
  const next: AssetRecord = {
    ...base,
    kind: s.kind ?? base.kind,
    name: s.name?.trim() ?? base.name,
    serial: s.serial?.trim() ?? base.serial,
    model: s.model?.trim() ?? base.model,
    siteId: s.siteId === undefined ? base.siteId : s.siteId,
    contactId: s.contactId === undefined ? base.contactId : s.contactId,
    tags: s.tags ? normaliseTags(s.tags) : base.tags,
    notes: s.notes ?? base.notes,
    isp: s.isp?.trim() ?? base.isp,
    circuitId: s.circuitId?.trim() ?? base.circuitId,
    ispSupportPhone: s.ispSupportPhone?.trim() ?? base.ispSupportPhone,
  };
  if (next.kind !== 'circuit') Object.assign(next, { isp: '', circuitId: '', ispSupportPhone: '' });
  return next;
}

/** A blank asset of a client, to apply settings to. */
export function blankAsset(id: string, organizationId: string, now: string): AssetRecord {
  return {
    id, organizationId, siteId: null, contactId: null, kind: 'other', name: '', serial: '', model: '', tags: [], notes: '', isp: '', circuitId: '', ispSupportPhone: '',
    feedId: null, externalId: null, archivedAt: null, version: 1, createdAt: now, updatedAt: now,
  };
}

/** Reads a kind as people write it in a CSV or an RMM names it ("Home office kit", "VPN-Token", "Laptop"); undefined when it is none. */
export function readKind(value: string): AssetKind | undefined {
  const key = value.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const aliases: Record<string, AssetKind> = { notebook: 'laptop', workstation: 'desktop', pc: 'desktop', token: 'vpn_token', router: 'network_device', switch: 'network_device', firewall: 'network_device', access_point: 'network_device', line: 'circuit', broadband: 'circuit', internet: 'circuit' };
  return (ASSET_KINDS as readonly string[]).includes(key) ? (key as AssetKind) : aliases[key];
}
