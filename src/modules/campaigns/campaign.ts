/**
 * Rollout campaigns as pure rules: the states of a checklist step, what a change of state needs,
 * and progress — per campaign, per step and per technician — counted from the steps' states.
 * No I/O.
 */

/** A step of a person's checklist: still to do, done, blocked (with a note saying by what), or not needed for this person. */
export const STEP_STATES = ['open', 'done', 'blocked', 'not_needed'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** Where a person of a campaign works: from home, or at one of the client's sites. */
export const PERSON_LOCATIONS = ['home', 'site'] as const;
export type PersonLocation = (typeof PERSON_LOCATIONS)[number];

/** The work type of a step whose template names none: billing's everyday kind of work. */
export const DEFAULT_WORK_TYPE = 'support';

/** A step counts towards progress when it is done or not needed. */
export function isFinished(state: StepState): boolean {
  return state === 'done' || state === 'not_needed';
}

/** Whole percent finished, rounded down so 100% means every step is finished; 0 of 0 is 0%. */
export function percent(finished: number, total: number): number {
  return total === 0 ? 0 : Math.floor((finished * 100) / total);
}

/** How many steps (or people) are in each state. */
export interface StateCounts {
  open: number;
  done: number;
  blocked: number;
  notNeeded: number;
}

export const noCounts = (): StateCounts => ({ open: 0, done: 0, blocked: 0, notNeeded: 0 });

/** Adds `n` steps in `state` to the counts. */
export function addCount(counts: StateCounts, state: StepState, n: number): StateCounts {
  const key = state === 'not_needed' ? 'notNeeded' : state;
  return { ...counts, [key]: counts[key] + n };
}

/** Finished (done or not needed), total and the whole percent of some counts. */
export function summarise(counts: StateCounts): StateCounts & { finished: number; total: number; percent: number } {
  const finished = counts.done + counts.notNeeded;
  const total = counts.open + counts.done + counts.blocked + counts.notNeeded;
  return { ...counts, finished, total, percent: percent(finished, total) };
}

/** A row of a grouped count: how many steps at `position` assigned to `assigneeId` are in `state`. */
export interface StateCountRow {
  position: number;
  assigneeId: string | null;
  state: StepState;
  n: number;
}

/** A person's states in step order, as a person is counted: complete when every step is finished, blocked when any is. */
export function personStatus(states: StepState[]): 'complete' | 'blocked' | 'in_progress' | 'not_started' {
  if (states.length > 0 && states.every(isFinished)) return 'complete';
  if (states.includes('blocked')) return 'blocked';
  return states.some((s) => s !== 'open') ? 'in_progress' : 'not_started';
}

/**
 * Progress from grouped counts: per step (in order, every step present even with nothing counted)
 * and per technician (unassigned as null), each with finished, total and percent.
 */
export function progressFrom(steps: { position: number; title: string }[], rows: StateCountRow[]) {
  const byStep = new Map(steps.map((s) => [s.position, noCounts()]));
  const byTech = new Map<string | null, StateCounts>();
  let all = noCounts();
  for (const r of rows) {
    const step = byStep.get(r.position);
    if (step) byStep.set(r.position, addCount(step, r.state, r.n));
    byTech.set(r.assigneeId, addCount(byTech.get(r.assigneeId) ?? noCounts(), r.state, r.n));
    all = addCount(all, r.state, r.n);
  }
  return {
    overall: summarise(all),
    steps: steps.map((s) => ({ position: s.position, title: s.title, ...summarise(byStep.get(s.position) ?? noCounts()) })),
    technicians: [...byTech.entries()].map(([assigneeId, counts]) => ({ assigneeId, ...summarise(counts) })),
  };
}
