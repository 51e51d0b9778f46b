/**
 * Mailboxes: where mail comes in (an IMAP folder, or an address of the built-in SMTP listener),
 * which team and priority its tickets get, how it signs in (password or OAuth2 for Microsoft 365
 * and Google), where replies go out, and its health. Types and pure rules; no I/O.
 */

/** OAuth2 providers whose token endpoint and scopes are known. */
export const OAUTH_PROVIDERS = ['microsoft', 'google'] as const;
export type OAuthProvider = (typeof OAUTH_PROVIDERS)[number];

/** OAuth2 for IMAP/SMTP (XOAUTH2): the app registration and, optionally, another token endpoint. */
export interface OAuthSettings {
  provider: OAuthProvider;
  clientId: string;
  /** Microsoft 365: the directory (tenant) id or domain; default `organizations`. */
  tenant?: string;
  /** Overrides the provider's token endpoint (a sovereign cloud, or a test server). */
  tokenUrl?: string;
}

export interface ImapSettings {
  host: string;
  port: number;
  /** TLS from the first byte (993); otherwise STARTTLS when offered. */
  secure: boolean;
  username: string;
  auth: 'password' | 'oauth2';
  oauth?: OAuthSettings;
  /** The folder read, default INBOX. */
  folder: string;
  /** Messages are moved here once stored; null marks them \Seen instead. */
  processedFolder: string | null;
}

export interface OutgoingSettings {
  host: string;
  port: number;
  secure: boolean;
  /** Login; the mailbox's password or OAuth2 token is used. None when absent. */
  username?: string;
}

/** Secrets of a mailbox, stored encrypted; never returned by the API. */
export interface MailboxSecrets {
  password?: string;
  clientSecret?: string;
  refreshToken?: string;
}

export type MailboxKind = 'imap' | 'smtp';

export interface MailboxStatus {
  lastSuccessAt: string | null;
  lastMessageAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  tokenFailedAt: string | null;
  alertedAt: string | null;
}

export interface Mailbox {
  id: string;
  name: string;
  address: string;
  kind: MailboxKind;
  teamId: string | null;
  defaultPriority: string;
  imap: ImapSettings | null;
  outgoing: OutgoingSettings | null;
  hasSecrets: boolean;
  outsideSender: 'note' | 'new_ticket';
  /**
   * IMAP only: the authserv-id of the mailbox provider's Authentication-Results (`mx.google.com`),
   * or a `*.suffix` pattern; only a topmost header it wrote is read. Null: the topmost header is
   * read whoever wrote it (trusting that the provider puts its own on top).
   */
  trustedAuthservId: string | null;
  healthMinutes: number;
  enabled: boolean;
  status: MailboxStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The token endpoint of an OAuth2 set-up. */
export function tokenEndpoint(oauth: OAuthSettings): string {
  if (oauth.tokenUrl) return oauth.tokenUrl;
  if (oauth.provider === 'google') return 'https://oauth2.googleapis.com/token';
  return `https://login.microsoftonline.com/${encodeURIComponent(oauth.tenant || 'organizations')}/oauth2/v2.0/token`;
}

/** The scopes a refresh token must carry for IMAP and SMTP. */
export function oauthScopes(provider: OAuthProvider): string {
  return provider === 'google'
    ? 'https://mail.google.com/'
    : 'https://outlook.office365.com/IMAP.AccessAsUser.All https://outlook.office365.com/SMTP.Send offline_access';
}

/** The domain of the mailbox address: our Message-IDs are made in it. */
export function mailboxDomain(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? 'switchboard.invalid' : address.slice(at + 1).toLowerCase();
}

export type MailboxHealth = 'ok' | 'failing' | 'silent' | 'disabled' | 'new';

/**
 * A mailbox's health at `now`: disabled; new (never reached yet); failing (the last attempt, or
 * the last token refresh, failed after the last success); silent (an IMAP mailbox with no
 * successful poll or IDLE for its health minutes); else ok. The SMTP listener's addresses only
 * receive, so silence there is normal.
 */
export function mailboxHealth(m: Pick<Mailbox, 'enabled' | 'kind' | 'healthMinutes' | 'status'>, now: number): MailboxHealth {
  if (!m.enabled) return 'disabled';
  const last = m.status.lastSuccessAt ? Date.parse(m.status.lastSuccessAt) : null;
  const after = (at: string | null) => at !== null && (last === null || Date.parse(at) > last);
  // A success clears the last error, so an error still on record came after the last success.
  if (after(m.status.tokenFailedAt) || m.status.lastError !== null) return 'failing';
  if (last === null) return m.kind === 'imap' ? 'new' : 'ok';
  if (m.kind === 'imap' && now - last > m.healthMinutes * 60_000) return 'silent';
  return 'ok';
}
