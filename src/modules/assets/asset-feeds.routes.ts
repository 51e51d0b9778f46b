/**
 * HTTP of RMM feeds: setting one up (owner and admin; staff read them) and the push itself
 * (`POST /api/v1/assets/webhook/{source}`), where no user signs in: the feed's own token
 * (`Authorization: Bearer sbf_…`, or HTTP Basic with the token as password) must be the token of
 * the feed the path names.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError, forbidden } from '../../platform/errors.js';
import { sha256Hex } from '../../platform/ids.js';
import { IdParams } from '../../platform/http/common.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isAdministrator, isStaff } from '../auth/index.js';
import { senderToken } from '../alerts/index.js';
import type { AssetRoutesDeps } from './assets.routes.js';
import { findFeedByToken, listFeeds, type AssetFeedRecord } from './assets.repository.js';
import { AssetFeed, AssetFeedQuery, CreateAssetFeedBody, FeedParams, PushAssetsAnswer, PushAssetsBody } from './assets.schema.js';
import { createAssetFeed } from './create-asset-feed.js';
import { revokeAssetFeed } from './revoke-asset-feed.js';
import { rotateAssetFeed } from './rotate-asset-feed.js';
import { pushAssets } from './push-assets.js';

/** Where a feed pushes. */
export const feedPath = (feedId: string) => `/api/v1/assets/webhook/${feedId}`;

const present = (f: AssetFeedRecord) => ({ id: f.id, name: f.name, organizationId: f.organization_id, tokenPrefix: f.token_prefix, path: feedPath(f.id), lastPushAt: f.last_push_at, revokedAt: f.revoked_at, createdAt: f.created_at });

async function authenticateFeed(deps: AssetRoutesDeps, request: FastifyRequest, feedId: string): Promise<AssetFeedRecord> {
  const token = senderToken(request.headers.authorization);
  if (!token) throw new AppError('authentication_required', 'Send the feed’s token: Authorization: Bearer <token>', { status: 401 });
  const feed = await findFeedByToken(deps.db, sha256Hex(token));
  // Another feed's token is as good as none: it must not write into this feed's client.
  if (!feed || feed.id !== feedId) throw new AppError('invalid_token', 'This token belongs to no asset feed at this address', { status: 401 });
  return feed;
}

export function assetFeedRoutes(app: App, deps: AssetRoutesDeps): void {
  app.addSchema(AssetFeed);
  app.addSchema(Type.Intersect([Type.Ref('AssetFeed'), Type.Object({ token: Type.String({ description: 'Shown once: only its hash is kept.' }) })], { $id: 'AssetFeedWithToken' }));
  const { db } = deps;
  const tags = ['assets'];

  app.get('/api/v1/asset-feeds', {
    schema: { tags, summary: 'RMM feeds pushing assets, revoked ones included (staff)', querystring: AssetFeedQuery, response: { 200: Type.Object({ items: Type.Array(Type.Ref('AssetFeed')) }, { title: 'AssetFeeds' }), ...problemResponses(401, 403) } },
  }, async (request) => {
    if (!isStaff(actorFrom(request))) throw forbidden('Asset feeds are for MSP staff');
    return { items: (await listFeeds(db, request.query)).map(present) };
  });

  const administrator = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor) || !isAdministrator(actor)) throw forbidden('Only an owner or admin can set up asset feeds');
    return actor;
  };

  app.post('/api/v1/asset-feeds', {
    schema: {
      tags,
      summary: 'Set up an RMM feed pushing one client’s assets (owner and admin)',
      description: 'The answer holds the feed’s token, shown once; the RMM POSTs to `path` with `Authorization: Bearer <token>`.',
      body: CreateAssetFeedBody,
      response: { 201: Type.Ref('AssetFeedWithToken'), ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const actor = administrator(request);
    const { feed, token } = await db.transaction().execute((trx) => createAssetFeed({ db: trx, clock: deps.clock }, actor, request.body, request.ip));
    return reply.code(201).send({ ...present(feed), token });
  });

  app.post('/api/v1/asset-feeds/:id/rotate', {
    schema: {
      tags,
      summary: 'Give an RMM feed a new token (owner and admin)',
      description: 'The old token stops working at once; the new one is in the answer, shown once. A revoked feed answers 409 `feed_revoked`.',
      params: IdParams,
      response: { 200: Type.Ref('AssetFeedWithToken'), ...problemResponses(401, 403, 404, 409) },
    },
  }, async (request) => {
    const actor = administrator(request);
    const { feed, token } = await db.transaction().execute((trx) => rotateAssetFeed({ db: trx, clock: deps.clock }, actor, request.params.id, request.ip));
    return { ...present(feed), token };
  });

  app.post('/api/v1/asset-feeds/:id/revoke', {
    schema: {
      tags,
      summary: 'Revoke an RMM feed: its token pushes nothing from now on (owner and admin)',
      description: 'The feed and the assets it pushed stay. Revoking a revoked feed changes nothing.',
      params: IdParams,
      response: { 200: Type.Ref('AssetFeed'), ...problemResponses(401, 403, 404) },
    },
  }, async (request) => {
    const actor = administrator(request);
    return present(await db.transaction().execute((trx) => revokeAssetFeed({ db: trx, clock: deps.clock }, actor, request.params.id, request.ip)));
  });

  app.post('/api/v1/assets/webhook/:source', {
    config: { public: true },
    schema: {
      tags,
      summary: 'An RMM pushes a client’s assets',
      description: 'Authenticate with the feed’s token. Each asset is matched by `externalId` to the one this feed pushed before and updated, or created; pushing the same again changes nothing.',
      security: [{ bearerToken: [] }],
      params: FeedParams,
      body: PushAssetsBody,
      response: { 200: PushAssetsAnswer, ...problemResponses(400, 401, 413, 415) },
    },
  }, async (request) => {
    const feed = await authenticateFeed(deps, request, request.params.source);
    return db.transaction().execute((trx) => pushAssets({ db: trx, clock: deps.clock }, feed, request.body.assets));
  });
}
