/**
 * HTTP of assets. Staff write assets and read them all; a client administrator reads the
 * organisation's live assets and a client user their own, without the MSP's notes, tags and RMM
 * ids — anything else answers like a missing asset. Staff attach assets to tickets and import them
 * from a CSV.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Page, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff } from '../auth/index.js';
import { findTicketForActor, formatTicketNumber, searchTerms, ticketSummaries } from '../tickets/index.js';
import { canReadAsset, presentAsset, readerOf } from './asset.js';
import { findAsset, listAssets, assetTicketIds, ticketAssets } from './assets.repository.js';
import { Asset, AssetLinkBody, AssetListQuery, AssetTicket, CreateAssetBody, ImportAssetsAnswer, ImportAssetsBody, TicketAsset, UpdateAssetBody } from './assets.schema.js';
import { createAsset } from './create-asset.js';
import { importAssets } from './import-assets.js';
import { linkAsset } from './link-asset.js';
import { updateAsset } from './update-asset.js';

const LIST = cursorShape('assets.list', 'text', 'text');

/** What the assets routes use. */
export interface AssetRoutesDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  /** Ticket numbers as people read them (`SB-1042`). */
  ticketPrefix: string;
}

/** Registers the assets routes (the RMM feeds' are in asset-feeds.routes.ts). */
export function assetRoutes(app: App, deps: AssetRoutesDeps): void {
  for (const s of [Asset, TicketAsset, AssetTicket]) app.addSchema(s);
  const { db, dialect } = deps;
  const staff = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Only MSP staff change assets');
    return actor;
  };
  const readable = async (request: FastifyRequest, id: string) => {
    const reader = readerOf(actorFrom(request));
    const asset = await findAsset(db, id);
    if (!asset || !canReadAsset(reader, asset)) throw notFound('Asset');
    return presentAsset(reader, asset);
  };
  const tags = ['assets'];

  app.get('/api/v1/assets', {
    schema: {
      tags,
      summary: 'Assets by name, searched with `q`',
      description: 'Staff see every client’s; a client administrator the organisation’s live assets; a client user their own.',
      querystring: AssetListQuery,
      response: { 200: Page(Type.Ref('Asset'), 'AssetPage'), ...problemResponses(400, 401) },
    },
  }, async (request) => {
    const { q, limit = 50, cursor: _c, ...filter } = request.query;
    const reader = readerOf(actorFrom(request));
    const rows = await listAssets(db, dialect, { ...filter, reader }, q === undefined ? undefined : searchTerms(q), { limit, after: readCursor(request, LIST) });
    return toPage(request, LIST, rows, limit, (a) => [a.name, a.id], (a) => presentAsset(reader, a));
  });

  app.get('/api/v1/assets/:id', {
    schema: { tags, summary: 'An asset', params: IdParams, response: { 200: Type.Ref('Asset'), ...problemResponses(401, 404) } },
  }, async (request) => readable(request, request.params.id));

  app.post('/api/v1/assets', {
    schema: { tags, summary: 'Record an asset (staff)', body: CreateAssetBody, response: { 201: Type.Ref('Asset'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request, reply) => {
    const actor = staff(request);
    const made = await db.transaction().execute((trx) => createAsset({ db: trx, clock: deps.clock }, actor, request.body, request.ip));
    return reply.code(201).send(made);
  });

  app.patch('/api/v1/assets/:id', {
    schema: { tags, summary: 'Change, archive or restore an asset (staff)', params: IdParams, body: UpdateAssetBody, response: { 200: Type.Ref('Asset'), ...problemResponses(400, 401, 403, 404, 409, 422) } },
  }, async (request) => {
    const actor = staff(request);
    return db.transaction().execute((trx) => updateAsset({ db: trx, clock: deps.clock }, actor, request.params.id, request.body, request.ip));
  });

  app.get('/api/v1/assets/:id/tickets', {
    schema: { tags: [...tags, 'tickets'], summary: 'The tickets an asset is attached to, latest first (staff)', params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('AssetTicket')) }, { title: 'AssetTickets' }), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    const asset = await readable(request, request.params.id);
    const ids = await assetTicketIds(db, asset.id);
    const found = new Map((await ticketSummaries(db, ids)).map((t) => [t.id, t]));
    return { items: ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : [])).map(({ id, number, subject, status }) => ({ id, number: formatTicketNumber(deps.ticketPrefix, number), subject, status })) };
  });

  app.post('/api/v1/assets/import', {
    schema: {
      tags,
      summary: 'Import a client’s assets from a CSV: preview, then apply (staff)',
      description: 'A row whose serial is already one of the client’s assets updates that asset; others create one. Applying writes every row or, when any row has a problem, none (422 `import_has_errors`).',
      body: ImportAssetsBody,
      response: { 200: ImportAssetsAnswer, ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = staff(request);
    return db.transaction().execute((trx) => importAssets({ db: trx, clock: deps.clock }, actor, { ...request.body, apply: request.body.apply ?? false }, request.ip));
  });

  const ticketOf = async (request: FastifyRequest, ref: string) => {
    const ticket = await findTicketForActor(db, staff(request), ref);
    if (!ticket) throw notFound('Ticket');
    return ticket;
  };

  app.get('/api/v1/tickets/:id/assets', {
    schema: { tags: [...tags, 'tickets'], summary: 'The assets attached to a ticket (staff)', params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('TicketAsset')) }, { title: 'TicketAssets' }), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    const ticket = await ticketOf(request, request.params.id);
    return { items: (await ticketAssets(db, ticket.id)).map(({ linkedBy, linkedAt, ...asset }) => ({ asset, linkedBy, linkedAt })) };
  });

  app.post('/api/v1/tickets/:id/assets', {
    schema: {
      tags: [...tags, 'tickets'],
      summary: 'Attach an asset of the ticket’s client to it, or detach it (staff)',
      description: 'Attaching an attached asset again (or detaching one that is not) changes nothing and answers 200.',
      params: IdParams,
      body: AssetLinkBody,
      response: { 200: Type.Object({ items: Type.Array(Type.Ref('TicketAsset')) }, { title: 'TicketAssetsChanged' }), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request) => {
    const actor = staff(request);
    const ticket = await ticketOf(request, request.params.id);
    await db.transaction().execute((trx) => linkAsset({ db: trx, clock: deps.clock }, actor, ticket, request.body.assetId, request.body.linked ?? true));
    return { items: (await ticketAssets(db, ticket.id)).map(({ linkedBy, linkedAt, ...asset }) => ({ asset, linkedBy, linkedAt })) };
  });
}
