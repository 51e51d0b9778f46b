/**
 * The words of our mail: per event and per client, with defaults. A template is a subject and a
 * body with placeholders ({{number}}, {{subject}}, {{contactName}}, {{body}}, {{portalUrl}},
 * {{mspName}}, for fraud warnings {{warning}}, and for the resolution its one-click rating links
 * {{ratingLinks}}, empty when there are none); a sender name and signature complete the
 * identity. Pure; no I/O.
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
    body: 'Hello {{contactName}},\n\nTicket {{number}}: "{{subject}}" is resolved. If it is not fixed for you, reply to this email and the ticket opens again.{{ratingLinks}}',
    fromName: null,
    signature: null,
  },
  fraud_warning: {
    subject: 'Security warning from {{mspName}}: do not act on a message about "{{subject}}"',
    body:
      'Hello {{contactName}},\n\n{{warning}}\n\n' +
      'Someone is pretending to be a person you know in order to get money or bank details. If this message, or one like it, reaches you:\n\n' +
      '- Do not pay anything it asks for.\n' +
      '- Do not change any bank or payment details because of it.\n' +
      '- Do not call the numbers, open the links or answer the addresses in it.\n\n' +
      'If you are unsure, or have already acted on it, call us on the number you know — not one from the message.',
    fromName: null,
    signature: null,
  },
};

/** The mail's text: the body and, when there is one, the signature under a "-- " line. */
export function renderText(template: MailTemplate, values: Record<string, string>): string {
  return `${render(template.body, values)}${template.signature ? `\n\n-- \n${render(template.signature, values)}` : ''}`;
}

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
