import type { Db } from '../../platform/db/connect.js';
import { activeContract } from '../sla/index.js';
import { findTerms } from './billing.repository.js';
import { decideCoverage, type WorkLocation } from './terms.js';

/** Planned work for a client, as another module describes it (a rollout campaign's step for one person). */
export interface PlannedWork {
  workType: string;
  location: WorkLocation;
  /** The person works from home. */
  homeWorker: boolean;
  siteId: string | null;
  siteName: string | null;
}

/** Covered by the contract's scope, or chargeable, with the reason a person reads. */
export type WorkCoverage = { coverage: 'covered' | 'chargeable'; reason: string };

/**
 * How the client's active contract treats planned work: reads the contract and its billing terms
 * once and answers a pure function, so a campaign of 1,000 people × 5 steps is classified with
 * two reads. Planned work has no start time yet, so it is judged inside the coverage hours; time
 * logged later on a ticket is priced (and after hours marked) when it is logged.
 */
export async function workCoverage(db: Db, organizationId: string): Promise<(work: PlannedWork) => WorkCoverage> {
  const contract = await activeContract(db, organizationId);
  const terms = contract && (await findTerms(db, contract.id));
  if (!terms) {
    const reason = contract ? `contract ${contract.name} has no billing terms` : 'no active contract';
    return () => ({ coverage: 'chargeable', reason });
  }
  return (work) => {
    const decided = decideCoverage(terms, { ...work, afterHours: false });
    return { coverage: decided.decision, reason: decided.reason };
  };
}
