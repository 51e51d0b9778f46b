/**
 * Resolves who is calling, once per request: an API token (`Authorization: Bearer …`) or a session
 * cookie. Cookie-authenticated writes must carry the session's CSRF token in `X-CSRF-Token`.
 */
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import type { App } from '../../platform/http/server.js';
import { sha256Hex } from '../../platform/ids.js';
import type { Actor } from './actor.js';
import { actorOf, findSession, findTokenUser } from './auth.repository.js';

export const SESSION_COOKIE = 'sb_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    sessionHash?: string;
  }
  interface FastifyContextConfig {
    /** The route answers without credentials (login, health, the OpenAPI document). */
    public?: boolean;
  }
}

export function registerAuthentication(app: App, deps: { db: Db; clock: Clock }): void {
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config?.public) return;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw new AppError('invalid_authorization', 'Use the header form "Authorization: Bearer <token>"', { status: 401 });
      const row = await findTokenUser(deps.db, sha256Hex(match[1]));
      const actor = row ? actorOf({ ...row, disabled: Boolean(row.disabled) }) : undefined;
      if (!actor) throw new AppError('invalid_token', 'This API token is unknown, revoked, or its user is disabled', { status: 401 });
      request.actor = actor;
      return;
    }
    const cookieValue = request.cookies[SESSION_COOKIE];
    if (cookieValue) {
      const idHash = sha256Hex(cookieValue);
      const row = await findSession(deps.db, idHash, deps.clock.iso());
      const actor = row ? actorOf({ ...row, disabled: Boolean(row.disabled) }) : undefined;
      if (!row || !actor) throw new AppError('session_expired', 'Your session has ended; log in again', { status: 401 });
      if (UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== row.csrf_token) {
        throw new AppError('csrf_failed', 'This write needs the X-CSRF-Token header from your login', { status: 403 });
      }
      request.actor = actor;
      request.sessionHash = idHash;
      return;
    }
    throw new AppError('authentication_required', 'Log in or send an API token', { status: 401 });
  });
}

/** The authenticated actor of a request; the authentication hook guarantees one on private routes. */
export function actorFrom(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('authentication_required', 'Log in or send an API token', { status: 401 });
  return request.actor;
}
