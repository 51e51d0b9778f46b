/**
 * A real OpenID provider on loopback for single sign-on tests: the `oidc-provider` package (a
 * certified OpenID Provider), with a small sign-in page of its own — type an email, press Sign in —
 * and consent granted for its one relying party. Tests choose who exists and what their claims
 * say, and can make it misbehave the way a test must provoke: an ID token for another audience.
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

export interface IdpAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
  /** Google Workspace hosted domain. */
  hd?: string;
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** People who can sign in, by the login typed on the sign-in page. */
  accounts: Map<string, IdpAccount>;
  /** `wrong-audience`: token answers carry an ID token issued to another client of the provider. */
  misbehave: 'wrong-audience' | undefined;
  /** How long the ID tokens issued from now on last. */
  idTokenTtlSeconds: number;
  close(): Promise<void>;
}

const escape = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}label,input,button{display:block;width:100%;margin:.4rem 0;font-size:1rem}input,button{padding:.5rem}</style></head>
<body><h1>${escape(title)}</h1>${body}</body></html>`;
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Starts the provider on `host` (127.0.0.1 by default) and a free port, named by `issuerHost`
 * (default: the host). `redirectUri` is the relying party's registered callback.
 */
export async function startTestIdp(options: { redirectUri: string; host?: string; issuerHost?: string }): Promise<TestIdp> {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const issuer = `http://${options.issuerHost ?? host}:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = { ...privateKey.export({ format: 'jwk' }), alg: 'ES256', use: 'sig', kid: 'test-key' };
  const idp: TestIdp = { issuer, clientId: 'switchboard', clientSecret: 'test-client-secret-0123456789', accounts: new Map(), misbehave: undefined, idTokenTtlSeconds: 3600, close: async () => undefined };

  const configuration: Configuration = {
    clients: [
      { client_id: idp.clientId, client_secret: idp.clientSecret, redirect_uris: [options.redirectUri], id_token_signed_response_alg: 'ES256' },
      { client_id: 'another-app', client_secret: 'another-app-secret-0123456789', redirect_uris: [options.redirectUri], id_token_signed_response_alg: 'ES256' },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: ['test-idp-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username', 'hd'] },
    // Claims of the requested scopes in the ID token itself, as Entra ID and Google send them.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: { IdToken: () => idp.idTokenTtlSeconds, AccessToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, id) {
      const account = idp.accounts.get(id);
      return account ? { accountId: id, claims: async () => ({ sub: id, ...account }) } : undefined;
    },
    // A first-party provider: consent is given for its clients, no consent page.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);

  provider.use(async (ctx: KoaContextWithOIDC, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (idp.misbehave !== 'wrong-audience' || ctx.path !== '/token' || !body?.id_token) return;
    // A correctly signed ID token of this provider, issued to its other client.
    const claims = JSON.parse(Buffer.from(body.id_token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
    const other = await provider.Client.find('another-app');
    const token = new provider.IdToken({ ...(idp.accounts.get(String(claims.sub)) ?? {}), sub: claims.sub }, { ctx, client: other });
    // The library's own field (read by its claim filter) that its types leave out.
    Object.assign(token, { scope: 'openid email profile' });
    token.set('nonce', claims.nonce);
    body.id_token = await token.issue({ use: 'idtoken' });
  });

  const oidcHandler = provider.callback();
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const match = /^\/interaction\/([^/?]+)(\/login)?/.exec(req.url ?? '');
    if (!match) return void oidcHandler(req, res);
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (req.method === 'POST' && match[2]) {
          const login = (await readForm(req)).get('login')?.trim() ?? '';
          if (idp.accounts.has(login)) {
            await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
            return;
          }
        }
        const form = `<form method="post" action="/interaction/${escape(details.uid)}/login"><label for="login">Email</label><input id="login" name="login" autocomplete="username" autofocus><button type="submit">Sign in</button></form>`;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Test identity provider', form));
      } catch (error) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(String((error as Error).message));
      }
    })();
  });

  idp.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return idp;
}
