/** TypeBox schemas of the mail API (mailboxes, a ticket's mail, triage, bounces): also the OpenAPI source. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../platform/http/common.js';
import { PriorityT } from '../tickets/index.js';

const Host = Type.String({ minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9.:\\[\\]-]+$', description: 'Host name or address.' });
const Port = Type.Integer({ minimum: 1, maximum: 65535 });

export const OAuthSettingsT = Type.Object({
  provider: Type.Union([Type.Literal('microsoft'), Type.Literal('google')], { description: 'Microsoft 365 (Entra ID) or Google Workspace.' }),
  clientId: Type.String({ minLength: 1, maxLength: 200, description: 'The application (client) id of the app registration.' }),
  tenant: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9.-]+$', description: 'Microsoft 365: the directory (tenant) id or domain; default `organizations`.' })),
  tokenUrl: Type.Optional(Type.String({ maxLength: 500, pattern: '^https?://', description: 'Another token endpoint (a sovereign cloud).' })),
}, { additionalProperties: false });

export const ImapSettingsT = Type.Object({
  host: Host,
  port: Type.Optional(Port),
  secure: Type.Optional(Type.Boolean({ description: 'TLS from the first byte (port 993, the default); false uses STARTTLS when offered.' })),
  username: Type.String({ minLength: 1, maxLength: 320 }),
  auth: Type.Optional(Type.Union([Type.Literal('password'), Type.Literal('oauth2')], { description: 'password (default) or oauth2 (XOAUTH2 with a refresh token).' })),
  oauth: Type.Optional(OAuthSettingsT),
  folder: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Folder read; default INBOX.' })),
  processedFolder: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200, description: 'Stored messages are moved here; null (default) marks them \\Seen instead.' }))),
}, { additionalProperties: false });

export const OutgoingSettingsT = Type.Object({
  host: Host,
  port: Type.Optional(Port),
  secure: Type.Optional(Type.Boolean({ description: 'TLS from the first byte (465); false (default, port 587) uses STARTTLS when offered.' })),
  username: Type.Optional(Type.String({ minLength: 1, maxLength: 320, description: 'Login with the mailbox password or OAuth2 token; none when absent.' })),
}, { additionalProperties: false });

export const MailboxSecretsT = Type.Object({
  password: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
  clientSecret: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  refreshToken: Type.Optional(Type.String({ minLength: 1, maxLength: 8000 })),
}, { additionalProperties: false, description: 'Stored encrypted; never returned.' });

const Address = Type.String({ minLength: 3, maxLength: 320, pattern: '^[^@\\s]+@[^@\\s]+$' });
const TrustedAuthservId = Type.String({
  minLength: 1, maxLength: 253, pattern: '^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?$',
  description: 'IMAP only: the authserv-id of the provider’s Authentication-Results header (mx.google.com), or *.suffix for any name under suffix. Only a topmost header it wrote counts for SPF, DKIM and DMARC; null (default) reads the topmost header whoever wrote it.',
});
const OutsideSender = Type.Union([Type.Literal('note'), Type.Literal('new_ticket')], { description: 'A reply from someone outside the ticket’s client: an internal note (default) or a new ticket.' });

export const CreateMailboxBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
  address: Address,
  kind: Type.Union([Type.Literal('imap'), Type.Literal('smtp')], { description: 'imap: fetched from a server; smtp: delivered to the built-in listener.' }),
  teamId: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
  defaultPriority: Type.Optional(PriorityT),
  imap: Type.Optional(ImapSettingsT),
  outgoing: Type.Optional(Nullable(OutgoingSettingsT)),
  secrets: Type.Optional(MailboxSecretsT),
  outsideSender: Type.Optional(OutsideSender),
  trustedAuthservId: Type.Optional(Nullable(TrustedAuthservId)),
  healthMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 10080, description: 'Minutes without a successful poll or IDLE before the admins are paged (default 30).' })),
  enabled: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type CreateMailboxBody = Static<typeof CreateMailboxBody>;

export const UpdateMailboxBody = Type.Partial(Type.Omit(CreateMailboxBody, ['kind']), { additionalProperties: false });
export type UpdateMailboxBody = Static<typeof UpdateMailboxBody>;

export const MailboxT = Type.Object({
  id: Type.String(), name: Type.String(), address: Type.String(), kind: Type.String(), teamId: Nullable(Type.String()), defaultPriority: Type.String(),
  imap: Nullable(Type.Object({ host: Type.String(), port: Type.Integer(), secure: Type.Boolean(), username: Type.String(), auth: Type.String(), oauth: Type.Optional(Type.Object({ provider: Type.String(), clientId: Type.String(), tenant: Type.Optional(Type.String()), tokenUrl: Type.Optional(Type.String()) })), folder: Type.String(), processedFolder: Nullable(Type.String()) })),
  outgoing: Nullable(Type.Object({ host: Type.String(), port: Type.Integer(), secure: Type.Boolean(), username: Type.Optional(Type.String()) })),
  hasSecrets: Type.Boolean({ description: 'Whether a password or OAuth2 token is stored (they are never shown).' }),
  outsideSender: Type.String(), trustedAuthservId: Nullable(Type.String()), healthMinutes: Type.Integer(), enabled: Type.Boolean(),
  status: Type.Object({
    health: Type.Union([Type.Literal('ok'), Type.Literal('failing'), Type.Literal('silent'), Type.Literal('disabled'), Type.Literal('new')]),
    lastSuccessAt: Nullable(Type.String()), lastMessageAt: Nullable(Type.String()), lastError: Nullable(Type.String()), lastErrorAt: Nullable(Type.String()), tokenFailedAt: Nullable(Type.String()), alertedAt: Nullable(Type.String()),
  }),
  version: Type.Integer(), createdAt: Type.String(), updatedAt: Type.String(),
}, { $id: 'Mailbox' });

const Json = Type.Unknown();
const NoteT = Type.Object({ code: Type.String(), detail: Type.String() });
const AutoT = Type.Object({ kind: Type.String({ description: 'vacation, auto-reply, delivery-report, list, bulk or system' }), reasons: Type.Array(Type.String()) });
const BounceRecipientT = Type.Object({ recipient: Type.String(), status: Nullable(Type.String()), reason: Type.String(), smtpCode: Nullable(Type.String()), hard: Type.Boolean(), stage: Nullable(Type.String()), diagnostic: Type.String() });
const BounceInfoT = Type.Object({ format: Type.String(), recipients: Type.Array(BounceRecipientT), originalMessageId: Nullable(Type.String()) });
const FraudReasonT = Type.Object({ code: Type.String(), detail: Type.String(), weight: Type.Number(), domain: Type.Optional(Type.String()) });
export const AttachmentT = Type.Object({ id: Type.String(), filename: Nullable(Type.String()), contentType: Type.String(), size: Type.Integer(), contentId: Nullable(Type.String()), inline: Type.Boolean(), fromTnef: Type.Boolean(), stored: Type.Boolean({ description: 'False when it was over the attachment limit (listed without its bytes).' }) });

export const InboundMailT = Type.Object({
  id: Type.String(), mailboxId: Type.String(), messageId: Nullable(Type.String()), receivedAt: Type.String(), source: Type.String(), state: Type.String(),
  from: Type.Object({ address: Nullable(Type.String()), name: Nullable(Type.String()) }), subject: Nullable(Type.String()), sentAt: Nullable(Type.String()),
  visibleText: Nullable(Type.String()), fullText: Nullable(Type.String()), html: Nullable(Type.String({ description: 'Sanitised; remote images as data-sb-remote-src placeholders. Show it in a sandboxed frame.' })),
  auto: Nullable(AutoT), bounce: Nullable(BounceInfoT), fraud: Nullable(Type.Object({ score: Type.Integer(), flagged: Type.Boolean(), reasons: Type.Array(FraudReasonT) })), notes: Type.Array(NoteT),
  organizationId: Nullable(Type.String()), contactId: Nullable(Type.String()), ticketId: Nullable(Type.String()), ticketMessageId: Nullable(Type.String()),
  disposition: Nullable(Type.String({ description: 'created, threaded, note, triage, suppressed, bounce, refused, dismissed, backup_report (a backup job’s result, no ticket)' })), why: Type.Unknown({ description: 'Why it went there: { by: token | header | sender | auto | bounce | unknown_sender | outside_sender | refused, … }' }), size: Type.Integer(), attachments: Type.Array(AttachmentT),
}, { $id: 'InboundMail' });

export const OutboundMailT = Type.Object({
  id: Type.String(), kind: Type.String(), event: Type.String(), ticketMessageId: Nullable(Type.String()), to: Type.String(), subject: Type.String(), messageId: Type.String(),
  status: Type.String({ description: 'queued, sending, sent, failed, bounced or suppressed' }), attempts: Type.Integer(), lastError: Nullable(Type.String()), bounce: Json,
  auto: Type.Boolean(), createdAt: Type.String(), sentAt: Nullable(Type.String()), bouncedAt: Nullable(Type.String()),
}, { $id: 'OutboundMail' });

export const TicketMail = Type.Object({ inbound: Type.Array(Type.Ref('InboundMail')), outbound: Type.Array(Type.Ref('OutboundMail')) });

export const TriageQuery = Type.Object(PageQuery, { additionalProperties: false });

export const TriageContactBody = Type.Object({
  organizationId: Type.String({ minLength: 1, maxLength: 100 }),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'Default: the sender’s display name, else the address.' })),
}, { additionalProperties: false });

export const BounceT = Type.Object({ address: Type.String(), contactId: Nullable(Type.String()), reason: Type.String(), status: Nullable(Type.String()), hard: Type.Boolean(), diagnostic: Type.String(), at: Type.String() });

export const TemplateEventT = Type.Union([Type.Literal('reply'), Type.Literal('created'), Type.Literal('acknowledged'), Type.Literal('resolved'), Type.Literal('fraud_warning')], {
  description: 'reply (a staff public reply), created, acknowledged, resolved (notifications to the ticket’s contact), fraud_warning (a published fraud warning, to every contact of the client).',
});

export const TemplateParams = Type.Object({ event: TemplateEventT }, { additionalProperties: false });
export const TemplateQuery = Type.Object({ organizationId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'The client whose template this is; absent: the desk’s own, used for every client without one.' })) }, { additionalProperties: false });

export const SaveTemplateBody = Type.Object({
  subject: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: 'Placeholders: {{number}}, {{subject}}, {{contactName}}, {{mspName}}.' }),
  body: Type.String({ minLength: 1, maxLength: 20000, pattern: '\\S', description: 'Placeholders as the subject, and {{body}} (the reply) and {{portalUrl}}; for fraud_warning, {{warning}} (the warning’s text as staff wrote it); for resolved, {{ratingLinks}} (the one-click rating links, or nothing).' }),
  fromName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200, description: 'Sender name shown to the client; the address is the mailbox’s. Default: the mailbox’s name.' }))),
  signature: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 5000, description: 'Appended under a "-- " line.' }))),
}, { additionalProperties: false });

export const TemplateT = Type.Object({ event: Type.String(), organizationId: Nullable(Type.String()), subject: Type.String(), body: Type.String(), fromName: Nullable(Type.String()), signature: Nullable(Type.String()), source: Type.String({ description: 'client, desk or default: where each event’s words come from for this client.' }) });
