import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';
import { newId } from '../../platform/ids.js';
import { renderArticle } from './article.js';
import { insertArticle } from './kb.repository.js';

const FILLER = 240;

/**
 * The ticket panel's subject search (`match=any`) on a knowledge base large enough for the words
 * most articles hold to be left out, on both databases.
 */
describe.each(DIALECTS)('searching the knowledge base with a ticket’s subject on %s', (dialect) => {
  let t: TestApp;
  let target: string;
  let distractor: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    const db = t.sb.database.db;
    const at = t.clock.iso();
    const write = async (title: string, body: string) => {
      const id = newId();
      const { html, text } = renderArticle(body);
      await insertArticle(db, { id, title, body, bodyHtml: html, audience: 'clients', organizationId: null, tags: [], authorUserId: null, solvedCount: 0, archivedAt: null, version: 1, createdAt: at, updatedAt: at }, text);
      return id;
    };
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < FILLER; i++) {
        const id = newId();
        const body = `Open the settings and install the update ${i}.${i % 2 === 0 ? ' Then reconnect the VPN.' : ''}`;
        const { html, text } = renderArticle(body);
        await insertArticle(trx, { id, title: `Routine task ${i}`, body, bodyHtml: html, audience: 'clients', organizationId: null, tags: [], authorUserId: null, solvedCount: 0, archivedAt: null, version: 1, createdAt: at, updatedAt: at }, text);
      }
    });
    target = await write('Map the shared drive again after a firewall change', 'The shared drive needs the firewall rule for SMB; map the drive again afterwards.');
    // Holds the subject's common words over and over: ranked by them, it would come first.
    distractor = await write('Since the update: open the update window, open it again', 'Open, update, open, update. Since then open the update window and update again.');
    // PostgreSQL's word statistics come from ANALYZE, which autovacuum runs on a live database.
    if (dialect === 'postgres') await sql`ANALYZE kb_search`.execute(db);
  });
  afterAll(async () => t?.close());

  const search = async (q: string, extra = '') =>
    (await t.call(t.world.tokens.technician, 'GET', `/api/v1/kb/articles?match=any&q=${encodeURIComponent(q)}${extra}`)).body as { items: { id: string }[]; nextCursor?: string };

  it('puts the article about the subject first, not the one full of words most articles hold', async () => {
    const found = await search('Cannot open the shared drive since the firewall update');
    expect(found.items[0].id).toBe(target);
    expect(found.items.map((a) => a.id)).toEqual([target, distractor]);
  });

  it('marks a client-visible article whose title answers the subject as suggested, and no other', async () => {
    const found = (await search('Cannot open the shared drive since the firewall update')).items as { id: string; suggested?: boolean }[];
    expect(found.map((a) => [a.id, a.suggested])).toEqual([[target, true], [distractor, false]]);
    const internal = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/kb/articles', { title: 'Shared drive firewall rule (internal)', body: 'SMB rule.', audience: 'internal' })).body.id as string;
    const again = (await search('Cannot open the shared drive since the firewall update')).items as { id: string; suggested?: boolean }[];
    expect(again.find((a) => a.id === internal)?.suggested).toBe(false);
    // An every-word search is not a ticket's subject and marks nothing.
    expect((await t.call(t.world.tokens.technician, 'GET', '/api/v1/kb/articles?q=shared%20drive')).body.items[0]).not.toHaveProperty('suggested');
  });

  it('still searches by the rarest word when every word is that common', async () => {
    const found = await search('open update', '&limit=5');
    expect(found.items).toHaveLength(5);
  });

  it('pages through hundreds of matches without repeating or losing one', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search('reconnect the vpn', `&limit=40${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(FILLER / 2);
    expect(new Set(seen).size).toBe(FILLER / 2);
  });
});
