/** Single sign-on in tests: the settings a node needs, and a sign-in walked through the test provider. */
import type { BrowserResponse, HttpBrowser } from './http-browser.js';

/** Switchboard's public address in the SSO tests (served through inject). */
export const DESK = 'http://desk.test';
export const CALLBACK = `${DESK}/api/v1/auth/sso/callback`;
export const SSO_SETTINGS = { 'public-url': DESK, 'secret-key': 'sso-test-secret-key-0123456789abcdef', 'sso-private-issuers': 'true' };

/** Starts a sign-in in `browser` and signs in at the provider as `login`; answers where the browser ended. */
export async function signInWith(browser: HttpBrowser, providerId: string, login: string, options: { returnTo?: string; beforeProvider?: () => void; stopAtCallback?: boolean } = {}): Promise<BrowserResponse> {
  const start = await browser.post(`${DESK}/api/v1/auth/sso/${providerId}/start`, { returnTo: options.returnTo ?? '/queue/mine' });
  if (start.status !== 200) throw new Error(`start → ${start.status} ${start.body}`);
  options.beforeProvider?.();
  const form = await browser.open(JSON.parse(start.body).authorizationUrl);
  const action = /action="([^"]+)"/.exec(form.body)?.[1];
  if (!action) throw new Error(`no sign-in form at the provider: ${form.status} ${form.body.slice(0, 200)}`);
  return browser.post(new URL(action, form.url).href, { login }, { form: true, stopAt: options.stopAtCallback ? (url) => url.startsWith(CALLBACK) : (url) => !url.startsWith(DESK + '/api/') && url.startsWith(DESK) });
}

/** Where the callback sent the browser: the app page it redirected to. */
export function landing(r: BrowserResponse): string {
  return new URL(r.headers.location, r.url).href.slice(DESK.length);
}
