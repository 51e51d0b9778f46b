/** The inbound payload formats, by name: one file each, listed here explicitly. */
import { alertmanagerFormat } from './alertmanager.js';
import type { AlertFormat } from './format.js';
import { genericFormat } from './generic.js';
import { ninjaOneFormat } from './ninjaone.js';
import { uptimeKumaFormat } from './uptime-kuma.js';

export const FORMATS: readonly AlertFormat[] = [genericFormat, alertmanagerFormat, uptimeKumaFormat, ninjaOneFormat];

export const FORMAT_NAMES = FORMATS.map((f) => f.name) as [string, ...string[]];

export function formatNamed(name: string): AlertFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}
