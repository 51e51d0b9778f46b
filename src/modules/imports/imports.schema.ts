/** TypeBox schemas of the imports API (request and response), also the OpenAPI source. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../platform/http/common.js';
import { FORMATS, KINDS } from './import-kinds.js';

const lits = <T extends readonly string[]>(values: T, description: string) => Type.Union(values.map((v) => Type.Literal(v)), { description });

export const KindT = lits(KINDS, 'What the file holds: clients, sites, contacts, staff or tickets (open ones).');
export const FormatT = lits(FORMATS, 'Whose column names the file uses: Switchboard’s own, or a ConnectWise PSA, Autotask or HaloPSA export.');
const Count = Type.Integer({ minimum: 0 });

export const ImportRun = Type.Object(
  {
    id: Type.String(),
    kind: KindT,
    format: FormatT,
    fileName: Type.String(),
    fileBytes: Type.Integer(),
    fileHash: Type.String({ description: 'SHA-256 of the file, hex: the same export uploaded again has the same hash.' }),
    defaultTimeZone: Nullable(Type.String({ description: 'IANA zone given for new clients without one of their own or of their country.' })),
    status: Type.Union([Type.Literal('reading'), Type.Literal('previewed'), Type.Literal('applying'), Type.Literal('interrupted'), Type.Literal('done'), Type.Literal('failed')], {
      description: 'previewed: planned, nothing written yet; applying: being written, chunk by chunk; interrupted: the node applying it stopped (apply again to resume); done; failed: stopped on an error (message), apply again to resume.',
    }),
    rows: Type.Integer({ description: 'Data rows in the file (blank rows left out).' }),
    preview: Type.Object({ create: Count, update: Count, skip: Count, error: Count }, { description: 'What the preview plans for the rows; rows with errors are not imported until fixed.' }),
    applied: Type.Object(
      { created: Count, updated: Count, skipped: Count, failed: Count, done: Count, total: Count },
      { description: 'Progress of applying: rows done of the rows to create or update (total).' },
    ),
    columns: Type.Object(
      {
        used: Type.Array(Type.Object({ column: Type.String(), field: Type.String() }), { description: 'Each column read, and the field it fills.' }),
        ignored: Type.Array(Type.String(), { description: 'Columns no field reads.' }),
      },
      { description: 'How the file’s header was read.' },
    ),
    message: Nullable(Type.String({ description: 'Why applying stopped, when it failed.' })),
    createdBy: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    startedAt: Nullable(Type.String({ format: 'date-time' })),
    finishedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'ImportRun', description: 'An uploaded file: its preview, and how far applying it has come.' },
);
export type ImportRun = Static<typeof ImportRun>;

export const ImportRow = Type.Object(
  {
    row: Type.Integer({ description: 'The row’s number as a spreadsheet shows it (the header is row 1).' }),
    action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('skip'), Type.Literal('error')]),
    reason: Type.String({ description: 'Why: what is new, which fields change and how it matched, why it is skipped, or what is wrong.' }),
    label: Type.String({ description: 'What the row is: a name, an email, a ticket number.' }),
    externalId: Nullable(Type.String()),
    changes: Type.Array(Type.String(), { description: 'The fields an update changes.' }),
    issues: Type.Array(
      Type.Object({
        column: Nullable(Type.String({ description: 'The column as the file names it.' })),
        field: Type.String(),
        code: Type.String(),
        message: Type.String(),
      }),
    ),
    recordId: Nullable(Type.String({ description: 'The record the row matched or made.' })),
    outcome: Nullable(Type.Union([Type.Literal('created'), Type.Literal('updated'), Type.Literal('skipped'), Type.Literal('failed')], { description: 'What applying did; null until the row is applied.' })),
    outcomeReason: Nullable(Type.String()),
  },
  { $id: 'ImportRow' },
);

export const ImportFormats = Type.Object(
  {
    kinds: Type.Array(Type.Object({ kind: KindT, fields: Type.Array(Type.Object({ field: Type.String(), doc: Type.String() })), required: Type.Array(Type.Array(Type.String()), { description: 'Each inner list: the file needs a column of one of these fields.' }) })),
    formats: Type.Array(
      Type.Object({
        format: FormatT,
        name: Type.String(),
        columns: Type.Record(Type.String(), Type.Record(Type.String(), Type.Array(Type.String())), { description: 'By kind, then field: the column names read for it, first found wins.' }),
      }),
    ),
    limitBytes: Type.Integer({ description: 'The largest file an upload may be.' }),
  },
  { $id: 'ImportFormats' },
);

export const UploadQuery = Type.Object(
  {
    kind: KindT,
    format: Type.Optional(Type.Union(FORMATS.map((f) => Type.Literal(f)), { default: 'switchboard', description: 'Whose column names the file uses.' })),
    fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The file’s name, shown in the list of imports.' })),
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone for new clients whose row names none and whose country has several (or none).' })),
  },
  { additionalProperties: false },
);

export const RowsQuery = Type.Object(
  { ...PageQuery, action: Type.Optional(Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('skip'), Type.Literal('error')], { description: 'Only rows planned so.' })) },
  { additionalProperties: false },
);
