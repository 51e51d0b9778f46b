/**
 * Ends a single sign-on at the callback: the flow (its state bound to this browser's cookie,
 * accepted once), the code exchange with the PKCE verifier, the ID token's checks, the person it
 * names, and — for an unknown person of an allowed domain — an account made on the spot. Every
 * outcome is audited: `sso.login`, or `sso.refused` with its reason.
 */
import { timingSafeEqual } from 'node:crypto';
import { isUniqueViolation } from '../../platform/db/connect.js';
import { sha256Hex } from '../../platform/ids.js';
import { decryptSecret } from '../../platform/secrets.js';
import { insertAuditEntry } from '../audit/index.js';
import { actorOf, findUserByEmail, openSession, type Actor, type OpenedSession, type UserRow } from '../auth/index.js';
import { createUser } from '../staff/index.js';
import { refusalOf } from './oidc-client.js';
import { flowContext, identityFromClaims, secretContext, type SsoProvider } from './sso-provider.js';
import { SsoRefusal, type SsoReason } from './sso-reasons.js';
import { consumeSsoFlow, findSsoProvider, type SsoFlow } from './sso.repository.js';
import type { SsoLoginDeps } from './start-sso-login.js';

export interface FinishSsoDeps extends SsoLoginDeps {
  sessionTtlHours: number;
}

export interface CallbackInput {
  /** The callback's query parameters as received (`code`, `state`, or `error` …). */
  query: Record<string, string>;
  /** The `state` this browser's flow cookie holds. */
  cookieState: string | undefined;
  ip: string;
}

export type SsoOutcome = { ok: true; session: OpenedSession; actor: Actor; returnTo: string } | { ok: false; reason: SsoReason };

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(sha256Hex(a));
  const y = Buffer.from(sha256Hex(b));
  return timingSafeEqual(x, y);
}

/** The flow this callback belongs to, consumed; refuses a missing, foreign, unknown, replayed or expired state. */
async function takeFlow(deps: FinishSsoDeps, input: CallbackInput): Promise<SsoFlow> {
  const state = input.query.state;
  if (!state) throw new SsoRefusal('state_missing');
  if (!input.cookieState || !sameSecret(state, input.cookieState)) throw new SsoRefusal('state_mismatch', { cookie: input.cookieState ? 'another state' : 'none' });
  const { consumed, flow } = await consumeSsoFlow(deps.db, sha256Hex(state), deps.clock.iso());
  if (!flow) throw new SsoRefusal('state_unknown');
  if (!consumed) throw new SsoRefusal(flow.usedAt ? 'state_replayed' : 'flow_expired', { providerId: flow.providerId });
  return flow;
}

/** The account the verified identity names; made on first sign-in when the provider says so. */
async function accountFor(deps: FinishSsoDeps, provider: SsoProvider, identity: { email: string; name: string | undefined }, ip: string): Promise<{ user: UserRow; created: boolean }> {
  const found = await findUserByEmail(deps.db, identity.email);
  if (found) return { user: found, created: false };
  if (!provider.jitRole) throw new SsoRefusal('unknown_user', { email: identity.email });
  const name = identity.name ?? identity.email.slice(0, identity.email.indexOf('@'));
  try {
    await createUser({ db: deps.db, clock: deps.clock }, null, { kind: 'staff', email: identity.email, name, role: provider.jitRole }, ip);
  } catch (error) {
    // Two first sign-ins of one person at once: the other made the account.
    if (!isUniqueViolation(error) && (error as { code?: string }).code !== 'email_taken') throw error;
  }
  const made = await findUserByEmail(deps.db, identity.email);
  if (!made) throw new SsoRefusal('unknown_user', { email: identity.email });
  return { user: made, created: true };
}

async function signIn(deps: FinishSsoDeps, input: CallbackInput): Promise<{ session: OpenedSession; actor: Actor; returnTo: string; audit: Record<string, unknown>; userId: string }> {
  const flow = await takeFlow(deps, input);
  const provider = await findSsoProvider(deps.db, flow.providerId);
  if (!provider || !provider.enabled) throw new SsoRefusal('provider_disabled', { providerId: flow.providerId });
  const where = { providerId: provider.id, provider: provider.name };
  let claims: Record<string, unknown>;
  try {
    const secret = decryptSecret(deps.secretKey, provider.clientSecretEncrypted, secretContext(provider.id));
    const codeVerifier = decryptSecret(deps.secretKey, flow.codeVerifierEncrypted, flowContext(flow.stateHash));
    const callbackUrl = new URL(`${deps.redirectUri}?${new URLSearchParams(input.query).toString()}`);
    claims = await deps.oidc.exchange(provider, secret, callbackUrl, { state: input.query.state, nonce: flow.nonce, codeVerifier });
  } catch (error) {
    const refusal = refusalOf(error);
    throw new SsoRefusal(refusal.reason, { ...where, ...refusal.detail });
  }
  const identity = identityFromClaims(claims, provider);
  if ('refused' in identity) throw new SsoRefusal(identity.refused, { ...where, email: identity.email ?? null });
  const { user, created } = await accountFor(deps, provider, identity, input.ip);
  const actor = actorOf(user);
  if (!actor) throw new SsoRefusal('user_disabled', { ...where, email: identity.email, userId: user.id });
  if (!provider.userKinds.includes(actor.kind)) throw new SsoRefusal('kind_not_allowed', { ...where, email: identity.email, userId: user.id, kind: actor.kind });
  const session = await openSession(deps, user.id);
  return { session, actor, returnTo: flow.returnTo, userId: user.id, audit: { ...where, email: identity.email, created } };
}

/** Runs the callback to its end: a session, or a refusal with its reason — never a thrown error. */
export async function finishSsoLogin(deps: FinishSsoDeps, input: CallbackInput, log: (error: unknown) => void): Promise<SsoOutcome> {
  const at = deps.clock.iso();
  try {
    const done = await signIn(deps, input);
    await insertAuditEntry(deps.db, { at, actorUserId: done.userId, action: 'sso.login', ip: input.ip, detail: done.audit });
    return { ok: true, session: done.session, actor: done.actor, returnTo: done.returnTo };
  } catch (error) {
    const refusal = error instanceof SsoRefusal ? error : new SsoRefusal('sso_failed');
    if (!(error instanceof SsoRefusal)) log(error);
    const userId = typeof refusal.detail.userId === 'string' ? refusal.detail.userId : null;
    await insertAuditEntry(deps.db, { at, actorUserId: userId, action: 'sso.refused', ip: input.ip, detail: { reason: refusal.reason, ...refusal.detail } }).catch(log);
    return { ok: false, reason: refusal.reason };
  }
}
