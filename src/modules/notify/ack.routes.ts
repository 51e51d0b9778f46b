/**
 * HTTP for the one-tap acknowledge link every page carries (`/ack/<signed token>`). GET and HEAD
 * only show a confirmation page — mail and chat link scanners fetch links, and must never stop an
 * escalation — and the page's button POSTs to the same address, which acknowledges. The signed
 * token in the address is the only credential, so a forged cross-site POST cannot name a page.
 */
import type { FastifyReply } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import type { App } from '../../platform/http/server.js';
import { verifyToken } from '../../platform/secrets.js';
import { acknowledgeTicket, withLadders, type LadderDeps } from '../escalation/index.js';
import { ACK_PAGE_HEADERS, renderAckPage, renderAckProblemPage, type AckOutcome } from './ack-page.js';
import { findAckFacts, type AckFacts } from '../reports/index.js';

export interface AckRoutesDeps {
  db: Db;
  clock: Clock;
  /** Signs and verifies the links; empty means links are off. */
  secretKey: string;
  ticketPrefix: string;
  ladders: Omit<LadderDeps, 'db'>;
  /** Called after an acknowledgement committed (wakes the delivery worker to drop withdrawn pages). */
  afterAck: () => void;
}

/** The path of the page for a signed token; the delivery worker puts `<public url>` before it. */
export const ackPath = (token: string): string => `/ack/${token}`;

/** A link that cannot be used, answered as a human page with the right status. */
class LinkProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly text: string,
  ) {
    super(title);
  }
}

export function ackRoutes(app: App, deps: AckRoutesDeps): void {
  const send = (reply: FastifyReply, status: number, html: string) => reply.status(status).headers(ACK_PAGE_HEADERS).send(html);

  const load = async (token: string): Promise<AckFacts> => {
    if (!deps.secretKey) throw new LinkProblem(404, 'One-tap links are off', 'This Switchboard server has no secret key set, so it cannot check acknowledge links.');
    let payload: { n?: unknown };
    try {
      payload = verifyToken<{ n?: unknown }>(deps.secretKey, token, deps.clock.now());
    } catch (error) {
      if (error instanceof AppError && error.code === 'link_expired') throw new LinkProblem(410, 'This link has expired', 'Acknowledge links work for 24 hours after the page was sent.');
      if (error instanceof AppError && error.code === 'link_invalid') throw new LinkProblem(403, 'This link is not valid', 'It was changed, cut short, or not made by this Switchboard server.');
      throw error;
    }
    const facts = typeof payload.n === 'string' ? await findAckFacts(deps.db, payload.n) : undefined;
    if (!facts) throw new LinkProblem(404, 'This page no longer exists', 'The page this link belongs to is not in Switchboard any more.');
    return facts;
  };
  const answer = async (reply: FastifyReply, work: () => Promise<string>) => {
    try {
      return send(reply, 200, await work());
    } catch (error) {
      if (error instanceof LinkProblem) return send(reply, error.status, renderAckProblemPage(error.title, error.text));
      throw error;
    }
  };
  const view = (token: string, facts: AckFacts, outcome?: AckOutcome) => renderAckPage({ facts, token, outcome, ticketPrefix: deps.ticketPrefix, nowMs: deps.clock.now() });

  const acknowledge = async (facts: AckFacts): Promise<AckOutcome> => {
    try {
      const done = await withLadders(deps.ladders, deps.db, (d) => acknowledgeTicket(d, facts.ticketId, facts.recipientUserId, 'link'));
      deps.afterAck();
      return done.length > 0 ? 'acknowledged' : 'already';
    } catch (error) {
      if (error instanceof AppError && error.code === 'nothing_to_acknowledge') return facts.ladder.state === 'ended' ? 'nothing' : 'already';
      throw error;
    }
  };

  // Its own scope, so the form parser below never changes how other routes read bodies.
  void app.register(async (scope) => {
    // The button's form has no fields: whatever a form POST carries is read and ignored.
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, _body, done) => done(null, {}));
    }
    const route = { config: { public: true }, schema: { hide: true } } as const;
    // GET (and the HEAD Fastify derives from it) reads only: no acknowledgement, no write of any kind.
    scope.get<{ Params: { token: string } }>('/ack/:token', route, async (request, reply) => answer(reply, async () => view(request.params.token, await load(request.params.token))));
    scope.post<{ Params: { token: string } }>('/ack/:token', route, async (request, reply) =>
      answer(reply, async () => {
        const { token } = request.params;
        const outcome = await acknowledge(await load(token));
        return view(token, await load(token), outcome);
      }),
    );
    // Links sent before the page moved out of /api/v1 (they live 24 hours) land on the page too.
    scope.get<{ Params: { token: string } }>('/api/v1/ack/:token', route, async (request, reply) =>
      reply.status(308).headers({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' }).redirect(ackPath(encodeURIComponent(request.params.token)), 308),
    );
  });
}
