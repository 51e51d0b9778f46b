/**
 * Contract billing terms and scope, and the pure rule that decides whether a piece of work is
 * covered by the contract or chargeable, with the reason a person reads. No I/O.
 */
import { multiplierText, type RoundingRule } from './rounding.js';

export const BILLING_KINDS = ['managed', 'block_hours', 'time_and_materials'] as const;
/** Managed flat fee, prepaid block hours, or time and materials. */
export type BillingKind = (typeof BILLING_KINDS)[number];

export const FLAT_FEE_BASES = ['per_user', 'per_device', 'fixed'] as const;
export type FlatFeeBasis = (typeof FLAT_FEE_BASES)[number];

export const ROLLOVER_RULES = ['none', 'next_period', 'capped'] as const;
/** What unused block minutes do at the end of a month: lapse, carry over whole, or carry over up to a cap. */
export type RolloverRule = (typeof ROLLOVER_RULES)[number];

export const LOCATIONS = ['on_site', 'remote', 'home'] as const;
/** Where the work was done for the client: at a site, remotely, or for a person working from home. */
export type WorkLocation = (typeof LOCATIONS)[number];

/** A kind of work with its own hourly rate, e.g. `project` "Project" at 15000 minor units. */
export interface WorkType {
  key: string;
  name: string;
  rateMinor: number;
}

/**
 * An hourly rate for the work of people in a staff role: for one work type, or for any work
 * (`workType` null). See `rateFor` for which rate wins.
 */
export interface RoleRate {
  role: string;
  workType: string | null;
  rateMinor: number;
}

/** What the contract's fees cover: which sites, which kinds of work, and whether remote and home work. */
export interface BillingScope {
  /** Sites covered; null: every site of the client. */
  siteIds: string[] | null;
  /** Work types covered; null: every kind of work. */
  workTypes: string[] | null;
  /** Remote support of the covered sites is in scope. */
  remote: boolean;
  /** Support of people working from home is in scope (false: premises only). */
  homeWorkers: boolean;
}

/** The billing terms of one contract. Money in minor units of `currency`; durations in minutes. */
export interface BillingTerms extends RoundingRule {
  contractId: string;
  organizationId: string;
  kind: BillingKind;
  currency: string;
  flatFee: { basis: FlatFeeBasis; amountMinor: number } | null;
  block: { minutesPerMonth: number; rollover: RolloverRule; rolloverCapMinutes: number | null; lowBalanceMinutes: number | null; priceMinor: number | null } | null;
  defaultRateMinor: number;
  workTypes: WorkType[];
  /** Rates per staff role (optionally per work type), over the work type's rate. */
  roleRates: RoleRate[];
  /** Chargeable work needs the client's approval before time is logged on it (issue 13, item 5). */
  approvalRequired: boolean;
  /** Work outside the contract's coverage calendar bills at this percentage of the rate (150: 1.5×). */
  afterHoursPercent: number;
  scope: BillingScope;
  version: number;
  updatedAt: string;
}

/** A piece of work as coverage sees it. */
export interface WorkFacts {
  workType: string;
  location: WorkLocation;
  /** The ticket's contact works from home (the contact's work location). */
  homeWorker: boolean;
  siteId: string | null;
  siteName: string | null;
  /** The work started outside the contract's coverage calendar. */
  afterHours: boolean;
}

export type CoverageDecision = { decision: 'covered' | 'chargeable'; reason: string; multiplierPercent: number };

/** The name a work type is shown with: its own, or its key. */
export function workTypeName(terms: Pick<BillingTerms, 'workTypes'>, key: string): string {
  return terms.workTypes.find((w) => w.key === key)?.name ?? key;
}

/** Why the work falls outside the scope, or null when it is inside. The first reason found wins. */
export function outOfScope(terms: Pick<BillingTerms, 'scope' | 'workTypes'>, work: WorkFacts): string | null {
  const { scope } = terms;
  if (scope.workTypes !== null && !scope.workTypes.includes(work.workType)) return `work type ${workTypeName(terms, work.workType)} outside scope`;
  if ((work.homeWorker || work.location === 'home') && !scope.homeWorkers) return 'home worker; contract covers premises only';
  if (work.location === 'remote' && !scope.remote) return 'remote work; contract covers on-site work only';
  if (scope.siteIds !== null && work.siteId !== null && !scope.siteIds.includes(work.siteId)) return `site ${work.siteName ?? work.siteId} not covered`;
  return null;
}

/**
 * Whether the contract covers the work or it is chargeable, and why. A managed contract covers
 * in-scope work inside its coverage hours; block hours cover it from the prepaid block (minutes
 * beyond the block's balance are overage, billed by the invoice run); time and materials bills
 * everything. Work outside the scope is chargeable with the scope's reason; work
 * after hours is chargeable at the after-hours multiplier, and says so.
 */
export function decideCoverage(terms: Pick<BillingTerms, 'kind' | 'scope' | 'workTypes' | 'afterHoursPercent'>, work: WorkFacts): CoverageDecision {
  const multiplierPercent = work.afterHours ? terms.afterHoursPercent : 100;
  const afterHours = work.afterHours && terms.afterHoursPercent !== 100 ? `after hours: ${multiplierText(terms.afterHoursPercent)} rate` : work.afterHours ? 'after hours' : null;
  const joined = (...parts: (string | null)[]) => parts.filter((p): p is string => p !== null).join('; ');
  const scopeReason = outOfScope(terms, work);
  if (scopeReason !== null) return { decision: 'chargeable', reason: joined(scopeReason, afterHours), multiplierPercent };
  if (terms.kind === 'time_and_materials') return { decision: 'chargeable', reason: joined('time and materials', afterHours), multiplierPercent };
  if (work.afterHours) return { decision: 'chargeable', reason: afterHours ?? 'after hours', multiplierPercent };
  if (terms.kind === 'block_hours') return { decision: 'covered', reason: 'drawn from block hours', multiplierPercent };
  return { decision: 'covered', reason: 'covered by the managed contract', multiplierPercent };
}

/**
 * The hourly rate of work under the terms, the most specific first: the rate of the worker's role
 * for this work type, else their role's rate for any work, else the work type's own rate, else the
 * contract's default. A role's rate is what an hour of that person is sold at; a work type's rate
 * prices the work of roles the contract gives no rate of their own. `role` null: nobody's role is
 * known (the work type's rate, else the default).
 */
export function rateFor(terms: Pick<BillingTerms, 'workTypes' | 'defaultRateMinor'> & { roleRates?: RoleRate[] }, workType: string, role: string | null = null): number {
  const ofRole = role === null ? [] : (terms.roleRates ?? []).filter((r) => r.role === role);
  return (
    ofRole.find((r) => r.workType === workType)?.rateMinor ??
    ofRole.find((r) => r.workType === null)?.rateMinor ??
    terms.workTypes.find((w) => w.key === workType)?.rateMinor ??
    terms.defaultRateMinor
  );
}
