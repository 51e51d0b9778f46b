import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliEntryFor } from './server-process.js';

describe('the switchboard a process test runs', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
  });
  const checkout = (files: Record<string, number>) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-entry-'));
    roots.push(root);
    for (const [file, seconds] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), '');
      fs.utimesSync(path.join(root, file), seconds, seconds);
    }
    return root;
  };

  it('runs the build when it is newer than every source file', () => {
    const root = checkout({ 'src/cli.ts': 1_000, 'src/modules/tickets/a.ts': 2_000, 'dist/cli.js': 3_000 });
    expect(cliEntryFor(root)).toEqual([path.join(root, 'dist/cli.js')]);
  });

  it('runs the source through tsx when any source file, however deep, changed after the build, or there is no build', () => {
    const stale = checkout({ 'src/cli.ts': 1_000, 'src/modules/tickets/a.ts': 4_000, 'dist/cli.js': 3_000 });
    expect(cliEntryFor(stale)).toEqual(['--import', 'tsx', path.join(stale, 'src/cli.ts')]);
    const unbuilt = checkout({ 'src/cli.ts': 1_000 });
    expect(cliEntryFor(unbuilt)).toEqual(['--import', 'tsx', path.join(unbuilt, 'src/cli.ts')]);
  });
});
