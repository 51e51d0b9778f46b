/**
 * HTTP for single sign-on: providers set up by an owner or admin (`/api/v1/sso/providers`), and
 * the sign-in itself — the buttons, the start, and the provider's redirect back (the callback),
 * which always ends on a page of the app: the one asked for, or sign-in with `?sso_error=<reason>`.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isAdministrator, sameOriginJsonOnly, setSessionCookie } from '../auth/index.js';
import { finishSsoLogin } from './finish-sso-login.js';
import type { OidcClient } from './oidc-client.js';
import { deleteSsoProvider } from './delete-sso-provider.js';
import { changeSsoProvider, createSsoProvider } from './save-sso-provider.js';
import { findSsoProvider, listSsoProviders, type StoredSsoProvider } from './sso.repository.js';
import { SsoButton, SsoProviderBody, SsoProviderInfo, SsoProviderPatch, StartAnswer, StartBody } from './sso.schema.js';
import { FLOW_TTL_MS, startSsoLogin } from './start-sso-login.js';

/** The browser's copy of the flow's `state`: sent back only to the SSO routes, and only on top-level navigations from other sites (Lax). */
export const FLOW_COOKIE = 'sb_sso';
const SSO_PATH = '/api/v1/auth/sso';
export const CALLBACK_PATH = `${SSO_PATH}/callback`;

export interface SsoRoutesDeps {
  db: Db;
  clock: Clock;
  secretKey: string;
  oidc: OidcClient;
  /** The address users reach Switchboard at: the base of the redirect URI, and the origin sign-ins start from. */
  publicUrl: string;
  sessionTtlHours: number;
  secureCookies: boolean;
}

export function ssoRoutes(app: App, deps: SsoRoutesDeps): void {
  app.addSchema(SsoProviderInfo);
  app.addSchema(SsoButton);
  const redirectUri = `${deps.publicUrl.replace(/\/+$/, '')}${CALLBACK_PATH}`;
  const flowDeps = { ...deps, redirectUri };
  const present = ({ clientSecretEncrypted: _secret, ...p }: StoredSsoProvider) => ({ ...p, redirectUri });
  const admin = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isAdministrator(actor)) throw forbidden('Only an owner or admin can set up single sign-on');
    return actor;
  };
  const tags = ['sso'];

  app.get('/api/v1/sso/providers', {
    schema: {
      tags,
      summary: 'Single sign-on providers (owner and admin; secrets never shown)',
      response: {
        200: Type.Object({ items: Type.Array(Type.Ref('SsoProvider')), redirectUri: Type.String({ description: 'The redirect URI to register at every provider.' }) }),
        ...problemResponses(401, 403),
      },
    },
  }, async (request) => {
    admin(request);
    return { items: (await listSsoProviders(deps.db)).map(present), redirectUri };
  });

  app.post('/api/v1/sso/providers', {
    schema: {
      tags,
      summary: 'Set up an OpenID Connect provider (owner and admin)',
      description:
        'Fetches and checks the issuer’s discovery document before saving (422 sso_issuer_* with field /issuer when it cannot). An issuer on the server’s own ' +
        'network is refused unless SWITCHBOARD_SSO_PRIVATE_ISSUERS=true. The client secret is stored encrypted with SWITCHBOARD_SECRET_KEY. Register the ' +
        'answer’s redirectUri at the provider.',
      body: SsoProviderBody,
      response: { 201: Type.Ref('SsoProvider'), ...problemResponses(400, 401, 403, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = admin(request);
    const provider = await createSsoProvider(flowDeps, actor, request.body, request.ip);
    return reply.status(201).send(present(provider));
  });

  app.patch('/api/v1/sso/providers/:id', {
    schema: {
      tags,
      summary: 'Change a single sign-on provider (owner and admin)',
      description:
        'A new issuer, client id or secret is checked against the discovery document again. Leave clientSecret out to keep the stored one. Disabling the ' +
        'provider gives back passwords to the roles it had turned them off for.',
      params: IdParams,
      body: SsoProviderPatch,
      response: { 200: Type.Ref('SsoProvider'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = admin(request);
    const current = await findSsoProvider(deps.db, request.params.id);
    if (!current) throw notFound('Sign-in provider');
    const provider = await changeSsoProvider(flowDeps, actor, current, request.body, request.ip);
    return present(provider);
  });

  app.delete('/api/v1/sso/providers/:id', {
    schema: {
      tags,
      summary: 'Remove a single sign-on provider (owner and admin)',
      description:
        'Accounts stay, and so do their sessions until they end. Roles whose passwords the provider had turned off may use passwords again; people who never ' +
        'had a password (made on first sign-in) need one set by an administrator, or another provider.',
      params: IdParams,
      response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
    },
  }, async (request, reply) => {
    const actor = admin(request);
    await deleteSsoProvider(deps, { actorUserId: actor.userId, ip: request.ip, id: request.params.id });
    return reply.status(204).send(null);
  });

  app.get(`${SSO_PATH}/providers`, {
    config: { public: true },
    schema: { tags, summary: 'The sign-in buttons: enabled single sign-on providers', security: [], response: { 200: Type.Object({ items: Type.Array(Type.Ref('SsoButton')) }) } },
  }, async () => ({ items: (await listSsoProviders(deps.db, { enabledOnly: true })).map((p) => ({ id: p.id, name: p.name })) }));

  app.post(`${SSO_PATH}/:id/start`, {
    config: { public: true },
    onRequest: sameOriginJsonOnly(deps.publicUrl),
    schema: {
      tags,
      summary: 'Start signing in with a single sign-on provider',
      description:
        'Answers the provider’s authorization URL (code flow with PKCE, state and nonce) and sets a short-lived HttpOnly, SameSite=Lax cookie holding the ' +
        'state, which the callback must be sent with. Like the password login, only JSON bodies are accepted and browser pages of other sites are refused. 503 ' +
        'sso_provider_unavailable when the provider cannot be reached.',
      security: [],
      params: IdParams,
      body: StartBody,
      response: { 200: StartAnswer, ...problemResponses(400, 403, 404, 415, 503) },
    },
  }, async (request, reply) => {
    const started = await startSsoLogin(flowDeps, { providerId: request.params.id, returnTo: request.body.returnTo });
    void reply.setCookie(FLOW_COOKIE, started.state, { httpOnly: true, sameSite: 'lax', secure: deps.secureCookies, path: SSO_PATH, maxAge: FLOW_TTL_MS / 1000 });
    return { authorizationUrl: started.authorizationUrl, expiresAt: started.expiresAt };
  });

  // The provider sends the browser here (a top-level GET from its site). Not an API operation:
  // it answers only redirects, to the page asked for or to sign-in with the reason.
  app.get(CALLBACK_PATH, { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const query = Object.fromEntries(Object.entries((request.query ?? {}) as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const outcome = await finishSsoLogin(flowDeps, { query, cookieState: request.cookies[FLOW_COOKIE], ip: request.ip }, (error) => request.log.error({ err: error }, 'single sign-on failed'));
    void reply.clearCookie(FLOW_COOKIE, { path: SSO_PATH });
    if (!outcome.ok) return reply.redirect(`/?sso_error=${outcome.reason}`, 303);
    setSessionCookie(reply, outcome.session, { clock: deps.clock, secure: deps.secureCookies });
    return reply.redirect(outcome.returnTo, 303);
  });
}
