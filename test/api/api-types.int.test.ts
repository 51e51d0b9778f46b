/**
 * The web app's API types (web/src/platform/api-types.ts) are generated from the OpenAPI document;
 * these tests regenerate them and fail while the committed file and the API differ, and fail when
 * an answer of the API has no type worth generating (no schema, or an empty or open one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { committedApiTypes, openApiDocument, renderApiTypes } from '../../scripts/api-types.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../support/db.js';

type Schema = Record<string, unknown>;

/** Follows a local `#/components/schemas/…` reference. */
function resolve(document: OpenAPI3, schema: unknown): Schema | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const ref = (schema as { $ref?: string }).$ref;
  if (!ref) return schema as Schema;
  const name = ref.replace('#/components/schemas/', '');
  return resolve(document, (document.components?.schemas as Record<string, unknown> | undefined)?.[name]);
}

const WORDS_ONLY = new Set(['description', 'title', 'examples', '$comment']);

/** Says nothing about the value: `{}`, or an object that declares no properties and allows any. */
function untyped(schema: Schema | undefined): boolean {
  if (!schema) return true;
  if (Object.keys(schema).every((k) => WORDS_ONLY.has(k))) return true;
  if (schema.type !== 'object' || schema.properties || schema.patternProperties) return false;
  const extra = schema.additionalProperties as Schema | boolean | undefined;
  return extra === undefined || extra === true || (typeof extra === 'object' && Object.keys(extra).every((k) => WORDS_ONLY.has(k)));
}

/**
 * Every answer with a body and no schema, or whose schema — or the rows of a list in it — is
 * untyped: the shapes the generated types would call `unknown` or `Record<string, unknown>`.
 */
function untypedResponses(document: OpenAPI3): string[] {
  const found: string[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (status === '204') continue;
        const where = `${method.toUpperCase()} ${path} ${status}`;
        const media = Object.entries(response.content ?? {});
        if (media.length === 0) found.push(`${where}: no schema`);
        for (const [type, { schema }] of media) {
          const top = resolve(document, schema);
          const lists = [top, ...Object.values((top?.properties as Record<string, unknown> | undefined) ?? {}).map((p) => resolve(document, p))].filter((s) => s?.type === 'array');
          const rows = lists.map((list) => resolve(document, list?.items));
          if (untyped(top) || rows.some(untyped)) found.push(`${where} ${type}: untyped`);
        }
      }
    }
  }
  return found;
}

describe.each(DIALECTS)('the web app’s API types on %s', (dialect) => {
  let test: TestDatabase;
  let document: OpenAPI3;
  beforeAll(async () => {
    test = await createTestDatabase(dialect, { migrate: false });
    document = await openApiDocument(test.database);
  });
  afterAll(async () => test?.drop());

  it('describes every answer of the API with a typed schema', () => {
    expect(untypedResponses(document)).toEqual([]);
  });

  it('match the committed web/src/platform/api-types.ts (else: run npm run api:types)', async () => {
    const fresh = await renderApiTypes(document);
    const committed = committedApiTypes();
    // One clear line instead of a 6,000-line diff: what differs, and how to fix it.
    const first = fresh.split('\n').findIndex((line, i) => line !== committed.split('\n')[i]);
    expect(fresh === committed, `web/src/platform/api-types.ts is out of date with the API (first difference at line ${first + 1}): run npm run api:types and commit the result`).toBe(true);
  });
});
