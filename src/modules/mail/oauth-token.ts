/**
 * OAuth2 access tokens for IMAP and SMTP (XOAUTH2) from the mailbox's stored refresh token, at the
 * provider's token endpoint (RFC 6749 section 6). A provider that rotates refresh tokens hands
 * back a new one, which is stored (encrypted) at once: the old one may already be void. A failed
 * refresh is an error the caller records on the mailbox (its health then pages the admins).
 */
import type { Clock } from '../../platform/clock.js';
import type { MailDb } from './mail.tables.js';
import { oauthScopes, tokenEndpoint, type Mailbox } from './mailbox.js';
import { mailboxSecrets, saveMailboxSecrets } from './mailbox.repository.js';
import { openMailboxSecrets, sealMailboxSecrets } from './save-mailbox.js';

/** A refresh that failed: the token endpoint refused, or could not be reached. */
export class TokenRefreshError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenRefreshError';
  }
}

export interface TokenDeps {
  db: MailDb;
  clock: Clock;
  secretKey: string;
  /** Milliseconds allowed for the token endpoint; default 15 s. */
  timeoutMs?: number;
}

/** Access tokens kept in memory until shortly before they expire, per mailbox. */
export class AccessTokens {
  private readonly cache = new Map<string, { token: string; until: number }>();

  constructor(private readonly deps: TokenDeps) {}

  /** A valid access token for the mailbox, refreshed when needed. */
  async get(mailbox: Mailbox): Promise<string> {
    const hit = this.cache.get(mailbox.id);
    if (hit && hit.until > this.deps.clock.now()) return hit.token;
    const { token, expiresIn } = await refreshAccessToken(this.deps, mailbox);
    // A minute's margin, so a token never expires in the middle of a login.
    this.cache.set(mailbox.id, { token, until: this.deps.clock.now() + Math.max(0, expiresIn - 60) * 1000 });
    return token;
  }

  forget(mailboxId: string): void {
    this.cache.delete(mailboxId);
  }
}

/** Exchanges the stored refresh token for an access token; stores a rotated refresh token. */
export async function refreshAccessToken(deps: TokenDeps, mailbox: Mailbox): Promise<{ token: string; expiresIn: number }> {
  const oauth = mailbox.imap?.oauth;
  if (!oauth) throw new TokenRefreshError('the mailbox has no OAuth2 settings');
  const secrets = openMailboxSecrets(deps.secretKey, mailbox.id, await mailboxSecrets(deps.db, mailbox.id));
  if (!secrets.refreshToken) throw new TokenRefreshError('no refresh token is stored for the mailbox');
  const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: oauth.clientId, refresh_token: secrets.refreshToken, scope: oauthScopes(oauth.provider) });
  if (secrets.clientSecret) form.set('client_secret', secrets.clientSecret);
  let response: Response;
  try {
    response = await fetch(tokenEndpoint(oauth), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: form, signal: AbortSignal.timeout(deps.timeoutMs ?? 15_000) });
  } catch (error) {
    throw new TokenRefreshError(`the token endpoint could not be reached: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown; refresh_token?: unknown; error?: unknown; error_description?: unknown };
  if (!response.ok || typeof body.access_token !== 'string') {
    const why = [body.error, body.error_description].filter((v) => typeof v === 'string').join(': ') || `HTTP ${response.status}`;
    throw new TokenRefreshError(`the token refresh was refused (${why})`);
  }
  if (typeof body.refresh_token === 'string' && body.refresh_token !== secrets.refreshToken) {
    await saveMailboxSecrets(deps.db, mailbox.id, sealMailboxSecrets(deps.secretKey, mailbox.id, { ...secrets, refreshToken: body.refresh_token }));
  }
  return { token: body.access_token, expiresIn: typeof body.expires_in === 'number' ? body.expires_in : 3600 };
}
