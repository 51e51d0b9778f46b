/** What a running node exposes to the CLI, tests and benchmarks: its server, shared pieces and roles. */
import type { App } from '../platform/http/server.js';
import type { EngineRole } from './engine.js';
import type { MailRole } from './mail.js';
import type { Shared } from './shared.js';

type SharedView = Pick<Shared, 'database' | 'events' | 'logger' | 'intake' | 'access' | 'recomputeTicket' | 'importDeps'>;

export interface Switchboard extends SharedView {
  app: App;
  /** The engine role, when this node runs it. */
  engine?: EngineRole;
  /** The notification delivery worker, when this node runs the engine role. */
  delivery?: EngineRole['delivery'];
  /** The outbound mail worker (replies and notifications to clients), when this node runs the engine role. */
  outbound?: EngineRole['outbound'];
  /** Mail intake (SMTP listener, IMAP mailboxes), when this node runs the mail role. */
  mail?: MailRole;
  /** Stops accepting requests, lets in-flight ones finish (up to the grace period), closes the database. */
  close(): Promise<void>;
}

/** The shared pieces a node exposes: mail intake's dependencies (tests process stored mail with them), imports', and the rest. */
export function sharedView(s: Shared): SharedView {
  return { database: s.database, events: s.events, logger: s.logger, intake: s.intake, access: s.access, recomputeTicket: s.recomputeTicket, importDeps: s.importDeps };
}
