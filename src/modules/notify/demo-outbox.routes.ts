/**
 * HTTP for the demo outbox: what the demo provider "sent", newest first, for every staff member
 * (docs/adr/0015-demo-outbox-table.md says why not only administrators).
 */
import { Type } from '@sinclair/typebox';
import type { Db } from '../../platform/db/connect.js';
import { forbidden } from '../../platform/errors.js';
import { Nullable, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff } from '../auth/index.js';
import { formatTicketNumber } from '../tickets/index.js';
import { listDemoMessages, type DemoOutboxRow } from './demo-outbox.repository.js';

export interface DemoOutboxRoutesDeps {
  db: Db;
  /** Prefix of human ticket numbers (config ticketPrefix). */
  ticketPrefix: string;
}

const DEMO_OUTBOX_CURSOR = cursorShape('notify.demo-outbox', 'instant', 'text');
const DemoOutboxQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Messages per page (1–100).' })), cursor: PageQuery.cursor }, { additionalProperties: false });
const DemoMessage = Type.Object(
  {
    id: Type.String(),
    at: Type.String({ format: 'date-time', description: 'When the demo provider took it.' }),
    provider: Type.String(),
    method: Type.String({ description: 'email, sms, voice, webhook, slack or teams.' }),
    address: Type.String({ description: 'Where it would have gone: a phone number, an email address or a URL.' }),
    recipient: Nullable(Type.Object({ id: Type.String(), name: Type.String() }, { description: 'The person paged; null for a provider’s test send.' })),
    kind: Nullable(Type.String({ description: 'page or test.' })),
    ticket: Nullable(Type.Object({ id: Type.String(), number: Type.String() }, { description: 'The ticket the page was about (the first of a bundle); null for a test.' })),
    subject: Type.String(),
    text: Type.String({ description: 'The full text as sent, with the acknowledge link where there is one.' }),
    ackUrl: Nullable(Type.String({ description: 'The signed one-tap acknowledge link, as sent.' })),
    ackPath: Nullable(Type.String({ description: 'The same link as a path on this server (/ack/…), to open from the console.' })),
  },
  { $id: 'DemoMessage' },
);

const present = (ticketPrefix: string) => (m: DemoOutboxRow) => ({
  id: m.id,
  at: m.at,
  provider: m.provider,
  method: m.method,
  address: m.address,
  recipient: m.recipientUserId && m.recipientName !== null ? { id: m.recipientUserId, name: m.recipientName } : null,
  kind: m.kind,
  ticket: m.ticketId && m.ticketNumber !== null ? { id: m.ticketId, number: formatTicketNumber(ticketPrefix, m.ticketNumber) } : null,
  subject: m.subject,
  text: m.text,
  ackUrl: m.ackUrl,
  ackPath: m.ackUrl && URL.canParse(m.ackUrl) ? new URL(m.ackUrl).pathname : null,
});

export function demoOutboxRoutes(app: App, deps: DemoOutboxRoutesDeps): void {
  app.addSchema(DemoMessage);
  app.get('/api/v1/demo-outbox', {
    schema: {
      tags: ['notify'],
      summary: 'What the demo provider “sent”, newest first',
      description: 'Messages kept by a provider of kind demo instead of being sent: nothing here left the machine. Staff only.',
      querystring: DemoOutboxQuery,
      response: { 200: Page(Type.Ref('DemoMessage'), 'DemoOutbox'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    if (!isStaff(actorFrom(request))) throw forbidden('Only staff can read the demo outbox');
    const limit = request.query.limit ?? 20;
    const before = readCursor(request, DEMO_OUTBOX_CURSOR);
    const rows = await listDemoMessages(deps.db, { limit: limit + 1, before: before && { at: before[0], id: before[1] } });
    return toPage(request, DEMO_OUTBOX_CURSOR, rows, limit, (m) => [m.at, m.id], present(deps.ticketPrefix));
  });
}
