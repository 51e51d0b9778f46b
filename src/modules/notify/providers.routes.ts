/**
 * HTTP for looking after a configured provider (owner/admin): its settings without credentials,
 * changes, a test send through it alone, and its last delivery results.
 */
import { Type, type TObject } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Nullable, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { insertAuditEntry } from '../audit/index.js';
import { actorFrom, isAdministrator } from '../auth/index.js';
import { formatTicketNumber } from '../tickets/index.js';
import { changeProvider, readableSettings, visibleSettings } from './change-provider.js';
import { findProvider, providerDeliveries, type StoredProvider } from './delivery.repository.js';
import { requireKey } from './provider-store.js';
import { testProvider } from './test-provider.js';

export interface ProviderRoutesDeps {
  db: Db;
  clock: Clock;
  secretKey: string;
  allowPrivateDestinations?: boolean;
  onProvidersChanged: () => void;
  /** Prefix of human ticket numbers (config ticketPrefix). */
  ticketPrefix: string;
}

const ProviderDetail = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: Type.String(),
    methods: Type.Array(Type.String()),
    position: Type.Integer(),
    enabled: Type.Boolean(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    settings: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String())]), { description: 'The settings without credentials.' }),
    secretsSet: Type.Array(Type.String(), { description: 'Names of the credentials stored (never their values).' }),
    settingsReadable: Type.Boolean({ description: 'false: the settings were stored under another SWITCHBOARD_SECRET_KEY and must be given again.' }),
  },
  { $id: 'ProviderDetail' },
);
const ProviderPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' })),
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    enabled: Type.Optional(Type.Boolean()),
    settings: Type.Optional(Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), { description: 'Laid over the stored settings: give only what changes (credentials too); null removes a setting.' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
const TestBody = Type.Object(
  {
    to: Type.String({ minLength: 3, maxLength: 500, description: 'An email address, an E.164 number, or a webhook URL, by method.' }),
    method: Type.Optional(Type.Union(['email', 'sms', 'voice', 'webhook', 'slack', 'teams'].map((m) => Type.Literal(m)), { description: 'Default: the first the provider delivers.' })),
  },
  { additionalProperties: false },
);
const TestResult = Type.Object({
  ok: Type.Boolean(),
  method: Type.String(),
  to: Type.String(),
  status: Nullable(Type.String({ description: 'The provider’s word when it accepted the message.' })),
  providerMessageId: Nullable(Type.String()),
  error: Nullable(Type.String()),
  temporary: Type.Boolean({ description: 'The failure may pass if tried again later.' }),
  at: Type.String({ format: 'date-time' }),
});
const DELIVERIES_CURSOR = cursorShape('providers.deliveries', 'instant', 'text');
const DeliveriesQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Rows per page (1–100).' })), cursor: PageQuery.cursor }, { additionalProperties: false });
const Delivery = Type.Object({
  at: Type.String({ format: 'date-time' }),
  outcome: Type.String({ description: 'sent, queued (to retry) or failed.' }),
  reported: Nullable(Type.String({ description: 'The last status the provider reported back (delivered, undelivered …).' })),
  detail: Type.String(),
  providerMessageId: Nullable(Type.String()),
  notificationId: Type.String(),
  kind: Type.String({ description: 'page or test.' }),
  method: Type.String(),
  address: Type.String(),
  ticket: Nullable(Type.String({ description: 'The ticket a page was about (SB-1042); null for a test.' })),
});

export function providerRoutes(app: App, deps: ProviderRoutesDeps): void {
  app.addSchema(ProviderDetail);
  const tags = ['notify'];
  const admin = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isAdministrator(actor)) throw forbidden('Only an owner or admin can configure delivery providers');
    return actor;
  };
  const present = (p: StoredProvider) => {
    const { settingsEncrypted: _s, ...info } = p;
    const settings = deps.secretKey ? readableSettings(deps.secretKey, p) : undefined;
    return { ...info, ...visibleSettings(p.kind, settings ?? {}), settingsReadable: settings !== undefined };
  };
  const load = async (id: string) => {
    const p = await findProvider(deps.db, id);
    if (!p) throw notFound('Provider');
    return p;
  };

  app.get('/api/v1/providers/:id', {
    schema: { tags, summary: 'A delivery provider, its settings without credentials', params: IdParams, response: { 200: Type.Ref('ProviderDetail'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    admin(request);
    return present(await load(request.params.id));
  });

  app.patch('/api/v1/providers/:id', {
    schema: {
      tags,
      summary: 'Change a delivery provider',
      description: 'Settings are laid over the stored ones, so credentials need not be sent again; the result is checked like a new provider.',
      params: IdParams,
      body: ProviderPatch,
      response: { 200: Type.Ref('ProviderDetail'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = admin(request);
    // The merged settings meet their kind's schema through the server's own body validator, so a
    // change is refused exactly as a new provider would be (400 naming /settings/<setting>).
    const validateSettings = (schema: TObject, settings: Record<string, unknown>) => {
      const validate = request.compileValidationSchema(schema, 'body');
      if (validate(settings)) return;
      const errors = (validate.errors ?? []).map((e) => ({ ...e, instancePath: `/settings${e.instancePath}` }));
      throw Object.assign(new Error('The settings do not fit this kind of provider'), { statusCode: 400, validation: errors, validationContext: 'body' });
    };
    return present(await changeProvider({ ...deps, validateSettings }, { id: request.params.id, change: request.body, actorUserId: actor.userId, ip: request.ip }));
  });

  app.post('/api/v1/providers/:id/test', {
    schema: {
      tags,
      summary: 'Send a test message through this provider alone',
      description: 'Sent now, without failover, and recorded among the provider’s deliveries as a test. A refusal by the provider is an answer (ok: false), not an error.',
      params: IdParams,
      body: TestBody,
      response: { 200: TestResult, ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = admin(request);
    requireKey(deps.secretKey);
    const result = await testProvider(deps, request.params.id, actor.userId, request.body);
    await insertAuditEntry(deps.db, { at: result.at, actorUserId: actor.userId, action: 'provider.tested', ip: request.ip, detail: { providerId: request.params.id, method: result.method, ok: result.ok } });
    return result;
  });

  app.get('/api/v1/providers/:id/deliveries', {
    schema: {
      tags,
      summary: 'The provider’s delivery attempts, newest first',
      params: IdParams,
      querystring: DeliveriesQuery,
      response: { 200: Page(Delivery, 'ProviderDeliveries'), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    admin(request);
    const p = await load(request.params.id);
    const limit = request.query.limit ?? 20;
    const before = readCursor(request, DELIVERIES_CURSOR);
    const rows = await providerDeliveries(deps.db, p.name, { limit: limit + 1, before: before && { at: before[0], id: before[1] } });
    return toPage(request, DELIVERIES_CURSOR, rows, limit, (d) => [d.at, d.id], ({ id: _id, ticketNumber, ...d }) => ({ ...d, ticket: ticketNumber === null ? null : formatTicketNumber(deps.ticketPrefix, ticketNumber) }));
  });
}
