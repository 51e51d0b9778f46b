import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../platform/http/common.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
/** Lists leave archived records out unless asked. */
export const IncludeArchived = Type.Boolean({ default: false, description: 'Also list archived records (hidden by default).' });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const TimeZone = Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. America/Chicago.' });

const ArchivedAt = Nullable(Type.String({ description: 'When it was archived (hidden from lists and caller search, refused for new tickets); null while active.' }));

export const Organization = Type.Object(
  { id: Type.String(), name: Type.String(), slug: Type.String(), industry: Type.String(), timeZone: Type.String(), accountManagerId: Type.Optional(Nullable(Type.String())), createdAt: Type.String(), archivedAt: ArchivedAt },
  { $id: 'Organization' },
);
export const CreateOrganizationBody = Type.Object(
  { name: Name, industry: Type.Optional(Type.String({ maxLength: 100 })), timeZone: TimeZone, slug: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,59}$' })) },
  { additionalProperties: false },
);
export const UpdateOrganizationBody = Type.Object(
  {
    name: Type.Optional(Name),
    industry: Type.Optional(Type.String({ maxLength: 100 })),
    timeZone: Type.Optional(TimeZone),
    accountManagerId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'The MSP staff member who manages the account; an escalation step can page them.' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const Site = Type.Object(
  { id: Type.String(), organizationId: Type.String(), name: Type.String(), address: Type.String(), timeZone: Type.String(), createdAt: Type.String(), archivedAt: ArchivedAt },
  { $id: 'Site' },
);
export const CreateSiteBody = Type.Object(
  { organizationId: Id, name: Name, address: Type.Optional(Type.String({ maxLength: 500 })), timeZone: Type.Optional(TimeZone) },
  { additionalProperties: false },
);
export const UpdateSiteBody = Type.Object(
  { name: Type.Optional(Name), address: Type.Optional(Type.String({ maxLength: 500 })), timeZone: Type.Optional(TimeZone) },
  { additionalProperties: false, minProperties: 1 },
);

const Phone = Type.Object(
  { number: Type.String({ pattern: '^\\+?[0-9 ()\\-.]{3,32}$' }), label: Type.Optional(Type.String({ maxLength: 30 })) },
  { additionalProperties: false },
);
const Email = Type.String({ format: 'email', maxLength: 254 });

export const Contact = Type.Object(
  {
    id: Type.String(),
    organizationId: Type.String(),
    siteId: Nullable(Type.String()),
    name: Type.String(),
    title: Type.String(),
    workLocation: Type.Union([Type.Literal('site'), Type.Literal('home')]),
    vip: Type.Boolean(),
    emails: Type.Array(Type.String()),
    phones: Type.Array(Type.Object({ number: Type.String(), label: Type.String() })),
    createdAt: Type.String(),
    archivedAt: ArchivedAt,
  },
  { $id: 'Contact' },
);
export const CreateContactBody = Type.Object(
  {
    organizationId: Id,
    siteId: Type.Optional(Nullable(Id)),
    name: Name,
    title: Type.Optional(Type.String({ maxLength: 200 })),
    workLocation: Type.Optional(Type.Union([Type.Literal('site'), Type.Literal('home')])),
    vip: Type.Optional(Type.Boolean()),
    emails: Type.Optional(Type.Array(Email, { maxItems: 10 })),
    phones: Type.Optional(Type.Array(Phone, { maxItems: 10 })),
  },
  { additionalProperties: false },
);
export type CreateContactBody = Static<typeof CreateContactBody>;
export const UpdateContactBody = Type.Object(
  {
    siteId: Type.Optional(Nullable(Id)),
    name: Type.Optional(Name),
    title: Type.Optional(Type.String({ maxLength: 200 })),
    workLocation: Type.Optional(Type.Union([Type.Literal('site'), Type.Literal('home')])),
    vip: Type.Optional(Type.Boolean()),
    emails: Type.Optional(Type.Array(Email, { maxItems: 10 })),
    phones: Type.Optional(Type.Array(Phone, { maxItems: 10 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateContactBody = Static<typeof UpdateContactBody>;

export const ContactQuery = Type.Object(
  {
    ...PageQuery,
    organizationId: Type.Optional(Id),
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name.' })),
    phone: Type.Optional(Type.String({ maxLength: 40, description: 'A phone number in any format; matched on its digits.' })),
    email: Type.Optional(Type.String({ maxLength: 254 })),
    includeArchived: Type.Optional(IncludeArchived),
  },
  { additionalProperties: false },
);
