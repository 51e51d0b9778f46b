/**
 * Decides what each demo ticket is: who raised it, about what, when, how urgent, and where it
 * should stand today. The history that gets it there is written by ticket-history.ts.
 */
import { DateTime } from 'luxon';
import type { Channel, DemoContact, DemoOrganization, Priority } from './demo-data.js';
import type { Random } from './random.js';
import { ONBOARDING_PARENT, TEMPLATES, type Severity, type TicketTemplate } from './subjects.js';
import { FIRST_NAMES, LAST_NAMES } from './words.js';

/** Where a ticket stands today; `done` becomes resolved or closed depending on its age. */
export type Outcome = 'new' | 'open' | 'waiting_on_client' | 'waiting_on_vendor' | 'done' | 'duplicate';

/**
 * The few tickets planned at fixed distances from now, so that the desk looks alive at any
 * instant (live-desk.ts): one whose escalation is paging, one waiting for its first answer, and
 * some whose resolution is due within the hour or was missed moments ago.
 */
export type LiveRole = 'paging' | 'first_response' | 'resolution';

/** Values for the placeholders of subjects and messages. */
export type Vars = Record<'first' | 'name' | 'site' | 'app' | 'server' | 'device' | 'other' | 'n' | 'ref', string>;

export interface TicketPlan {
  org: DemoOrganization;
  contact: DemoContact | null;
  siteId: string | null;
  subject: string;
  request: string;
  fix: string;
  tags: string[];
  alert: boolean;
  projects: boolean;
  startTier: 1 | 2;
  finalTier: 1 | 2 | 3;
  channel: Channel;
  priority: Priority;
  businessCritical: boolean;
  createdMs: number;
  /** Calendar days between the day it was planned on and today, in the client's time zone. */
  daysAgo: number;
  outcome: Outcome;
  vars: Vars;
  /** The ticket's own generator: its id, history and links draw from it and from no other. */
  rng: Random;
  /** The ticket this one duplicates, or the parent it belongs to. */
  link?: { kind: 'duplicate' | 'parent'; other: TicketPlan };
  live?: LiveRole;
}

/** When a ticket was raised, and how many calendar days before today that was. */
export interface Created {
  ms: number;
  daysAgo: number;
}

const BASE_TICKETS = 2900;
const ONBOARDING_GROUPS = 14;
const WINDOW_DAYS = 180;
const MINUTE_MS = 60_000;

/**
 * Plans about 3,000 tickets over the last 180 days, in no particular order. Each ticket (or group)
 * draws from its own split of `rng`, and never fewer or more numbers depending on "now": the same
 * seed plans the same tickets at any instant, only their dates move with it.
 */
export function planTickets(rng: Random, nowMs: number, orgs: DemoOrganization[]): TicketPlan[] {
  const plans: TicketPlan[] = [];
  const orgWeights = orgs.map((o) => [o, o.contacts.length] as const);
  for (let i = 0; i < BASE_TICKETS; i++) {
    const r = rng.split();
    const org = r.weighted(orgWeights);
    const templates = TEMPLATES.filter((t) => !t.industries || t.industries.includes(org.industry));
    const template = r.weighted(templates.map((t) => [t, t.weight] as const));
    const contact = template.alert ? null : pickContact(r, org);
    const plan = planTicket(r, org, template, contact, pickCreated(r, nowMs, org, template.alert === true));
    plans.push(plan);
    if (template.outage && !template.alert && r.chance(0.06)) plans.push(planDuplicate(r.split(), nowMs, plan, template));
  }
  for (let g = 0; g < ONBOARDING_GROUPS; g++) {
    const r = rng.split();
    plans.push(...planOnboarding(r, nowMs, r.weighted(orgWeights)));
  }
  return plans;
}

/** One ticket's plan; `created` says when. Draws the same numbers whatever `created` is. */
export function planTicket(rng: Random, org: DemoOrganization, template: TicketTemplate, contact: DemoContact | null, created: Created): TicketPlan {
  const vars = makeVars(rng, org, contact);
  const siteId = contact?.row.site_id ?? (template.subject.includes('{site}') || template.alert ? rng.pick(org.sites).id : null);
  if (siteId) vars.site = org.sites.find((s) => s.id === siteId)?.name ?? vars.site;
  const priority = pickPriority(rng, template.severity);
  const channel = template.alert ? 'alert' : pickChannel(rng, contact, template);
  const startTier = template.tier;
  const escalated = rng.chance(startTier === 1 ? 0.16 : 0.15);
  const local = DateTime.fromMillis(created.ms, { zone: org.row.time_zone });
  const afterHours = local.weekday >= 6 || local.hour < 7 || local.hour >= 19;
  const tags = [...template.tags, ...(contact?.row.vip ? ['vip'] : []), ...(afterHours ? ['after-hours'] : [])];
  return {
    org,
    contact,
    siteId,
    subject: fill(template.subject, vars),
    request: fill(template.request, vars),
    fix: fill(template.fix, vars),
    tags,
    alert: template.alert === true,
    projects: template.projects === true,
    startTier,
    finalTier: (startTier + (escalated ? 1 : 0)) as 1 | 2 | 3,
    channel,
    priority,
    businessCritical: rng.chance(BUSINESS_CRITICAL[priority]),
    createdMs: created.ms,
    daysAgo: created.daysAgo,
    outcome: pickOutcome(rng, created.daysAgo, channel),
    vars,
    rng: rng.split(),
  };
}

/** A colleague reports the same fault a little later (never later than a minute ago). */
function planDuplicate(rng: Random, nowMs: number, original: TicketPlan, template: TicketTemplate): TicketPlan {
  const later = original.createdMs + rng.int(5, 90) * MINUTE_MS;
  const createdMs = Math.min(later, Math.max(original.createdMs + 1000, nowMs - MINUTE_MS));
  const plan = planTicket(rng, original.org, template, pickContact(rng, original.org), { ms: createdMs, daysAgo: original.daysAgo });
  return { ...plan, subject: original.subject, siteId: original.siteId, outcome: 'duplicate', finalTier: plan.startTier, link: { kind: 'duplicate', other: original } };
}

/** A parent ticket for a group of new starters, with one child ticket per person. */
function planOnboarding(rng: Random, nowMs: number, org: DemoOrganization): TicketPlan[] {
  const starter = TEMPLATES.find((t) => t.key === 'starter');
  if (!starter) throw new Error('The starter template is missing');
  const contact = org.contacts[1];
  const count = rng.int(2, 4);
  const created = pickCreated(rng, nowMs, org, false);
  const parentTemplate: TicketTemplate = { ...starter, ...ONBOARDING_PARENT, key: 'onboarding' };
  const parent = planTicket(rng, org, parentTemplate, contact, created);
  parent.vars.n = String(count);
  Object.assign(parent, { subject: fill(ONBOARDING_PARENT.subject, parent.vars), request: fill(ONBOARDING_PARENT.request, parent.vars), channel: 'email' });
  const children: TicketPlan[] = [];
  for (let i = 0; i < count; i++) {
    const childMs = Math.min(created.ms + (i + 1) * rng.int(2, 12) * MINUTE_MS, nowMs - MINUTE_MS);
    const child = planTicket(rng, org, starter, contact, { ms: Math.max(childMs, created.ms), daysAgo: created.daysAgo });
    children.push({ ...child, channel: 'email', outcome: parent.outcome, link: { kind: 'parent', other: parent } });
  }
  return [parent, ...children];
}

/** Some people raise far more tickets than others; the IT contact most of all. */
export function pickContact(rng: Random, org: DemoOrganization): DemoContact {
  if (rng.chance(0.12)) return org.contacts[1];
  return org.contacts[Math.floor(org.contacts.length * rng.next() ** 1.7)];
}

export function makeVars(rng: Random, org: DemoOrganization, contact: DemoContact | null): Vars {
  return {
    first: contact?.first ?? 'there',
    name: contact?.row.name ?? 'the team',
    site: org.sites[0].name,
    app: rng.pick(org.apps),
    server: `${org.code}-${rng.pick(['FS01', 'DC01', 'APP01', 'SQL01', 'RDS01', 'HV02'])}`,
    device: `${org.code}-${rng.pick(['LT', 'LT', 'DT'])}${rng.int(100, 499)}`,
    other: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    n: String(rng.int(2, 6)),
    ref: `${rng.pick(['CS', 'INC', 'SR'])}-${rng.int(100000, 999999)}`,
  };
}

/** Replaces `{name}` placeholders; the result starts with a capital like any sentence. */
export function fill(text: string, vars: Vars): string {
  const out = text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? vars[key as keyof Vars] : whole));
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * Mostly working hours in the client's own time zone; monitoring alerts come at any hour. Every
 * number is drawn whatever day it turns out to be, so the ticket draws the same at any "now".
 */
function pickCreated(rng: Random, nowMs: number, org: DemoOrganization, alert: boolean): Created {
  const daysAgo = Math.floor(rng.next() * WINDOW_DAYS);
  const keepWeekend = rng.chance(org.weekendShare);
  const weekday = rng.int(1, 5);
  const hour = alert ? rng.int(0, 23) : rng.weighted(WORKING_HOURS);
  const time = { hour, minute: rng.int(0, 59), second: rng.int(0, 59), millisecond: rng.int(0, 999) };
  const instead = nowMs - rng.int(120, 14_400) * 1000 - rng.int(0, 999);
  let day = DateTime.fromMillis(nowMs, { zone: org.row.time_zone }).startOf('day').minus({ days: daysAgo });
  if (!alert && day.weekday >= 6 && !keepWeekend) day = day.minus({ days: day.weekday - weekday });
  const ms = day.set(time).toMillis();
  return { ms: ms < nowMs - MINUTE_MS ? ms : instead, daysAgo };
}

const WORKING_HOURS: (readonly [number, number])[] = [
  [6, 1], [7, 3], [8, 9], [9, 12], [10, 11], [11, 9], [12, 6], [13, 8], [14, 9], [15, 8], [16, 7], [17, 4], [18, 2], [19, 1], [20, 1], [21, 1], [22, 0.5], [2, 0.3],
];

const PRIORITY_WEIGHTS: Record<Severity, (readonly [Priority, number])[]> = {
  low: [['P2', 2], ['P3', 48], ['P4', 50]],
  normal: [['P1', 0.5], ['P2', 10], ['P3', 62], ['P4', 27.5]],
  high: [['P1', 12], ['P2', 45], ['P3', 38], ['P4', 5]],
};

/** Chance that a ticket of each priority stops the client's business. */
const BUSINESS_CRITICAL: Record<Priority, number> = { P1: 0.7, P2: 0.15, P3: 0.03, P4: 0 };

function pickPriority(rng: Random, severity: Severity): Priority {
  return rng.weighted(PRIORITY_WEIGHTS[severity]);
}

function pickChannel(rng: Random, contact: DemoContact | null, template: TicketTemplate): Channel {
  const portal = contact?.userId ? 45 : 14;
  const api = template.key === 'starter' || template.key === 'leaver' ? 20 : 3;
  return rng.weighted<Channel>([['phone', 42], ['email', 33], ['portal', portal], ['api', api]]);
}

/**
 * Older tickets are nearly all finished; this week's are still being worked. Only a few older than
 * a week are still open, and none older than a month: those left wait on the client or a vendor.
 */
function pickOutcome(rng: Random, daysAgo: number, channel: Channel): Outcome {
  const table: (readonly [Outcome, number])[] =
    daysAgo < 1 ? [['new', 40], ['open', 32], ['waiting_on_client', 8], ['waiting_on_vendor', 4], ['done', 16]]
    : daysAgo < 3 ? [['new', 15], ['open', 28], ['waiting_on_client', 14], ['waiting_on_vendor', 9], ['done', 34]]
    : daysAgo < 7 ? [['new', 3], ['open', 20], ['waiting_on_client', 15], ['waiting_on_vendor', 10], ['done', 52]]
    : daysAgo < 30 ? [['open', 2], ['waiting_on_client', 4], ['waiting_on_vendor', 3], ['done', 91]]
    : [['waiting_on_client', 0.3], ['waiting_on_vendor', 0.5], ['done', 99.2]];
  const outcome = rng.weighted(table);
  // A technician logs a phone ticket while on the call, so it is never left untriaged.
  return outcome === 'new' && channel === 'phone' ? 'open' : outcome;
}
