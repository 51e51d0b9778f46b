/**
 * The status pages (issue 12, item 3), server-rendered HTML that works without JavaScript, each
 * with its Atom feed: the public page (`/status`: every incident open or resolved in the last week,
 * its title and updates, never which clients it hits) and a client's own page, which shows only the
 * incidents that touch that client — reached by a signed link (`/status/c/<token>`, in every update
 * mailed to the client; a year long) or by a client user's portal session (`/status/mine`).
 * Also the portal banner (`GET /api/v1/incident-banners`) and posting an update (staff).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { signToken, verifyToken } from '../../platform/secrets.js';
import { actorFrom, isStaff } from '../auth/index.js';
import { organizationNames } from '../clients/index.js';
import type { MailNotice } from './incident-deps.js';
import type { IncidentRoutesDeps } from './incidents.routes.js';
import { statusIncidents, updatesOf } from './incidents.repository.js';
import { postUpdate } from './post-update.js';
import { subscribeStatus } from './subscribe-status.js';
import { renderSubscriptionPage, SUBSCRIPTION_PAGE_HEADERS } from './subscription-page.js';
import type { SubscriberDeps } from './subscription-deps.js';
import { renderStatusFeed, renderStatusPage, STATUS_PAGE_HEADERS, type StatusView } from './status-page.js';

export interface StatusRoutesDeps extends IncidentRoutesDeps {
  /** Signs per-client links; without it there are none (`/status/c/…` answers 404). */
  secretKey?: string;
  publicUrl: string;
  /** Queues an update's mail through the mail module's outbox. */
  mail?: MailNotice;
  /** The status pages' subscribers, told each update. */
  subscribers?: Omit<SubscriberDeps, 'db'>;
}

/** How long a client's signed status link works. */
const LINK_MS = 365 * 24 * 3600_000;
/** How long a resolved incident stays on a status page. */
const RECENT_MS = 7 * 24 * 3600_000;
const FEED_HEADERS = { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff' };

export const PostUpdateBody = Type.Object({ body: Type.String({ minLength: 1, maxLength: 10_000, pattern: '\\S', description: 'The update, plain text: shown on the status pages, copied into every child’s timeline, mailed to the affected clients.' }) }, { additionalProperties: false });

const Banner = Type.Object(
  {
    items: Type.Array(
      Type.Object({
        incidentId: Type.String(),
        title: Type.String(),
        declaredAt: Type.String({ format: 'date-time' }),
        latestUpdate: Type.Union([Type.Object({ body: Type.String(), postedAt: Type.String({ format: 'date-time' }) }), Type.Null()]),
        statusPageUrl: Type.String({ description: 'The client’s own status page (a signed link), or /status/mine without a secret key.' }),
      }),
    ),
  },
  { $id: 'IncidentBanners' },
);

export function statusRoutes(app: App, deps: StatusRoutesDeps): void {
  app.addSchema(Banner);
  const { db, clock } = deps;
  const base = deps.publicUrl.replace(/\/+$/, '');
  /** A client's own status page, signed; undefined without a secret key. */
  const clientLink = (organizationId: string) => (deps.secretKey ? `${base}/status/c/${signToken(deps.secretKey, { status: organizationId }, clock.now() + LINK_MS)}` : undefined);

  const view = async (organizationId: string | undefined, pageUrl: string): Promise<StatusView> => {
    const incidents = await statusIncidents(db, { organizationId, resolvedSince: new Date(clock.now() - RECENT_MS).toISOString(), limit: 50 });
    const heading = organizationId ? `Service status for ${(await organizationNames(db, [organizationId])).get(organizationId) ?? 'your organisation'}` : 'Service status';
    const feedId = organizationId ? `${base}/status/clients/${organizationId}` : `${base}/status`;
    return { heading, incidents, updates: await updatesOf(db, incidents.map((i) => i.id)), pageUrl, feedUrl: `${pageUrl}/feed.atom`, feedId, nowIso: clock.iso() };
  };
  const page = async (reply: FastifyReply, organizationId: string | undefined, pageUrl: string, form = false) =>
    reply.headers(STATUS_PAGE_HEADERS).send(renderStatusPage({ ...(await view(organizationId, pageUrl)), // A path, not the public address: the form posts back to the server that served it (form-action 'self').
    subscribeUrl: form && deps.subscribers ? `${new URL(pageUrl).pathname.replace(/\/+$/, '')}/subscribe` : undefined }));
  const feed = async (reply: FastifyReply, organizationId: string | undefined, pageUrl: string) => reply.headers(FEED_HEADERS).send(renderStatusFeed(await view(organizationId, pageUrl)));
  /** The client a signed link names; 404 when links are off, 403/410 (the token's own answers) when it is not good. */
  const linked = (token: string): string => {
    if (!deps.secretKey) throw notFound('Status page');
    const payload = verifyToken<{ status?: unknown }>(deps.secretKey, token, clock.now());
    if (typeof payload.status !== 'string') throw new AppError('link_invalid', 'This link is not valid', { status: 403 });
    return payload.status;
  };
  /** A client user's organisation from the portal session. */
  const mine = (request: FastifyRequest): string => {
    const actor = actorFrom(request);
    if (actor.kind !== 'client') throw forbidden('Your own status page is for client users; staff see /status and the incidents');
    return actor.organizationId;
  };

  const hidden = { config: { public: true }, schema: { hide: true } } as const;
  app.get('/status', hidden, async (_request, reply) => page(reply, undefined, `${base}/status`, true));
  app.get('/status/feed.atom', hidden, async (_request, reply) => feed(reply, undefined, `${base}/status`));
  app.get<{ Params: { token: string } }>('/status/c/:token', hidden, async (request, reply) => page(reply, linked(request.params.token), `${base}/status/c/${request.params.token}`, true));
  subscribeForms(app, deps, linked, base);
  app.get<{ Params: { token: string } }>('/status/c/:token/feed.atom', hidden, async (request, reply) => feed(reply, linked(request.params.token), `${base}/status/c/${request.params.token}`));
  app.get('/status/mine', { schema: { hide: true } }, async (request, reply) => page(reply, mine(request), `${base}/status/mine`));

  app.get('/api/v1/incident-banners', {
    schema: { tags: ['incidents'], summary: 'The open incidents that touch the client user’s organisation, for the portal’s banner (client users)', response: { 200: Type.Ref('IncidentBanners'), ...problemResponses(401, 403) } },
  }, async (request) => {
    const organizationId = mine(request);
    const open = (await statusIncidents(db, { organizationId, resolvedSince: clock.iso(), limit: 20 })).filter((i) => i.status === 'open');
    const updates = await updatesOf(db, open.map((i) => i.id));
    return {
      items: open.map((i) => {
        const latest = updates.find((u) => u.incidentId === i.id);
        return { incidentId: i.id, title: i.title, declaredAt: i.declaredAt, latestUpdate: latest ? { body: latest.body, postedAt: latest.postedAt } : null, statusPageUrl: clientLink(organizationId) ?? `${base}/status/mine` };
      }),
    };
  });

  app.post('/api/v1/incidents/:id/updates', {
    schema: {
      tags: ['incidents'],
      summary: 'Post an update on the incident: status pages, every child’s timeline, the affected clients’ people by email (staff)',
      params: IdParams,
      body: PostUpdateBody,
      response: { 201: Type.Object({ id: Type.String(), body: Type.String(), postedAt: Type.String({ format: 'date-time' }), mailed: Type.Integer({ description: 'Mails queued to the affected clients’ people.' }) }), ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Incidents are for MSP staff');
    const { update, mailed } = await db.transaction().execute((trx) => postUpdate({ db: trx, clock, mail: deps.mail, statusPageFor: clientLink, subscribers: deps.subscribers }, { incidentId: request.params.id, body: request.body.body, actorUserId: actor.userId }));
    return reply.status(201).send({ id: update.id, body: update.body, postedAt: update.postedAt, mailed });
  });
}

/**
 * The status pages' email subscribe form: the public page's for anyone, a client's signed page's
 * for that client's contacts (the link names the client). Double opt-in, as through the API.
 */
function subscribeForms(app: App, deps: StatusRoutesDeps, linked: (token: string) => string, base: string): void {
  const subscribers = deps.subscribers;
  if (!subscribers) return;
  const send = (reply: FastifyReply, status: number, html: string) => reply.status(status).headers(SUBSCRIPTION_PAGE_HEADERS).send(html);
  const subscribe = async (reply: FastifyReply, body: unknown, organizationId: string | null, pageUrl: string) => {
    const email = typeof (body as { email?: unknown })?.email === 'string' ? (body as { email: string }).email.trim() : '';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) return send(reply, 400, renderSubscriptionPage({ kind: 'problem', text: 'Give an email address to send the updates to.' }));
    try {
      await deps.db.transaction().execute((trx) => subscribeStatus({ ...subscribers, db: trx }, { kind: 'email', organizationId, email, actorUserId: null }));
    } catch (error) {
      if (error instanceof AppError && error.status < 500) return send(reply, error.status, renderSubscriptionPage({ kind: 'problem', text: error.message }));
      throw error;
    }
    return send(reply, 200, renderSubscriptionPage({ kind: 'requested', email, pageUrl }));
  };
  void app.register(async (scope) => {
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_request, text, done) => done(null, Object.fromEntries(new URLSearchParams(String(text)))));
    }
    const route = { config: { public: true }, schema: { hide: true } } as const;
    scope.post('/status/subscribe', route, async (request, reply) => subscribe(reply, request.body, null, `${base}/status`));
    scope.post<{ Params: { token: string } }>('/status/c/:token/subscribe', route, async (request, reply) =>
      subscribe(reply, request.body, linked(request.params.token), `${base}/status/c/${request.params.token}`),
    );
  });
}
