/**
 * What can be imported, in which column layouts, and the fields each kind of row has. Pure: the
 * column names of each layout are in column-maps.ts, the reading of values in row-values.ts.
 */

/** The kinds of records a file holds, in the order an MSP moving in imports them. */
export const KINDS = ['clients', 'sites', 'contacts', 'staff', 'tickets'] as const;
export type ImportKind = (typeof KINDS)[number];

/** Column layouts: Switchboard's own, and the exports of the PSAs MSPs move from. */
export const FORMATS = ['switchboard', 'connectwise', 'autotask', 'halopsa'] as const;
export type ImportFormat = (typeof FORMATS)[number];

/** The names people know the layouts by. */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  switchboard: 'Switchboard',
  connectwise: 'ConnectWise PSA',
  autotask: 'Autotask',
  halopsa: 'HaloPSA',
};

/** One field a row of a kind may carry. */
export interface FieldSpec {
  field: string;
  /** What the value is and how it is read, for the API's format list and docs/import.md. */
  doc: string;
}

/** A set of fields of which a file must have at least one column (one field: that column). */
export interface Requirement {
  anyOf: string[];
  /** Said when none of the columns is in the header. */
  why: string;
}

export interface KindSpec {
  fields: FieldSpec[];
  required: Requirement[];
}

const CLIENT_OF_ROW: FieldSpec[] = [
  { field: 'clientId', doc: 'The client’s id in the same export (as imported with the clients file); matched first.' },
  { field: 'client', doc: 'The client’s name, when there is no id (matched ignoring case).' },
];
const NEEDS_CLIENT: Requirement = { anyOf: ['clientId', 'client'], why: 'a row must name its client, by id or by name' };
const NAME_PARTS: FieldSpec[] = [
  { field: 'name', doc: 'Full name.' },
  { field: 'firstName', doc: 'First name (joined with the last name when there is no full name).' },
  { field: 'lastName', doc: 'Last name.' },
];
const NEEDS_NAME: Requirement = { anyOf: ['name', 'firstName', 'lastName'], why: 'a person needs a name, whole or as first and last name' };
const ADDRESS: FieldSpec[] = [
  { field: 'address1', doc: 'First address line.' },
  { field: 'address2', doc: 'Second address line.' },
  { field: 'city', doc: 'City or town.' },
  { field: 'region', doc: 'State, county or region.' },
  { field: 'postcode', doc: 'Postcode or ZIP code.' },
  { field: 'country', doc: 'Country, by name or ISO code; part of the address.' },
];

export const KIND_SPECS: Record<ImportKind, KindSpec> = {
  clients: {
    fields: [
      { field: 'externalId', doc: 'The client’s id in the system it comes from: an import of the same export finds it again.' },
      { field: 'name', doc: 'The client’s name; without an id, an existing client of the same name (ignoring case) is updated.' },
      { field: 'timeZone', doc: 'IANA time zone (Europe/London). Left out: the country’s, when it has one zone; else the default given with the upload.' },
      { field: 'country', doc: 'Country by English name or ISO 3166-1 code (United Kingdom, GB, UK): national phone numbers of its contacts are read in it.' },
      { field: 'industry', doc: 'Industry or market.' },
    ],
    required: [{ anyOf: ['name'], why: 'a client needs a name' }],
  },
  sites: {
    fields: [
      { field: 'externalId', doc: 'The site’s id in the system it comes from.' },
      ...CLIENT_OF_ROW,
      { field: 'name', doc: 'The site’s name; without an id, the client’s site of the same name is updated.' },
      ...ADDRESS,
      { field: 'timeZone', doc: 'IANA time zone; left out, the client’s.' },
    ],
    required: [NEEDS_CLIENT, { anyOf: ['name'], why: 'a site needs a name' }],
  },
  contacts: {
    fields: [
      { field: 'externalId', doc: 'The contact’s id in the system it comes from.' },
      ...CLIENT_OF_ROW,
      { field: 'site', doc: 'The name of the client’s site the contact works at (imported with the sites file).' },
      ...NAME_PARTS,
      { field: 'title', doc: 'Job title.' },
      { field: 'email', doc: 'Email address; without an id, the client’s contact with this address is updated.' },
      { field: 'email2', doc: 'A second email address.' },
      { field: 'phone', doc: 'Work phone, international or national in the client’s country; stored in E.164 with any extension.' },
      { field: 'mobile', doc: 'Mobile phone, read the same way.' },
      { field: 'vip', doc: 'yes/no, true/false, 1/0.' },
      { field: 'workLocation', doc: 'site or home; left out, site when a site is named, else home.' },
    ],
    required: [NEEDS_CLIENT, NEEDS_NAME],
  },
  staff: {
    fields: [
      { field: 'externalId', doc: 'The person’s id in the system they come from.' },
      { field: 'email', doc: 'Sign-in email address; an existing staff account with it is updated.' },
      ...NAME_PARTS,
      { field: 'role', doc: 'owner, admin, service manager or technician (other role names read as technician); left out, technician.' },
      { field: 'tier', doc: 'Support tier 1, 2 or 3.' },
      { field: 'team', doc: 'The name of an existing team.' },
    ],
    required: [{ anyOf: ['email'], why: 'a staff account needs its sign-in email' }, NEEDS_NAME],
  },
  tickets: {
    fields: [
      { field: 'externalId', doc: 'The ticket’s number in the system it comes from; kept on the ticket as a tag (connectwise:4711).' },
      ...CLIENT_OF_ROW,
      { field: 'contactEmail', doc: 'The requester’s email (a contact of the client).' },
      { field: 'contact', doc: 'The requester’s name, when there is no email.' },
      { field: 'site', doc: 'The name of the client’s site.' },
      { field: 'subject', doc: 'Summary line.' },
      { field: 'description', doc: 'The request as written.' },
      { field: 'priority', doc: 'P1–P4, 1–4, Priority 1 – Emergency, Critical/High/Medium/Low; left out, P3.' },
      { field: 'status', doc: 'New, open, in progress, waiting on the client or a vendor; closed, resolved or cancelled tickets are skipped.' },
      { field: 'openedAt', doc: 'When it was opened there; written into the description.' },
    ],
    required: [{ anyOf: ['externalId'], why: 'tickets are matched by their number in the old system' }, NEEDS_CLIENT, { anyOf: ['subject'], why: 'a ticket needs a subject' }],
  },
};

export function isKind(value: string): value is ImportKind {
  return (KINDS as readonly string[]).includes(value);
}

export function isFormat(value: string): value is ImportFormat {
  return (FORMATS as readonly string[]).includes(value);
}
