/** On-call schedule names, for escalation steps that page "whoever is on call" on a schedule. */
import { api } from '../platform/api';
import type { ApiAnswer } from '../platform/types';

let names: Promise<Map<string, string>> | undefined;

/**
 * Schedule names by id, for escalation steps that page "whoever is on call" (cached per page load;
 * `fresh` reads them again, for the builder, where a schedule made a minute ago must be there).
 */
export function scheduleNames(fresh = false): Promise<Map<string, string>> {
  if (fresh) names = undefined;
  names ??= api<ApiAnswer<'/api/v1/oncall/schedules', 'get'>>('GET', '/oncall/schedules')
    .then((page) => new Map(page.items.map((s) => [s.id, s.name])))
    .catch(() => {
      names = undefined;
      return new Map<string, string>();
    });
  return names;
}
