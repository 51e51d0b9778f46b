/** TypeBox schemas of the csat API (also its OpenAPI). */
import { Type } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { COMMENT_MAX } from './rate-ticket.js';

const RatingT = Type.Union([Type.Literal('good'), Type.Literal('okay'), Type.Literal('bad')], { description: 'good, okay or bad.' });

export const TicketRating = Type.Object(
  {
    ticketId: Type.String(),
    offered: Type.Boolean({ description: 'Whether the ticket has been resolved and its survey offered.' }),
    open: Type.Boolean({ description: 'Whether a rating can be given or changed now.' }),
    closesAt: Nullable(Type.String({ description: 'When rating closes (the survey window after resolution).' })),
    rating: Nullable(RatingT),
    comment: Nullable(Type.String()),
    ratedAt: Nullable(Type.String()),
    followUpTicketId: Nullable(Type.String({ description: 'The follow-up a low rating opened (staff only; null for clients).' })),
  },
  { $id: 'TicketRating' },
);

export const RateBody = Type.Object(
  {
    rating: RatingT,
    comment: Type.Optional(Nullable(Type.String({ maxLength: COMMENT_MAX }))),
  },
  { additionalProperties: false },
);
