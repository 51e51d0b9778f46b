import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../platform/http/common.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
/** Lists leave archived records out unless asked. */
export const IncludeArchived = Type.Boolean({ default: false, description: 'Also list archived records (hidden by default).' });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const TimeZone = Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. America/Chicago.' });

const PHONE_PATTERN = '^\\+?[0-9 ()\\-./]{3,32}(\\s*(;ext=|[Ee][Xx][Tt](\\.|[Ee][Nn][Ss][Ii][Oo][Nn])?:?|[Xx]|#|,)\\s*[0-9]{1,10})?$';
const MainPhone = Type.String({
  pattern: PHONE_PATTERN,
  description: 'The client’s main number: international or national in the organisation’s country, an extension may follow; stored in E.164. null removes it.',
});
const ArchivedAt = Nullable(Type.String({ description: 'When it was archived (hidden from lists and caller search, refused for new tickets); null while active.' }));

const COUNTRY = 'ISO 3166-1 alpha-2 country (e.g. GB) that national phone numbers of its contacts are read in.';
const Country = (more: string) => Type.String({ pattern: '^[A-Za-z]{2}$', description: `${COUNTRY} ${more}` });

export const Organization = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    slug: Type.String(),
    industry: Type.String(),
    timeZone: Type.String(),
    country: Nullable(Type.String({ description: 'ISO 3166-1 alpha-2; null when none is known (national numbers are then kept as typed).' })),
    mainPhone: Nullable(
      Type.Object(
        { number: Type.String({ description: 'E.164, or digits as typed when the organisation has no country.' }), extension: Type.String({ description: 'Empty when none.' }) },
        { description: 'The client’s main number: the number on file the fraud guard offers to call back when the purported sender has none of their own.' },
      ),
    ),
    accountManagerId: Type.Optional(Nullable(Type.String())),
    createdAt: Type.String(),
    archivedAt: ArchivedAt,
  },
  { $id: 'Organization' },
);
export const CreateOrganizationBody = Type.Object(
  {
    name: Name,
    industry: Type.Optional(Type.String({ maxLength: 100 })),
    timeZone: TimeZone,
    country: Type.Optional(Nullable(Country('Left out: the country of the time zone, when it has one; null: none.'))),
    mainPhone: Type.Optional(Nullable(MainPhone)),
    slug: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,59}$' })),
  },
  { additionalProperties: false },
);
export const UpdateOrganizationBody = Type.Object(
  {
    name: Type.Optional(Name),
    industry: Type.Optional(Type.String({ maxLength: 100 })),
    timeZone: Type.Optional(TimeZone),
    country: Type.Optional(Nullable(Country('Setting one reads the numbers kept as typed in it.'))),
    mainPhone: Type.Optional(Nullable(MainPhone)),
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
  {
    number: Type.String({
      pattern: PHONE_PATTERN,
      description: 'International (+44 113 200 0001, 0044 …) or national in the organisation’s country (0113 200 0001); an extension may follow (ext. 204, x204, #204). Stored in E.164.',
    }),
    label: Type.Optional(Type.String({ maxLength: 30 })),
  },
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
    phones: Type.Array(Type.Object({ number: Type.String({ description: 'E.164, or digits as typed when the organisation has no country.' }), extension: Type.String({ description: 'Empty when none.' }), label: Type.String() })),
    createdAt: Type.String(),
    archivedAt: ArchivedAt,
    match: Type.Optional(
      Type.Object(
        {
          number: Type.String(),
          extension: Type.String(),
          label: Type.String(),
          kind: Type.Union([Type.Literal('exact'), Type.Literal('national'), Type.Literal('trailing')], {
            description: 'exact: the number as typed (international, or the digits on file); national: the number dialled inside its own country (0113 200 0001 for +44 113 200 0001); trailing: the number ends with the digits typed.',
          }),
        },
        { description: 'Only in answers to GET /contacts?phone=: the number on file that matched, and how.' },
      ),
    ),
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
    phone: Type.Optional(Type.String({ maxLength: 40, description: 'A caller’s number in any format: international, national (read in the countries of the client organisations), or at least 4 trailing digits. Each contact found says which number matched and how (`match`).' })),
    email: Type.Optional(Type.String({ maxLength: 254 })),
    includeArchived: Type.Optional(IncludeArchived),
  },
  { additionalProperties: false },
);

export const PhoneCountries = Type.Object(
  {
    items: Type.Array(
      Type.Object({
        code: Type.String({ description: 'ISO 3166-1 alpha-2, as an organisation’s `country`.' }),
        name: Type.String({ description: 'English name.' }),
        callingCode: Type.String({ description: 'Country calling code without the +, e.g. 44.' }),
      }),
      { description: 'Every country an organisation may have (those with phone numbering), by name.' },
    ),
    timeZones: Type.Record(Type.String(), Type.String(), {
      description: 'The country each IANA time zone gives an organisation created without one; zones that give none are left out.',
    }),
  },
  { $id: 'PhoneCountries' },
);
