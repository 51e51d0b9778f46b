/**
 * A web session, however the person proved who they are (a password, or single sign-on): a
 * random id in an HttpOnly cookie, only its SHA-256 stored, and the CSRF token writes must carry.
 */
import type { FastifyReply } from 'fastify';
import { toIso, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { randomSecret, sha256Hex } from '../../platform/ids.js';
import { insertSession } from './auth.repository.js';
import { SESSION_COOKIE } from './authenticate.js';

export interface OpenedSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
}

export async function openSession(deps: { db: Db; clock: Clock; sessionTtlHours: number }, userId: string): Promise<OpenedSession> {
  const sessionId = randomSecret(32);
  const csrfToken = randomSecret(24);
  const expiresAt = toIso(deps.clock.now() + deps.sessionTtlHours * 3600_000);
  await insertSession(deps.db, { idHash: sha256Hex(sessionId), userId, csrfToken, createdAt: deps.clock.iso(), expiresAt });
  return { sessionId, csrfToken, expiresAt };
}

/**
 * Sets the session cookie: HttpOnly, SameSite=Strict (no other site's page or link sends it),
 * Secure behind an https:// public address, lasting as long as the session.
 */
export function setSessionCookie(reply: FastifyReply, session: OpenedSession, options: { clock: Clock; secure: boolean }): void {
  void reply.setCookie(SESSION_COOKIE, session.sessionId, {
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secure,
    path: '/',
    maxAge: Math.max(1, Math.round((Date.parse(session.expiresAt) - options.clock.now()) / 1000)),
  });
}
