/** Setting the words, sender name and signature of one event's mail, for the desk or one client. */
import type { Static } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { MailDb } from './mail.tables.js';
import type { SaveTemplateBody } from './mail.schema.js';
import type { MailEvent } from './outbound-plan.js';
import { saveTemplate } from './outbound.repository.js';

/** Stores the template of `event` for `organizationId` (null: the desk's own, used for every client without one). */
export async function setTemplate(
  deps: { db: MailDb; clock: Clock },
  input: { organizationId: string | null; event: MailEvent; body: Static<typeof SaveTemplateBody> },
): Promise<void> {
  const b = input.body;
  await saveTemplate(deps.db, {
    organizationId: input.organizationId,
    event: input.event,
    subject: b.subject,
    body: b.body,
    fromName: b.fromName ?? null,
    signature: b.signature ?? null,
    at: deps.clock.iso(),
  });
}
