/** Escalation policies in words, for the list and the builder: targets, delays, triggers, repeats. */
import { formatMinutes } from '../../platform/format';
import type { EscalationPolicy, EscalationTarget } from '../../platform/types';

type Role = Extract<EscalationTarget, { type: 'role' }>['role'];
export type Step = EscalationPolicy['steps'][number];
export type Match = EscalationPolicy['match'];
export type Repeat = EscalationPolicy['repeat'];

// Every role the API may name (the compiler holds this to the generated type).
export const ROLE_LABEL: Record<Role, string> = {
  assignee: 'The assignee',
  team_lead: 'The team lead',
  service_manager: 'The service managers',
  owner: 'The owner',
  account_manager: 'The client’s account manager',
};
export const ROLES = Object.keys(ROLE_LABEL) as Role[];

export const TRIGGER_LABEL: Record<Match['trigger'], string> = {
  created: 'As soon as a matching ticket is open',
  'sla.warning': 'When an SLA clock nears its due time',
  'sla.breached': 'When an SLA clock is breached',
};

export const METHOD_LABEL: Record<string, string> = { email: 'Email', sms: 'SMS', voice: 'Voice call', webhook: 'Webhook', slack: 'Slack', teams: 'Teams' };

export interface Names {
  user: (id: string) => string | undefined;
  schedule: (id: string) => string | undefined;
}

export function targetLabel(t: EscalationTarget, names: Names): string {
  if (t.type === 'user') return names.user(t.userId) ?? 'A person no longer on staff';
  if (t.type === 'role') return ROLE_LABEL[t.role];
  return `On call: ${names.schedule(t.scheduleId) ?? 'a removed schedule'}`;
}

/** "15 min of covered time after the start", "right after the previous step". */
export function delayLabel(step: Pick<Step, 'delayMinutes' | 'delayKind' | 'from'>): string {
  if (step.delayMinutes === 0) return step.from === 'trigger' ? 'at once' : 'right after the previous step';
  const kind = step.delayKind === 'business' ? ' of covered time' : '';
  return `${formatMinutes(step.delayMinutes)}${kind} after ${step.from === 'trigger' ? 'the start' : 'the previous step'}`;
}

/** "P1, P2 · business-critical · 2 contracts" — which tickets a policy applies to. */
export function matchLabel(match: Match, contractName: (id: string) => string | undefined): string {
  const parts: string[] = [];
  parts.push(match.priorities?.length ? match.priorities.join(', ') : 'any priority');
  if (match.businessCritical === true) parts.push('business-critical');
  if (match.businessCritical === false) parts.push('not business-critical');
  if (match.contractIds?.length) parts.push(match.contractIds.length === 1 ? (contractName(match.contractIds[0]) ?? '1 contract') : `${match.contractIds.length} contracts`);
  return parts.join(' · ');
}

export function repeatLabel(repeat: Repeat): string {
  if (repeat.times === 0) return 'Does not repeat';
  const from = repeat.fromStep === 1 ? '' : ` from step ${repeat.fromStep}`;
  if (repeat.times === null) return `Repeats${from} until acknowledged or resolved`;
  return `Repeats${from} ${repeat.times === 1 ? 'once' : `${repeat.times} times`}`;
}
