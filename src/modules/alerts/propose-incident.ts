/**
 * Proposes a suspected incident when a signature just started firing for enough clients within
 * the window, or adds the clients that just started to the open proposal. Runs in the fold's
 * transaction, once per signature per batch; while a proposal is open it reads nothing else, so a
 * storm across many clients costs a few statements per batch, not a scan of the window per alert.
 */
import { toIso } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { recentlyFired } from './alerts.repository.js';
import { addProposalClients, expireProposal, findOpenProposal, insertProposal } from './suspected-incidents.repository.js';
import { decideSuspicion, type SuspicionRules } from './suspicion.js';

/** A client whose alert of the signature just started firing. */
export interface Onset {
  organizationId: string;
  alertId: string;
  firedAt: string;
}

export async function proposeIncident(deps: { db: Db; rules: SuspicionRules }, input: { signature: string; onsets: Onset[]; now: number }): Promise<void> {
  const { db, rules } = deps;
  const nowIso = toIso(input.now);
  let open = await findOpenProposal(db, input.signature);
  const fresh = open && Date.parse(open.lastAlertAt) >= input.now - rules.windowMs;
  if (open && fresh) return addProposalClients(db, open.id, input.onsets, nowIso);
  const fired = await recentlyFired(db, input.signature, toIso(input.now - rules.windowMs));
  // One row per client: its first alert with this signature in the window.
  const clients = [...new Map(fired.reverse().map((f) => [f.organizationId, { organizationId: f.organizationId, alertId: f.id, firedAt: f.firedAt }])).values()];
  const suspicion = decideSuspicion(clients.length, open ? { lastAlertAt: Date.parse(open.lastAlertAt) } : null, rules, input.now);
  if (suspicion === 'none' || suspicion === 'join') return;
  if (suspicion === 'replace' && open) await expireProposal(db, open.id, nowIso);
  const first = clients.reduce((min, c) => (c.firedAt < min ? c.firedAt : min), nowIso);
  await insertProposal(db, { id: newId(), signature: input.signature, firstAlertAt: first, nowIso });
  open = await findOpenProposal(db, input.signature);
  if (open) await addProposalClients(db, open.id, clients, nowIso);
}
