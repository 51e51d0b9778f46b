/**
 * The HTTP server: Fastify with TypeBox schemas, strict body validation, problem+json errors,
 * OpenAPI 3.1 generated from the route schemas, and security headers. Modules add their routes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import cookie from '@fastify/cookie';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { CursorCodec } from './cursor.js';
import { Problem, problem } from './problem.js';
import { buildSerializer, compileValidator } from './schema-compilers.js';
import { assertJsonDepth, assertParameters, assertQueryEncoding, badUrlError, type RoutePattern } from './request-checks.js';

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>;

export interface HttpOptions {
  logger: Logger;
  bodyLimitBytes: number;
  version: string;
  /** The key every node signs paging cursors with (instance-keys.repository.ts). */
  cursorKey: Buffer;
  /** Reverse proxies whose X-Forwarded-* headers are believed (addresses, CIDRs, keywords); empty trusts none. */
  trustedProxies?: string[];
  /**
   * Whether this server carries the API (default true): cookies, the OpenAPI document and its
   * reference pages. False for a node that serves only health and metrics.
   */
  api?: boolean;
}

export async function createHttpServer(options: HttpOptions): Promise<App> {
  const patterns: RoutePattern[] = [];
  // Routes see the logger as Fastify's base logger (App's type), not as pino's own.
  const loggerInstance: FastifyBaseLogger = options.logger;
  const app: App = Fastify({
    loggerInstance,
    bodyLimit: options.bodyLimitBytes,
    // Per-request lines would dominate the log at service-desk volumes; errors are logged by the
    // error handler and request timings go to /metrics.
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    // Only the listed proxies may name the client: request.ip (rate limits, audit) is the last
    // address before them, so a client cannot pick its own address by sending X-Forwarded-For.
    trustProxy: options.trustedProxies?.length ? options.trustedProxies : false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Each response schema is compiled once per process, however many servers it builds (schema-compilers.ts).
    schemaController: { compilersFactory: { buildSerializer } },
    // The router refuses a path it cannot decode, or a parameter longer than maxParamLength, before
    // any route runs; those answers are problem documents too, naming the parameter where it can.
    frameworkErrors: (error, request, reply) => {
      const code = (error as FastifyError).code;
      const known = code === 'FST_ERR_BAD_URL' ? badUrlError(patterns, request.method, request.url, 'encoding') : code === 'FST_ERR_MAX_PARAM_LENGTH' ? badUrlError(patterns, request.method, request.url, 'length') : error;
      const body = toProblem(known as FastifyError, request.url);
      void (reply as FastifyReply).status(body.status).type('application/problem+json').send(body);
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('cursors', new CursorCodec(options.cursorKey));
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) patterns.push({ method, url: route.url });
  });

  // Strict bodies, coerced query strings and parameters, each schema compiled once per process.
  app.setValidatorCompiler(compileValidator);

  // Bodies nest at most MAX_JSON_DEPTH deep, checked in one pass before the parser and the
  // validator recurse into them; otherwise Fastify's own parser (prototype poisoning refused).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    try {
      assertJsonDepth(body as string);
    } catch (error) {
      done(error as AppError, undefined);
      return;
    }
    parseJson(request, body as string, done);
  });

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const body = toProblem(error, request.url);
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    if (body.status === 429 && error instanceof AppError && typeof error.details?.retryAfterSeconds === 'number') {
      void reply.header('retry-after', String(error.details.retryAfterSeconds));
    }
    void reply.status(body.status).type('application/problem+json').send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply
      .status(404)
      .type('application/problem+json')
      .send(problem(404, 'route_not_found', `There is no ${request.method} ${request.url.split('?')[0]}`, { instance: request.url }));
  });

  // PostgreSQL text cannot hold NUL, and no person types one: refuse it up front, on both dialects.
  // Lone UTF-16 surrogates cannot be stored as UTF-8 either; they become U+FFFD, as any encoder does.
  // Path and query text gets the same rules before any schema coerces it or any SQL sees it:
  // well-formed percent-encoded UTF-8, no control characters, bounded length.
  app.addHook('preValidation', async (request) => {
    assertQueryEncoding(request.url);
    assertParameters(request.params);
    assertParameters(request.query);
    if (request.body !== undefined) request.body = cleanText(request.body, '');
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('x-frame-options')) void reply.header('x-frame-options', 'DENY');
    return payload;
  });

  if (options.api === false) return app;
  await app.register(cookie);
  app.addSchema(Problem);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Switchboard API',
        version: options.version,
        description:
          'The Switchboard service desk API. Authenticate with `Authorization: Bearer <token>` (API tokens) or a session cookie from `POST /api/v1/auth/login` plus the `X-CSRF-Token` header on writes. Errors are RFC 9457 problem documents with a stable `code`.',
      },
      components: {
        securitySchemes: {
          bearerToken: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'sb_session' },
        },
      },
      security: [{ bearerToken: [] }, { session: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  // The reference pages are public, like the document they render.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1/docs')) route.config = { ...route.config, public: true } as typeof route.config;
  });
  await app.register(swaggerUi, { routePrefix: '/api/v1/docs', staticCSP: true });
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
  return app;
}

function cleanText(value: unknown, path: string, depth = 0): unknown {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      throw new AppError('invalid_character', 'Text may not contain the NUL character', { status: 400, field: path || undefined });
    }
    return value.isWellFormed() ? value : value.toWellFormed();
  }
  if (value === null || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) return value.map((item, i) => cleanText(item, `${path}/${i}`, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === '__proto__') continue;
    out[cleanText(key, path) as string] = cleanText(item, `${path}/${key}`, depth + 1);
  }
  return out;
}

function toProblem(error: FastifyError | AppError, instance: string): Problem {
  if (error instanceof AppError) {
    return problem(error.status, error.code, error.message, { field: error.field, instance, details: error.details });
  }
  const e = error as FastifyError & { validation?: { instancePath: string; params: Record<string, unknown>; message?: string; keyword: string }[]; validationContext?: string };
  if (e.validation && e.validation.length > 0) {
    const v = e.validation[0];
    const missing = v.params.missingProperty as string | undefined;
    const extra = v.params.additionalProperty as string | undefined;
    // A discriminated union (`kind` picks the shape) that names no known shape: the tag is at fault.
    const tag = v.keyword === 'discriminator' ? (v.params.tag as string | undefined) : undefined;
    const path = v.instancePath + (missing ? `/${missing}` : extra ? `/${extra}` : tag ? `/${tag}` : '');
    const where = e.validationContext ?? 'body';
    const message = extra
      ? `Unknown field ${extra} in the ${where}`
      : missing
        ? `${missing} is required in the ${where}`
        : `${path || where} ${v.message ?? 'is invalid'}`;
    return problem(400, extra ? 'unknown_field' : 'validation_failed', message, { field: path || undefined, instance });
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(400, 'malformed_json', 'The request body is not valid JSON', { instance });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(413, 'payload_too_large', 'The request body is larger than this server accepts', { instance });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(415, 'unsupported_media_type', 'Send request bodies as application/json', { instance });
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem(400, 'invalid_content_length', 'The Content-Length header does not match the body', { instance });
  }
  if (e instanceof SyntaxError) return problem(400, 'malformed_json', 'The request body is not valid JSON', { instance });
  const status = typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
  if (status < 500) return problem(status, 'bad_request', e.message, { instance });
  return problem(500, 'internal_error', 'Something went wrong on our side; it has been logged', { instance });
}
