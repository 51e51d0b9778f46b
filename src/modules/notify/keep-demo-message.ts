/** The demo provider's outbox: each message it "sends" is kept whole, to be read in the console. */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { insertDemoMessage } from './demo-outbox.repository.js';
import type { DemoOutbox } from './providers/demo.js';

/** An outbox for the demo provider that writes to `db` at the clock's now. */
export function demoOutboxIn(deps: { db: Db; clock: Clock }): DemoOutbox {
  return async (message, provider) => {
    const id = newId();
    await insertDemoMessage(deps.db, {
      id,
      notificationId: message.id,
      provider,
      method: message.method,
      address: message.to,
      subject: message.subject,
      text: message.text,
      ackUrl: message.ackUrl ?? null,
      at: deps.clock.iso(),
    });
    return id;
  };
}
