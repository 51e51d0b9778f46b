/**
 * The console's two-key shortcuts (`g` then a key) each go to one place: three pages built the same
 * day once all took `g z`, and only the last one bound was reachable. Read from the sources: the
 * navigation entries' `key`, the handlers bound by sequence, and the help overlay's list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CONSOLE = path.resolve(import.meta.dirname, '../web/src/app/console');
const sources = readdirSync(CONSOLE)
  .filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))
  .map((f) => ({ file: f, text: readFileSync(path.join(CONSOLE, f), 'utf8') }));

function all(pattern: RegExp): { key: string; file: string }[] {
  return sources.flatMap(({ file, text }) => [...text.matchAll(pattern)].map((m) => ({ key: m[1], file })));
}

function repeated(found: { key: string; file: string }[]): string[] {
  const seen = new Map<string, string[]>();
  for (const f of found) seen.set(f.key, [...(seen.get(f.key) ?? []), f.file]);
  return [...seen].filter(([, files]) => files.length > 1).map(([key, files]) => `${key} (${files.join(', ')})`);
}

describe('the console’s g-shortcuts', () => {
  it('names each key once among the navigation entries', () => {
    const keys = all(/key: '(g .)'/g);
    expect(keys.length).toBeGreaterThan(10);
    expect(repeated(keys)).toEqual([]);
  });

  it('binds each sequence to one handler', () => {
    const bound = all(/'(g .)': \(\) =>/g);
    expect(bound.length).toBeGreaterThan(5);
    expect(repeated(bound)).toEqual([]);
  });

  it('lists each sequence once in the help overlay', () => {
    const listed = all(/\[\['g', '(.)'\]/g);
    expect(listed.length).toBeGreaterThan(10);
    expect(repeated(listed)).toEqual([]);
  });
});
