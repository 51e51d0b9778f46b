/** The settings each kind of delivery provider takes, as form fields. */

export type Kind = 'smtp' | 'twilio' | 'webhook' | 'slack' | 'teams';

export interface SettingField {
  key: string;
  label: string;
  type: 'text' | 'number' | 'checkbox' | 'password' | 'select' | 'methods';
  required?: boolean;
  hint?: string;
  placeholder?: string;
  options?: [string, string][];
}

export const KINDS: { kind: Kind; label: string; methods: string; fields: SettingField[] }[] = [
  {
    kind: 'smtp',
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
  {
    kind: 'twilio',
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
  {
    kind: 'webhook',
    label: 'Webhook (signed JSON)',
    methods: 'webhook',
    fields: [{ key: 'secret', label: 'Signing secret', type: 'password', required: true, hint: 'Each page is signed with HMAC-SHA256 of this secret.' }],
  },
  { kind: 'slack', label: 'Slack (incoming webhooks)', methods: 'slack', fields: [] },
  {
    kind: 'teams',
    label: 'Microsoft Teams (incoming webhooks)',
    methods: 'teams',
    fields: [{ key: 'format', label: 'Card', type: 'select', options: [['adaptive', 'Adaptive card'], ['messagecard', 'Message card (older connectors)']] }],
  },
];

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

/** The form's values as settings: empty fields left out (on a change: kept as stored), numbers as numbers. */
export function settingsFrom(fields: SettingField[], values: Record<string, string | boolean | string[]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (f.type === 'checkbox') out[f.key] = v === true;
    else if (f.type === 'methods') {
      if (Array.isArray(v) && v.length) out[f.key] = v;
    } else if (typeof v === 'string' && v.trim() !== '') out[f.key] = f.type === 'number' ? Number(v) : v.trim();
  }
  return out;
}
