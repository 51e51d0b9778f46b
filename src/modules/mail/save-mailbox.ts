/**
 * Creating and changing a mailbox: settings checked (an IMAP mailbox needs its server and a way
 * to sign in; OAuth2 needs the app registration and a refresh token), secrets sealed with the
 * secret key, never returned.
 */
import type { Clock } from '../../platform/clock.js';
import { AppError, conflict, invalid } from '../../platform/errors.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { decryptSecret, encryptSecret } from '../../platform/secrets.js';
import type { MailDb } from './mail.tables.js';
import type { ImapSettings, Mailbox, MailboxSecrets, OutgoingSettings } from './mailbox.js';
import { insertMailbox, mailboxSecrets, updateMailbox } from './mailbox.repository.js';
import type { CreateMailboxBody, UpdateMailboxBody } from './mail.schema.js';

export interface SaveMailboxDeps {
  db: MailDb;
  clock: Clock;
  secretKey: string;
  teamExists: (db: Db, id: string) => Promise<boolean>;
}

export const DEFAULT_HEALTH_MINUTES = 30;

/** Seals a mailbox's secrets; refused without a configured secret key. */
export function sealMailboxSecrets(secretKey: string, id: string, secrets: MailboxSecrets): string {
  if (!secretKey) throw new AppError('secret_key_missing', 'Set SWITCHBOARD_SECRET_KEY before storing mailbox passwords or tokens (they are kept encrypted with it)', { status: 422, field: '/secrets' });
  return encryptSecret(secretKey, JSON.stringify(secrets), `mailbox:${id}`);
}

/** Opens a mailbox's sealed secrets. */
export function openMailboxSecrets(secretKey: string, id: string, sealed: string | null): MailboxSecrets {
  if (!sealed || !secretKey) return {};
  return JSON.parse(decryptSecret(secretKey, sealed, `mailbox:${id}`)) as MailboxSecrets;
}

function imapOf(input: NonNullable<CreateMailboxBody['imap']>): ImapSettings {
  const secure = input.secure ?? true;
  return { host: input.host, port: input.port ?? (secure ? 993 : 143), secure, username: input.username, auth: input.auth ?? 'password', ...(input.oauth ? { oauth: input.oauth } : {}), folder: input.folder ?? 'INBOX', processedFolder: input.processedFolder ?? null };
}

function outgoingOf(input: CreateMailboxBody['outgoing']): OutgoingSettings | null {
  if (!input) return null;
  const secure = input.secure ?? false;
  return { host: input.host, port: input.port ?? (secure ? 465 : 587), secure, ...(input.username ? { username: input.username } : {}) };
}

function check(m: Mailbox, secrets: MailboxSecrets): void {
  if (m.kind === 'imap' && !m.imap) throw invalid('imap_settings_required', 'An IMAP mailbox needs its server settings', '/imap');
  if (m.kind === 'smtp' && m.imap) throw invalid('imap_settings_not_allowed', 'A mailbox of the SMTP listener has no IMAP server', '/imap');
  // The listener checks SPF, DKIM and DMARC itself and believes only its own header.
  if (m.kind === 'smtp' && m.trustedAuthservId) throw invalid('trusted_authserv_id_not_allowed', 'A mailbox of the SMTP listener trusts only its own Authentication-Results; trustedAuthservId is for IMAP mailboxes', '/trustedAuthservId');
  if (m.imap?.auth === 'oauth2') {
    if (!m.imap.oauth) throw invalid('oauth_settings_required', 'OAuth2 needs the app registration: provider and clientId', '/imap/oauth');
    if (!secrets.refreshToken) throw invalid('refresh_token_required', 'OAuth2 needs a refresh token (see docs/email.md)', '/secrets/refreshToken');
  } else if (m.imap && !secrets.password) throw invalid('password_required', 'Password sign-in needs the mailbox password', '/secrets/password');
}

async function checkTeam(deps: SaveMailboxDeps, teamId: string | null): Promise<void> {
  if (teamId !== null && !(await deps.teamExists(deps.db, teamId))) throw new AppError('not_found', 'Team was not found', { status: 404, field: '/teamId' });
}

async function saved<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('mailbox_taken', 'Another mailbox has that name or address', '/address');
    throw error;
  }
}

export async function createMailbox(deps: SaveMailboxDeps, input: CreateMailboxBody): Promise<Mailbox> {
  const now = deps.clock.iso();
  const m: Mailbox = {
    id: newId(), name: input.name.trim(), address: input.address.trim().toLowerCase(), kind: input.kind, teamId: input.teamId ?? null, defaultPriority: input.defaultPriority ?? 'P3',
    imap: input.imap ? imapOf(input.imap) : null, outgoing: outgoingOf(input.outgoing), hasSecrets: false, outsideSender: input.outsideSender ?? 'note', trustedAuthservId: input.trustedAuthservId?.toLowerCase() ?? null,
    healthMinutes: input.healthMinutes ?? DEFAULT_HEALTH_MINUTES, enabled: input.enabled ?? true,
    status: { lastSuccessAt: null, lastMessageAt: null, lastError: null, lastErrorAt: null, tokenFailedAt: null, alertedAt: null }, version: 1, createdAt: now, updatedAt: now,
  };
  const secrets = input.secrets ?? {};
  check(m, secrets);
  await checkTeam(deps, m.teamId);
  const sealed = Object.keys(secrets).length > 0 ? sealMailboxSecrets(deps.secretKey, m.id, secrets) : null;
  await saved(() => insertMailbox(deps.db, m, sealed));
  return { ...m, hasSecrets: sealed !== null };
}

export async function changeMailbox(deps: SaveMailboxDeps, current: Mailbox, input: UpdateMailboxBody): Promise<Mailbox> {
  const next: Mailbox = {
    ...current,
    name: input.name?.trim() ?? current.name,
    address: input.address?.trim().toLowerCase() ?? current.address,
    teamId: input.teamId !== undefined ? input.teamId : current.teamId,
    defaultPriority: input.defaultPriority ?? current.defaultPriority,
    imap: input.imap ? imapOf(input.imap) : current.imap,
    outgoing: input.outgoing !== undefined ? outgoingOf(input.outgoing) : current.outgoing,
    outsideSender: input.outsideSender ?? current.outsideSender,
    trustedAuthservId: input.trustedAuthservId !== undefined ? (input.trustedAuthservId?.toLowerCase() ?? null) : current.trustedAuthservId,
    healthMinutes: input.healthMinutes ?? current.healthMinutes,
    enabled: input.enabled ?? current.enabled,
    version: current.version + 1,
    updatedAt: deps.clock.iso(),
  };
  const secrets = input.secrets ? { ...openMailboxSecrets(deps.secretKey, current.id, await mailboxSecrets(deps.db, current.id)), ...input.secrets } : openMailboxSecrets(deps.secretKey, current.id, await mailboxSecrets(deps.db, current.id));
  check(next, secrets);
  if (input.teamId !== undefined) await checkTeam(deps, next.teamId);
  const sealed = input.secrets ? sealMailboxSecrets(deps.secretKey, current.id, secrets) : undefined;
  if (!(await saved(() => updateMailbox(deps.db, next, current.version, sealed)))) throw conflict('version_conflict', 'The mailbox changed at the same moment; try again');
  return { ...next, hasSecrets: sealed !== undefined ? true : current.hasSecrets };
}
