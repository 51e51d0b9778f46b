import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIORITIES } from '../../src/modules/tickets/index.js';
import { startTestApp, type TestApp } from '../support/app.js';

/** Every schema in `node` held under a property named `name`, with its JSON pointer. */
function schemasNamed(node: unknown, name: string, at = ''): [string, any][] {
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => [...(k === name && v && typeof v === 'object' ? [[`${at}/${k}`, v] as [string, any]] : []), ...schemasNamed(v, name, `${at}/${k}`)]);
}

/**
 * Operations whose success is not described: no 2xx answer at all, or a 2xx answer with a body but
 * no media type, or a media type whose schema says nothing (`{}`). A 204 has no body to describe.
 * (test/api/api-types.int.test.ts looks deeper, into open objects and the rows of lists.)
 */
function undescribedSuccesses(doc: { paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: object }> }> }>> }): string[] {
  const found: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      const successes = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      if (successes.length === 0) found.push(`${where}: no 2xx answer`);
      for (const [status, response] of successes) {
        if (status === '204') continue;
        const media = Object.entries(response.content ?? {});
        if (media.length === 0) found.push(`${where} ${status}: no schema`);
        for (const [type, { schema }] of media) if (!schema || Object.keys(schema).length === 0) found.push(`${where} ${status} ${type}: empty schema`);
      }
    }
  }
  return found;
}

describe('the API reference', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(async () => t?.close());

  it('is a valid OpenAPI 3.1 document generated from the route schemas', async () => {
    const r = await t.call(null, 'GET', '/api/v1/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(r.body);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining(['/api/v1/tickets', '/api/v1/tickets/{id}', '/api/v1/contacts', '/api/v1/auth/login']));
    expect(r.body.paths['/api/v1/tickets'].post.responses['422']).toBeDefined();
  });

  it('describes the success answer of every operation with a schema', async () => {
    const doc = (await t.call(null, 'GET', '/api/v1/openapi.json')).body;
    expect(Object.keys(doc.paths).length).toBeGreaterThan(100);
    expect(undescribedSuccesses(doc)).toEqual([]);
  });

  it('takes every priority in a request body with the one priority schema of the tickets module', async () => {
    const doc = (await t.call(null, 'GET', '/api/v1/openapi.json')).body;
    const one = doc.components.schemas.Ticket.properties.priority;
    expect(one.anyOf.map((s: { enum: string[] }) => s.enum[0])).toEqual([...PRIORITIES]);
    const chosen = [...schemasNamed(doc.paths, 'priority'), ...schemasNamed(doc.paths, 'priorities').map(([at, s]) => [at, s.items] as [string, any])].filter(([, s]) => s.anyOf);
    expect(chosen.map(([at]) => at)).toEqual(expect.arrayContaining([expect.stringContaining('/api/v1/contracts'), expect.stringContaining('/api/v1/escalation-policies')]));
    for (const [at, schema] of chosen) expect(schema, at).toEqual(one);
    for (const [at, targets] of schemasNamed(doc.paths['/api/v1/sla-policies'], 'targets')) expect(Object.keys(targets.properties), at).toEqual([...PRIORITIES]);
  });

  it('serves a browsable reference page', async () => {
    const r = await t.sb.app.inject({ method: 'GET', url: '/api/v1/docs/' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    expect(r.body).toContain('swagger-ui');
  });

  it('reports liveness, readiness and Prometheus metrics without credentials', async () => {
    expect((await t.call(null, 'GET', '/health/live')).body).toEqual({ status: 'ok' });
    expect((await t.call(null, 'GET', '/health/ready')).body).toEqual({ status: 'ok', database: 'ok' });
    await t.call(t.world.tokens.owner, 'GET', '/api/v1/tickets');
    const metrics = await t.sb.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('switchboard_http_request_duration_seconds_bucket');
    expect(metrics.body).toMatch(/route="\/api\/v1\/tickets"/);
  });
});
