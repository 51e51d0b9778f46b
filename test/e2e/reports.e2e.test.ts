import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, atTime, launchChromium, logPhoneTicket, newContext, ok, owner, screenshot, signIn, startE2eWorld, tokenOf, type E2eUser, type E2eWorld } from './support.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A small seeded generator, so the history (and the screenshots) are the same every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Ten weeks of desk history through the API, on the server's clock moved back in time: phone
 * calls resolved on the spot or not (some escalated a tier first), and emailed requests answered
 * and resolved within their SLA targets or not.
 */
async function seedHistory(w: E2eWorld, technicians: E2eUser[]): Promise<void> {
  const { app } = w;
  const { a, b, teamId } = app.world;
  const random = seeded(7);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  // How good each technician is on the phone, so the chart shows a spread around the target.
  const skill = new Map(technicians.map((t, i) => [t.id, [0.97, 0.8, 0.92, 0.7, 0.88][i % 5]]));
  const subjects = ['Outlook keeps asking for the password', 'Printer on the second floor offline', 'New starter needs a laptop', 'VPN will not connect from home', 'Shared drive missing', 'Teams camera not detected', 'Card reader not charging', 'Password reset'];
  // Each technician logs the calls they take in their own name: first-contact resolution is theirs.
  const tokens = new Map(await Promise.all(technicians.map(async (t) => [t.id, await tokenOf(w, t.id)] as const)));
  const start = Date.now() - 75 * DAY;
  for (let day = 0; day < 70; day += 1) {
    for (let k = 0; k < 1 + Math.floor(random() * 2); k += 1) {
      const t0 = start + day * DAY + (8 + Math.floor(random() * 9)) * 60 * MINUTE + Math.floor(random() * 60) * MINUTE;
      const org = random() < 0.55 ? a : b;
      const tech = pick(technicians);
      const phone = random() < 0.6;
      const priority = pick(['P2', 'P3', 'P3', 'P3', 'P4', 'P1']);
      const ticket = await atTime(w, t0, () =>
        ok(app, phone ? tokens.get(tech.id)! : owner(w), 'POST', '/api/v1/tickets', { organizationId: org.id, contactId: org.contactId, siteId: org.siteId, subject: pick(subjects), priority, channel: phone ? 'phone' : 'email', teamId, assigneeId: tech.id }),
      );
      if (phone) {
        await atTime(w, t0 + 6 * MINUTE, () => ok(app, tokens.get(tech.id)!, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'call', body: 'Walked the caller through it.', callDirection: 'inbound', callDurationSeconds: 360 }));
        if (random() < skill.get(tech.id)!) {
          await atTime(w, t0 + 7 * MINUTE, () => ok(app, owner(w), 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved', fcrOutcome: 'resolved_first_contact' }));
        } else {
          if (random() < 0.5) await atTime(w, t0 + 8 * MINUTE, () => ok(app, owner(w), 'PATCH', `/api/v1/tickets/${ticket.id}`, { tier: 2 }));
          await atTime(w, t0 + (90 + Math.floor(random() * 600)) * MINUTE, () => ok(app, owner(w), 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved', fcrOutcome: 'not_first_contact' }));
        }
      } else {
        // Usually answered within target, now and then late; resolution sometimes slips too.
        const reply = random() < 0.85 ? 5 + Math.floor(random() * 40) : 70 + Math.floor(random() * 300);
        const resolve = reply + (random() < 0.8 ? 30 + Math.floor(random() * 200) : 600 + Math.floor(random() * 2000));
        await atTime(w, t0 + reply * MINUTE, () => ok(app, owner(w), 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'Looking into it now.' }));
        await atTime(w, t0 + resolve * MINUTE, () => ok(app, owner(w), 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved' }));
      }
    }
  }
}

describe('reports and on call in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let team: E2eUser[];

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    const sam = await addStaff(w, 'Sam Whitfield', 'sam.whitfield@msp.example');
    const priya = await addStaff(w, 'Priya Nair', 'priya.nair@msp.example', 2);
    const jonas = await addStaff(w, 'Jonas Berg', 'jonas.berg@msp.example');
    team = [w.tech, sam, priya, jonas, w.lead];
    await seedHistory(w, team);

    const schedule = (body: unknown) => ok(w.app, owner(w), 'POST', '/api/v1/oncall/schedules', body);
    await schedule({ name: 'Service desk', timeZone: 'Europe/London', layers: [{ name: 'Days', participants: [w.tech.id, sam.id, jonas.id], shiftLength: 1, shiftUnit: 'days', handoffTime: '08:00', anchorDate: '2026-01-05' }] });
    const infra = await schedule({ name: 'Infrastructure escalations', timeZone: 'America/Chicago', layers: [{ name: 'Weekly', participants: [w.lead.id, priya.id], shiftLength: 1, shiftUnit: 'weeks', handoffTime: '09:00', handoffDay: 'mon', anchorDate: '2026-01-05' }] });
    await ok(w.app, owner(w), 'POST', `/api/v1/oncall/schedules/${infra.id}/overrides`, { userId: jonas.id, startAt: new Date(Date.now() - 2 * 3_600_000).toISOString(), endAt: new Date(Date.now() + 10 * 3_600_000).toISOString(), reason: 'Covering a dentist appointment' });
    await schedule({
      name: 'Nights and weekends',
      timeZone: 'Europe/London',
      layers: [
        {
          name: 'Out of hours',
          participants: [priya.id, sam.id],
          shiftLength: 1,
          shiftUnit: 'days',
          handoffTime: '18:00',
          anchorDate: '2026-01-05',
          restrictions: [
            ...(['mon', 'tue', 'wed', 'thu'] as const).map((d, i) => ({ startDay: d, startTime: '18:00', endDay: ['tue', 'wed', 'thu', 'fri'][i], endTime: '08:00' })),
            { startDay: 'fri', startTime: '18:00', endDay: 'mon', endTime: '08:00' },
          ],
        },
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  const today = () => new Date().toISOString().slice(0, 10);

  it('[reports]: shows the FCR rate of a phone ticket resolved on the call, and offers CSV', async () => {
    const period = `from=${new Date(Date.now() - 29 * DAY).toISOString().slice(0, 10)}&to=${today()}`;
    const before = (await ok(w.app, owner(w), 'GET', `/api/v1/reports/fcr?${period}&groupBy=technician`)).items.find((r: { group: string }) => r.group === w.tech.id) ?? { tickets: 0, firstContact: 0 };

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/mine');
    await page.getByRole('heading', { name: 'My tickets' }).waitFor();
    await logPhoneTicket(page, w, { subject: 'Dictation software not recording', notes: 'Microphone was muted in Windows; unmuted it and tested a dictation.', resolve: true });
    await page.getByText('Resolved on first contact').first().waitFor();

    await page.getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    const tina = page.locator('.fcr-technician .bar-row[data-label="Tina Okafor"]');
    await tina.waitFor();
    const after = { tickets: before.tickets + 1, first: before.firstContact + 1 };
    const rate = Math.round((after.first / after.tickets) * 1000) / 10;
    expect(await tina.locator('.bar-detail').textContent()).toBe(`${after.first} of ${after.tickets}`);
    expect(await tina.locator('.bar-value strong').textContent()).toBe(`${Number.isInteger(rate) ? rate : rate.toFixed(1)}%`);
    await page.locator('.fcr-client .bar-row[data-label="Alder Dental Group"]').waitFor();
    await page.locator('.tile-fcr .tile-target', { hasText: 'Target 90%' }).waitFor();

    // Each chart offers the API's CSV for the same period; the session downloads it.
    const csvLink = page.getByRole('link', { name: 'Download first-contact resolution per technician as CSV' });
    const href = (await csvLink.getAttribute('href'))!;
    expect(href).toBe(`/api/v1/reports/fcr?${period}&groupBy=technician&format=csv`);
    const csv = await context.request.get(w.base + href);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const line = (await csv.text()).split('\r\n').find((l) => l.includes('Tina Okafor'))!;
    expect(line.split(',').slice(2, 4)).toEqual([String(after.tickets), String(after.first)]);
    const slaCsv = await page.getByRole('link', { name: 'Download SLA attainment as CSV' }).getAttribute('href');
    expect(slaCsv).toBe(`/api/v1/reports/sla?${period}&groupBy=organization&format=csv`);

    // Three months at a glance for the picture.
    await page.getByRole('button', { name: '90 days' }).click();
    await page.getByRole('button', { name: 'By month' }).click();
    await page.locator('.column-chart').waitFor();
    await page.locator('.fcr-technician .bar-row').nth(4).waitFor();
    await screenshot(page, 'reports', { fullPage: true });
    await context.close();
  }, 60_000);

  it('[on-call]: shows who is on call now on every schedule, and the next hand-offs', async () => {
    const board = await ok(w.app, owner(w), 'GET', '/api/v1/oncall/now');
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, '/queue/open');
    const widget = page.locator('.oncall-widget');
    await widget.waitFor();
    await page.keyboard.press('g');
    await page.keyboard.press('c');
    await page.getByRole('heading', { name: 'Who is on call' }).waitFor();
    for (const s of board.items as { name: string; onCall: { name: string }[]; nextHandoff: { at: string } | null }[]) {
      const card = page.locator('.oncall-card', { has: page.getByRole('heading', { name: s.name, exact: true }) });
      await card.waitFor();
      const holder = s.onCall.map((p) => p.name);
      if (holder.length) expect(await card.locator('.oncall-now .oncall-person-name').allTextContents()).toEqual(holder);
      else await card.getByText('Nobody is on call').waitFor();
      if (s.nextHandoff) await card.locator('.oncall-next').waitFor();
      await card.locator('.shift-strip .shift').first().waitFor();
    }
    const infra = page.locator('.oncall-card', { has: page.getByRole('heading', { name: 'Infrastructure escalations', exact: true }) });
    expect(await infra.locator('.oncall-now .oncall-person-name').textContent()).toBe('Jonas Berg');
    await infra.locator('.oncall-override', { hasText: 'Override' }).waitFor();
    const desk = page.locator('.oncall-card', { has: page.getByRole('heading', { name: 'Service desk', exact: true }) });
    expect(await desk.locator('.handoff-list li').count()).toBe(4);
    expect(await widget.locator('li').count()).toBe(3);
    await screenshot(page, 'oncall', { fullPage: true });
    await context.close();
  }, 60_000);
});
