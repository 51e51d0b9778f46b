/** From stored records to the pure model and back to named, presentable answers. */
import { toIso } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { overridesBetween, userNames, type OverrideRecord, type ScheduleRecord } from './oncall.repository.js';
import type { Handoff, OnCall, Override, Schedule } from './schedule.js';

/** Who is on call, with their name and the layer's name. */
export interface NamedOnCall extends OnCall {
  name: string;
  layerName: string | null;
}

/** A hand-off as the API shows it. */
export interface NamedHandoff {
  at: string;
  from: NamedOnCall | null;
  to: NamedOnCall | null;
}

/** The pure model's view of a stored schedule. */
export function scheduleOf(record: ScheduleRecord): Schedule {
  return { timeZone: record.timeZone, layers: record.layers };
}

export function overrideOf(r: OverrideRecord): Override {
  return { id: r.id, userId: r.userId, replacesUserId: r.replacesUserId, startMs: Date.parse(r.startAt), endMs: Date.parse(r.endAt) };
}

/** The overrides of each schedule overlapping [fromMs, toMs), in the order they apply. */
export async function overridesFor(db: Db, scheduleIds: string[], fromMs: number, toMs: number): Promise<Map<string, Override[]>> {
  const byId = new Map<string, Override[]>(scheduleIds.map((id) => [id, []]));
  for (const r of await overridesBetween(db, scheduleIds, toIso(fromMs), toIso(toMs))) byId.get(r.scheduleId)?.push(overrideOf(r));
  return byId;
}

/** Names people and layers of one schedule; call `load` with every user id first. */
export class Namer {
  private names = new Map<string, string>();

  constructor(private readonly record: ScheduleRecord) {}

  async load(db: Db, userIds: string[]): Promise<this> {
    this.names = await userNames(db, userIds);
    return this;
  }

  name(userId: string): string {
    return this.names.get(userId) ?? '';
  }

  person(o: OnCall): NamedOnCall {
    const layerName = o.layer === null ? null : (this.record.layers[o.layer]?.name ?? `Layer ${o.layer + 1}`);
    return { userId: o.userId, name: this.name(o.userId), layer: o.layer, layerName, source: o.source, overrideId: o.overrideId };
  }

  handoff(h: Handoff): NamedHandoff {
    return { at: toIso(h.atMs), from: h.from && this.person(h.from), to: h.to && this.person(h.to) };
  }
}
