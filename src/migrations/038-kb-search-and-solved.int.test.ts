import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/app.js';
import { DIALECTS } from '../../test/support/db.js';
import { fillLinkClients } from './038-kb-search-and-solved.js';

describe.each(DIALECTS)('migration 038-kb-search-and-solved on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  it('gives the links made before it the client of their ticket, so they count in the solved report', async () => {
    const tech = t.world.tokens.technician;
    const article = (await t.call(tech, 'POST', '/api/v1/kb/articles', { title: 'Reset the door badge', body: 'Steps.', audience: 'internal' })).body.id as string;
    const ticket = (await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: t.world.b.id, contactId: t.world.b.contactId, subject: 'Badge' })).body.id as string;
    await t.call(tech, 'POST', `/api/v1/tickets/${ticket}/kb-links`, { articleId: article });
    const db = t.sb.database.db;
    // A link as migration 028 made it: no client of its own.
    await sql`UPDATE kb_article_links SET organization_id = NULL`.execute(db);
    expect((await t.call(tech, 'GET', '/api/v1/kb/solved')).body.items).toEqual([]);
    await fillLinkClients(db);
    expect((await t.call(tech, 'GET', '/api/v1/kb/solved')).body.items).toEqual([expect.objectContaining({ organizationId: t.world.b.id, articleId: article, tickets: 1 })]);
  });
});
