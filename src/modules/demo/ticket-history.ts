/**
 * Plays out one planned ticket: the call or first message, triage, escalation, the back-and-forth
 * with the client and the vendor, and the resolution, so that its messages, events and final
 * fields agree with each other.
 */
import type { DemoStaff, DemoTechnician } from './demo-data.js';
import { DAY_MS } from './generate-clients.js';
import { HistoryBuilder, type BuiltHistory } from './history-builder.js';
import type { Random } from './random.js';
import { ACKNOWLEDGEMENTS, CLIENT_FOLLOW_UPS, ESCALATIONS, NOTES, OUTBOUND_CALLS, QUESTIONS, VENDOR_NOTES } from './subjects.js';
import { fill, type TicketPlan } from './ticket-plan.js';

/** What the generator knows about a ticket once tickets are numbered. */
export interface NumberedPlan {
  plan: TicketPlan;
  id: string;
  number: number;
  /** For a duplicate: the number of the ticket it duplicates. */
  duplicateOfNumber?: number;
}

const MESSAGE_COUNTS: (readonly [number, number])[] = [[1, 18], [2, 30], [3, 26], [4, 16], [5, 10]];

interface Context {
  rng: Random;
  h: HistoryBuilder;
  plan: TicketPlan;
  staff: DemoStaff;
}

/** Builds the rows of one ticket, drawing only from the ticket's own generator. */
export function writeHistory(nowMs: number, staff: DemoStaff, numbered: NumberedPlan): BuiltHistory {
  const { plan } = numbered;
  const { rng } = plan;
  const taker = plan.channel === 'phone' ? pickTechnician(rng, staff, 1, false) : null;
  const h = new HistoryBuilder(
    rng,
    rng.weighted(MESSAGE_COUNTS),
    taker
      ? { status: 'open', tier: 1, teamId: taker.teamId, assigneeId: taker.id, fcrOutcome: null }
      : { status: 'new', tier: plan.startTier, teamId: null, assigneeId: null, fcrOutcome: null },
  );
  const ctx: Context = { rng, h, plan, staff };
  const creatorId = taker?.id ?? (plan.channel === 'portal' ? (plan.contact?.userId ?? null) : null);
  const resolvedOnCall = taker ? takeCall(ctx, taker) : (openInWriting(ctx, creatorId), false);
  if (plan.live) {
    playLive(ctx);
  } else if (plan.outcome !== 'new' && !resolvedOnCall) {
    if (!taker) triage(ctx);
    if (plan.outcome === 'duplicate') {
      closeAsDuplicate(ctx, numbered.duplicateOfNumber);
    } else {
      escalate(ctx);
      workOnIt(ctx);
      finish(ctx);
    }
  }
  const base = {
    id: numbered.id,
    number: numbered.number,
    organization_id: plan.org.row.id,
    contact_id: plan.contact?.row.id ?? null,
    site_id: plan.siteId,
    subject: plan.subject,
    priority: plan.priority,
    business_critical: plan.businessCritical,
    channel: plan.channel,
    tags: JSON.stringify(plan.tags),
    merged_into_id: null,
    sla_due_at: null,
  };
  const closeAfterMs = rng.int(2, 6) * DAY_MS + rng.int(0, DAY_MS - 1);
  return h.build(base, plan.createdMs, nowMs, creatorId, closeAfterMs);
}

/** Messages that finish the story need a slot kept free for them. */
function reserve(plan: TicketPlan): number {
  return plan.outcome === 'open' ? 0 : 1;
}

function pickTechnician(rng: Random, staff: DemoStaff, tier: number, projects: boolean): DemoTechnician {
  const team = tier === 1 ? staff.serviceDeskId : projects && tier === 2 ? staff.projectsId : staff.engineeringId;
  return rng.pick(staff.technicians.filter((t) => t.tier === tier && t.teamId === team));
}

/** A technician takes the call and logs it; returns true when it was resolved on the call. */
function takeCall({ rng, h, plan }: Context, taker: DemoTechnician): boolean {
  const contact = plan.contact;
  if (!contact) throw new Error('A phone ticket needs a caller');
  const duration = rng.int(90, 900);
  h.say({ kind: 'call', author_user_id: taker.id, author_contact_id: contact.row.id, body: `${contact.first} called: ${plan.request}`, call_direction: 'inbound', caller_number: rng.pick(contact.phones).number, call_duration_seconds: duration });
  h.waitSeconds(duration);
  if (plan.outcome !== 'done' || plan.finalTier !== 1 || !rng.chance(taker.firstContactSkill)) return false;
  h.wait(0, 3);
  if (h.canSay()) h.say({ kind: 'note', author_user_id: taker.id, author_contact_id: null, body: `Resolved on the call. ${plan.fix}` });
  h.update(taker.id, { status: 'resolved', fcrOutcome: 'resolved_first_contact' });
  return true;
}

function openInWriting({ h, plan }: Context, creatorId: string | null): void {
  if (plan.alert) h.say({ kind: 'note', author_user_id: null, author_contact_id: null, body: plan.request });
  else h.say({ kind: 'reply', author_user_id: null, author_contact_id: plan.contact?.row.id ?? null, body: plan.request }, creatorId);
}

/**
 * A live-desk ticket (live-desk.ts) stays exactly where its plan puts it: never waiting (which
 * would pause its clocks), answered within minutes when its resolution is the clock that counts,
 * and untouched by anyone when it is paging or still waiting for its first answer.
 */
function playLive({ rng, h, plan, staff }: Context): void {
  if (plan.live === 'first_response') return;
  h.wait(1, 3);
  if (plan.live === 'paging') {
    // The alert rule routed it to the desk; nobody has picked it up, so its ladder climbs.
    h.update(null, { teamId: staff.serviceDeskId });
    return;
  }
  const tech = pickTechnician(rng, staff, h.state.tier, false);
  h.update(tech.id, { assigneeId: tech.id, teamId: tech.teamId, status: 'open' });
  h.wait(1, 4);
  h.say({ kind: 'reply', author_user_id: tech.id, author_contact_id: null, body: fill(rng.pick(ACKNOWLEDGEMENTS), plan.vars) });
  h.wait(20, 90);
  h.say({ kind: 'note', author_user_id: tech.id, author_contact_id: null, body: fill(rng.pick(NOTES), plan.vars) });
}

/** Someone on the right team picks the ticket up. */
function triage({ rng, h, plan, staff }: Context): void {
  if (plan.priority === 'P1') h.wait(2, 10);
  else h.wait(5, 150);
  const tech = pickTechnician(rng, staff, h.state.tier, plan.projects);
  h.update(tech.id, { assigneeId: tech.id, teamId: tech.teamId, status: 'open' });
  if (!h.canSay(reserve(plan)) || !rng.chance(0.6)) return;
  if (plan.alert) h.say({ kind: 'note', author_user_id: tech.id, author_contact_id: null, body: 'Looking at the alert now.' });
  else h.say({ kind: 'reply', author_user_id: tech.id, author_contact_id: null, body: fill(rng.pick(ACKNOWLEDGEMENTS), plan.vars) });
}

/** Hands the ticket up a tier until it reaches the tier planned for it. */
function escalate({ rng, h, plan, staff }: Context): void {
  while (h.state.tier < plan.finalTier) {
    if (plan.priority === 'P1') h.wait(5, 30);
    else h.wait(30, 360);
    const from = h.state.assigneeId;
    if (h.canSay(reserve(plan))) h.say({ kind: 'note', author_user_id: from, author_contact_id: null, body: fill(rng.pick(ESCALATIONS), plan.vars) });
    const next = pickTechnician(rng, staff, h.state.tier + 1, plan.projects);
    h.update(from, { tier: h.state.tier + 1, teamId: next.teamId, assigneeId: next.id });
  }
}

/** Questions, notes, calls and vendor waits while the ticket is worked. */
function workOnIt(ctx: Context): void {
  const { rng, h, plan } = ctx;
  while (h.canSay(reserve(plan)) && rng.chance(0.6)) {
    const roomForTwo = h.canSay(reserve(plan) + 1);
    const steps: (readonly [(c: Context) => void, number])[] = [[addNote, 3], [waitOnVendor, 1]];
    if (plan.contact) steps.push([callBack, 2]);
    if (plan.contact && roomForTwo) steps.push([askClient, 4]);
    rng.weighted(steps)(ctx);
  }
}

function addNote({ rng, h, plan }: Context): void {
  h.wait(10, 600);
  h.say({ kind: 'note', author_user_id: h.state.assigneeId, author_contact_id: null, body: fill(rng.pick(NOTES), plan.vars) });
}

function callBack({ rng, h, plan }: Context): void {
  const contact = plan.contact;
  if (!contact) return;
  h.wait(10, 600);
  const body = fill(rng.pick(OUTBOUND_CALLS), plan.vars);
  h.say({ kind: 'call', author_user_id: h.state.assigneeId, author_contact_id: contact.row.id, body, call_direction: 'outbound', caller_number: contact.phones[0].number, call_duration_seconds: rng.int(45, 600) });
}

/** A question to the client, and (a while later) their answer, which reopens the ticket. */
function askClient({ rng, h, plan }: Context): void {
  const contact = plan.contact;
  if (!contact) return;
  const tech = h.state.assigneeId;
  h.wait(10, 240);
  h.say({ kind: 'reply', author_user_id: tech, author_contact_id: null, body: fill(rng.pick(QUESTIONS), plan.vars) });
  h.update(tech, { status: 'waiting_on_client' });
  h.wait(30, 2880);
  const author = contact.userId !== null && rng.chance(0.5) ? contact.userId : null;
  h.say({ kind: 'reply', author_user_id: null, author_contact_id: contact.row.id, body: rng.pick(CLIENT_FOLLOW_UPS) }, author);
  h.update(author, { status: 'open' }, false);
}

function waitOnVendor({ rng, h, plan }: Context): void {
  const tech = h.state.assigneeId;
  h.wait(10, 600);
  h.say({ kind: 'note', author_user_id: tech, author_contact_id: null, body: fill(rng.pick(VENDOR_NOTES), plan.vars) });
  h.update(tech, { status: 'waiting_on_vendor' });
  h.wait(240, 4320);
  h.update(tech, { status: 'open' });
}

/** Brings the ticket to the state planned for today. */
function finish({ rng, h, plan }: Context): void {
  const tech = h.state.assigneeId;
  const contactId = plan.contact?.row.id ?? null;
  if (plan.outcome === 'waiting_on_client') {
    h.wait(10, 600);
    if (h.canSay() && contactId) h.say({ kind: 'reply', author_user_id: tech, author_contact_id: null, body: fill(rng.pick(QUESTIONS), plan.vars) });
    else if (h.canSay()) h.say({ kind: 'note', author_user_id: tech, author_contact_id: null, body: 'Waiting for the client to agree a time for the reboot.' });
    h.update(tech, { status: 'waiting_on_client' });
  } else if (plan.outcome === 'waiting_on_vendor') {
    h.wait(10, 600);
    if (h.canSay()) h.say({ kind: 'note', author_user_id: tech, author_contact_id: null, body: fill(rng.pick(VENDOR_NOTES), plan.vars) });
    h.update(tech, { status: 'waiting_on_vendor' });
  } else if (plan.outcome === 'done') {
    if (plan.priority === 'P1') h.wait(10, 120);
    else h.wait(30, 2880);
    if (h.canSay() && contactId) h.say({ kind: 'reply', author_user_id: tech, author_contact_id: null, body: `Hi ${plan.vars.first}, ${plan.fix} Let us know if anything else comes up.` });
    else if (h.canSay()) h.say({ kind: 'note', author_user_id: tech, author_contact_id: null, body: plan.fix });
    h.update(tech, { status: 'resolved', fcrOutcome: plan.channel === 'phone' ? 'not_first_contact' : null });
  }
}

function closeAsDuplicate({ h }: Context, originalNumber: number | undefined): void {
  const tech = h.state.assigneeId;
  h.wait(5, 60);
  if (h.canSay()) {
    h.say({ kind: 'note', author_user_id: tech, author_contact_id: null, body: `Duplicate of SB-${originalNumber ?? '?'}: the same fault is being worked there, closing this one.` });
  }
  h.update(tech, { status: 'closed' });
}
