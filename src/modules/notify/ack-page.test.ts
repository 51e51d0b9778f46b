import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../platform/http/html-page.js';
import { describeTarget, duration, renderAckPage, renderAckProblemPage, type AckPageView } from './ack-page.js';
import type { AckFacts } from '../reports/index.js';

const NOW = Date.parse('2026-03-02T14:20:00.000Z');

function facts(overrides: Partial<AckFacts['ladder']> = {}): AckFacts {
  return {
    notificationId: 'n1',
    ticketId: 't1',
    ticketNumber: 1042,
    subject: 'Core switch down',
    priority: 'P1',
    businessCritical: true,
    ticketStatus: 'open',
    client: 'Whitfield & Crane LLP',
    recipientUserId: 'u1',
    recipientName: 'Dana Whitaker',
    ladder: {
      policy: {
        id: 'p1',
        name: 'Business-critical to the CEO',
        version: 1,
        match: { trigger: 'created', businessCritical: true },
        steps: [15, 30, 60].map((delayMinutes, i) => ({ delayMinutes, delayKind: 'business' as const, from: 'trigger' as const, requiresAck: true, targets: [{ type: 'role' as const, role: (['team_lead', 'service_manager', 'owner'] as const)[i] }] })),
        repeat: { times: 0, fromStep: 1 },
      },
      state: 'active',
      nextStep: 1,
      round: 1,
      startedAt: '2026-03-02T14:00:00.000Z',
      nextStepAt: '2026-03-02T14:30:00.000Z',
      acknowledgedBy: null,
      acknowledgedAt: null,
      endedAt: null,
      ...overrides,
    },
    paged: [{ step: 1, round: 1, name: 'Dana Whitaker' }],
    names: {},
  };
}

const view = (f: AckFacts, extra: Partial<AckPageView> = {}): AckPageView => ({ facts: f, ticketPrefix: 'HD', token: 'abc.def', nowMs: NOW, ...extra });

describe('the acknowledge page', () => {
  it('shows the ticket with the configured prefix, the client, who was paged and who is next, and a button that posts', () => {
    const html = renderAckPage(view(facts()));
    expect(html).toContain('HD-1042 · P1 · business-critical');
    expect(html).toContain('Whitfield &#38; Crane LLP');
    expect(html).toContain('Not acknowledged: paging, step 1 of 3.');
    expect(html).toContain('<li>Step 1: Dana Whitaker</li>');
    expect(html).toMatch(/Next: step 2 pages the service manager in <time datetime="2026-03-02T14:30:00.000Z">10 min<\/time>/);
    expect(html).toContain('<form method="post" action="abc.def"><button type="submit">Acknowledge HD-1042</button></form>');
    expect(html).not.toContain('SB-');
  });

  it('offers no button once the ladder is acknowledged or ended, and says so', () => {
    const acked = renderAckPage(view(facts({ state: 'acknowledged', acknowledgedBy: 'Graham Okonkwo', acknowledgedAt: '2026-03-02T14:17:00.000Z', nextStepAt: null }), { outcome: 'already' }));
    expect(acked).not.toContain('<form');
    expect(acked).toContain('HD-1042 was already acknowledged; nothing changed.');
    expect(acked).toContain('Acknowledged by Graham Okonkwo <time datetime="2026-03-02T14:17:00.000Z">3 min ago</time>');
    const ended = renderAckPage(view({ ...facts({ state: 'ended' }), ticketStatus: 'resolved' }));
    expect(ended).not.toContain('<form');
    expect(ended).toContain('Ended: the ticket is resolved.');
  });

  it('escapes every value it shows, in text and in attributes', () => {
    const hostile = { ...facts(), subject: '<script>alert("x")</script>', client: "O'Brien <b>", recipientName: '&amp;' };
    const html = renderAckPage(view(hostile, { token: '"><x' }));
    expect(html).not.toMatch(/<script|<b>|<x/);
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(html).toContain('O&#39;Brien &#60;b&#62;');
    expect(html).toContain('<strong>&#38;amp;</strong>');
    expect(renderAckProblemPage('<t>', '<x>')).not.toMatch(/<t>|<x>/);
    expect(escapeHtml(`&<>"'`)).toBe('&#38;&#60;&#62;&#34;&#39;');
  });

  it('names targets in words and durations in minutes, hours or days', () => {
    expect(describeTarget({ type: 'role', role: 'team_lead' }, {})).toBe('the team lead');
    expect(describeTarget({ type: 'user', userId: 'u9' }, { u9: 'Morgan Reyes' })).toBe('Morgan Reyes');
    expect(describeTarget({ type: 'schedule', scheduleId: 's1' }, { s1: 'Night rota' })).toBe('whoever is on call on Night rota');
    expect([duration(30_000), duration(12 * 60_000), duration(185 * 60_000), duration(5 * 86_400_000)]).toEqual(['less than a minute', '12 min', '3 h 5 min', '5 days']);
  });
});
