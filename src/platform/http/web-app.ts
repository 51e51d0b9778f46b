/**
 * Serves the browser app built by Vite into dist/web: hashed assets under /assets/ (cached for a
 * year), and index.html for every other GET that is not the API or an operations endpoint, so
 * the app's own routes (/queue/mine, /tickets/SB-1042, /portal …) load on reload and from links.
 * The page carries no data — everything comes from /api/v1 with the user's session — so these
 * routes are public.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './server.js';

/** dist/web of this checkout: the same three levels up from src/platform/http and dist/platform/http. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/** Paths the app never answers: the API, probes and metrics keep their own 404s. */
const NOT_THE_APP = /^\/(api|health|metrics)(\/|$)|^\/assets\//;

// The built page loads only its own script and styles; it is never framed.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const MISSING_BUILD = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Switchboard</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<h1>Switchboard</h1>
<p>The web app has not been built. Run <code>npm run build</code> and restart <code>switchboard serve</code>.</p>
<p>The API is running: see <a href="/api/v1/docs">/api/v1/docs</a>.</p>
</body></html>`;

export interface WebAppOptions {
  /** Directory holding the built app (index.html and assets/); defaults to dist/web. */
  root?: string;
}

export async function webAppRoutes(app: App, options: WebAppOptions = {}): Promise<void> {
  const root = options.root ?? DEFAULT_WEB_ROOT;
  const indexFile = path.join(root, 'index.html');

  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, public: true } as typeof route.config;
    });
    const assets = path.join(root, 'assets');
    // Without a build there is nothing to serve yet; the page below says how to make one.
    if (existsSync(assets)) {
      await scope.register(fastifyStatic, {
        root: assets,
        prefix: '/assets/',
        index: false,
        list: false,
        dotfiles: 'deny',
        // The build writes .br and .gz beside each file; browsers get the smallest they accept.
        preCompressed: true,
        // File names carry a content hash: a new build has new names.
        immutable: true,
        maxAge: '365d',
      });
    }
    scope.get('/*', { schema: { hide: true } }, async (request, reply) => {
      const pathname = request.url.split('?')[0];
      if (NOT_THE_APP.test(pathname)) return reply.callNotFound();
      // Read per request (it is under 1 KB): a rebuild names new asset files, and the page must name them.
      const index = await readFile(indexFile, 'utf8').catch(() => undefined);
      return reply
        .header('cache-control', 'no-cache')
        .header('content-security-policy', CONTENT_SECURITY_POLICY)
        .type('text/html; charset=utf-8')
        .status(index ? 200 : 503)
        .send(index ?? MISSING_BUILD);
    });
  });
}
