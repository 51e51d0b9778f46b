import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMN_MAPS } from './column-maps.js';
import { FORMAT_NAMES, FORMATS, KIND_SPECS, KINDS } from './import-kinds.js';

const DOC = readFileSync(path.resolve(import.meta.dirname, '../../../docs/import.md'), 'utf8');

/** docs/import.md's column tables are the code's column maps: neither changes without the other. */
describe('docs/import.md', () => {
  it('lists, for every kind and field, the column names each layout reads', () => {
    for (const kind of KINDS) {
      const table = DOC.split(`#### ${kind}\n\n`)[1]?.split('\n\n')[0];
      expect(table, `a table under "#### ${kind}"`).toBeDefined();
      const lines = table!.split('\n');
      expect(lines[0]).toBe(`| Field | ${FORMATS.map((f) => FORMAT_NAMES[f]).join(' | ')} |`);
      const rows = KIND_SPECS[kind].fields.map(({ field }) => `| \`${field}\` | ${FORMATS.map((f) => (COLUMN_MAPS[f][kind][field] ?? []).join(' / ') || '—').join(' | ')} |`);
      expect(lines.slice(2)).toEqual(rows);
    }
  });

  it('names every sample file that is in docs/import-samples', () => {
    for (const format of FORMATS) {
      const dir = path.resolve(import.meta.dirname, '../../../docs/import-samples', format);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) expect(DOC).toContain(`\`${format}/${file}\``);
    }
  });
});
