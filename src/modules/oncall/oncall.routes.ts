/** HTTP for on-call schedules: rotations, layers, overrides, who is on call, shifts and hand-offs. */
import { Type } from '@sinclair/typebox';
import { toIso, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isManager, isStaff, type Actor } from '../auth/index.js';
import { addOverride } from './add-override.js';
import { addSwap } from './add-swap.js';
import { listHandoffs, listOnCall, listShifts } from './list-shifts.js';
import { findSchedule, listSchedules, overridesBetween, userNames, type OverrideRecord, type ScheduleRecord } from './oncall.repository.js';
import {
  AtQuery, BoardResponse, CountQuery, Handoff, HandoffsResponse, OnCall, OnCallResponse, Override, OverrideBody, OverrideParams,
  RangeQuery, Schedule, ScheduleBody, SchedulePatch, ShiftsResponse, SwapBody,
} from './oncall.schema.js';
import { removeOverride } from './remove-override.js';
import { changeSchedule, createSchedule } from './save-schedule.js';
import { onCallBoard } from './who-is-on-call.js';

/** The longest range one shift list may cover. */
export const MAX_SHIFT_RANGE_DAYS = 62;

/** What the on-call routes need. */
export interface OncallRoutesDeps {
  db: Db;
  clock: Clock;
}

const staffOnly = (actor: Actor) => {
  if (!isStaff(actor)) throw forbidden('Only staff can see on-call schedules');
};
const managersOnly = (actor: Actor) => {
  if (!isManager(actor)) throw forbidden('Only an owner, admin or service manager can change on-call schedules');
};

/** Registers the on-call routes under /api/v1/oncall. */
export function oncallRoutes(app: App, deps: OncallRoutesDeps): void {
  for (const s of [Override, Schedule, OnCall, Handoff]) app.addSchema(s);
  const tags = ['oncall'];
  const { db, clock } = deps;
  const load = async (id: string) => {
    const record = await findSchedule(db, id);
    if (!record) throw notFound('On-call schedule');
    return record;
  };

  app.get('/api/v1/oncall/schedules', {
    schema: { tags, summary: 'List on-call schedules', response: { 200: Type.Object({ items: Type.Array(Type.Ref('OncallSchedule')) }), ...problemResponses(401, 403) } },
  }, async (request) => {
    staffOnly(actorFrom(request));
    const records = await listSchedules(db);
    const names = await userNames(db, records.flatMap(participantIds));
    return { items: records.map((r) => presentSchedule(r, names)) };
  });

  app.post('/api/v1/oncall/schedules', {
    schema: { tags, summary: 'Create an on-call schedule', body: ScheduleBody, response: { 201: Type.Ref('OncallSchedule'), ...problemResponses(400, 401, 403, 409, 422) } },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    managersOnly(actor);
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const record = await createSchedule({ db: trx, clock }, request.body);
      return { status: 201, body: presentSchedule(record, await userNames(trx, participantIds(record)), []) };
    });
  });

  app.get('/api/v1/oncall/schedules/:id', {
    schema: { tags, summary: 'Get an on-call schedule with its current and future overrides', params: IdParams, response: { 200: Type.Ref('OncallSchedule'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staffOnly(actorFrom(request));
    const record = await load(request.params.id);
    return (await presentWithOverrides(db, record, clock.now()));
  });

  app.patch('/api/v1/oncall/schedules/:id', {
    schema: {
      tags,
      summary: 'Change an on-call schedule (layers are replaced whole)',
      params: IdParams,
      body: SchedulePatch,
      response: { 200: Type.Ref('OncallSchedule'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    managersOnly(actorFrom(request));
    const current = await load(request.params.id);
    const saved = await db.transaction().execute((trx) => changeSchedule({ db: trx, clock }, current, request.body));
    return (await presentWithOverrides(db, saved, clock.now()));
  });

  app.post('/api/v1/oncall/schedules/:id/overrides', {
    schema: { tags, summary: 'Add an override (a swap is two)', params: IdParams, body: OverrideBody, response: { 201: Type.Ref('OncallOverride'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    managersOnly(actor);
    const record = await load(request.params.id);
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const override = await addOverride({ db: trx, clock }, record, actor.userId, request.body);
      return { status: 201, body: presentOverride(override, await userNames(trx, [override.userId, override.replacesUserId ?? ''])) };
    });
  });

  app.post('/api/v1/oncall/schedules/:id/swaps', {
    schema: {
      tags,
      summary: 'Swap two shifts (two overrides, stored together)',
      params: IdParams,
      body: SwapBody,
      response: { 201: Type.Object({ items: Type.Array(Type.Ref('OncallOverride')) }), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    managersOnly(actor);
    const record = await load(request.params.id);
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const pair = await addSwap({ db: trx, clock }, record, actor.userId, request.body);
      const names = await userNames(trx, [request.body.first.userId, request.body.second.userId]);
      return { status: 201, body: { items: pair.map((o) => presentOverride(o, names)) } };
    });
  });

  app.delete('/api/v1/oncall/schedules/:id/overrides/:overrideId', {
    schema: { tags, summary: 'Remove an override', params: OverrideParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    managersOnly(actorFrom(request));
    await load(request.params.id);
    await removeOverride({ db }, { scheduleId: request.params.id, overrideId: request.params.overrideId });
    return reply.status(204).send(null);
  });

  app.get('/api/v1/oncall/schedules/:id/on-call', {
    schema: { tags, summary: 'Who is on call at an instant (default now)', params: IdParams, querystring: AtQuery, response: { 200: OnCallResponse, ...problemResponses(400, 401, 403, 404) } },
  }, async (request) => {
    staffOnly(actorFrom(request));
    const record = await load(request.params.id);
    const at = request.query.at ? Date.parse(request.query.at) : clock.now();
    return { scheduleId: record.id, at: toIso(at), onCall: (await listOnCall(db, record, at)) };
  });

  app.get('/api/v1/oncall/schedules/:id/shifts', {
    schema: {
      tags,
      summary: `The final shift list for a range of at most ${MAX_SHIFT_RANGE_DAYS} days`,
      params: IdParams,
      querystring: RangeQuery,
      response: { 200: ShiftsResponse, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    staffOnly(actorFrom(request));
    const record = await load(request.params.id);
    const [from, to] = checkRange(request.query.from, request.query.to);
    return { items: await listShifts(db, record, from, to) };
  });

  app.get('/api/v1/oncall/schedules/:id/handoffs', {
    schema: { tags, summary: 'The next hand-offs (within two years)', params: IdParams, querystring: CountQuery, response: { 200: HandoffsResponse, ...problemResponses(400, 401, 403, 404) } },
  }, async (request) => {
    staffOnly(actorFrom(request));
    const record = await load(request.params.id);
    return { items: (await listHandoffs(db, record, clock.now(), request.query.count ?? 5)) };
  });

  app.get('/api/v1/oncall/now', {
    schema: { tags, summary: 'Every schedule: who is on call now and the next hand-off', response: { 200: BoardResponse, ...problemResponses(401, 403) } },
  }, async (request) => {
    staffOnly(actorFrom(request));
    const at = clock.now();
    return { at: toIso(at), items: (await onCallBoard(db, at)) };
  });
}

function instant(value: string | undefined, name: string): number {
  if (value === undefined) throw new AppError('validation_failed', `${name} is required in the querystring`, { status: 400, field: `/${name}` });
  return Date.parse(value);
}

function checkRange(fromText: string | undefined, toText: string | undefined): [number, number] {
  const from = instant(fromText, 'from');
  const to = instant(toText, 'to');
  if (!(to > from)) throw new AppError('oncall_invalid_period', 'The range must end after it starts', { status: 400, field: '/to' });
  if (to - from > MAX_SHIFT_RANGE_DAYS * 86_400_000) {
    throw new AppError('oncall_range_too_long', `Ask for at most ${MAX_SHIFT_RANGE_DAYS} days of shifts at a time`, { status: 400, field: '/to' });
  }
  return [from, to];
}

function participantIds(r: ScheduleRecord): string[] {
  return r.layers.flatMap((l) => l.participants);
}

function presentSchedule(r: ScheduleRecord, names: Map<string, string>, overrides?: ReturnType<typeof presentOverride>[]) {
  const users = [...new Set(participantIds(r))].map((id) => ({ id, name: names.get(id) ?? '' }));
  return { id: r.id, name: r.name, timeZone: r.timeZone, layers: r.layers, users, ...(overrides ? { overrides } : {}), version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt };
}

function presentOverride(o: OverrideRecord, names: Map<string, string>) {
  const replacesUserName = o.replacesUserId === null ? null : (names.get(o.replacesUserId) ?? '');
  return { ...o, userName: names.get(o.userId) ?? '', replacesUserName };
}

/** A schedule with the overrides that have not ended by `atMs`. */
async function presentWithOverrides(db: Db, r: ScheduleRecord, atMs: number) {
  const overrides = await overridesBetween(db, [r.id], toIso(atMs), '9999-12-31T23:59:59.999Z');
  const names = await userNames(db, [...participantIds(r), ...overrides.flatMap((o) => [o.userId, o.replacesUserId ?? ''])]);
  return presentSchedule(r, names, overrides.map((o) => presentOverride(o, names)));
}
