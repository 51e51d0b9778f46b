/** HTTP of a client's account review (staff): its last quarter, or a period asked for. */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { endOfDay } from '../../platform/http/input-ranges.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff } from '../auth/index.js';
import { findOrganization } from '../clients/index.js';
import { accountReview, lastQuarter } from './account-review.js';

const N = Type.Union([Type.Number(), Type.Null()]);
const AccountReview = Type.Object(
  {
    organizationId: Type.String(),
    from: Type.String({ format: 'date-time' }),
    to: Type.String({ format: 'date-time' }),
    sla: Type.Array(Type.Object({ clock: Type.String(), met: Type.Integer(), missed: Type.Integer(), attainmentPercent: N }), { description: 'Clocks started in the period, per clock.' }),
    csat: Type.Object({ ratings: Type.Integer(), good: Type.Integer(), okay: Type.Integer(), bad: Type.Integer(), csatPercent: N }),
    goodwill: Type.Array(Type.Object({ currency: Type.String(), entries: Type.Integer(), minutes: Type.Integer(), valueMinor: Type.Integer() })),
    contracts: Type.Array(Type.Object({ currency: Type.String(), minutesWorked: Type.Integer(), workedValueMinor: Type.Integer(), billableMinor: Type.Integer(), feesMinor: Type.Integer(), contractValueMinor: Type.Integer(), valuePerHourMinor: N }), { description: 'Hours against contract value, per currency.' }),
  },
  { $id: 'AccountReview' },
);

/** Registers the account review (from ownerReportRoutes). */
export function accountReviewRoutes(app: App, deps: { db: Db; clock: Clock }): void {
  app.addSchema(AccountReview);
  app.get('/api/v1/organizations/:id/account-review', {
    schema: {
      tags: ['reports', 'clients'],
      summary: 'A client’s account review: SLA attainment, CSAT, goodwill and hours against contract value over the last quarter, or the days asked for (staff)',
      params: IdParams,
      querystring: Type.Object({ from: Type.Optional(Type.String({ format: 'date' })), to: Type.Optional(Type.String({ format: 'date' })) }, { additionalProperties: false }),
      response: { 200: Type.Ref('AccountReview'), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Only staff read account reviews');
    const org = await findOrganization(deps.db, actor, request.params.id);
    if (!org) throw notFound('Client organisation');
    const { from, to } = request.query;
    if ((from === undefined) !== (to === undefined)) throw new AppError('invalid_period', 'Give both from and to, or neither (the last quarter)', { status: 400, field: from === undefined ? '/from' : '/to' });
    if (from !== undefined && to !== undefined && to < from) throw new AppError('invalid_period', 'The period ends before it starts', { status: 400, field: '/to' });
    const period = from !== undefined && to !== undefined ? { from: `${from}T00:00:00.000Z`, to: endOfDay(to) } : lastQuarter(deps.clock.now());
    return accountReview(deps.db, { organizationId: org.id, ...period, now: deps.clock.now() });
  });
}
