/** The shape of generated demo data: plain rows, one list per table, ready to insert. */
import type { CalendarTable, ContractTable, SlaPolicyTable } from '../sla/index.js';
import type { EscalationPolicyTable, ContactMethodTable } from '../escalation/index.js';
import type { ContactEmailTable, ContactPhoneTable, ContactTable, OrganizationTable, SiteTable } from '../clients/index.js';
import type { OncallOverrideTable, OncallScheduleTable } from '../oncall/index.js';
import type { MessageTable, TicketEventTable, TicketLinkTable, TicketSearchTable, TicketTable } from '../tickets/index.js';
import type { SavedViewTable } from '../views/index.js';
import type { TeamTable } from '../staff/index.js';
import type { UserTable } from '../auth/index.js';
import type { CHANNELS, Priority, STATUSES } from '../tickets/index.js';
import type { LiveRole } from './ticket-plan.js';
import type { Industry } from './words.js';

export type Channel = (typeof CHANNELS)[number];
export type { Priority };
export type Status = (typeof STATUSES)[number];

/** An event row without its id; the database numbers events in insertion order. */
export type DemoEventRow = Omit<TicketEventTable, 'id' | 'origin_ticket_id'>;

/** Every generated row, keyed by table name, listed in an order that satisfies foreign keys. */
export interface DemoData {
  organizations: OrganizationTable[];
  sites: SiteTable[];
  contacts: ContactTable[];
  contact_emails: ContactEmailTable[];
  contact_phones: ContactPhoneTable[];
  teams: TeamTable[];
  users: UserTable[];
  tickets: TicketTable[];
  messages: MessageTable[];
  /** In chronological order, so event ids grow with time. */
  ticket_events: DemoEventRow[];
  ticket_links: TicketLinkTable[];
  ticket_search: TicketSearchTable[];
  calendars: CalendarTable[];
  sla_policies: SlaPolicyTable[];
  contracts: ContractTable[];
  saved_views: SavedViewTable[];
  escalation_policies: EscalationPolicyTable[];
  /** Staff contact methods and the demo's on-call schedule (generate-paging.ts). */
  contact_methods: ContactMethodTable[];
  oncall_schedules: OncallScheduleTable[];
  oncall_overrides: OncallOverrideTable[];
  /**
   * Not a table: the live desk's tickets (live-desk.ts), raised minutes before now. The loader
   * starts the ladders of those that are paging, through the escalation module.
   */
  live: DemoLiveTicket[];
}

/** One ticket of the live desk and its part in it. */
export interface DemoLiveTicket {
  ticketId: string;
  role: LiveRole;
}

/** A ladder to start once the rows are in, at `startedAt` (its ticket's creation). */
export interface DemoLadder {
  ticketId: string;
  startedAt: string;
}

/** A contact with what ticket generation needs to know about them. */
export interface DemoContact {
  row: ContactTable;
  first: string;
  /** The primary e-mail address. */
  email: string;
  /** Telephone numbers, the main one first. */
  phones: { number: string; label: string }[];
  /** The portal login of this contact, when they have one. */
  userId: string | null;
}

/** An organisation with its sites and people. */
export interface DemoOrganization {
  row: OrganizationTable;
  sites: SiteTable[];
  contacts: DemoContact[];
  industry: Industry;
  apps: string[];
  weekendShare: number;
  /** Short upper-case code used in server and device names (e.g. `NGO`). */
  code: string;
}

/** A member of the MSP who works tickets. */
export interface DemoTechnician {
  id: string;
  tier: 1 | 2 | 3;
  teamId: string;
  /** Chance that this person resolves a phone call while on the call. */
  firstContactSkill: number;
}

/** The MSP's teams and the technicians ticket generation draws from. */
export interface DemoStaff {
  serviceDeskId: string;
  engineeringId: string;
  projectsId: string;
  technicians: DemoTechnician[];
}
