/** HTTP for users (staff accounts and client portal logins) and teams. */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Nullable, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, findUser, isAdministrator, isManager, isStaff, listUsers } from '../auth/index.js';
import { createUser } from './create-user.js';
import { changeUser } from './change-user.js';
import { listTeams } from './staff.repository.js';
import { changeTeam, createTeam } from './save-team.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const User = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union([Type.Literal('staff'), Type.Literal('client')]),
    email: Type.String(),
    name: Type.String(),
    role: Type.String(),
    tier: Nullable(Type.Integer()),
    teamId: Nullable(Type.String()),
    organizationId: Nullable(Type.String()),
    contactId: Nullable(Type.String()),
    disabled: Type.Boolean(),
    createdAt: Type.String(),
  },
  { $id: 'User' },
);
const CreateUserBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('staff'), Type.Literal('client')]),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    role: Type.String({ minLength: 1, maxLength: 40, description: 'Staff: owner, admin, service_manager, technician. Client: client_user, client_admin.' }),
    tier: Type.Optional(Type.Integer({ minimum: 1, maximum: 3 })),
    teamId: Type.Optional(Id),
    contactId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
const UpdateUserBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
    role: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    tier: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 3 }))),
    teamId: Type.Optional(Nullable(Id)),
    disabled: Type.Optional(Type.Boolean()),
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
const Team = Type.Object({ id: Type.String(), name: Type.String(), leadUserId: Nullable(Type.String()), createdAt: Type.String() }, { $id: 'Team' });
const TeamBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }), leadUserId: Type.Optional(Nullable(Id)) }, { additionalProperties: false });

/** By name: the user's name and id. */
const USERS_CURSOR = cursorShape('users', 'text', 'text');

export interface StaffRoutesDeps {
  db: Db;
  clock: Clock;
  /** Tells long-lived readers (live streams, on every node) to re-check this user's access. */
  accessChanged: (userId: string) => void;
}

export function staffRoutes(app: App, deps: StaffRoutesDeps): void {
  app.addSchema(User);
  app.addSchema(Team);
  const tags = ['staff'];

  app.get('/api/v1/users', {
    schema: {
      tags,
      summary: 'List users (staff only)',
      querystring: Type.Object({ ...PageQuery, kind: Type.Optional(Type.Union([Type.Literal('staff'), Type.Literal('client')])), role: Type.Optional(Type.String({ maxLength: 40 })), organizationId: Type.Optional(Id) }, { additionalProperties: false }),
      response: { 200: Page(Type.Ref('User'), 'UserPage'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    if (!isStaff(actorFrom(request))) throw forbidden('Only staff can list users');
    const q = request.query;
    const limit = q.limit ?? 50;
    const rows = await listUsers(deps.db, { kind: q.kind, role: q.role, organizationId: q.organizationId, limit, after: readCursor(request, USERS_CURSOR) });
    return toPage(request, USERS_CURSOR, rows, limit, (u) => [u.name, u.id], (u) => u);
  });

  app.post('/api/v1/users', {
    schema: {
      tags,
      summary: 'Create a staff account or a client portal login (owner and admin)',
      body: CreateUserBody,
      response: { 201: Type.Ref('User'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    if (!isAdministrator(actor)) throw forbidden('Only an owner or admin can create accounts');
    if (request.body.role === 'owner' && !(actor.kind === 'staff' && actor.role === 'owner')) throw forbidden('Only an owner can create another owner');
    return runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: await createUser({ db: trx, clock: deps.clock }, actor, request.body, request.ip) })).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw conflict('email_taken', 'There is already an account for that email', '/email');
      throw error;
    });
  });

  app.get('/api/v1/users/:id', {
    schema: { tags, summary: 'Get a user', params: IdParams, response: { 200: Type.Ref('User'), ...problemResponses(401, 404) } },
  }, async (request) => {
    const actor = actorFrom(request);
    if (!isStaff(actor) && request.params.id !== actor.userId) throw notFound('User');
    const user = await findUser(deps.db, request.params.id);
    if (!user) throw notFound('User');
    return user;
  });

  app.patch('/api/v1/users/:id', {
    schema: {
      tags,
      summary: 'Change a user (owner and admin)',
      description: 'Disabling a user or setting their password ends all of their sessions; a disabled user\'s API tokens stop working, and their live streams close.',
      params: IdParams,
      body: UpdateUserBody,
      response: { 200: Type.Ref('User'), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    if (!isStaff(actor) && request.params.id !== actor.userId) throw notFound('User');
    if (!isAdministrator(actor)) throw forbidden('Only an owner or admin can change accounts');
    return changeUser(deps, { actor, userId: request.params.id, patch: request.body, ip: request.ip });
  });

  app.get('/api/v1/teams', {
    schema: { tags, summary: 'List teams', response: { 200: Type.Object({ items: Type.Array(Type.Ref('Team')) }), ...problemResponses(401, 403) } },
  }, async (request) => {
    if (!isStaff(actorFrom(request))) throw forbidden('Only staff can list teams');
    return { items: await listTeams(deps.db) };
  });

  app.post('/api/v1/teams', {
    schema: { tags, summary: 'Create a team (queue)', body: TeamBody, response: { 201: Type.Ref('Team'), ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    if (!isManager(actor)) throw forbidden('Only an owner, admin or service manager can create teams');
    return runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: await createTeam({ db: trx, clock: deps.clock }, request.body) }));
  });

  app.patch('/api/v1/teams/:id', {
    schema: {
      tags,
      summary: 'Rename a team or change its lead',
      params: IdParams,
      body: Type.Partial(TeamBody, { additionalProperties: false, minProperties: 1 }),
      response: { 200: Type.Ref('Team'), ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    if (!isManager(actor)) throw forbidden('Only an owner, admin or service manager can change teams');
    return changeTeam(deps, { id: request.params.id, patch: request.body });
  });
}
