/**
 * Generates web/src/platform/api-types.ts, the web app's types of the /api/v1 API, from the OpenAPI
 * document that the server builds from its route schemas. `npm run api:types` writes the file;
 * test/api/api-types.int.test.ts renders it again and fails when the committed file differs.
 *
 * No server is started and no database file is touched: the document comes from a node built on an
 * in-memory SQLite database (or on the database a caller passes), asked through Fastify itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { loadConfig } from '../src/config.js';
import { buildSwitchboard } from '../src/main.js';
import { connect, type Database } from '../src/platform/db/connect.js';
import { createLogger } from '../src/platform/logger.js';

/** Where the generated types live, relative to the repository. */
export const API_TYPES_FILE = 'web/src/platform/api-types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HEADER = `/**
 * GENERATED FILE — do not edit. The /api/v1 API's types, made by openapi-typescript from the
 * OpenAPI document the server builds from its route schemas (GET /api/v1/openapi.json).
 * Regenerate with \`npm run api:types\`; \`npm test\` fails while this file and the API differ.
 */
`;

/** The OpenAPI document a node serves, built on `database` (default: a throwaway in-memory SQLite). */
export async function openApiDocument(database?: Database): Promise<OpenAPI3> {
  const own = database ?? connect({ databaseUrl: '', dataDir: '', sqliteFile: ':memory:' });
  // Settings from the environment must not change the document: an empty environment, defaults only.
  const config = loadConfig({}, { 'log-level': 'silent' });
  const sb = await buildSwitchboard(config, { database: own, logger: createLogger('silent'), startEngine: false });
  try {
    return structuredClone(sb.app.swagger()) as OpenAPI3;
  } finally {
    await sb.close();
    if (!database) await own.close();
  }
}

/**
 * The text of api-types.ts for a document. Keys are sorted (alphabetize), so the file depends on
 * the routes and schemas only, never on the order in which modules register them.
 */
export async function renderApiTypes(document: OpenAPI3): Promise<string> {
  const nodes = await openapiTS(document, { alphabetize: true, silent: true });
  return HEADER + astToString(nodes);
}

/** The committed file's text. */
export function committedApiTypes(): string {
  return readFileSync(path.join(ROOT, API_TYPES_FILE), 'utf8');
}

async function main(): Promise<void> {
  const text = await renderApiTypes(await openApiDocument());
  writeFileSync(path.join(ROOT, API_TYPES_FILE), text);
  process.stdout.write(`wrote ${API_TYPES_FILE} (${text.split('\n').length} lines)\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
