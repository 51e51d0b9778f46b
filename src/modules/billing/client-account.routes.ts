/** HTTP of the client's own billing view in the portal (client admins). */
import { Type } from '@sinclair/typebox';
import { forbidden } from '../../platform/errors.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom } from '../auth/index.js';
import type { BillingDeps } from './billing-deps.js';
import { clientAccount } from './client-account.js';

const BlockMonthT = Type.Object({ month: Type.String(), carriedIn: Type.Integer(), allowance: Type.Integer(), used: Type.Integer(), balance: Type.Integer(), overage: Type.Integer(), low: Type.Boolean() });

/** The portal's billing: goodwill and block balances. */
export const ClientAccount = Type.Object(
  {
    goodwill: Type.Ref('GoodwillLedger'),
    blocks: Type.Array(Type.Object({ contractId: Type.String(), contractName: Type.String(), months: Type.Array(BlockMonthT, { description: 'This month first, then the two before, in the client’s time zone.' }) })),
  },
  { $id: 'ClientAccount' },
);

/** Registers the client's billing view (from billingRoutes, after GoodwillLedger's schema). */
export function clientAccountRoutes(app: App, deps: BillingDeps): void {
  app.addSchema(ClientAccount);
  app.get('/api/v1/billing/my-account', {
    schema: { tags: ['billing'], summary: 'Your organisation’s goodwill ledger and block-hour balances (client admins)', response: { 200: Type.Ref('ClientAccount'), ...problemResponses(401, 403) } },
  }, async (request) => {
    const actor = actorFrom(request);
    if (actor.kind !== 'client' || actor.role !== 'client_admin') throw forbidden('Only the client’s admins see its billing');
    return clientAccount(deps, actor);
  });
}
