/** TypeBox schemas of the vendors module: requests, answers, and the OpenAPI document's source. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { CRITICALITIES } from './vendor.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Instant = Type.String({ format: 'date-time' });

export const CriticalityT = Type.Union(CRITICALITIES.map((c) => Type.Literal(c)), { description: 'How badly the client is hit when the service is down: critical, high, normal or low.' });

const SupportContactT = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    role: Type.Optional(Type.String({ maxLength: 200 })),
    email: Type.Optional(Type.String({ maxLength: 320 })),
    phone: Type.Optional(Type.String({ maxLength: 50 })),
  },
  { additionalProperties: false },
);
const AccountNumberT = Type.Object({ label: Type.String({ maxLength: 200 }), number: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }) }, { additionalProperties: false });
const PortalUrl = Type.String({ maxLength: 2000, description: 'The vendor’s support portal (http or https), or empty.' });
const Steps = Type.Array(Type.String({ maxLength: 500 }), { maxItems: 50, description: 'The workaround checklist, one step each; an incident’s child ticket for the client starts from it.' });

const vendorSettings = {
  name: Name,
  portalUrl: Type.Optional(PortalUrl),
  supportContacts: Type.Optional(Type.Array(SupportContactT, { maxItems: 50 })),
  accountNumbers: Type.Optional(Type.Array(AccountNumberT, { maxItems: 100 })),
  notes: Type.Optional(Type.String({ maxLength: 10_000 })),
};
export const CreateVendorBody = Type.Object(vendorSettings, { additionalProperties: false });
export type CreateVendorBody = Static<typeof CreateVendorBody>;
export const UpdateVendorBody = Type.Object({ ...vendorSettings, name: Type.Optional(Name) }, { additionalProperties: false, minProperties: 1 });
export type UpdateVendorBody = Static<typeof UpdateVendorBody>;

const serviceSettings = { name: Name, description: Type.Optional(Type.String({ maxLength: 2000 })) };
export const CreateServiceBody = Type.Object(serviceSettings, { additionalProperties: false });
export type CreateServiceBody = Static<typeof CreateServiceBody>;
export const UpdateServiceBody = Type.Object({ ...serviceSettings, name: Type.Optional(Name) }, { additionalProperties: false, minProperties: 1 });
export type UpdateServiceBody = Static<typeof UpdateServiceBody>;

const dependencySettings = {
  siteId: Type.Optional(Nullable(Id)),
  purpose: Type.Optional(Type.String({ maxLength: 500, description: 'What the client uses the service for: “line-of-business app”, “email”, “backups”.' })),
  criticality: Type.Optional(CriticalityT),
  fallback: Type.Optional(Type.String({ maxLength: 5000, description: 'The client’s fallback while the service is down (a manual process, a backup system).' })),
  workaroundSteps: Type.Optional(Steps),
  notifyContactIds: Type.Optional(
    Type.Array(Id, { maxItems: 50, description: 'The client’s contacts who hear of an incident on this service by email; empty (default): the client’s VIPs, else every contact.' }),
  ),
};
export const CreateDependencyBody = Type.Object({ serviceId: Id, organizationId: Id, ...dependencySettings }, { additionalProperties: false });
export type CreateDependencyBody = Static<typeof CreateDependencyBody>;
export const UpdateDependencyBody = Type.Object(dependencySettings, { additionalProperties: false, minProperties: 1 });
export type UpdateDependencyBody = Static<typeof UpdateDependencyBody>;

export const DependencyQuery = Type.Object(
  {
    serviceId: Type.Optional(Id),
    organizationId: Type.Optional(Id),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Rows per page (1–200).' })),
    cursor: Type.Optional(Type.String({ maxLength: 2000, description: 'The `nextCursor` of the previous page, as it was given.' })),
  },
  { additionalProperties: false },
);

export const VendorService = Type.Object(
  { id: Type.String(), vendorId: Type.String(), name: Type.String(), description: Type.String(), version: Type.Integer(), createdAt: Instant, updatedAt: Instant },
  { $id: 'VendorService' },
);

export const Vendor = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    portalUrl: Type.String(),
    supportContacts: Type.Array(Type.Object({ name: Type.String(), role: Type.String(), email: Type.String(), phone: Type.String() })),
    accountNumbers: Type.Array(Type.Object({ label: Type.String(), number: Type.String() })),
    notes: Type.String(),
    services: Type.Array(Type.Ref('VendorService')),
    version: Type.Integer(),
    createdAt: Instant,
    updatedAt: Instant,
  },
  { $id: 'Vendor' },
);

export const Dependency = Type.Object(
  {
    id: Type.String(),
    serviceId: Type.String(),
    organizationId: Type.String(),
    siteId: Nullable(Type.String()),
    purpose: Type.String(),
    criticality: CriticalityT,
    fallback: Type.String(),
    workaroundSteps: Type.Array(Type.String()),
    notifyContactIds: Type.Array(Type.String()),
    version: Type.Integer(),
    createdAt: Instant,
    updatedAt: Instant,
  },
  { $id: 'Dependency' },
);

export const ImportVendorsBody = Type.Object(
  {
    csv: Type.String({
      minLength: 1,
      maxLength: 2_000_000,
      description:
        'The file’s text. First line: the columns, any of vendor, portal, service, service_description, client (its name), site (its name), purpose, criticality, fallback, ' +
        'workaround_steps (separated by | or ;); vendor required. A row with a client is that client’s dependency on the row’s service. Comma, semicolon or tab separated.',
    }),
    apply: Type.Optional(Type.Boolean({ default: false, description: '`false`: only say what each row would do and what is wrong. `true`: write every row, only when no row has a problem.' })),
  },
  { additionalProperties: false },
);

const RowAction = Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('keep')]);
export const ImportVendorsAnswer = Type.Object(
  {
    applied: Type.Boolean(),
    rows: Type.Array(Type.Object({ row: Type.Integer(), vendor: RowAction, service: Nullable(RowAction), dependency: Nullable(RowAction) })),
    problems: Type.Array(Type.Object({ row: Type.Integer(), column: Type.String(), code: Type.String(), message: Type.String() })),
    counts: Type.Object({ vendors: Type.Integer(), services: Type.Integer(), dependencies: Type.Integer() }, { description: 'Records the file creates.' }),
  },
  { title: 'VendorImport' },
);
