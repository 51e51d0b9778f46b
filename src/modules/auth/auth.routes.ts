/** HTTP for signing in and out, sessions, your own password, and API tokens. */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import { IdParams, Nullable } from '../../platform/http/common.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { isAdministrator } from './actor.js';
import { findSession, listTokens } from './auth.repository.js';
import { actorFrom, SESSION_COOKIE } from './authenticate.js';
import { changePassword } from './change-password.js';
import { createToken } from './create-token.js';
import type { LoginLimiter } from './login-limiter.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { MAX_PASSWORD_LENGTH } from './passwords.js';
import { setSessionCookie } from './open-session.js';
import { revokeApiToken } from './revoke-token.js';
import type { PasswordPolicy } from './password-policy.js';
import { sameOriginJsonOnly } from './same-origin.js';

export interface AuthRoutesDeps {
  db: Db;
  clock: Clock;
  limiter: LoginLimiter;
  sessionTtlHours: number;
  secureCookies: boolean;
  /** The address users reach Switchboard at; logins from pages of other origins are refused. */
  publicUrl: string;
  /** Tells long-lived readers (live streams, on every node) to re-check this user's access. */
  accessChanged: (userId: string) => void;
  /** Which roles must sign in with single sign-on instead of a password. */
  passwordPolicy: PasswordPolicy;
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
    onRequest: sameOriginJsonOnly(deps.publicUrl),
    schema: {
      tags,
      summary: 'Log in with email and password',
      description:
        'Sets the session cookie and returns the CSRF token to send as X-CSRF-Token on writes. Only JSON bodies are accepted (415 otherwise), and a browser ' +
        'page of another origin is refused (403 cross_site_login). After the allowed failures for an account or client address, each further attempt must wait ' +
        'a doubling delay (429 with Retry-After). An account whose role must use single sign-on is answered 403 sso_required, naming the providers in ' +
        'details.providers.',
      security: [],
      body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ user: Type.Ref('Me'), csrfToken: Type.String(), expiresAt: Type.String() }), ...problemResponses(400, 401, 403, 415, 429) },
    },
  }, async (request, reply) => {
    const result = await login(deps, { ...request.body, ip: request.ip });
    setSessionCookie(reply, result, { clock: deps.clock, secure: deps.secureCookies });
    return { user: me(result.actor), csrfToken: result.csrfToken, expiresAt: result.expiresAt };
  });

  app.post('/api/v1/auth/logout', {
    schema: {
      tags,
      summary: 'End this session, or revoke this API token',
      description:
        'With a session cookie, ends that session. With an API token, revokes that token, exactly as DELETE /api/v1/tokens/{id} would: a logout never leaves ' +
        'its credential working. Live streams opened with it close.',
      response: { 204: Type.Null(), ...problemResponses(401, 403) },
    },
  }, async (request, reply) => {
    const { endedSession } = await logout(deps, { actor: actorFrom(request), credential: request.credential, ip: request.ip });
    if (endedSession) void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.post('/api/v1/auth/password', {
    schema: {
      tags,
      summary: 'Change your own password',
      description:
        'Needs the current password. Ends every other session of yours (this one, if you are signed in with a session, stays); API tokens are not affected. The ' +
        'new password must have 12 to 256 characters and not be a common or breached password, nor your email address (422 weak_password). Wrong current ' +
        'passwords count against the login limit.',
      body: Type.Object(
        { currentPassword: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }), newPassword: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }) },
        { additionalProperties: false },
      ),
      response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 422, 429) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    await changePassword(deps, actor, { ...request.body, sessionHash: request.sessionHash, ip: request.ip });
    return reply.status(204).send(null);
  });

  app.get('/api/v1/auth/session', {
    schema: {
      tags,
      summary: 'This browser session and its CSRF token',
      description:
        'For a request with the session cookie: who is signed in, the CSRF token to send as X-CSRF-Token on writes, and when the session ends. A page loaded ' +
        'after a single sign-on (or in a new tab) reads its token here; pages of other sites can neither send the SameSite=Strict cookie nor read the answer. A ' +
        'request with an API token has no session (404 no_session).',
      response: { 200: Type.Object({ user: Type.Ref('Me'), csrfToken: Type.String(), expiresAt: Type.String() }), ...problemResponses(401, 404) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    const session = request.sessionHash ? await findSession(deps.db, request.sessionHash, deps.clock.iso()) : undefined;
    if (!session) throw new AppError('no_session', 'This request did not come with a session cookie', { status: 404 });
    return { user: me(actor), csrfToken: session.csrf_token, expiresAt: session.session_expires_at };
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
      response: {
        201: Type.Object({ id: Type.String(), token: Type.String(), prefix: Type.String(), name: Type.String(), userId: Type.String(), createdAt: Type.String() }),
        ...problemResponses(400, 401, 403, 404),
      },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    return runCreate(deps, request, reply, actor.userId, async (trx) => ({
      status: 201,
      body: await createToken({ db: trx, clock: deps.clock }, actor, { ...request.body, ip: request.ip }),
    }));
  });

  app.get('/api/v1/tokens', {
    schema: {
      tags,
      summary: 'List API tokens',
      description: 'Your own tokens; owners and admins see every token.',
      response: { 200: Type.Object({ items: Type.Array(TokenInfo) }), ...problemResponses(401) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    const rows = await listTokens(deps.db, isAdministrator(actor) ? undefined : actor.userId);
    return { items: rows.map((r) => ({ id: r.id, userId: r.user_id, name: r.name, prefix: r.prefix, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at })) };
  });

  app.delete('/api/v1/tokens/:id', {
    schema: { tags, summary: 'Revoke an API token', params: IdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    await revokeApiToken(deps, { actor: actorFrom(request), tokenId: request.params.id, ip: request.ip });
    return reply.status(204).send(null);
  });
}
