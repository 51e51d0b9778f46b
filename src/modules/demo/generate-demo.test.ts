import { describe, expect, it } from 'vitest';
import { toIso } from '../../platform/clock.js';
import { generateDemo } from './generate-demo.js';

const NOW = Date.parse('2025-11-25T15:00:00.000Z');
const NOW_ISO = toIso(NOW);
const data = generateDemo(42, NOW, 'hash');

const STATUSES = ['new', 'open', 'waiting_on_client', 'waiting_on_vendor', 'resolved', 'closed'];
const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];
const CHANNELS = ['phone', 'email', 'portal', 'api', 'alert'];

const ids = <T extends { id: string }>(rows: T[]) => new Set(rows.map((r) => r.id));

describe('generateDemo', () => {
  it('gives identical rows for the same seed and instant', () => {
    expect(JSON.stringify(generateDemo(42, NOW, 'hash'))).toBe(JSON.stringify(data));
  });

  it('gives different rows for a different seed', () => {
    const other = generateDemo(43, NOW, 'hash');
    expect(other.contacts[0].name === data.contacts[0].name && other.tickets[0].subject === data.tickets[0].subject).toBe(false);
    expect(other.tickets[0].id).not.toBe(data.tickets[0].id);
  });

  it('builds 25 organisations over at least four time zones, each with one to four sites', () => {
    expect(data.organizations.length).toBeGreaterThanOrEqual(25);
    expect(new Set(data.organizations.map((o) => o.time_zone)).size).toBeGreaterThanOrEqual(4);
    for (const org of data.organizations) {
      const sites = data.sites.filter((s) => s.organization_id === org.id);
      expect(sites.length).toBeGreaterThanOrEqual(1);
      expect(sites.length).toBeLessThanOrEqual(4);
    }
    expect(new Set(data.organizations.map((o) => o.slug)).size).toBe(data.organizations.length);
  });

  it('gives about 1,500 contacts, each with one primary address and E.164 numbers', () => {
    expect(data.contacts.length).toBeGreaterThanOrEqual(1300);
    expect(data.contacts.length).toBeLessThanOrEqual(1700);
    const primaries = data.contact_emails.filter((e) => e.is_primary);
    expect(primaries.length).toBe(data.contacts.length);
    expect(new Set(primaries.map((e) => e.contact_id)).size).toBe(data.contacts.length);
    expect(new Set(data.contact_emails.map((e) => e.email)).size).toBe(data.contact_emails.length);
    for (const phone of data.contact_phones) expect(phone.number).toMatch(/^\+[1-9]\d{9,13}$/);
    expect(new Set(data.contact_phones.map((p) => p.number)).size).toBe(data.contact_phones.length);
    const home = data.contacts.filter((c) => c.work_location === 'home');
    expect(home.every((c) => c.site_id === null)).toBe(true);
    expect(home.length / data.contacts.length).toBeGreaterThan(0.05);
    expect(data.contacts.some((c) => c.vip)).toBe(true);
  });

  it('keeps every contact and site reference inside its organisation', () => {
    const siteOrg = new Map(data.sites.map((s) => [s.id, s.organization_id]));
    const contactOrg = new Map(data.contacts.map((c) => [c.id, c.organization_id]));
    for (const c of data.contacts) {
      expect(ids(data.organizations).has(c.organization_id)).toBe(true);
      if (c.site_id) expect(siteOrg.get(c.site_id)).toBe(c.organization_id);
    }
    for (const t of data.tickets) {
      if (t.contact_id) expect(contactOrg.get(t.contact_id)).toBe(t.organization_id);
      if (t.site_id) expect(siteOrg.get(t.site_id)).toBe(t.organization_id);
    }
    for (const e of [...data.contact_emails, ...data.contact_phones]) expect(contactOrg.has(e.contact_id)).toBe(true);
    for (const m of data.messages) if (m.author_contact_id) expect(contactOrg.has(m.author_contact_id)).toBe(true);
    for (const u of data.users) if (u.contact_id) expect(contactOrg.get(u.contact_id)).toBe(u.organization_id);
  });

  it('has the owner, a tier 1 technician, teams with leads and portal users in three organisations', () => {
    const owner = data.users.find((u) => u.email === 'owner@switchboard.example');
    expect(owner?.role).toBe('owner');
    expect(data.users.find((u) => u.email === 'tech@switchboard.example')).toMatchObject({ role: 'technician', tier: 1 });
    expect(data.teams.map((t) => t.name).sort()).toEqual(['Engineering', 'Projects', 'Service Desk']);
    for (const team of data.teams) expect(ids(data.users).has(team.lead_user_id ?? '')).toBe(true);
    const clients = data.users.filter((u) => u.kind === 'client');
    expect(new Set(clients.filter((u) => u.role === 'client_admin').map((u) => u.organization_id)).size).toBe(3);
    expect(new Set(clients.filter((u) => u.role === 'client_user').map((u) => u.organization_id)).size).toBe(3);
    expect(new Set(data.users.map((u) => u.email)).size).toBe(data.users.length);
  });

  it('covers every status, priority and channel', () => {
    for (const s of STATUSES) expect(data.tickets.some((t) => t.status === s), s).toBe(true);
    for (const p of PRIORITIES) expect(data.tickets.some((t) => t.priority === p), p).toBe(true);
    for (const c of CHANNELS) expect(data.tickets.some((t) => t.channel === c), c).toBe(true);
    expect(data.tickets.length).toBeGreaterThan(2500);
  });

  it('numbers tickets from 1001 in creation order', () => {
    data.tickets.forEach((t, i) => expect(t.number).toBe(1001 + i));
    for (let i = 1; i < data.tickets.length; i++) expect(data.tickets[i].created_at >= data.tickets[i - 1].created_at).toBe(true);
  });

  it('keeps every ticket timestamp between its creation and now, consistent with its status', () => {
    for (const t of data.tickets) {
      expect(t.updated_at >= t.created_at && t.updated_at <= NOW_ISO, `${t.number}`).toBe(true);
      if (t.status === 'resolved') expect(t.resolved_at).not.toBeNull();
      if (t.status === 'closed') expect(t.closed_at).not.toBeNull();
      if (t.status !== 'resolved' && t.status !== 'closed') expect(t.resolved_at ?? t.closed_at).toBeNull();
      for (const at of [t.resolved_at, t.closed_at]) if (at) expect(at >= t.created_at && at <= t.updated_at).toBe(true);
      if (t.status === 'new') expect(t.assignee_id).toBeNull();
      else expect(t.assignee_id && t.team_id).toBeTruthy();
      if (t.fcr_outcome) expect(t.channel === 'phone' && t.resolved_at !== null).toBe(true);
    }
  });

  it('gives each ticket one to five messages and events that reference existing rows', () => {
    const tickets = ids(data.tickets);
    const users = ids(data.users);
    const perTicket = new Map<string, number>();
    for (const m of data.messages) {
      expect(tickets.has(m.ticket_id)).toBe(true);
      perTicket.set(m.ticket_id, (perTicket.get(m.ticket_id) ?? 0) + 1);
      if (m.author_user_id) expect(users.has(m.author_user_id)).toBe(true);
      if (m.kind === 'call') expect(m.call_direction && m.caller_number && m.call_duration_seconds).toBeTruthy();
    }
    for (const t of data.tickets) expect(perTicket.get(t.id) ?? 0).toBeGreaterThanOrEqual(1);
    expect(Math.max(...perTicket.values())).toBeLessThanOrEqual(5);
    for (const e of data.ticket_events) {
      expect(tickets.has(e.ticket_id)).toBe(true);
      if (e.actor_user_id) expect(users.has(e.actor_user_id)).toBe(true);
      expect(e.at <= NOW_ISO).toBe(true);
    }
    expect(data.ticket_events.filter((e) => e.type === 'ticket.created').length).toBe(data.tickets.length);
    for (let i = 1; i < data.ticket_events.length; i++) expect(data.ticket_events[i].at >= data.ticket_events[i - 1].at).toBe(true);
    for (const l of data.ticket_links) expect(tickets.has(l.from_ticket_id) && tickets.has(l.to_ticket_id)).toBe(true);
    expect(new Set(data.ticket_links.map((l) => l.kind))).toEqual(new Set(['parent', 'duplicate']));
  });

  it('indexes every subject and message for search', () => {
    expect(data.ticket_search.length).toBe(data.tickets.length + data.messages.length);
    expect(data.ticket_search.filter((s) => s.source === 'subject').length).toBe(data.tickets.length);
  });

  it('never reuses an id', () => {
    const all = [data.organizations, data.sites, data.contacts, data.teams, data.users, data.tickets, data.messages, data.ticket_links].flatMap((rows) => rows.map((r) => r.id));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('generateDemo at another instant', () => {
  const DAY = 86_400_000;
  const HOUR = 3_600_000;
  // Three days, five hours and seventeen minutes later: another weekday, another hour.
  const ODD = NOW + 3 * DAY + 5 * HOUR + 17 * 60_000;
  const odd = generateDemo(42, ODD, 'hash');
  const shifted = (rows: readonly object[], ms: number) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k.endsWith('_at') && typeof v === 'string' ? toIso(Date.parse(v) + ms) : v])));

  it('gives the same clients, people, staff, contracts and policies, dated relative to the new instant', () => {
    const tables = ['organizations', 'sites', 'contacts', 'contact_emails', 'contact_phones', 'teams', 'users', 'calendars', 'sla_policies', 'contracts', 'saved_views', 'escalation_policies'] as const;
    for (const table of tables) expect(odd[table], table).toEqual(shifted(data[table], ODD - NOW));
  });

  it('raises the same tickets, each as many days before the new instant; two weeks on at the same hour, exactly two weeks later', () => {
    const before = new Map(data.tickets.map((t) => [t.id, t]));
    expect(odd.tickets).toHaveLength(data.tickets.length);
    for (const t of odd.tickets) {
      const o = before.get(t.id);
      expect(o, t.subject).toBeDefined();
      expect([t.subject, t.organization_id, t.contact_id, t.priority, t.channel, t.business_critical]).toEqual([o!.subject, o!.organization_id, o!.contact_id, o!.priority, o!.channel, o!.business_critical]);
      expect(t.created_at <= toIso(ODD) && t.created_at > toIso(ODD - 190 * DAY)).toBe(true);
    }
    const later = generateDemo(42, NOW + 14 * DAY, 'hash');
    const after = new Map(later.tickets.map((t) => [t.id, t]));
    for (const t of data.tickets) {
      const moved = Date.parse(after.get(t.id)!.created_at) - Date.parse(t.created_at);
      // Local working hours stay local: a daylight-saving change in between moves the instant an hour.
      expect(Math.abs(moved - 14 * DAY), t.subject).toBeLessThanOrEqual(HOUR);
      expect(after.get(t.id)!.status).toBe(t.status);
    }
  });

  it('raises the live desk the same minutes before now at any instant, with P1 clocks that run round the clock and fall due around now', () => {
    const at = new Map(data.tickets.map((t) => [t.id, t]));
    for (const [d, now] of [[data, NOW], [odd, ODD]] as const) {
      expect(d.live.map((l) => l.role).sort()).toEqual(['first_response', 'paging', 'paging', 'resolution', 'resolution', 'resolution', 'resolution']);
      const paging: number[] = [];
      const due: Record<string, number[]> = { first_response: [], resolution: [] };
      for (const { ticketId, role } of d.live) {
        const ticket = d.tickets.find((t) => t.id === ticketId)!;
        const created = Date.parse(ticket.created_at);
        expect(created - Date.parse(at.get(ticketId)!.created_at)).toBe(now - NOW);
        expect(ticket.priority).toBe('P1');
        expect(ticket.business_critical).toBe(role === 'paging');
        const contract = d.contracts.find((c) => c.organization_id === ticket.organization_id)!;
        const p1Rule = (JSON.parse(String(contract.coverage)) as { calendarId: string; priorities?: string[] }[]).find((r) => !r.priorities || r.priorities.includes('P1'))!;
        expect(d.calendars.find((c) => c.id === p1Rule.calendarId)!.name).toMatch(/^24x7 /);
        const targets = JSON.parse(String(d.sla_policies.find((p) => p.id === contract.sla_policy_id)!.targets)).P1 as { firstResponse: number; resolution: number };
        const events = d.ticket_events.filter((e) => e.ticket_id === ticketId);
        expect(events.some((e) => e.field === 'status' && String(e.after_value).includes('waiting'))).toBe(false);
        const staffReplies = d.messages.filter((m) => m.ticket_id === ticketId && m.kind === 'reply' && m.author_user_id && d.users.find((u) => u.id === m.author_user_id)?.kind === 'staff');
        if (role === 'paging') {
          expect(ticket).toMatchObject({ status: 'new', channel: 'alert', assignee_id: null });
          expect(ticket.team_id).not.toBeNull();
          paging.push(Math.floor((now - created) / 60_000));
        } else if (role === 'first_response') {
          expect(ticket.status).toBe('new');
          expect(staffReplies).toEqual([]);
          due.first_response.push(created + targets.firstResponse * 60_000 - now);
        } else {
          expect(ticket.status).toBe('open');
          expect(staffReplies.length).toBeGreaterThan(0);
          due.resolution.push(created + targets.resolution * 60_000 - now);
        }
      }
      // Both past the ladder's first step (15 covered minutes), one nearer the second (30).
      expect(paging.sort()).toEqual([16, 20]);
      const within = (ms: number, from: number, to: number) => ms > from && ms <= to;
      expect(due.first_response.every((ms) => within(ms, 0, HOUR))).toBe(true);
      expect(due.resolution.filter((ms) => within(ms, 0, HOUR))).toHaveLength(2);
      expect(due.resolution.filter((ms) => within(ms, -3 * HOUR, 0))).toHaveLength(2);
    }
  });
});
