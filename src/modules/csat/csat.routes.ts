/**
 * HTTP of client satisfaction: a ticket's rating read by whoever can see the ticket and given or
 * changed by a client user of its organisation (staff never rate for a client); and the page a
 * resolution mail's signed link lands on (`/csat/<token>`), whose GET only shows the choice and
 * whose form POSTs it — the token is the only credential there.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import type { DomainEvent } from '../../platform/events.js';
import { IdParams } from '../../platform/http/common.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { verifyToken } from '../../platform/secrets.js';
import { actorFrom, isStaff } from '../auth/index.js';
import { findTicketForActor, formatTicketNumber, type OnTicketCreating } from '../tickets/index.js';
import { isRating, ratingRefusal, type Rating } from './csat.js';
import type { CsatSettings, TicketById } from './csat-deps.js';
import { findSurvey, surveyOfTicket, type Survey } from './csat.repository.js';
import { RateBody, TicketRating } from './csat.schema.js';
import { openFollowUp } from './open-follow-up.js';
import { rateTicket } from './rate-ticket.js';
import { RATING_PAGE_HEADERS, renderRatingPage, renderRatingProblemPage } from './rating-page.js';

export interface CsatRoutesDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  settings: CsatSettings;
  /** Verifies the mail's rating links; empty means links are off. */
  secretKey: string;
  ticketPrefix: string;
  ticketById: TicketById;
  onTicketCreating?: OnTicketCreating;
  publish: (e: DomainEvent) => void;
}

class LinkProblem extends Error {
  constructor(readonly status: number, readonly title: string, readonly text: string) {
    super(title);
  }
}

export function csatRoutes(app: App, deps: CsatRoutesDeps): void {
  app.addSchema(TicketRating);
  const { db, clock } = deps;
  const present = (ticketId: string, s: Survey | undefined, staff: boolean) => ({
    ticketId,
    offered: s !== undefined,
    open: s !== undefined && ratingRefusal(s, clock.now()) === null,
    closesAt: s?.closesAt ?? null,
    rating: s?.rating ?? null,
    comment: s?.comment ?? null,
    ratedAt: s?.ratedAt ?? null,
    followUpTicketId: staff ? (s?.followUpTicketId ?? null) : null,
  });
  const rate = async (survey: Survey, rating: Rating, comment: string | null | undefined, byUserId: string | null) => {
    const events: DomainEvent[] = [];
    const done = await rateTicket(
      { db, clock, settings: deps.settings, openFollowUp: (trx, s, r, c) => openFollowUp({ ...deps, db: trx, emit: (e) => events.push(e) }, s, r, c) },
      { surveyId: survey.id, rating, comment, byUserId },
    );
    for (const e of events) deps.publish(e);
    return done;
  };
  const tags = ['csat'];

  app.get('/api/v1/tickets/:id/rating', {
    schema: { tags, summary: 'The client’s rating of a resolved ticket (whoever can see the ticket)', params: IdParams, response: { 200: Type.Ref('TicketRating'), ...problemResponses(400, 401, 404) } },
  }, async (request) => {
    const actor = actorFrom(request);
    const ticket = await findTicketForActor(db, actor, request.params.id);
    if (!ticket) throw notFound('Ticket');
    return present(ticket.id, await surveyOfTicket(db, ticket.id), isStaff(actor));
  });

  app.put('/api/v1/tickets/:id/rating', {
    schema: {
      tags,
      summary: 'Rate a resolved ticket good, okay or bad, with an optional comment (client users; again to change it while open)',
      description: 'A rating at or below SWITCHBOARD_CSAT_FOLLOW_UP_AT opens one follow-up ticket for the service manager (docs/reports.md).',
      params: IdParams,
      body: RateBody,
      response: { 200: Type.Ref('TicketRating'), ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    const ticket = await findTicketForActor(db, actor, request.params.id);
    if (!ticket) throw notFound('Ticket');
    if (isStaff(actor)) throw forbidden('Only the client rates a ticket');
    const survey = await surveyOfTicket(db, ticket.id);
    if (!survey) throw new AppError('survey_not_offered', 'This ticket has not been resolved yet', { status: 409, field: '/rating' });
    return present(ticket.id, await rate(survey, request.body.rating, request.body.comment, actor.userId), false);
  });

  // The mail's links: their own scope, so the form parser never changes how other routes read bodies.
  const send = (reply: FastifyReply, status: number, html: string) => reply.status(status).headers(RATING_PAGE_HEADERS).send(html);
  const load = async (token: string): Promise<Survey> => {
    if (!deps.secretKey) throw new LinkProblem(404, 'Rating links are off', 'This Switchboard server has no secret key set, so it cannot check rating links.');
    let payload: { s?: unknown };
    try {
      payload = verifyToken<{ s?: unknown }>(deps.secretKey, token, clock.now());
    } catch (error) {
      if (error instanceof AppError && error.code === 'link_expired') throw new LinkProblem(410, 'Rating has closed', `Tickets can be rated for ${deps.settings.windowDays} days after they are resolved.`);
      if (error instanceof AppError && error.code === 'link_invalid') throw new LinkProblem(403, 'This link is not valid', 'It was changed, cut short, or not made by this server.');
      throw error;
    }
    const survey = typeof payload.s === 'string' ? await findSurvey(db, payload.s) : undefined;
    if (!survey) throw new LinkProblem(404, 'This survey no longer exists', 'The ticket this link belongs to is not here any more.');
    return survey;
  };
  const view = async (survey: Survey, chosen: Rating | null, saved = false) => {
    const ticket = await deps.ticketById(db, survey.ticketId);
    return renderRatingPage({ number: formatTicketNumber(deps.ticketPrefix, ticket?.number ?? 0), subject: ticket?.subject ?? '', chosen, comment: survey.comment, saved });
  };
  const answer = async (reply: FastifyReply, work: () => Promise<string>) => {
    try {
      return send(reply, 200, await work());
    } catch (error) {
      if (error instanceof LinkProblem) return send(reply, error.status, renderRatingProblemPage(error.title, error.text));
      if (error instanceof AppError && error.code === 'survey_closed') return send(reply, 410, renderRatingProblemPage('Rating has closed', error.message));
      throw error;
    }
  };
  void app.register(async (scope) => {
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16_384 }, (_request, body, done) => {
        const form = new URLSearchParams(String(body));
        done(null, { rating: form.get('rating'), comment: form.get('comment') });
      });
    }
    const route = { config: { public: true }, schema: { hide: true } } as const;
    scope.get<{ Params: { token: string }; Querystring: { rating?: string } }>('/csat/:token', route, async (request, reply) =>
      answer(reply, async () => {
        const survey = await load(request.params.token);
        const wanted = request.query.rating;
        return view(survey, isRating(wanted) ? wanted : survey.rating);
      }),
    );
    scope.post<{ Params: { token: string }; Body: { rating?: unknown; comment?: unknown } }>('/csat/:token', route, async (request, reply) =>
      answer(reply, async () => {
        const survey = await load(request.params.token);
        const { rating, comment } = request.body ?? {};
        if (!isRating(rating)) return view(survey, survey.rating);
        const done = await rate(survey, rating, typeof comment === 'string' ? comment : null, null);
        return view(done, done.rating, true);
      }),
    );
  });
}
