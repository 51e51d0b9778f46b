/**
 * HTTP for subscriptions to the status pages (issue 12, item 3): making one (an email address, with
 * double opt-in, or a signed webhook), listing and ending them through the API — staff for any page,
 * a client's users for their own client's page only — and the pages the mailed links open:
 * `/status/subscriptions/confirm/<token>` and `/status/subscriptions/unsubscribe/<token>`. Those show
 * a button on GET (mail scanners fetch links and must change nothing) that POSTs to the same address.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { signToken, verifyToken } from '../../platform/secrets.js';
import { actorFrom, isStaff, type Actor } from '../auth/index.js';
import { confirmSubscription, endSubscription } from './end-subscription.js';
import type { StatusSubscription } from './status-subscription.js';
import { CONFIRM_MS, subscribeStatus } from './subscribe-status.js';
import { renderSubscriptionPage, SUBSCRIPTION_PAGE_HEADERS } from './subscription-page.js';
import type { SubscriberDeps, SubscriberLinks } from './subscription-deps.js';
import { findSubscription, listSubscriptions } from './subscriptions.repository.js';

/** Unsubscribe links work this long: an old mail's link should still stop the mail. */
const UNSUBSCRIBE_MS = 5 * 365 * 24 * 3600_000;

const SubscriptionSchema = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union([Type.Literal('email'), Type.Literal('webhook')]),
    organizationId: Type.Union([Type.String(), Type.Null()], { description: 'The client whose page it follows; null for the public page.' }),
    email: Type.Union([Type.String(), Type.Null()]),
    url: Type.Union([Type.String(), Type.Null()]),
    state: Type.Union([Type.Literal('pending'), Type.Literal('active'), Type.Literal('unsubscribed'), Type.Literal('stopped')], { description: 'pending: an email not yet confirmed by its link; stopped: a webhook that failed too often in a row.' }),
    failures: Type.Integer({ description: 'Webhook deliveries refused or given up on in a row.' }),
    stopReason: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    confirmedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    endedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'StatusSubscription' },
);

export const SubscribeBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('email'), Type.Literal('webhook')]),
    organizationId: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()], { description: 'A client’s page (its users: their own client, the default); null or left out by staff for the public page.' })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254, description: 'kind email: the address; a client’s page takes only its contacts’ addresses.' })),
    url: Type.Optional(Type.String({ format: 'uri', maxLength: 2000, description: 'kind webhook: the http(s) address each event is POSTed to.' })),
  },
  { additionalProperties: false },
);

const Subscribed = Type.Object({ ...SubscriptionSchema.properties, secret: Type.Optional(Type.String({ description: 'A webhook’s signing secret (HMAC-SHA256 key of X-Switchboard-Signature), shown this once.' })) });

export interface SubscriptionRoutesDeps extends Omit<SubscriberDeps, 'links'> {
  publicUrl: string;
}

/** The signed links of a subscription and the pages it follows. */
export function subscriberLinks(deps: { secretKey: string; publicUrl: string; clock: SubscriberDeps['clock'] }): SubscriberLinks {
  const base = deps.publicUrl.replace(/\/+$/, '');
  const sign = (payload: Record<string, unknown>, ms: number) => (deps.secretKey ? signToken(deps.secretKey, payload, deps.clock.now() + ms) : 'links-off');
  return {
    confirm: (id) => `${base}/status/subscriptions/confirm/${sign({ sc: id }, CONFIRM_MS)}`,
    unsubscribe: (id) => `${base}/status/subscriptions/unsubscribe/${sign({ su: id }, UNSUBSCRIBE_MS)}`,
    statusPage: (organizationId) => (organizationId && deps.secretKey ? `${base}/status/c/${signToken(deps.secretKey, { status: organizationId }, deps.clock.now() + 365 * 24 * 3600_000)}` : `${base}/status`),
  };
}

const present = (s: StatusSubscription) => ({
  id: s.id, kind: s.kind, organizationId: s.organizationId, email: s.email, url: s.url, state: s.state, failures: s.failures, stopReason: s.stopReason, createdAt: s.createdAt, confirmedAt: s.confirmedAt, endedAt: s.endedAt,
});

/** The page a person may subscribe to or read the subscriptions of; 403 for another client's. */
function pageOf(actor: Actor, requested: string | null | undefined): string | null {
  if (isStaff(actor)) return requested ?? null;
  if (requested !== undefined && requested !== actor.organizationId) throw forbidden('You can follow your own organisation’s status page');
  return actor.organizationId;
}

export function subscriptionRoutes(app: App, deps: SubscriptionRoutesDeps): void {
  app.addSchema(SubscriptionSchema);
  const links = subscriberLinks(deps);
  const full: SubscriberDeps = { ...deps, links };
  const tags = ['incidents'];

  app.post('/api/v1/status-subscriptions', {
    schema: {
      tags,
      summary: 'Subscribe to a status page: an email address (confirmed by a mailed link) or a signed webhook',
      description: 'Staff: the public page or any client’s; a client’s users: their own client’s page. A webhook’s secret is answered once.',
      body: SubscribeBody,
      response: { 201: Subscribed, 200: Subscribed, ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    const body = request.body as Static<typeof SubscribeBody>;
    const organizationId = pageOf(actor, body.organizationId);
    let done;
    if (body.kind === 'email') {
      if (!body.email) throw new AppError('email_required', 'An email subscription needs the address', { status: 422, field: '/email' });
      const email = body.email;
      done = await deps.db.transaction().execute((trx) => subscribeStatus({ ...full, db: trx }, { kind: 'email', organizationId, email, actorUserId: actor.userId }));
    } else {
      if (!body.url) throw new AppError('url_required', 'A webhook subscription needs the address to POST to', { status: 422, field: '/url' });
      if (!/^https?:\/\//i.test(body.url)) throw new AppError('invalid_url', 'A webhook address is an http or https URL', { status: 422, field: '/url' });
      const url = body.url;
      done = await deps.db.transaction().execute((trx) => subscribeStatus({ ...full, db: trx }, { kind: 'webhook', organizationId, url, actorUserId: actor.userId }));
    }
    return reply.status(done.created ? 201 : 200).send({ ...present(done.subscription), ...(done.secret ? { secret: done.secret } : {}) });
  });

  app.get('/api/v1/status-subscriptions', {
    schema: {
      tags,
      summary: 'The subscriptions to the status pages (staff: every page, or one client’s; a client’s users: their client’s), newest first, at most 500',
      querystring: Type.Object({ organizationId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(Type.Ref('StatusSubscription')) }), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    const { organizationId } = request.query as { organizationId?: string };
    const pages = isStaff(actor) ? (organizationId ? [organizationId] : null) : [pageOf(actor, organizationId)];
    return { items: (await listSubscriptions(deps.db, { organizationIds: pages, limit: 500 })).map(present) };
  });

  app.delete('/api/v1/status-subscriptions/:id', {
    schema: { tags, summary: 'End a subscription: nothing more is sent to it', params: IdParams, response: { 200: Type.Ref('StatusSubscription'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    const actor = actorFrom(request);
    const found = await findSubscription(deps.db, request.params.id);
    // Another client's subscription, or the public page's, is not there for a client's user.
    if (!found || (!isStaff(actor) && found.organizationId !== actor.organizationId)) throw notFound('Subscription');
    return present(await endSubscription(deps, found.id));
  });

  linkPages(app, deps);
}

/** The confirm and unsubscribe pages the mailed links open. */
function linkPages(app: App, deps: SubscriptionRoutesDeps): void {
  const send = (reply: FastifyReply, status: number, html: string) => reply.status(status).headers(SUBSCRIPTION_PAGE_HEADERS).send(html);
  /** The subscription a link names, or the page that says why the link cannot be used. */
  const load = async (request: FastifyRequest<{ Params: { token: string } }>, field: 'sc' | 'su'): Promise<StatusSubscription | { status: number; text: string }> => {
    if (!deps.secretKey) return { status: 404, text: 'This server has no secret key set, so it cannot check subscription links.' };
    try {
      const payload = verifyToken<Record<string, unknown>>(deps.secretKey, request.params.token, deps.clock.now());
      const id = payload[field];
      const found = typeof id === 'string' ? await findSubscription(deps.db, id) : undefined;
      return found ?? { status: 404, text: 'This subscription is not in Switchboard any more.' };
    } catch (error) {
      if (error instanceof AppError && error.code === 'link_expired') return { status: 410, text: 'This link has expired. Subscribe again to get a new one.' };
      if (error instanceof AppError && error.code === 'link_invalid') return { status: 403, text: 'This link is not valid: it was changed, cut short, or not made by this server.' };
      throw error;
    }
  };
  const page = (action: 'confirm' | 'unsubscribe', field: 'sc' | 'su') => async (request: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply) => {
    const found = await load(request, field);
    if (!('id' in found)) return send(reply, found.status, renderSubscriptionPage({ kind: 'problem', text: found.text }));
    if (request.method === 'GET' || request.method === 'HEAD') return send(reply, 200, renderSubscriptionPage({ kind: 'ask', action, subscription: found }));
    const after = action === 'confirm' ? await confirmSubscription(deps, found.id) : await endSubscription(deps, found.id);
    return send(reply, 200, renderSubscriptionPage({ kind: 'done', action, subscription: after }));
  };
  void app.register(async (scope) => {
    // The buttons' forms have no fields: whatever a form POST carries is read and ignored.
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, _body, done) => done(null, {}));
    }
    const route = { config: { public: true }, schema: { hide: true } } as const;
    for (const [action, field] of [['confirm', 'sc'], ['unsubscribe', 'su']] as const) {
      scope.get<{ Params: { token: string } }>(`/status/subscriptions/${action}/:token`, route, page(action, field));
      scope.post<{ Params: { token: string } }>(`/status/subscriptions/${action}/:token`, route, page(action, field));
    }
  });
}
