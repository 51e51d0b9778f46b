/**
 * Live ticket changes as server-sent events. Each reader gets only the events of tickets it may
 * see (the same tenancy rule as every query), and clients only what their reads would show them. A
 * stream ends with an `access.ended` event once its reader's token or session is revoked or ends,
 * or the user is disabled or changes role (the auth module's access watch).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { EventBus } from '../../platform/events.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, canSeeTicket } from '../auth/index.js';
import { clientStreamEvent } from './client-view.js';
import { LiveEvent } from './tickets.schema.js';

/** Calls `end` once the request's reader loses its access; returns the function that stops watching. */
export type WatchAccess = (request: FastifyRequest, end: (reason: string) => void) => () => void;

const HEARTBEAT_MS = 25_000;

export function streamRoutes(app: App, deps: { events: EventBus; watchAccess: WatchAccess }): void {
  app.addSchema(LiveEvent);
  const open = new Set<() => void>();
  // Streams never finish on their own; end them so a graceful shutdown does not wait for them.
  app.addHook('preClose', async () => {
    for (const end of open) end();
  });
  app.get('/api/v1/stream', {
    schema: {
      tags: ['tickets'],
      summary: 'Live ticket events (text/event-stream)',
      description:
        'Server-sent events: ticket.created, ticket.updated, message.added, ticket.linked, ticket.merged. The stream ends with access.ended when the token or ' +
        'session it was opened with is revoked or ends, or its user is disabled or changes role.',
      // Documents the stream; the route writes it itself, so nothing is serialised with this schema.
      response: { 200: { description: 'An endless event stream; each event is named by its type, and its data is a LiveEvent.', content: { 'text/event-stream': { schema: Type.Ref('LiveEvent') } } } },
    },
  }, (request, reply) => {
    const actor = actorFrom(request);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': connected\n\n');
    let sequence = 0;
    const unsubscribe = deps.events.subscribe((event) => {
      if (!canSeeTicket(actor, event)) return;
      // A client's stream carries what the client's reads show, by the same rules (client-view.ts).
      const shown = actor.kind === 'staff' ? event : clientStreamEvent(event);
      if (!shown) return;
      sequence += 1;
      const { organizationId: _o, contactId: _c, internal: _i, ...visible } = shown;
      res.write(`id: ${sequence}\nevent: ${event.type}\ndata: ${JSON.stringify(visible)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const unwatch = deps.watchAccess(request, (reason) => {
      res.write(`event: access.ended\ndata: ${JSON.stringify({ reason })}\n\n`);
      end();
    });
    const stop = () => {
      clearInterval(heartbeat);
      unsubscribe();
      unwatch();
      open.delete(end);
    };
    const end = () => {
      stop();
      res.end();
    };
    open.add(end);
    request.raw.on('close', stop);
    res.on('error', stop);
  });
}
