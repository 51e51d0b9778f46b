/** TypeBox schemas of the assets module: requests, answers, and the OpenAPI document's source. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../platform/http/common.js';
import { ASSET_KINDS } from './asset.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Instant = Type.String({ format: 'date-time' });
const KindT = Type.Union(ASSET_KINDS.map((k) => Type.Literal(k)), { description: 'What the asset is. `circuit`: a connectivity circuit, with its ISP, circuit id and the ISP’s support number.' });
const Tag = Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' });
const Text = (max: number, description?: string) => Type.String({ maxLength: max, ...(description ? { description } : {}) });

const settings = {
  kind: KindT,
  name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  serial: Type.Optional(Text(100)),
  model: Type.Optional(Text(200)),
  siteId: Type.Optional(Nullable({ ...Id, description: 'One of the client’s sites.' })),
  contactId: Type.Optional(Nullable({ ...Id, description: 'The person (a contact of the client) who uses it.' })),
  tags: Type.Optional(Type.Array(Tag, { maxItems: 20, description: 'Stored lower-case, without repeats.' })),
  notes: Type.Optional(Text(5000, 'Staff only: a client never reads them.')),
  isp: Type.Optional(Text(200, 'Circuits: the internet service provider.')),
  circuitId: Type.Optional(Text(100, 'Circuits: the ISP’s id of the circuit.')),
  ispSupportPhone: Type.Optional(Text(40, 'Circuits: the ISP’s support number to call with the circuit id.')),
};

/** A new asset (staff). */
export const CreateAssetBody = Type.Object({ organizationId: Id, ...settings }, { additionalProperties: false });
export type CreateAssetBody = Static<typeof CreateAssetBody>;

/** A change to an asset: any of its settings, `archived`, and optionally the version it was made on. */
export const UpdateAssetBody = Type.Object(
  {
    version: Type.Optional(Type.Integer({ minimum: 1, description: 'The version the change was made on: when given and the asset changed since, 409 version_conflict.' })),
    kind: Type.Optional(settings.kind),
    name: Type.Optional(settings.name),
    serial: settings.serial,
    model: settings.model,
    siteId: settings.siteId,
    contactId: settings.contactId,
    tags: settings.tags,
    notes: settings.notes,
    isp: settings.isp,
    circuitId: settings.circuitId,
    ispSupportPhone: settings.ispSupportPhone,
    archived: Type.Optional(Type.Boolean({ description: 'Archived assets are kept (and stay on the tickets they were attached to) but are not listed, searched or shown to clients.' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateAssetBody = Static<typeof UpdateAssetBody>;

/** An asset. A client reads its own (a client user: theirs), without the staff-only notes, tags and the RMM's ids. */
export const Asset = Type.Object(
  {
    id: Type.String(),
    organizationId: Type.String(),
    siteId: Nullable(Type.String()),
    contactId: Nullable(Type.String()),
    kind: KindT,
    name: Type.String(),
    serial: Type.String(),
    model: Type.String(),
    tags: Type.Optional(Type.Array(Type.String(), { description: 'Staff only: left out for clients.' })),
    notes: Type.Optional(Type.String({ description: 'Staff only: left out for clients.' })),
    isp: Type.String(),
    circuitId: Type.String(),
    ispSupportPhone: Type.String(),
    feedId: Type.Optional(Nullable(Type.String({ description: 'The RMM feed that pushed it. Staff only: left out for clients.' }))),
    externalId: Type.Optional(Nullable(Type.String({ description: 'The RMM’s id of it. Staff only: left out for clients.' }))),
    archivedAt: Nullable(Instant),
    version: Type.Integer(),
    createdAt: Instant,
    updatedAt: Instant,
  },
  { $id: 'Asset' },
);

/** The filters and search of the asset list. */
export const AssetListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words that must all start a word of the name, serial, model, person or circuit, e.g. the first characters of a serial.' })),
    organizationId: Type.Optional(Id),
    contactId: Type.Optional({ ...Id, description: 'The person’s assets (the phone flow’s “which laptop?”).' }),
    siteId: Type.Optional(Id),
    kind: Type.Optional(KindT),
    archived: Type.Optional(Type.Boolean({ description: 'Staff: archived assets instead of live ones.' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);

/** Attach an asset to a ticket, or detach it. */
export const AssetLinkBody = Type.Object(
  { assetId: Id, linked: Type.Optional(Type.Boolean({ default: true, description: '`false` detaches it.' })) },
  { additionalProperties: false },
);

/** An asset attached to a ticket. */
export const TicketAsset = Type.Object(
  { asset: Type.Ref('Asset'), linkedBy: Nullable(Type.String()), linkedAt: Instant },
  { $id: 'TicketAsset' },
);

/** A ticket an asset is attached to. */
export const AssetTicket = Type.Object(
  { id: Type.String(), number: Type.String({ description: 'As people read it, e.g. SB-1042.' }), subject: Type.String(), status: Type.String() },
  { $id: 'AssetTicket' },
);

/** A CSV of one client's assets, previewed or applied. */
export const ImportAssetsBody = Type.Object(
  {
    organizationId: Id,
    csv: Type.String({ minLength: 1, maxLength: 2_000_000, description: 'The file’s text. First line: the columns, any of kind, name, serial, model, site (its name), person (email or full name), tags (separated by ; , or |), notes, isp, circuit_id, isp_support_phone; kind and name required. Comma, semicolon or tab separated.' }),
    apply: Type.Optional(Type.Boolean({ default: false, description: '`false`: only say what each row would do and what is wrong. `true`: write every row, only when no row has a problem.' })),
  },
  { additionalProperties: false },
);

export const ImportAssetsAnswer = Type.Object(
  {
    applied: Type.Boolean(),
    rows: Type.Array(Type.Object({ row: Type.Integer(), action: Type.Union([Type.Literal('create'), Type.Literal('update')]), assetId: Type.String(), name: Type.String(), serial: Type.String() })),
    problems: Type.Array(Type.Object({ row: Type.Integer(), column: Type.String(), code: Type.String(), message: Type.String() })),
  },
  { title: 'AssetImport' },
);

/** A new RMM feed (owner/admin). */
export const CreateAssetFeedBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }), organizationId: Id }, { additionalProperties: false });

export const AssetFeed = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    organizationId: Type.String(),
    tokenPrefix: Type.String({ description: 'The start of its token, to tell tokens apart.' }),
    path: Type.String({ description: 'Where the RMM POSTs, with `Authorization: Bearer <token>`.' }),
    lastPushAt: Nullable(Instant),
    revokedAt: Nullable({ ...Instant, description: 'When it was revoked: its token pushes nothing since.' }),
    createdAt: Instant,
  },
  { $id: 'AssetFeed' },
);

/** The feeds list's filter. */
export const AssetFeedQuery = Type.Object({ organizationId: Type.Optional({ ...Id, description: 'One client’s feeds.' }) }, { additionalProperties: false });

/** What an RMM pushes: up to 1,000 assets, each with the RMM's own id. */
export const PushAssetsBody = Type.Object(
  {
    assets: Type.Array(
      Type.Object(
        {
          externalId: Type.String({ minLength: 1, maxLength: 200, description: 'The RMM’s id: the asset it pushed before with this id is updated.' }),
          kind: settings.kind,
          name: settings.name,
          serial: settings.serial,
          model: settings.model,
          personEmail: Type.Optional(Type.String({ maxLength: 320, description: 'The user’s email; matched to the client’s contacts, else no person.' })),
          tags: settings.tags,
          notes: settings.notes,
          isp: settings.isp,
          circuitId: settings.circuitId,
          ispSupportPhone: settings.ispSupportPhone,
        },
        { additionalProperties: false },
      ),
      { maxItems: 1000 },
    ),
  },
  { additionalProperties: false },
);

export const PushAssetsAnswer = Type.Object(
  { received: Type.Integer(), created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() },
  { title: 'AssetPush' },
);

/** The feed named in a push's path. */
export const FeedParams = Type.Object({ source: Type.String({ minLength: 1, maxLength: 100, description: 'The feed’s id.' }) }, { additionalProperties: false });
