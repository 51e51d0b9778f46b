/**
 * The web app's seams, read from its import statements:
 * - web/src/app composes (entry, shells, routes) and nothing imports from it;
 * - web/src/platform is plumbing and shared pieces, and imports only itself;
 * - an area (web/src/<area>, mirroring a server module) imports platform and itself, never another
 *   area; within an area, a feature folder (web/src/<area>/<feature>/) imports its own files and
 *   the area's shared files at its top, never another feature.
 * Pieces of different areas meet only in app/, which passes them to each other (slots).
 * - outside web/src, only platform/ may import, and only the server files shared with the browser
 *   (SHARED_WITH_SERVER): self-contained rules both sides must apply alike, which import nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const WEB = path.join(ROOT, 'web/src');

/** Server files compiled into the browser bundle too (re-exported by web/src/platform), from the repository root. */
const SHARED_WITH_SERVER = ['src/modules/sla/minutes.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Relative specifiers of static, side-effect, re-export and dynamic imports. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) found.push(m[1]);
  return found;
}

/** Where a file sits: the composition, platform, or an area with maybe a feature. */
function placeOf(relative: string): { layer: 'app' | 'platform' | 'area' | 'entry'; area?: string; feature?: string } {
  const parts = relative.split('/');
  if (parts.length === 1) return { layer: 'entry' };
  if (parts[0] === 'app') return { layer: 'app' };
  if (parts[0] === 'platform') return { layer: 'platform' };
  return { layer: 'area', area: parts[0], feature: parts.length > 2 ? parts[1] : undefined };
}

/** Why `from` may not import `to` (paths relative to web/src), or undefined when it may. */
function breach(from: string, to: string): string | undefined {
  const a = placeOf(from);
  if (to.startsWith('../')) {
    if (a.layer !== 'platform') return 'only platform/ may import from outside web/src';
    const file = `${path.posix.normalize(`web/src/${to}`).replace(/\.[jt]s$/, '')}.ts`;
    return SHARED_WITH_SERVER.includes(file) ? undefined : `platform/ may import from outside web/src only the files shared with the server (${SHARED_WITH_SERVER.join(', ')})`;
  }
  const b = placeOf(to);
  if (a.layer === 'app') return undefined;
  if (b.layer === 'app') return 'only the composition (app/) may import app/';
  if (a.layer === 'entry') return 'the entry point lives in app/';
  if (b.layer === 'platform') return undefined;
  if (a.layer === 'platform') return 'platform/ imports only platform/';
  if (a.area !== b.area) return `the ${a.area} area may not import the ${b.area} area; let app/ pass the piece in`;
  if (b.feature === undefined) return undefined;
  if (a.feature !== b.feature) return a.feature ? `feature ${a.area}/${a.feature} may not import feature ${b.area}/${b.feature}` : `the ${a.area} area's shared files may not import its feature ${b.feature}`;
  return undefined;
}

describe('the web app’s import seams', () => {
  it('judges the places as the rules say', () => {
    expect(breach('tickets/ticket-view/TicketPage.tsx', 'app/router.tsx')).toMatch(/app\//);
    expect(breach('tickets/ticket-view/TicketPage.tsx', 'sla/SlaPanel.tsx')).toMatch(/tickets area may not import the sla area/);
    expect(breach('tickets/search/SearchPage.tsx', 'tickets/queue/TicketRow.tsx')).toMatch(/feature tickets\/search may not import feature tickets\/queue/);
    expect(breach('tickets/search/SearchPage.tsx', 'tickets/TicketRow.tsx')).toBeUndefined();
    expect(breach('tickets/TicketRow.tsx', 'tickets/queue/queues.ts')).toMatch(/shared files/);
    expect(breach('platform/session.tsx', 'auth/sign-in/SignInPage.tsx')).toMatch(/platform/);
    expect(breach('app/console/ConsoleShell.tsx', 'sla/SlaPanel.tsx')).toBeUndefined();
    expect(breach('oncall/OnCallPage.tsx', 'platform/ui.tsx')).toBeUndefined();
    expect(breach('platform/format.ts', '../../src/modules/sla/minutes')).toBeUndefined();
    expect(breach('platform/format.ts', '../../src/modules/sla/clock')).toMatch(/only the files shared with the server/);
    expect(breach('sla/SlaPanel.tsx', '../../src/modules/sla/minutes')).toMatch(/only platform\//);
    expect(importsOf(`import { a } from '../x';\nimport './y.css';\nconst P = lazy(() => import('../z/Page'));\nexport { b } from './w';`)).toEqual(['../x', './y.css', '../z/Page', './w']);
  });

  it('keep features apart: each depends on platform/, and only app/ joins them', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(WEB)) {
      const from = path.relative(WEB, file).split(path.sep).join('/');
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const to = path.relative(WEB, path.resolve(path.dirname(file), spec)).split(path.sep).join('/');
        const why = breach(from, to);
        if (why) problems.push(`${from} imports ${spec}: ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('share with the server only files that import nothing, so no server code follows them into the browser', () => {
    for (const file of SHARED_WITH_SERVER) {
      expect(importsOf(readFileSync(path.join(ROOT, file), 'utf8')), file).toEqual([]);
      expect(readFileSync(path.join(ROOT, file), 'utf8'), file).not.toMatch(/^\s*import\b/m);
    }
  });
});
