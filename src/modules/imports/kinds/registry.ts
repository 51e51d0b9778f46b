/** Every kind of import, by name: an explicit list, not a folder scan. */
import type { ImportKind } from '../import-kinds.js';
import { clientsKind } from './clients.js';
import { contactsKind } from './contacts.js';
import type { KindHandler } from './kind.js';
import { sitesKind } from './sites.js';
import { staffKind } from './staff.js';
import { ticketsKind } from './tickets.js';

export const KIND_HANDLERS: { [K in ImportKind]: KindHandler<K, unknown> } = {
  clients: clientsKind,
  sites: sitesKind,
  contacts: contactsKind,
  staff: staffKind,
  tickets: ticketsKind,
};
