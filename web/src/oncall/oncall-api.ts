/** Who is on call: the board of every schedule (GET /oncall/now) and a schedule's shifts. */
import { api } from '../platform/api';
import type { OnCallBoard, Shift } from '../platform/types';

export function fetchBoard(signal?: AbortSignal): Promise<OnCallBoard> {
  return api<OnCallBoard>('GET', '/oncall/now', undefined, { signal });
}

export async function fetchShifts(scheduleId: string, fromMs: number, toMs: number, signal?: AbortSignal): Promise<Shift[]> {
  const from = new Date(fromMs).toISOString();
  const to = new Date(toMs).toISOString();
  const page = await api<{ items: Shift[] }>('GET', `/oncall/schedules/${encodeURIComponent(scheduleId)}/shifts?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, undefined, { signal });
  return page.items;
}

/** A steady colour per person, so the same engineer looks the same on every schedule. */
export function personHue(userId: string): number {
  let h = 0;
  for (let i = 0; i < userId.length; i += 1) h = (h * 31 + userId.charCodeAt(i)) >>> 0;
  return h % 360;
}
