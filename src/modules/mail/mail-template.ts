/**
 * The words of our mail: per event and per client, with defaults. A template is a subject and a
 * body with placeholders ({{number}}, {{subject}}, {{contactName}}, {{body}}, {{portalUrl}},
 * {{mspName}}); a sender name and signature complete the identity. Pure; no I/O.
 */
import type { MailEvent } from './outbound-plan.js';

export interface MailTemplate {
  subject: string;
  body: string;
  fromName: string | null;
  signature: string | null;
}

export const DEFAULT_TEMPLATES: Record<MailEvent, MailTemplate> = {
  reply: { subject: 'Re: [{{number}}] {{subject}}', body: '{{body}}', fromName: null, signature: null },
  created: {
    subject: '[{{number}}] {{subject}}',
    body: 'Hello {{contactName}},\n\nWe have your request and opened ticket {{number}}: "{{subject}}". Reply to this email to add to it; keep the ticket number in the subject.\n\nYou can also follow it at {{portalUrl}}.',
    fromName: null,
    signature: null,
  },
  acknowledged: { subject: '[{{number}}] {{subject}}', body: 'Hello {{contactName}},\n\nA technician is now working on ticket {{number}}: "{{subject}}".', fromName: null, signature: null },
  resolved: {
    subject: '[{{number}}] Resolved: {{subject}}',
    body: 'Hello {{contactName}},\n\nTicket {{number}}: "{{subject}}" is resolved. If it is not fixed for you, reply to this email and the ticket opens again.',
    fromName: null,
    signature: null,
  },
};

/** Fills the placeholders; unknown ones are left as they are. Values are single-line where they go into the subject. */
export function render(template: string, values: Record<string, string>, subjectLine = false): string {
  const out = template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? values[key] : whole));
  return subjectLine ? out.replace(/[\r\n]+/g, ' ').slice(0, 900) : out;
}

/** The template in force: the client's own, else the desk's, else the default, field by field. */
export function pickTemplate(event: MailEvent, client: Partial<MailTemplate> | undefined, desk: Partial<MailTemplate> | undefined): MailTemplate {
  const base = DEFAULT_TEMPLATES[event];
  const pick = <K extends keyof MailTemplate>(k: K) => client?.[k] ?? desk?.[k] ?? base[k];
  return { subject: pick('subject'), body: pick('body'), fromName: pick('fromName'), signature: pick('signature') };
}
