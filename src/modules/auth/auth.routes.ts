import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Nullable } from '../../platform/http/common.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { insertAuditEntry } from '../audit/index.js';
import { isAdministrator } from './actor.js';
import { deleteSession, findToken, listTokens, revokeToken } from './auth.repository.js';
import { actorFrom, SESSION_COOKIE } from './authenticate.js';
import { createToken } from './create-token.js';
import { login } from './login.js';
import type { FailureLimiter } from './rate-limit.js';

export interface AuthRoutesDeps {
  db: Db;
  clock: Clock;
  limiter: FailureLimiter;
  sessionTtlHours: number;
  secureCookies: boolean;
}

const Me = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union([Type.Literal('staff'), Type.Literal('client')]),
    name: Type.String(),
    email: Type.String(),
    role: Type.String(),
    tier: Type.Optional(Nullable(Type.Integer())),
    organizationId: Type.Optional(Type.String()),
    contactId: Type.Optional(Type.String()),
  },
  { $id: 'Me' },
);

const TokenInfo = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  createdAt: Type.String(),
  lastUsedAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
});

export function authRoutes(app: App, deps: AuthRoutesDeps): void {
  app.addSchema(Me);
  const tags = ['auth'];
  const me = (a: ReturnType<typeof actorFrom>) =>
    a.kind === 'staff'
      ? { id: a.userId, kind: a.kind, name: a.name, email: a.email, role: a.role, tier: a.tier }
      : { id: a.userId, kind: a.kind, name: a.name, email: a.email, role: a.role, organizationId: a.organizationId, contactId: a.contactId };

  app.post('/api/v1/auth/login', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Log in with email and password',
      description: 'Sets the session cookie and returns the CSRF token to send as X-CSRF-Token on writes. Failed logins are limited per account and per address.',
      security: [],
      body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ user: Type.Ref('Me'), csrfToken: Type.String(), expiresAt: Type.String() }), ...problemResponses(400, 401, 429) },
    },
  }, async (request, reply) => {
    const result = await login(deps, { ...request.body, ip: request.ip });
    void reply.setCookie(SESSION_COOKIE, result.sessionId, {
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.secureCookies,
      path: '/',
      expires: new Date(result.expiresAt),
    });
    return { user: me(result.actor), csrfToken: result.csrfToken, expiresAt: result.expiresAt };
  });

  app.post('/api/v1/auth/logout', {
    schema: { tags, summary: 'End this session', response: { 204: Type.Null(), ...problemResponses(401, 403) } },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    if (request.sessionHash) await deleteSession(deps.db, request.sessionHash);
    await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: actor.userId, action: 'logout', ip: request.ip, detail: {} });
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/api/v1/auth/me', {
    schema: { tags, summary: 'Who am I', response: { 200: Type.Ref('Me'), ...problemResponses(401) } },
  }, async (request) => me(actorFrom(request)));

  app.post('/api/v1/tokens', {
    schema: {
      tags,
      summary: 'Create an API token',
      description: 'The token is shown once in this answer; only its hash is kept. Owners and admins may issue tokens for other users (integration accounts).',
      body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), userId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String(), token: Type.String(), prefix: Type.String(), name: Type.String(), userId: Type.String(), createdAt: Type.String() }), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    return runCreate(deps, request, reply, actor.userId, async (trx) => ({
      status: 201,
      body: await createToken({ db: trx, clock: deps.clock }, actor, { ...request.body, ip: request.ip }),
    }));
  });

  app.get('/api/v1/tokens', {
    schema: { tags, summary: 'List API tokens', description: 'Your own tokens; owners and admins see every token.', response: { 200: Type.Object({ items: Type.Array(TokenInfo) }), ...problemResponses(401) } },
  }, async (request) => {
    const actor = actorFrom(request);
    const rows = await listTokens(deps.db, isAdministrator(actor) ? undefined : actor.userId);
    return { items: rows.map((r) => ({ id: r.id, userId: r.user_id, name: r.name, prefix: r.prefix, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at })) };
  });

  app.delete('/api/v1/tokens/:id', {
    schema: { tags, summary: 'Revoke an API token', params: IdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    const token = await findToken(deps.db, request.params.id);
    if (!token || (token.user_id !== actor.userId && !isAdministrator(actor))) throw notFound('Token');
    if (token.user_id !== actor.userId && !isAdministrator(actor)) throw forbidden();
    await revokeToken(deps.db, token.id, deps.clock.iso());
    await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: actor.userId, action: 'token.revoked', ip: request.ip, detail: { tokenId: token.id } });
    return reply.status(204).send(null);
  });
}
