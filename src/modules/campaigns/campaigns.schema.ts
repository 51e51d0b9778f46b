/** TypeBox schemas of rollout campaigns: requests, answers, and the OpenAPI document's source. */
import { Type } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Instant = Type.String({ format: 'date-time' });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const WorkType = Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9_-]+$', description: 'A billing work type key of the contract’s terms (`support`, `project` …); left out: `support`.' });
const Location = Type.Union([Type.Literal('home'), Type.Literal('site')], { description: '`home`: works from home. `site`: at one of the client’s sites.' });
const State = Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('blocked'), Type.Literal('not_needed')], { description: '`open`, `done`, `blocked` (the note says by what) or `not_needed`.' });

const Classification = Type.Union([Type.Literal('billable'), Type.Literal('covered'), Type.Literal('non_billable'), Type.Literal('goodwill')]);

const Step = Type.Object({ position: Type.Integer({ description: '1, 2, 3 … in order.' }), title: Type.String(), workType: Nullable(Type.String()) });

export const CampaignTemplate = Type.Object(
  { id: Type.String(), name: Type.String(), organizationId: Nullable(Type.String({ description: 'One client’s template; null: every client’s.' })), createdAt: Instant, steps: Type.Array(Step) },
  { $id: 'CampaignTemplate' },
);

export const CreateTemplateBody = Type.Object(
  {
    name: Name,
    organizationId: Type.Optional({ ...Id, description: 'Only for this client; left out: for every client.' }),
    steps: Type.Array(Type.Object({ title: Name, workType: Type.Optional(WorkType) }, { additionalProperties: false }), { minItems: 1, maxItems: 30 }),
  },
  { additionalProperties: false },
);

export const TemplateQuery = Type.Object({ organizationId: Type.Optional({ ...Id, description: 'The templates this client may use: global ones and its own.' }) }, { additionalProperties: false });

export const CreateCampaignBody = Type.Object(
  { organizationId: Id, templateId: Id, name: Name, dueOn: Type.String({ format: 'date', description: 'The day everyone should be done, YYYY-MM-DD.' }) },
  { additionalProperties: false },
);

const Counts = {
  open: Type.Integer(),
  done: Type.Integer(),
  blocked: Type.Integer(),
  notNeeded: Type.Integer(),
  finished: Type.Integer({ description: 'Done or not needed.' }),
  total: Type.Integer(),
  percent: Type.Integer({ description: 'Finished of total, whole percent rounded down: 100 only when every step is finished.' }),
};

export const Campaign = Type.Object(
  {
    id: Type.String(),
    organizationId: Type.String(),
    templateId: Type.String(),
    name: Type.String(),
    dueOn: Type.String({ format: 'date' }),
    createdBy: Nullable(Type.String()),
    createdAt: Instant,
    people: Type.Integer({ description: 'People in the campaign (one checklist each).' }),
    progress: Type.Object(Counts, { description: 'Every step of every checklist.' }),
    steps: Type.Array(Type.Object({ position: Type.Integer(), title: Type.String(), workType: Nullable(Type.String()), ...Counts }), { description: 'How many people are at each state of each step.' }),
    technicians: Type.Array(Type.Object({ assigneeId: Nullable(Type.String()), name: Type.String(), ...Counts }), { description: 'Per technician (null: unassigned); empty for a client.' }),
    blockers: Type.Array(Type.Object({ personId: Type.String(), personName: Type.String(), position: Type.Integer(), stepTitle: Type.String(), note: Type.String(), since: Instant })),
  },
  { $id: 'Campaign' },
);

export const CampaignQuery = Type.Object({ organizationId: Type.Optional(Id) }, { additionalProperties: false });

export const ImportPeopleBody = Type.Object(
  {
    csv: Type.String({ minLength: 1, maxLength: 2_000_000, description: 'The file’s text. First line: the columns, any of name, email, phone, site (a site’s name, or `home`; `location` is another name for it), notes; name required. Comma, semicolon or tab separated.' }),
    apply: Type.Optional(Type.Boolean({ default: false, description: '`false`: only say what each row would do and what is wrong. `true`: import the valid rows; invalid ones stay listed.' })),
  },
  { additionalProperties: false },
);

export const ImportPeopleAnswer = Type.Object(
  {
    applied: Type.Boolean(),
    added: Type.Integer({ description: 'People added to the campaign (0 in a preview).' }),
    rows: Type.Array(Type.Object({
      row: Type.Integer(),
      name: Type.String(),
      email: Type.String(),
      action: Type.Union([Type.Literal('match_contact'), Type.Literal('create_contact'), Type.Literal('already_in_campaign')]),
      contactId: Nullable(Type.String()),
      location: Location,
      siteName: Nullable(Type.String()),
    })),
    problems: Type.Array(Type.Object({ row: Type.Integer({ description: 'The line, the header being 1.' }), column: Type.String(), code: Type.String(), message: Type.String() })),
  },
  { title: 'CampaignPeopleImport' },
);

export const CampaignPerson = Type.Object(
  {
    id: Type.String(),
    contactId: Type.String(),
    name: Type.String(),
    email: Type.String(),
    location: Location,
    siteName: Nullable(Type.String()),
    notes: Type.String(),
    assigneeId: Nullable(Type.String()),
    assigneeName: Nullable(Type.String()),
    status: Type.Union([Type.Literal('complete'), Type.Literal('blocked'), Type.Literal('in_progress'), Type.Literal('not_started')]),
    ticketId: Nullable(Type.String({ description: 'The ticket the person’s campaign time is logged on; null until time is logged.' })),
    time: Type.Object({
      minutes: Type.Integer({ description: 'Minutes logged on the person’s ticket.' }),
      byClassification: Type.Array(Type.Object({ classification: Classification, minutes: Type.Integer(), valueMinor: Type.Integer(), currency: Type.String() })),
      reason: Nullable(Type.String({ description: 'Why the latest entry was classified so, e.g. "home worker; contract covers premises only".' })),
    }, { description: 'The time logged for this person, by classification (billing’s).' }),
    steps: Type.Array(Type.Object({
      position: Type.Integer(),
      state: State,
      note: Type.String(),
      updatedAt: Instant,
      coverage: Type.Union([Type.Literal('covered'), Type.Literal('chargeable')], { description: 'Whether the client’s contract covers the step’s work for this person.' }),
      reason: Type.String({ description: 'Why, e.g. "home worker; contract covers premises only".' }),
    })),
  },
  { $id: 'CampaignPerson' },
);

export const AssignBody = Type.Object(
  {
    assigneeId: Nullable({ ...Id, description: 'The technician; null: unassign.' }),
    personIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 5000, description: 'These people; left out: everyone matching `filter`.' })),
    filter: Type.Optional(Type.Object(
      { location: Type.Optional(Location), unassigned: Type.Optional(Type.Boolean({ description: 'Only people nobody has yet.' })), assigneeId: Type.Optional({ ...Id, description: 'Only this technician’s people.' }) },
      { additionalProperties: false },
    )),
  },
  { additionalProperties: false },
);

export const MarkStepBody = Type.Object(
  { position: Type.Integer({ minimum: 1, maximum: 1000 }), state: State, note: Type.Optional(Type.String({ maxLength: 2000, description: 'Required when blocked: what blocks it.' })) },
  { additionalProperties: false },
);

export const ChecklistStep = Type.Object({ personId: Type.String(), position: Type.Integer(), state: State, note: Type.String(), updatedBy: Nullable(Type.String()), updatedAt: Instant }, { title: 'CampaignChecklistStep' });

export const LogPersonTimeBody = Type.Object(
  {
    minutes: Type.Integer({ minimum: 1, maximum: 1440, description: 'Minutes worked, at most a day per entry.' }),
    workType: Type.Optional({ ...WorkType, description: 'Left out: the step’s work type, else `support`.' }),
    position: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'The checklist step the work was for.' })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    startedAt: Type.Optional({ ...Instant, description: 'When the work started; left out: it ended now.' }),
  },
  { additionalProperties: false },
);

export const PersonTimeAnswer = Type.Object(
  { ticketId: Type.String({ description: 'The person’s ticket the time was logged on (opened with the first time).' }), entry: Type.Ref('TimeEntry') },
  { title: 'CampaignPersonTime' },
);
