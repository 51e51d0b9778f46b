/**
 * A believable MSP from a seed: 25 client organisations with their sites and about 1,500 people,
 * the MSP's staff and teams, and about 3,000 tickets over the last 180 days with their messages,
 * history, links and search texts, a live desk of tickets raised minutes ago, and the staff's
 * contact methods with a 24/7 on-call schedule for the escalation ladder to page. Pure: the same
 * seed and instant always give the same rows; the same seed at another instant gives the same MSP
 * with its history moved to end at that instant.
 */
import type { DemoData } from './demo-data.js';
import { generateClients } from './generate-clients.js';
import { generateContracts } from './generate-contracts.js';
import { generateEscalationPolicies } from './generate-escalation.js';
import { generatePaging } from './generate-paging.js';
import { generateStaff } from './generate-staff.js';
import { generateTickets } from './generate-tickets.js';
import { generateViews } from './generate-views.js';
import { Random } from './random.js';

/**
 * Generates every demo row.
 * @param seed any integer; each part of the data draws from its own stream derived from it
 * @param nowMs the instant the data should look current at (epoch milliseconds); nothing is later
 * @param passwordHash stored as the password hash of every demo login
 */
export function generateDemo(seed: number, nowMs: number, passwordHash: string): DemoData {
  const clients = generateClients(Random.derive(seed, 'clients'), nowMs);
  const staff = generateStaff(Random.derive(seed, 'staff'), nowMs, passwordHash, clients.orgs);
  const tickets = generateTickets(Random.derive(seed, 'tickets'), nowMs, clients.orgs, staff.staff);
  const contracts = generateContracts(Random.derive(seed, 'contracts'), nowMs, clients.rows.organizations);
  const saved_views = generateViews(Random.derive(seed, 'views'), nowMs, clients.rows.organizations, staff.users);
  const paging = generatePaging(Random.derive(seed, 'paging'), nowMs, staff.users, staff.teams);
  const escalation_policies = generateEscalationPolicies(Random.derive(seed, 'escalation'), nowMs, paging.oncall_schedules[0].id);
  return { ...clients.rows, teams: staff.teams, users: staff.users, ...tickets, ...contracts, saved_views, ...paging, escalation_policies };
}
