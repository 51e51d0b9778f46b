/** The MSP's own people and teams, and the portal logins of a few client contacts. */
import { toIso } from '../../platform/clock.js';
import type { TeamTable } from '../staff/index.js';
import type { UserTable } from '../auth/index.js';
import { PORTAL_ORGANIZATIONS } from './catalogue.js';
import type { DemoOrganization, DemoStaff, DemoTechnician } from './demo-data.js';
import { DAY_MS } from './generate-clients.js';
import type { Random } from './random.js';
import { emailLocalPart } from './words.js';

/** The MSP's e-mail domain. */
export const MSP_DOMAIN = 'switchboard.example';
/** The owner's login. */
export const OWNER_EMAIL = `owner@${MSP_DOMAIN}`;
/** A tier 1 technician's login. */
export const TECHNICIAN_EMAIL = `tech@${MSP_DOMAIN}`;

type TeamKey = 'desk' | 'engineering' | 'projects';

interface StaffSpec {
  name: string;
  role: 'owner' | 'admin' | 'service_manager' | 'technician';
  tier: 1 | 2 | 3 | null;
  team: TeamKey | null;
  email?: string;
  leads?: TeamKey;
}

const STAFF: StaffSpec[] = [
  { name: 'Morgan Reyes', role: 'owner', tier: null, team: null, email: OWNER_EMAIL },
  { name: 'Priya Natarajan', role: 'admin', tier: null, team: null },
  { name: 'Graham Okonkwo', role: 'service_manager', tier: 3, team: null },
  { name: 'Dana Whitaker', role: 'technician', tier: 1, team: 'desk', leads: 'desk' },
  { name: 'Sam Carter', role: 'technician', tier: 1, team: 'desk', email: TECHNICIAN_EMAIL },
  { name: 'Aisha Rahman', role: 'technician', tier: 1, team: 'desk' },
  { name: 'Tom Becker', role: 'technician', tier: 1, team: 'desk' },
  { name: 'Lucia Ferreira', role: 'technician', tier: 1, team: 'desk' },
  { name: 'Ben Adeyemi', role: 'technician', tier: 1, team: 'desk' },
  { name: 'Hannah Kowalski', role: 'technician', tier: 1, team: 'desk' },
  { name: 'Marcus Lee', role: 'technician', tier: 1, team: 'desk' },
  { name: 'Elena Petrova', role: 'technician', tier: 2, team: 'engineering' },
  { name: 'Jordan Blake', role: 'technician', tier: 2, team: 'engineering' },
  { name: 'Kofi Mensah', role: 'technician', tier: 2, team: 'engineering' },
  { name: 'Rachel Goldberg', role: 'technician', tier: 2, team: 'projects', leads: 'projects' },
  { name: 'Diego Alvarez', role: 'technician', tier: 2, team: 'projects' },
  { name: 'Chris Novak', role: 'technician', tier: 3, team: 'engineering', leads: 'engineering' },
  { name: 'Mei Lin Tan', role: 'technician', tier: 3, team: 'engineering' },
  { name: 'Oliver Grant', role: 'technician', tier: 3, team: 'engineering' },
];

const TEAM_NAMES: Record<TeamKey, string> = { desk: 'Service Desk', engineering: 'Engineering', projects: 'Projects' };

export interface StaffResult {
  teams: TeamTable[];
  users: UserTable[];
  staff: DemoStaff;
  clientAdminEmail: string;
  clientUserEmail: string;
}

/** Teams, staff users and client portal users; marks the client contacts that got a login. */
export function generateStaff(rng: Random, nowMs: number, passwordHash: string, orgs: DemoOrganization[]): StaffResult {
  const teamIds: Record<TeamKey, string> = { desk: rng.uuid(), engineering: rng.uuid(), projects: rng.uuid() };
  const users: UserTable[] = [];
  const technicians: DemoTechnician[] = [];
  const leads: Partial<Record<TeamKey, string>> = {};
  for (const [index, spec] of STAFF.entries()) {
    const id = rng.uuid();
    const joinedMs = nowMs - (index === 0 ? 2200 : rng.int(220, 1800)) * DAY_MS;
    const [first, ...rest] = spec.name.split(' ');
    users.push({
      id,
      kind: 'staff',
      email: spec.email ?? `${emailLocalPart(first, rest.join(''))}@${MSP_DOMAIN}`,
      name: spec.name,
      password_hash: passwordHash,
      role: spec.role,
      tier: spec.tier,
      team_id: spec.team ? teamIds[spec.team] : null,
      organization_id: null,
      contact_id: null,
      disabled: false,
      created_at: toIso(joinedMs),
    });
    if (spec.leads) leads[spec.leads] = id;
    if (spec.role === 'technician' && spec.tier && spec.team) {
      technicians.push({ id, tier: spec.tier, teamId: teamIds[spec.team], firstContactSkill: 0.8 + rng.next() * 0.18 });
    }
  }
  const teams = (Object.keys(teamIds) as TeamKey[]).map((key) => ({
    id: teamIds[key],
    name: TEAM_NAMES[key],
    lead_user_id: leads[key] ?? null,
    created_at: toIso(nowMs - 2200 * DAY_MS),
  }));
  const portal = portalUsers(rng, nowMs, passwordHash, orgs);
  users.push(...portal);
  const staff = { serviceDeskId: teamIds.desk, engineeringId: teamIds.engineering, projectsId: teamIds.projects, technicians };
  return { teams, users, staff, clientAdminEmail: portal[0].email, clientUserEmail: portal[1].email };
}

/** In each portal organisation the IT contact becomes a client administrator and one colleague a client user. */
function portalUsers(rng: Random, nowMs: number, passwordHash: string, orgs: DemoOrganization[]): UserTable[] {
  const users: UserTable[] = [];
  for (const slug of PORTAL_ORGANIZATIONS) {
    const org = orgs.find((o) => o.row.slug === slug);
    if (!org) throw new Error(`Unknown portal organisation ${slug}`);
    for (const [contactIndex, role] of [[1, 'client_admin'], [2, 'client_user']] as const) {
      const contact = org.contacts[contactIndex];
      contact.userId = rng.uuid();
      users.push({
        id: contact.userId,
        kind: 'client',
        email: contact.email,
        name: contact.row.name,
        password_hash: passwordHash,
        role,
        tier: null,
        team_id: null,
        organization_id: org.row.id,
        contact_id: contact.row.id,
        disabled: false,
        created_at: toIso(Math.max(Date.parse(contact.row.created_at), nowMs - rng.int(200, 300) * DAY_MS)),
      });
    }
  }
  return users;
}
