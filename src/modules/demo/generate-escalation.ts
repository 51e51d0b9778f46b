/** The demo's escalation policy: a business-critical ticket nobody acknowledges climbs to the owner. */
import type { EscalationPolicyTable } from '../escalation/index.js';
import { toIso } from '../../platform/clock.js';
import { DAY_MS } from './generate-clients.js';
import type { Random } from './random.js';

/** The policy's name, as the console and the acknowledge page show it. */
export const DEMO_LADDER_NAME = 'Business-critical to the CEO';

/**
 * The ladder of the product's own story: the team lead and whoever is on call on the demo's 24/7
 * schedule after 15 covered minutes, the service manager after 30, the owner after 60, each step
 * waiting for an acknowledgement.
 */
export function generateEscalationPolicies(rng: Random, nowMs: number, scheduleId: string): EscalationPolicyTable[] {
  const at = toIso(nowMs - 200 * DAY_MS);
  const role = (name: string) => ({ type: 'role', role: name });
  const step = (delayMinutes: number, targets: unknown[]) => ({ delayMinutes, delayKind: 'business', from: 'trigger', requiresAck: true, targets });
  return [
    {
      id: rng.uuid(),
      name: DEMO_LADDER_NAME,
      match: JSON.stringify({ trigger: 'created', businessCritical: true }),
      steps: JSON.stringify([step(15, [role('team_lead'), { type: 'schedule', scheduleId }]), step(30, [role('service_manager')]), step(60, [role('owner')])]),
      repeat: JSON.stringify({ times: 0, fromStep: 1 }),
      active: true,
      version: 1,
      created_at: at,
      updated_at: at,
    },
  ];
}
