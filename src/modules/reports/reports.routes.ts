import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, forbidden } from '../../platform/errors.js';
import { endOfDay } from '../../platform/http/input-ranges.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff } from '../auth/index.js';
import { fcrCsv, fcrReport } from './fcr-report.js';

export function reportRoutes(app: App, deps: { db: Db; clock: Clock }): void {
  const N = Type.Union([Type.Number(), Type.Null()]);
  const Row = Type.Object({ group: Type.String(), label: Type.String(), tickets: Type.Integer(), firstContact: Type.Integer(), ratePercent: N, targetPercent: Type.Number(), meetsTarget: Type.Union([Type.Boolean(), Type.Null()]) });
  app.get('/api/v1/reports/fcr', {
    schema: {
      tags: ['reports'],
      summary: 'First-contact resolution rate per technician or client, against the 90% target (JSON or CSV)',
      description:
        'Phone tickets resolved in the period count as first contact when marked so, never escalated (tier raised, or assigned to someone of a higher tier than ' +
        'the technician who took the call), not reopened within 7 days and not contacted again. Per technician, each ticket counts for whoever took the call: ' +
        'the author of its first call log, else the staff member who opened it (`not_recorded` when neither is known).',
      querystring: Type.Object(
        {
          from: Type.String({ format: 'date' }),
          to: Type.String({ format: 'date' }),
          groupBy: Type.Optional(Type.Union([Type.Literal('technician'), Type.Literal('organization')], { default: 'technician' })),
          format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' })),
        },
        { additionalProperties: false },
      ),
      response: {
        200: {
          description: 'JSON by default; with format=csv the same rows as text/csv.',
          content: { 'application/json': { schema: Type.Object({ items: Type.Array(Row) }) }, 'text/csv': { schema: Type.String() } },
        },
        ...problemResponses(400, 401, 403),
      },
    },
  }, async (request, reply) => {
    if (!isStaff(actorFrom(request))) throw forbidden('Only staff can read reports');
    const { from, to, groupBy = 'technician', format = 'json' } = request.query;
    if (to < from) throw new AppError('invalid_period', 'The period ends before it starts', { status: 400, field: '/to' });
    const rows = await fcrReport(deps.db, { from: `${from}T00:00:00.000Z`, to: endOfDay(to), groupBy });
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="fcr-${from}-${to}.csv"`).send(fcrCsv(rows));
    return { items: rows };
  });
}
