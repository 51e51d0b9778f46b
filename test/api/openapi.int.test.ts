import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

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
