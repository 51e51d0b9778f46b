/**
 * An HTTP client that behaves like a browser where single sign-on needs one: it follows
 * redirects, keeps cookies per site (tough-cookie, with paths and expiry), and sends the Origin
 * of a page with its writes. Requests to Switchboard's public address go through the node's full
 * request pipeline (Fastify's inject), everything else — the OpenID provider — over the network.
 */
import { CookieJar } from 'tough-cookie';
import type { App } from '../../src/platform/http/server.js';

export interface BrowserResponse {
  status: number;
  url: string;
  body: string;
  headers: Record<string, string>;
  /** Every address visited, first to last (the redirects followed). */
  visited: string[];
}

export interface FollowOptions {
  /** Stops before following a redirect to an address this matches (the answer is the redirect itself). */
  stopAt?: (url: string) => boolean;
}

export class HttpBrowser {
  readonly jar = new CookieJar();

  constructor(
    /** The Switchboard node this browser's requests reach (a test may switch nodes, as a load balancer would). */
    public app: App,
    /** Switchboard's public origin, e.g. http://desk.test. */
    private readonly appOrigin: string,
  ) {}

  /** Opens an address and follows its redirects, as a navigation would (up to a redirect to an address `stopAt` matches). */
  async open(url: string, options: FollowOptions = {}): Promise<BrowserResponse> {
    return this.follow(await this.send('GET', url), [url], options);
  }

  /** A POST from a page of `pageOrigin` (JSON, or a form when `form` is set); redirects followed. */
  async post(url: string, body: unknown, options: FollowOptions & { form?: boolean; pageOrigin?: string } = {}): Promise<BrowserResponse> {
    const payload = options.form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body);
    const headers = { 'content-type': options.form ? 'application/x-www-form-urlencoded' : 'application/json', origin: options.pageOrigin ?? new URL(url).origin };
    return this.follow(await this.send('POST', url, payload, headers), [url], options);
  }

  /** The cookies this browser would send to `url`, by name. */
  async cookies(url: string): Promise<Map<string, string>> {
    return new Map((await this.jar.getCookies(url)).map((c) => [c.key, c.value]));
  }

  private async follow(first: BrowserResponse, visited: string[], options: FollowOptions): Promise<BrowserResponse> {
    let response = first;
    for (let hops = 0; response.status >= 300 && response.status < 400 && response.headers.location; hops += 1) {
      if (hops > 20) throw new Error(`too many redirects: ${visited.join(' → ')}`);
      const next = new URL(response.headers.location, response.url).href;
      if (options.stopAt?.(next)) return { ...response, visited };
      visited.push(next);
      response = await this.send('GET', next);
    }
    return { ...response, visited };
  }

  private async send(method: string, url: string, payload?: string, extra: Record<string, string> = {}): Promise<BrowserResponse> {
    const cookie = await this.jar.getCookieString(url);
    const headers: Record<string, string> = { accept: 'text/html,application/json', ...(cookie ? { cookie } : {}), ...extra };
    let status: number;
    let body: string;
    let responseHeaders: Record<string, string>;
    let setCookies: string[];
    if (new URL(url).origin === this.appOrigin) {
      const r = await this.app.inject({ method: method as 'GET', url: new URL(url).pathname + new URL(url).search, headers: { ...headers, host: new URL(url).host }, payload });
      status = r.statusCode;
      body = r.body;
      responseHeaders = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]));
      const raw = r.headers['set-cookie'];
      setCookies = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
    } else {
      const r = await fetch(url, { method, headers, body: payload, redirect: 'manual' });
      status = r.status;
      body = await r.text();
      responseHeaders = Object.fromEntries(r.headers.entries());
      setCookies = r.headers.getSetCookie();
    }
    for (const c of setCookies) await this.jar.setCookie(c, url, { ignoreError: true });
    return { status, url, body, headers: responseHeaders, visited: [url] };
  }
}
