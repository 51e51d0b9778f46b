/**
 * The shapes the /api/v1 API answers with, by the names the app uses: aliases of the types that
 * `npm run api:types` generates from the OpenAPI document into api-types.ts, so they cannot drift
 * from the server. Only the few views that are the web app's own are written here.
 */
import type { components, paths } from './api-types';

type Schemas = components['schemas'];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body an operation answers with, e.g. `ApiAnswer<'/api/v1/oncall/now', 'get'>`. */
export type ApiAnswer<P extends keyof paths, M extends Method, S extends number = 200> = paths[P][M] extends { responses: infer R } ? (S extends keyof R ? JsonBody<R[S]> : never) : never;

export type Me = Schemas['Me'];
/** A ticket. Client users get it without businessCritical, tier, teamId, tags and fcrOutcome (staff only, so optional here). */
export type Ticket = Schemas['Ticket'];
export type Message = Schemas['Message'];
export type TicketEvent = Schemas['TicketEvent'];
export type Organization = Schemas['Organization'];
export type Site = Schemas['Site'];
export type Contact = Schemas['Contact'];
export type User = Schemas['User'];
export type Team = Schemas['Team'];
export type SavedView = Schemas['SavedView'];
/** Single sign-on: a provider as an administrator sets it up, and a sign-in button. */
export type SsoProvider = Schemas['SsoProvider'];
export type SsoButton = Schemas['SsoButton'];
/** A message the demo provider kept instead of sending (GET /api/v1/demo-outbox). */
export type DemoMessage = Schemas['DemoMessage'];

export type Priority = Ticket['priority'];
export type Status = Ticket['status'];
export type Channel = Ticket['channel'];
export type FcrOutcome = NonNullable<Ticket['fcrOutcome']>;
export type MessageKind = Message['kind'];

export const PRIORITIES: Priority[] = ['P1', 'P2', 'P3', 'P4'];
export const STATUSES: Status[] = ['new', 'open', 'waiting_on_client', 'waiting_on_vendor', 'resolved', 'closed'];
export const OPEN_STATUSES: Status[] = ['new', 'open', 'waiting_on_client', 'waiting_on_vendor'];

/** A page of a list (`GET /tickets`, `/contacts` …): the rows and the cursor of the next page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Vendor incidents: GET /api/v1/incidents (summaries) and /api/v1/incidents/{id} (with its children per client). */
export type IncidentSummary = Schemas['IncidentSummary'];
export type Incident = Schemas['Incident'];
export type IncidentChild = Schemas['IncidentChild'];
export type WorkaroundState = IncidentChild['workaroundState'];
export type IncidentPreview = Schemas['IncidentPreview'];
/** GET /api/v1/suspected-incidents: many clients alerting with one signature at once. */
export type SuspectedIncident = Schemas['SuspectedIncident'];
export type Vendor = Schemas['Vendor'];
export type Dependency = Schemas['Dependency'];

/** A live event from GET /api/v1/stream. */
export type LiveEvent = Schemas['LiveEvent'];

/** GET /api/v1/tickets/{id}/sla: every clock, each explained. Client users get them without contract, policy, calendar names and warnAt (staff only). */
export type TicketSla = Schemas['TicketSla'];
export type SlaClock = TicketSla['clocks'][number];
export type ClockName = SlaClock['clock'];
export type ClockStatus = SlaClock['status'];

/** Escalation ladders: GET /api/v1/tickets/{id}/escalations. */
export type Escalations = ApiAnswer<'/api/v1/tickets/{id}/escalations', 'get'>;
export type Ladder = Schemas['EscalationLadder'];
export type EscalationStep = Ladder['steps'][number];
export type EscalationTarget = EscalationStep['targets'][number];
export type PageSent = Schemas['EscalationPage'];

/**
 * The `after` of an `escalation.step` event: why people were paged. The API types an event's
 * before and after as any JSON (they differ by event type); this is the web's reading of one kind.
 */
export interface StepEventData {
  escalationId: string;
  policy: string;
  step: number;
  round: number;
  requiresAck: boolean;
  delay: string;
  paged: { target: EscalationTarget; reason: string; people: { id: string; name: string }[] }[];
  queued: number;
}

/** On call: GET /api/v1/oncall/now and …/shifts. */
export type OnCallBoard = ApiAnswer<'/api/v1/oncall/now', 'get'>;
export type OnCallPerson = Schemas['OncallPerson'];
export type Handoff = Schemas['OncallHandoff'];
export type Shift = ApiAnswer<'/api/v1/oncall/schedules/{id}/shifts', 'get'>['items'][number];

/** Reports: GET /api/v1/reports/sla and /reports/fcr. */
export type SlaReportRow = ApiAnswer<'/api/v1/reports/sla', 'get'>['items'][number];
export type FcrReportRow = ApiAnswer<'/api/v1/reports/fcr', 'get'>['items'][number];
export type CsatReportRow = ApiAnswer<'/api/v1/reports/csat', 'get'>['items'][number];
export type BacklogReportRow = ApiAnswer<'/api/v1/reports/backlog', 'get'>['items'][number];
export type AfterHoursReportRow = ApiAnswer<'/api/v1/reports/after-hours', 'get'>['items'][number];
export type GoodwillReportRow = ApiAnswer<'/api/v1/reports/goodwill', 'get'>['items'][number];
export type ProfitabilityReportRow = ApiAnswer<'/api/v1/reports/profitability', 'get'>['items'][number];
/** A client's rating of a resolved ticket (GET/PUT /api/v1/tickets/{id}/rating). */
export type TicketRating = ApiAnswer<'/api/v1/tickets/{id}/rating', 'get'>;

/** Mail: a ticket's email (GET /api/v1/tickets/{id}/mail), mailboxes and the triage queue. */
export type TicketMail = ApiAnswer<'/api/v1/tickets/{id}/mail', 'get'>;
export type InboundMail = Schemas['InboundMail'];
export type OutboundMail = Schemas['OutboundMail'];
export type Mailbox = Schemas['Mailbox'];

/** The set-up screens' shapes: escalation policies and their preview, on-call editing, people, tokens, providers. */
type Body<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type EscalationPolicy = Schemas['EscalationPolicy'];
export type EscalationPolicyBody = Body<'/api/v1/escalation-policies', 'post'>;
export type EscalationPreview = Schemas['EscalationPreview'];
export type ContactMethod = Schemas['ContactMethod'];
export type TestPage = Schemas['TestPage'];
export type OncallSchedule = Schemas['OncallSchedule'];
export type OncallLayer = OncallSchedule['layers'][number];
export type OncallOverride = Schemas['OncallOverride'];
export type ScheduleBody = Body<'/api/v1/oncall/schedules', 'post'>;
export type ApiToken = ApiAnswer<'/api/v1/tokens', 'get'>['items'][number];
export type NewApiToken = ApiAnswer<'/api/v1/tokens', 'post', 201>;
export type CreateUserBody = Body<'/api/v1/users', 'post'>;
export type UpdateUserBody = Body<'/api/v1/users/{id}', 'patch'>;
export type ProviderBody = Body<'/api/v1/providers', 'post'>;
/** The settings a kind of provider takes (each kind's schema, generated). */
export type ProviderSettings<K extends ProviderBody['kind']> = NonNullable<Extract<ProviderBody, { kind: K }>['settings']>;

/** Set-up screens: clients with their figures, calendars, SLA policies, contracts and their previews. */
export type ClientOverview = Schemas['ClientOverview'];
/** The countries an organisation may have and the one each time zone gives by default. */
export type PhoneCountries = Schemas['PhoneCountries'];
export type Calendar = Schemas['Calendar'];
export type SlaPolicy = Schemas['SlaPolicy'];
export type Contract = Schemas['Contract'];
export type CoverageWeek = Schemas['CoverageWeek'];
export type SlaTry = Schemas['SlaTry'];
export type HolidayCountry = Schemas['HolidayCountries']['items'][number];
export type WeeklyWindow = Calendar['windows'][number];
export type CalendarException = Calendar['exceptions'][number];
export type CoverageRule = Contract['coverage'][number];
export type PolicyTargets = SlaPolicy['targets'];
/** One target: covered minutes, or business days ({ businessDays, dueAt }). */
export type PolicyTarget = PolicyTargets['P1']['resolution'];
export type CalendarBreak = Calendar['breaks'][number];

/** Imports (owner and admin): an uploaded file's run, its planned rows, and the layouts read. */
export type ImportRun = Schemas['ImportRun'];
export type ImportRow = Schemas['ImportRow'];
export type ImportFormats = Schemas['ImportFormats'];
export type ImportAction = ImportRow['action'];
