/**
 * Proposes a suspected incident when a signature just started firing for enough clients within
 * the window, or adds the new client to the open proposal. Runs in the fold's transaction.
 */
import { toIso } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { recentlyFired } from './alerts.repository.js';
import { addProposalClients, expireProposal, findOpenProposal, insertProposal } from './suspected-incidents.repository.js';
import { decideSuspicion, type SuspicionRules } from './suspicion.js';

export async function proposeIncident(deps: { db: Db; rules: SuspicionRules }, input: { signature: string; now: number }): Promise<void> {
  const { db, rules } = deps;
  const nowIso = toIso(input.now);
  const fired = await recentlyFired(db, input.signature, toIso(input.now - rules.windowMs));
  // One row per client: its first alert with this signature in the window.
  const clients = [...new Map(fired.reverse().map((f) => [f.organizationId, { organizationId: f.organizationId, alertId: f.id, firedAt: f.firedAt }])).values()];
  let open = await findOpenProposal(db, input.signature);
  const suspicion = decideSuspicion(clients.length, open ? { lastAlertAt: Date.parse(open.lastAlertAt) } : null, rules, input.now);
  if (suspicion === 'none') return;
  if (suspicion === 'replace' && open) {
    await expireProposal(db, open.id, nowIso);
    open = undefined;
  }
  if (!open) {
    const first = clients.reduce((min, c) => (c.firedAt < min ? c.firedAt : min), nowIso);
    await insertProposal(db, { id: newId(), signature: input.signature, firstAlertAt: first, nowIso });
    open = await findOpenProposal(db, input.signature);
    if (!open) return;
  }
  await addProposalClients(db, open.id, clients, nowIso);
}
