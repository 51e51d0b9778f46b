/** HTTP for CSV imports (owners and admins): upload for a preview, rows, apply, progress, errors to fix. */
import type { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { assertTimeZone } from '../../platform/time-zones.js';
import { actorFrom, isAdministrator, type Actor } from '../auth/index.js';
import { claimImport } from './apply-import.js';
import { COLUMN_MAPS } from './column-maps.js';
import { errorsCsv } from './errors-csv.js';
import type { ImportApplier } from './import-applier.js';
import { FORMAT_NAMES, FORMATS, KIND_SPECS, KINDS } from './import-kinds.js';
import { findRun, listRows, listRuns } from './imports.repository.js';
import { ImportFormats, ImportRow, ImportRun, RowsQuery, UploadQuery } from './imports.schema.js';
import { presentRun } from './present-run.js';
import { previewImport } from './preview-import.js';

export interface ImportRoutesDeps {
  db: Db;
  clock: Clock;
  /** Largest file an upload may be, in bytes (SWITCHBOARD_IMPORT_LIMIT_BYTES). */
  limitBytes: number;
  applier: ImportApplier;
}

const RUNS_CURSOR = cursorShape('imports', 'instant', 'text');
const ROWS_CURSOR = cursorShape('imports.rows', 'integer');

function requireAdministrator(actor: Actor): void {
  if (!isAdministrator(actor)) throw forbidden('Only an owner or admin can import');
}

export function importRoutes(app: App, deps: ImportRoutesDeps): void {
  for (const s of [ImportRun, ImportRow, ImportFormats]) app.addSchema(s);
  const tags = ['imports'];
  // The upload's body is read by the route as it streams in, never buffered whole; other routes refuse CSV.
  app.addContentTypeParser('text/csv', (request, _payload, done) => {
    if (request.routeOptions.url === '/api/v1/imports' && request.method === 'POST') done(null);
    else done(new AppError('unsupported_media_type', 'Send request bodies as application/json', { status: 415 }));
  });
  const run = async (id: string) => {
    const found = await findRun(deps.db, id);
    if (!found) throw notFound('Import');
    return found;
  };

  app.get('/api/v1/import-formats', {
    schema: { tags, summary: 'What can be imported, and the column names each layout reads', response: { 200: Type.Ref('ImportFormats'), ...problemResponses(401, 403) } },
  }, async (request) => {
    requireAdministrator(actorFrom(request));
    return {
      kinds: KINDS.map((kind) => ({ kind, fields: KIND_SPECS[kind].fields, required: KIND_SPECS[kind].required.map((r) => r.anyOf) })),
      formats: FORMATS.map((format) => ({ format, name: FORMAT_NAMES[format], columns: COLUMN_MAPS[format] as Record<string, Record<string, string[]>> })),
      limitBytes: deps.limitBytes,
    };
  });

  app.post('/api/v1/imports', {
    schema: {
      tags,
      summary: 'Upload a CSV file for a preview (nothing is imported yet)',
      description:
        'The body is the file itself, `Content-Type: text/csv` (UTF-8; comma, semicolon or tab separated; the first row names the columns), read as it streams ' +
        'in. Every row is planned — create, update, skip or error, and why — against what is on file; nothing but the preview is written. Apply the run to ' +
        'import it. Over the size limit: 413 file_too_large.',
      querystring: UploadQuery,
      response: { 201: Type.Ref('ImportRun'), ...problemResponses(400, 401, 403, 413, 415, 422) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    requireAdministrator(actor);
    if (!String(request.headers['content-type'] ?? '').toLowerCase().startsWith('text/csv')) {
      throw new AppError('unsupported_media_type', 'Send the file itself as the body, with Content-Type: text/csv', { status: 415 });
    }
    const { kind, format = 'switchboard', fileName = 'upload.csv', timeZone } = request.query;
    if (timeZone !== undefined) assertTimeZone(timeZone, '/timeZone');
    const length = Number(request.headers['content-length']);
    if (Number.isFinite(length) && length > deps.limitBytes) {
      throw new AppError('file_too_large', `The file is larger than the ${Math.floor(deps.limitBytes / 1024 / 1024)} MB an import accepts: split it into smaller files`, { status: 413, field: '/body', details: { limitBytes: deps.limitBytes } });
    }
    const created = await previewImport(deps, actor, { kind, format, fileName, defaultTimeZone: timeZone ?? null, body: request.raw as Readable, limitBytes: deps.limitBytes });
    return reply.status(201).send(presentRun(created, deps.clock.iso()));
  });

  app.get('/api/v1/imports', {
    schema: {
      tags,
      summary: 'Imports, newest first',
      querystring: Type.Object(PageQuery, { additionalProperties: false }),
      response: { 200: Page(Type.Ref('ImportRun'), 'ImportRunPage'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    requireAdministrator(actorFrom(request));
    const limit = request.query.limit ?? 50;
    const rows = await listRuns(deps.db, { limit, after: readCursor(request, RUNS_CURSOR) });
    const now = deps.clock.iso();
    return toPage(request, RUNS_CURSOR, rows, limit, (r) => [r.created_at, r.id], (r) => presentRun(r, now));
  });

  app.get('/api/v1/imports/:id', {
    schema: { tags, summary: 'An import: its preview’s counts and how far applying it has come', params: IdParams, response: { 200: Type.Ref('ImportRun'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    requireAdministrator(actorFrom(request));
    return presentRun(await run(request.params.id), deps.clock.iso());
  });

  app.get('/api/v1/imports/:id/rows', {
    schema: {
      tags,
      summary: 'An import’s rows in file order: the plan of each, and what applying did',
      params: IdParams,
      querystring: RowsQuery,
      response: { 200: Page(Type.Ref('ImportRow'), 'ImportRowPage'), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    requireAdministrator(actorFrom(request));
    const found = await run(request.params.id);
    const limit = request.query.limit ?? 50;
    const after = readCursor(request, ROWS_CURSOR);
    const rows = await listRows(deps.db, found.id, { action: request.query.action, afterRow: after?.[0], limit: limit + 1 });
    return toPage(request, ROWS_CURSOR, rows, limit, (r) => [r.row], ({ cells: _cells, ...r }) => r);
  });

  app.post('/api/v1/imports/:id/apply', {
    schema: {
      tags,
      summary: 'Import the previewed rows (in the background; follow the run’s progress)',
      description:
        'Rows planned to create or update are written in chunks, each planned again against what is on file then; rows with errors are left for the errors ' +
        'file. Applying a failed or interrupted run resumes it without writing a row twice. 409 import_running while another request applies it, ' +
        'import_finished once it is done.',
      params: IdParams,
      response: { 202: Type.Ref('ImportRun'), ...problemResponses(401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    requireAdministrator(actor);
    await run(request.params.id);
    const claimed = await claimImport(deps, actor, request.params.id);
    deps.applier.start(actor, claimed);
    return reply.status(202).send(presentRun((await findRun(deps.db, claimed.id))!, deps.clock.iso()));
  });

  app.get('/api/v1/imports/:id/errors', {
    schema: {
      tags,
      summary: 'The rows to fix, as CSV: the file’s own columns, the row number and its problems',
      description: 'Fix the rows and upload the file again (the two added columns are ignored); rows already imported match and are skipped.',
      params: IdParams,
      response: { 200: { content: { 'text/csv': { schema: Type.String({ description: 'CSV, UTF-8 with a byte-order mark.' }) } } }, ...problemResponses(401, 403, 404) },
    },
  }, async (request, reply) => {
    requireAdministrator(actorFrom(request));
    const found = await run(request.params.id);
    const name = found.file_name.replace(/\.csv$/i, '').replace(/[^\w.-]+/g, '-') || 'import';
    // At most the size of the uploaded file and its problems, read a page of rows at a time.
    let text = '';
    for await (const part of errorsCsv(deps.db, found)) text += part;
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}-errors.csv"`).send(text);
  });
}
