/** What the status pages' subscriptions need from outside the module, as functions wired in roles/web.ts. */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';

/** Queues one mail that belongs to no ticket through the mail module's outbox (queueStaffMail); false when none can be sent. */
export type SubscriberMail = (db: Db, mail: { key: string; to: { name: string; email: string }; subject: string; body: string }) => Promise<boolean>;

/** The absolute, signed links a subscriber's mail and webhook carry. */
export interface SubscriberLinks {
  confirm(subscriptionId: string): string;
  unsubscribe(subscriptionId: string): string;
  /** The page a subscription follows: the public page (null) or a client's own. */
  statusPage(organizationId: string | null): string;
}

export interface SubscriberDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  /** Encrypts webhook secrets and signs the links; subscriptions need it. */
  secretKey: string;
  mail?: SubscriberMail;
  links: SubscriberLinks;
}
