/**
 * HTTP for delivery: provider configuration (owner/admin) and the Twilio-compatible callbacks — delivery status, SMS replies and voice keypresses — each
 * checked against the provider's request signature before anything happens.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isAdministrator } from '../auth/index.js';
import { acknowledgeTicket, withLadders, type AckChannel, type LadderDeps } from '../escalation/index.js';
import { formatTicketNumber, ticketFacts } from '../tickets/index.js';
import { addProvider } from './add-provider.js';
import { findNotification, latestPageTo, listProviders } from './delivery.repository.js';
import { ProviderBody, ProviderInfo } from './notify.schema.js';
import { recordDeliveryStatus } from './record-delivery-status.js';
import { removeProvider } from './remove-provider.js';
import { validateTwilioSignature } from './providers/twilio.js';

export interface NotifyRoutesDeps {
  db: Db;
  clock: Clock;
  secretKey: string;
  publicUrl: string;
  ladders: Omit<LadderDeps, 'db'>;
  /** Prefix of human ticket numbers (config ticketPrefix), for the answers to acknowledgements. */
  ticketPrefix: string;
  /** Auth tokens of the configured Twilio-compatible providers, for request signatures. */
  twilioTokens: () => Promise<string[]>;
  afterAck: () => void;
  onProvidersChanged: () => void;
  /** Whether a provider's API may be on the server's own network, and reached over plain http. */
  allowPrivateDestinations?: boolean;
}

const xml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
const twiml = (reply: FastifyReply, body: string) => reply.type('text/xml').send(`<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`);

export function notifyRoutes(app: App, deps: NotifyRoutesDeps): void {
  // Providers post their callbacks form-encoded.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  const ack = async (ticketId: string, userId: string, via: AckChannel): Promise<number> => {
    try {
      const done = await withLadders(deps.ladders, deps.db, (d) => acknowledgeTicket(d, ticketId, userId, via));
      deps.afterAck();
      return done.length;
    } catch (error) {
      if (error instanceof AppError && error.code === 'nothing_to_acknowledge') return 0;
      throw error;
    }
  };
  const signed = async (request: FastifyRequest): Promise<Record<string, string>> => {
    const params = (request.body ?? {}) as Record<string, string>;
    const url = `${deps.publicUrl.replace(/\/+$/, '')}${request.url}`;
    const header = request.headers['x-twilio-signature'] as string | undefined;
    const ok = (await deps.twilioTokens()).some((token) => validateTwilioSignature(token, url, params, header));
    if (!ok) {
      request.log.warn({ url: request.url }, 'refused a provider callback with a bad signature');
      throw new AppError('bad_signature', 'The request signature does not match any configured provider', { status: 403 });
    }
    return params;
  };
  // Tickets are never deleted (a merge closes the source), so a page's ticket always has a number.
  const humanNumber = async (ticketId: string) => formatTicketNumber(deps.ticketPrefix, (await ticketFacts(deps.db, ticketId))!.number);

  const admin = (request: FastifyRequest) => {
    if (!isAdministrator(actorFrom(request))) throw forbidden('Only an owner or admin can configure delivery providers');
  };
  app.get('/api/v1/providers', {
    schema: { tags: ['notify'], summary: 'Delivery providers (credentials never shown)', response: { 200: Type.Object({ items: Type.Array(ProviderInfo) }), ...problemResponses(401, 403) } },
  }, async (request) => {
    admin(request);
    return { items: (await listProviders(deps.db)).map(({ settingsEncrypted: _s, updatedAt: _u, ...p }) => p) };
  });
  app.post('/api/v1/providers', {
    schema: {
      tags: ['notify'],
      summary: 'Configure a delivery provider (SMTP, Twilio-compatible SMS/voice, webhook, Slack, Teams)',
      body: ProviderBody,
      response: { 201: ProviderInfo, ...problemResponses(400, 401, 403, 409, 422) },
    },
  }, async (request, reply) => {
    admin(request);
    // Validated against its kind's settings schema (notify.schema.ts), which the type provider cannot see through.
    const body = request.body as ProviderBody;
    return reply.status(201).send(await addProvider(deps, { actorUserId: actorFrom(request).userId, ip: request.ip, body }));
  });
  app.delete('/api/v1/providers/:id', {
    schema: { tags: ['notify'], summary: 'Remove a delivery provider', params: IdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    admin(request);
    await removeProvider(deps, { actorUserId: actorFrom(request).userId, ip: request.ip, id: request.params.id });
    return reply.status(204).send(null);
  });

  const hidden = { hide: true } as const;
  app.post('/api/v1/webhooks/twilio/status', { config: { public: true }, schema: hidden }, async (request, reply) => {
    const params = await signed(request);
    const status = params.MessageStatus ?? params.CallStatus ?? 'unknown';
    await recordDeliveryStatus({ db: deps.db, clock: deps.clock, publish: deps.ladders.publish }, { sid: params.MessageSid ?? params.CallSid, status });
    return reply.status(204).send();
  });
  app.post('/api/v1/webhooks/twilio/sms', { config: { public: true }, schema: hidden }, async (request, reply) => {
    const params = await signed(request);
    const page = params.From ? await latestPageTo(deps.db, params.From) : undefined;
    if (!page) return twiml(reply, '<Message>Switchboard: there is no page to acknowledge from this number.</Message>');
    if (!/^\s*(ack|ok|1|yes)\b/i.test(params.Body ?? '')) return twiml(reply, '<Message>Switchboard: reply ACK to acknowledge.</Message>');
    const count = await ack(page.ticket_id, page.recipient_user_id, 'sms');
    return twiml(reply, `<Message>${xml(`Switchboard: ${await humanNumber(page.ticket_id)} ${count ? 'acknowledged' : 'was already acknowledged'}.`)}</Message>`);
  });
  app.post('/api/v1/webhooks/twilio/voice/:id', { config: { public: true }, schema: { ...hidden, params: IdParams } }, async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const params = await signed(request);
    const n = await findNotification(deps.db, request.params.id);
    if (!n) throw notFound('Page');
    if (params.Digits !== '1') return twiml(reply, '<Say>Not acknowledged. Goodbye.</Say>');
    const count = await ack(n.ticket_id, n.recipient_user_id, 'voice');
    return twiml(reply, `<Say>${count ? 'Acknowledged. Thank you.' : 'This page was already acknowledged.'}</Say>`);
  });
}
