/**
 * The settings each kind of delivery provider takes, as form fields. The keys are held by the
 * compiler to each kind's settings schema (generated from the server's providers/<kind>.ts), so a
 * field cannot name a setting the API does not take.
 */
import type { ProviderBody, ProviderSettings } from '../../platform/types';

export type Kind = ProviderBody['kind'];

/** A setting as a form field; `SettingField<K>` holds its key to kind K's schema. */
export interface FieldView {
  key: string;
  label: string;
  type: 'text' | 'number' | 'checkbox' | 'password' | 'select' | 'methods';
  required?: boolean;
  hint?: string;
  placeholder?: string;
  options?: [string, string][];
}
export type SettingField<K extends Kind> = FieldView & { key: keyof ProviderSettings<K> & string };

interface KindSpec<K extends Kind> {
  label: string;
  methods: string;
  fields: SettingField<K>[];
}

// Each kind's fields are checked against that kind's own settings schema.
const SPECS: { [K in Kind]: KindSpec<K> } = {
  smtp: {
    label: 'Email (SMTP relay)',
    methods: 'email',
    fields: [
      { key: 'host', label: 'Host', type: 'text', required: true, placeholder: 'smtp.office365.com' },
      { key: 'port', label: 'Port', type: 'number', placeholder: '587' },
      { key: 'secure', label: 'TLS from the first byte (port 465)', type: 'checkbox' },
      { key: 'requireTLS', label: 'Refuse to send without STARTTLS', type: 'checkbox' },
      { key: 'user', label: 'User name', type: 'text' },
      { key: 'pass', label: 'Password', type: 'password' },
      { key: 'from', label: 'Sender', type: 'text', required: true, placeholder: 'Switchboard <paging@your-msp.example>' },
    ],
  },
  twilio: {
    label: 'SMS and voice (Twilio-compatible)',
    methods: 'sms, voice',
    fields: [
      { key: 'accountSid', label: 'Account SID', type: 'text', required: true, placeholder: 'AC…' },
      { key: 'authToken', label: 'Auth token', type: 'password', required: true },
      { key: 'from', label: 'From number', type: 'text', hint: 'E.164, e.g. +15005550006; needed for voice.' },
      { key: 'messagingServiceSid', label: 'Messaging service SID', type: 'text', hint: 'Instead of a from number, for SMS.' },
      { key: 'methods', label: 'Delivers', type: 'methods' },
      { key: 'baseUrl', label: 'API address', type: 'text', hint: 'Empty: https://api.twilio.com. Another Twilio-compatible service’s root.' },
      { key: 'statusCallbackUrl', label: 'Status callback', type: 'text', hint: 'Your Switchboard’s /api/v1/webhooks/twilio/status, for delivery reports.' },
    ],
  },
  webhook: {
    label: 'Webhook (signed JSON)',
    methods: 'webhook',
    fields: [{ key: 'secret', label: 'Signing secret', type: 'password', required: true, hint: 'Each page is signed with HMAC-SHA256 of this secret.' }],
  },
  slack: { label: 'Slack (incoming webhooks)', methods: 'slack', fields: [] },
  teams: {
    label: 'Microsoft Teams (incoming webhooks)',
    methods: 'teams',
    fields: [{ key: 'format', label: 'Card', type: 'select', options: [['adaptive', 'Adaptive card'], ['messagecard', 'Message card (older connectors)']] }],
  },
  demo: {
    label: 'Demo outbox — nothing leaves this machine',
    methods: 'every method, kept in the Demo outbox',
    fields: [{ key: 'label', label: 'Label', type: 'text', placeholder: 'Demo' }],
  },
};

/** Every kind an administrator can add, in the order the form offers them. */
export const KINDS: { kind: Kind; label: string; methods: string; fields: readonly FieldView[] }[] = (Object.keys(SPECS) as Kind[]).map((kind) => ({ kind, ...SPECS[kind] }));

export const kindLabel = (kind: string) => KINDS.find((k) => k.kind === kind)?.label ?? kind;

/** Where a test goes for each method, as a placeholder. */
export const TEST_PLACEHOLDER: Record<string, string> = {
  email: 'you@your-msp.example',
  sms: '+15555550123',
  voice: '+15555550123',
  webhook: 'https://example.com/pages',
  slack: 'https://hooks.slack.com/services/…',
  teams: 'https://…webhook.office.com/…',
};

/**
 * The form's values as settings: empty fields left out, numbers as numbers. On a change, a field
 * emptied that had a stored value is sent as null (removed); an empty credential keeps the stored one.
 */
export function settingsFrom(fields: readonly FieldView[], values: Record<string, string | boolean | string[]>, stored?: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (f.type === 'checkbox') out[f.key] = v === true;
    else if (f.type === 'methods') {
      if (Array.isArray(v) && v.length) out[f.key] = v;
    } else if (typeof v === 'string' && v.trim() !== '') out[f.key] = f.type === 'number' ? Number(v) : v.trim();
    else if (f.type !== 'password' && stored && f.key in stored) out[f.key] = null;
  }
  return out;
}
