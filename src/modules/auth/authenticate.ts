/**
 * Resolves who is calling, once per request: an API token (`Authorization: Bearer …`) or a session
 * cookie. Cookie-authenticated writes must carry the session's CSRF token in `X-CSRF-Token`.
 * Answers to authenticated requests are never stored by caches, and refused authorisations and
 * CSRF failures go to the audit log.
 */
import type { FastifyRequest } from 'fastify';
import { toIso, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import type { App } from '../../platform/http/server.js';
import { sha256Hex } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import type { Actor } from './actor.js';
import { actorOf, findSession, findTokenUser, markTokenUsed } from './auth.repository.js';

export const SESSION_COOKIE = 'sb_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** `lastUsedAt` of a token is accurate to this much: one write per token per period, not one per request. */
export const TOKEN_USE_GRANULARITY_MS = 5 * 60_000;

/** The credential a request was authenticated with, kept so long-lived readers can re-check it. */
export type Credential = { kind: 'token'; tokenId: string } | { kind: 'session'; idHash: string };

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    credential?: Credential;
    /** The session's id hash, when the request came with a session cookie. */
    sessionHash?: string;
  }
  interface FastifyContextConfig {
    /** The route answers without credentials (login, health, the OpenAPI document). */
    public?: boolean;
  }
}

/** The actor a credential stands for now; undefined once it is revoked, ended, expired or its user disabled. */
export async function resolveCredential(deps: { db: Db; clock: Clock }, credential: Credential): Promise<Actor | undefined> {
  const row = credential.kind === 'token' ? await findTokenUser(deps.db, { id: credential.tokenId }) : await findSession(deps.db, credential.idHash, deps.clock.iso());
  return row ? actorOf({ ...row, disabled: Boolean(row.disabled) }) : undefined;
}

export function registerAuthentication(app: App, deps: { db: Db; clock: Clock }): void {
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config?.public) return;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw new AppError('invalid_authorization', 'Use the header form "Authorization: Bearer <token>"', { status: 401 });
      const row = await findTokenUser(deps.db, { hash: sha256Hex(match[1]) });
      const actor = row ? actorOf({ ...row, disabled: Boolean(row.disabled) }) : undefined;
      if (!row || !actor) throw new AppError('invalid_token', 'This API token is unknown, revoked, or its user is disabled', { status: 401 });
      const now = deps.clock.now();
      const staleBefore = toIso(now - TOKEN_USE_GRANULARITY_MS);
      if (row.last_used_at === null || row.last_used_at < staleBefore) await markTokenUsed(deps.db, row.token_id, toIso(now), staleBefore);
      request.actor = actor;
      request.credential = { kind: 'token', tokenId: row.token_id };
      return;
    }
    const cookieValue = request.cookies[SESSION_COOKIE];
    if (cookieValue) {
      const idHash = sha256Hex(cookieValue);
      const row = await findSession(deps.db, idHash, deps.clock.iso());
      const actor = row ? actorOf({ ...row, disabled: Boolean(row.disabled) }) : undefined;
      if (!row || !actor) throw new AppError('session_expired', 'Your session has ended; log in again', { status: 401 });
      request.actor = actor;
      if (UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== row.csrf_token) {
        throw new AppError('csrf_failed', 'This write needs the X-CSRF-Token header from your login', { status: 403 });
      }
      request.credential = { kind: 'session', idHash };
      request.sessionHash = idHash;
      return;
    }
    throw new AppError('authentication_required', 'Log in or send an API token', { status: 401 });
  });

  // Answers for a signed-in person (tickets, contacts, the CSRF token of a login) must not be kept
  // by a browser's or a proxy's cache, where the next user of the machine could read them.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.actor || !request.routeOptions.config?.public || reply.hasHeader('set-cookie')) void reply.header('cache-control', 'no-store');
    return payload;
  });

  app.addHook('onError', async (request, _reply, error) => {
    const action = auditedRefusal(error);
    if (!action) return;
    const detail = { code: (error as AppError).code, method: request.method, route: request.routeOptions.url ?? request.url.split('?')[0], origin: request.headers.origin ?? null };
    await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: request.actor?.userId ?? null, action, ip: request.ip, detail }).catch((e: unknown) => {
      request.log.error({ err: e }, 'could not audit a refused request');
    });
  });
}

/** Refusals that the audit log records: CSRF failures (and cross-site logins), and refused authorisations. */
function auditedRefusal(error: unknown): string | undefined {
  if (!(error instanceof AppError) || error.status !== 403) return undefined;
  if (error.code === 'csrf_failed' || error.code === 'cross_site_login') return 'csrf.refused';
  // A password used where single sign-on is required is audited by the login itself.
  if (error.code === 'sso_required') return undefined;
  return 'access.refused';
}

/** The authenticated actor of a request; the authentication hook guarantees one on private routes. */
export function actorFrom(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('authentication_required', 'Log in or send an API token', { status: 401 });
  return request.actor;
}
