/**
 * Which column of a file holds which field, per layout: Switchboard's own column names, and the
 * column names of ConnectWise PSA, Autotask and HaloPSA exports (their list views and import
 * templates). Headers match ignoring case, spaces and punctuation ("E-mail Address" is "email
 * address"); the first name listed that the header has wins; other columns are ignored.
 */
import { AppError } from '../../platform/errors.js';
import { FORMAT_NAMES, KIND_SPECS, type ImportFormat, type ImportKind } from './import-kinds.js';

type KindColumns = Partial<Record<string, string[]>>;
type FormatColumns = Record<ImportKind, KindColumns>;

const SWITCHBOARD: FormatColumns = {
  clients: { externalId: ['External ID'], name: ['Name', 'Client'], timeZone: ['Time zone'], country: ['Country'], industry: ['Industry'] },
  sites: {
    externalId: ['External ID'],
    clientId: ['Client external ID'],
    client: ['Client'],
    name: ['Name', 'Site'],
    address1: ['Address 1', 'Address'],
    address2: ['Address 2'],
    city: ['City'],
    region: ['Region', 'State', 'County'],
    postcode: ['Postcode', 'ZIP'],
    country: ['Country'],
    timeZone: ['Time zone'],
  },
  contacts: {
    externalId: ['External ID'],
    clientId: ['Client external ID'],
    client: ['Client'],
    site: ['Site'],
    name: ['Name'],
    firstName: ['First name'],
    lastName: ['Last name'],
    title: ['Title', 'Job title'],
    email: ['Email'],
    email2: ['Email 2'],
    phone: ['Phone'],
    mobile: ['Mobile'],
    vip: ['VIP'],
    workLocation: ['Works from', 'Work location'],
  },
  staff: { externalId: ['External ID'], email: ['Email'], name: ['Name'], firstName: ['First name'], lastName: ['Last name'], role: ['Role'], tier: ['Tier'], team: ['Team'] },
  tickets: {
    externalId: ['External ID', 'Number'],
    clientId: ['Client external ID'],
    client: ['Client'],
    contactEmail: ['Contact email'],
    contact: ['Contact'],
    site: ['Site'],
    subject: ['Subject'],
    description: ['Description'],
    priority: ['Priority'],
    status: ['Status'],
    openedAt: ['Opened'],
  },
};

const CONNECTWISE: FormatColumns = {
  clients: { externalId: ['Company ID', 'Company RecID'], name: ['Company Name', 'Company'], country: ['Country'], industry: ['Market'] },
  sites: {
    externalId: ['Site RecID', 'Site ID'],
    clientId: ['Company ID'],
    client: ['Company Name', 'Company'],
    name: ['Site Name', 'Site'],
    address1: ['Address Line 1'],
    address2: ['Address Line 2'],
    city: ['City'],
    region: ['State'],
    postcode: ['Zip'],
    country: ['Country'],
  },
  contacts: {
    externalId: ['Contact RecID', 'Contact ID'],
    clientId: ['Company ID'],
    client: ['Company Name', 'Company'],
    site: ['Site', 'Site Name'],
    name: ['Contact Name'],
    firstName: ['First Name'],
    lastName: ['Last Name'],
    title: ['Title'],
    email: ['Email', 'Default Email', 'Email Address'],
    phone: ['Direct', 'Phone', 'Default Phone'],
    mobile: ['Mobile', 'Cell'],
  },
  staff: { externalId: ['Member ID', 'Member RecID'], email: ['Email Address', 'Email'], firstName: ['First Name'], lastName: ['Last Name'], role: ['Security Role', 'Role'] },
  tickets: {
    externalId: ['Ticket #', 'Ticket Number', 'Ticket ID'],
    clientId: ['Company ID'],
    client: ['Company Name', 'Company'],
    contactEmail: ['Contact Email', 'Email Address'],
    contact: ['Contact', 'Contact Name'],
    site: ['Site', 'Site Name'],
    subject: ['Summary', 'Summary Description'],
    description: ['Initial Description', 'Description'],
    priority: ['Priority'],
    status: ['Status'],
    openedAt: ['Date Entered', 'Entered'],
  },
};

const AUTOTASK: FormatColumns = {
  clients: { externalId: ['Organization ID', 'Account ID'], name: ['Organization Name', 'Account Name', 'Name'], country: ['Country'], industry: ['Market Segment', 'Classification'] },
  sites: {
    externalId: ['Location ID'],
    clientId: ['Organization ID', 'Account ID'],
    client: ['Organization Name', 'Account Name', 'Organization'],
    name: ['Location Name', 'Name'],
    address1: ['Address 1'],
    address2: ['Address 2'],
    city: ['City'],
    region: ['State'],
    postcode: ['Zip Code', 'Postal Code'],
    country: ['Country'],
  },
  contacts: {
    externalId: ['Contact ID'],
    clientId: ['Organization ID', 'Account ID'],
    client: ['Organization Name', 'Account Name', 'Organization'],
    site: ['Location Name', 'Location'],
    firstName: ['First Name'],
    lastName: ['Last Name'],
    title: ['Title'],
    email: ['Email Address', 'Email'],
    email2: ['Email Address 2'],
    phone: ['Phone'],
    mobile: ['Mobile Phone'],
  },
  staff: { externalId: ['Resource ID'], email: ['Email', 'Email Address'], firstName: ['First Name'], lastName: ['Last Name'], role: ['Security Level'] },
  tickets: {
    externalId: ['Ticket Number'],
    clientId: ['Organization ID', 'Account ID'],
    client: ['Organization Name', 'Organization', 'Account Name', 'Account'],
    contactEmail: ['Contact Email'],
    contact: ['Contact', 'Contact Name'],
    site: ['Location'],
    subject: ['Title'],
    description: ['Description'],
    priority: ['Priority'],
    status: ['Status'],
    openedAt: ['Create Date', 'Created'],
  },
};

const HALOPSA: FormatColumns = {
  clients: { externalId: ['Client ID'], name: ['Client Name', 'Name'], country: ['Country'], industry: ['Industry'] },
  sites: {
    externalId: ['Site ID'],
    clientId: ['Client ID'],
    client: ['Client Name', 'Client'],
    name: ['Site Name', 'Name'],
    address1: ['Address Line 1'],
    address2: ['Address Line 2'],
    city: ['Address Line 3', 'City', 'Town'],
    region: ['Address Line 4', 'County', 'State'],
    postcode: ['Postcode', 'Post Code'],
    country: ['Country'],
  },
  contacts: {
    externalId: ['User ID'],
    clientId: ['Client ID'],
    client: ['Client Name', 'Client'],
    site: ['Site Name', 'Site'],
    name: ['Name', 'User Name'],
    firstName: ['First Name', 'Firstname'],
    lastName: ['Surname', 'Last Name'],
    title: ['Job Title'],
    email: ['Email Address', 'Email'],
    email2: ['Email Address 2'],
    phone: ['Phone Number', 'Telephone'],
    mobile: ['Mobile Number', 'Mobile'],
    vip: ['VIP'],
  },
  staff: { externalId: ['Agent ID'], email: ['Email Address', 'Email'], name: ['Name', 'Agent Name'], role: ['Role'], team: ['Team', 'Default Team'] },
  tickets: {
    externalId: ['Ticket ID', 'Request ID'],
    clientId: ['Client ID'],
    client: ['Client Name', 'Client'],
    contactEmail: ['User Email', 'Email Address'],
    contact: ['User Name', 'User'],
    site: ['Site Name', 'Site'],
    subject: ['Summary'],
    description: ['Details'],
    priority: ['Priority'],
    status: ['Status'],
    openedAt: ['Date Logged', 'Date Opened'],
  },
};

/** Every layout's column names, by kind and field. */
export const COLUMN_MAPS: Record<ImportFormat, FormatColumns> = { switchboard: SWITCHBOARD, connectwise: CONNECTWISE, autotask: AUTOTASK, halopsa: HALOPSA };

/** A header as matched: lower case, letters and digits only ("Ticket #" stays apart from "Ticket"). */
export function headerKey(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/#/g, 'number').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** How a file's header maps to fields. */
export interface ColumnPlan {
  /** The column index of each field the file has. */
  index: Record<string, number>;
  /** Each column read, with the field it fills. */
  used: { column: string; field: string }[];
  /** Columns no field reads. */
  ignored: string[];
}

/**
 * Maps a header row to the fields of `kind` in `format`. A header without a column that a kind
 * requires is refused as a whole (422 missing_column), naming the column names that would do.
 */
export function planColumns(header: string[], format: ImportFormat, kind: ImportKind): ColumnPlan {
  const keys = header.map(headerKey);
  const names = COLUMN_MAPS[format][kind];
  const index: Record<string, number> = {};
  for (const { field } of KIND_SPECS[kind].fields) {
    for (const name of names[field] ?? []) {
      const at = keys.indexOf(headerKey(name));
      if (at >= 0 && !Object.values(index).includes(at)) {
        index[field] = at;
        break;
      }
    }
  }
  for (const requirement of KIND_SPECS[kind].required) {
    if (requirement.anyOf.some((field) => field in index)) continue;
    const wanted = requirement.anyOf.flatMap((field) => names[field] ?? []);
    throw new AppError('missing_column', `This ${FORMAT_NAMES[format]} ${kind} file has no ${wanted.map((w) => `“${w}”`).join(' or ')} column: ${requirement.why}.`, {
      status: 422,
      field: '/header',
      details: { columns: wanted, header },
    });
  }
  const byIndex = new Map(Object.entries(index).map(([field, at]) => [at, field]));
  return {
    index,
    used: [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([at, field]) => ({ column: header[at], field })),
    ignored: header.filter((_, at) => !byIndex.has(at) && header[at].trim() !== ''),
  };
}

/** The values of a row by field, trimmed; cells past the row's end read as empty. */
export function rowValues(cells: string[], plan: ColumnPlan): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [field, at] of Object.entries(plan.index)) values[field] = (cells[at] ?? '').trim();
  return values;
}

/** The column a field was read from, as the file names it (for messages about a row). */
export function columnOf(plan: ColumnPlan, field: string): string | null {
  return plan.used.find((u) => u.field === field)?.column ?? null;
}
