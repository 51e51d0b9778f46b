/**
 * RFC 9457 problem details: the one shape every error leaves the API in, with a stable `code`
 * and, when one input field is at fault, its JSON pointer in `field`.
 */
import { Type, type Static, type TRef } from '@sinclair/typebox';

export const Problem = Type.Object(
  {
    type: Type.String({ description: 'A URI naming the problem type.' }),
    title: Type.String({ description: 'A short, human-readable summary of the problem type.' }),
    status: Type.Integer({ description: 'The HTTP status code.' }),
    detail: Type.String({ description: 'What went wrong with this request, for a person.' }),
    code: Type.String({ description: 'Stable machine-readable error code.' }),
    field: Type.Optional(Type.String({ description: 'JSON pointer to the offending input field.' })),
    instance: Type.Optional(Type.String()),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: 'Problem', description: 'An RFC 9457 problem document.' },
);
export type Problem = Static<typeof Problem>;

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function problem(
  status: number,
  code: string,
  detail: string,
  extra: { field?: string; instance?: string; details?: Record<string, unknown> } = {},
): Problem {
  const body: Problem = {
    type: `https://switchboard.dev/problems/${code.replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
  };
  if (extra.field !== undefined) body.field = extra.field;
  if (extra.instance !== undefined) body.instance = extra.instance;
  if (extra.details !== undefined) body.details = extra.details;
  return body;
}

/**
 * Standard error responses for route schemas, so OpenAPI documents them: each a reference to the
 * one Problem schema (registered by the server), so the document states the shape once.
 */
export function problemResponses(...statuses: number[]): Record<number, TRef<'Problem'>> {
  const ref = Type.Ref('Problem');
  return Object.fromEntries(statuses.map((s) => [s, ref]));
}
