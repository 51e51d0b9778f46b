/** HTTP for "send me a test page": queue one to a contact method, and read how the last ones went. */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Nullable, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isAdministrator, isStaff, type Actor } from '../auth/index.js';
import { ContactMethodParams } from '../escalation/index.js';
import { listTestPages, sendTestPage } from './send-test-page.js';

export interface TestPageRoutesDeps {
  db: Db;
  clock: Clock;
  /** Wakes the delivery worker, so the test page goes out at once. */
  afterQueued: () => void;
}

const TestPage = Type.Object(
  {
    id: Type.String(),
    method: Type.String({ description: 'email, sms, voice, webhook, slack or teams.' }),
    address: Type.String(),
    status: Type.String({ description: 'queued, sending, sent (the provider accepted it) or failed.' }),
    createdAt: Type.String({ format: 'date-time' }),
    sentAt: Nullable(Type.String({ format: 'date-time' })),
    provider: Nullable(Type.String({ description: 'The provider that took it (or last failed).' })),
    lastError: Nullable(Type.String()),
    attempts: Type.Array(Type.Object({ at: Type.String({ format: 'date-time' }), provider: Type.String(), outcome: Type.String(), detail: Type.String() }), { description: 'Every delivery attempt and provider status report, oldest first.' }),
  },
  { $id: 'TestPage' },
);

const TEST_PAGES_CURSOR = cursorShape('users.test-pages', 'instant', 'text');
const TestPagesQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'Test pages per page (1–50).' })), cursor: PageQuery.cursor }, { additionalProperties: false });

/** A person tests their own methods; an owner or admin may test anyone's. Clients never see another's. */
function mayTest(actor: Actor, userId: string): void {
  if (actor.userId === userId || isAdministrator(actor)) return;
  if (!isStaff(actor)) throw notFound('User');
  throw forbidden('You can send test pages only to yourself');
}

export function testPageRoutes(app: App, deps: TestPageRoutesDeps): void {
  app.addSchema(TestPage);
  const tags = ['escalation'];
  app.post('/api/v1/users/:id/contact-methods/:methodId/test', {
    schema: {
      tags,
      summary: 'Send a test page to one of a person’s contact methods',
      description:
        'Queued in the notification outbox and sent by the delivery worker like any page, marked as a test: nothing to acknowledge, no ticket. Read its result ' +
        'with GET /users/{id}/test-pages. One test page per address at a time (409 test_page_pending).',
      params: ContactMethodParams,
      response: { 202: Type.Ref('TestPage'), ...problemResponses(401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    mayTest(actor, request.params.id);
    await runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 202, body: await sendTestPage({ db: trx, clock: deps.clock }, request.params.id, request.params.methodId) }));
    deps.afterQueued();
  });
  app.get('/api/v1/users/:id/test-pages', {
    schema: {
      tags,
      summary: 'A person’s test pages, newest first, and how their delivery went',
      params: IdParams,
      querystring: TestPagesQuery,
      response: { 200: Page(Type.Ref('TestPage'), 'TestPages'), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    mayTest(actorFrom(request), request.params.id);
    const limit = request.query.limit ?? 10;
    const before = readCursor(request, TEST_PAGES_CURSOR);
    const pages = await listTestPages(deps.db, request.params.id, { limit: limit + 1, before: before && { at: before[0], id: before[1] } });
    return toPage(request, TEST_PAGES_CURSOR, pages, limit, (t) => [t.createdAt, t.id], (t) => t);
  });
}
