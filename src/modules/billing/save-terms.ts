import type { StaffActor } from '../auth/index.js';
import { sitesOfOrganizations } from '../clients/index.js';
import type { ContractRecord } from '../sla/index.js';
import type { BillingDeps } from './billing-deps.js';
import { duplicateRoleRate, duplicateWorkType, missingBlock, missingCap, termsConflict, unknownSite, unknownWorkType } from './billing-errors.js';
import { accountCurrency, findTerms, saveTerms } from './billing.repository.js';
import type { TermsBody } from './billing.schema.js';
import type { BillingTerms } from './terms.js';

/**
 * Sets a contract's billing terms (owner, admin). The scope may name only the client's own sites
 * and the terms' own work types; block hours need their block, a capped rollover its cap. The
 * currency is the client's. With `version`, a change made on terms that changed since is refused.
 */
export async function saveContractTerms(deps: Pick<BillingDeps, 'db' | 'clock' | 'defaultCurrency'>, actor: StaffActor, contract: ContractRecord, body: TermsBody): Promise<BillingTerms> {
  const keys = new Set<string>();
  body.workTypes.forEach((w, i) => {
    if (keys.has(w.key)) throw duplicateWorkType(`/workTypes/${i}/key`);
    keys.add(w.key);
  });
  body.scope.workTypes?.forEach((k, i) => {
    if (!keys.has(k)) throw unknownWorkType(`/scope/workTypes/${i}`);
  });
  if (body.scope.siteIds?.length) {
    const sites = new Set((await sitesOfOrganizations(deps.db, [contract.organizationId])).map((s) => s.id));
    body.scope.siteIds.forEach((id, i) => {
      if (!sites.has(id)) throw unknownSite(`/scope/siteIds/${i}`);
    });
  }
  const roleRates = new Set<string>();
  body.roleRates?.forEach((r, i) => {
    if (r.workType != null && !keys.has(r.workType)) throw unknownWorkType(`/roleRates/${i}/workType`);
    const key = `${r.role} ${r.workType ?? ''}`;
    if (roleRates.has(key)) throw duplicateRoleRate(`/roleRates/${i}`);
    roleRates.add(key);
  });
  if (body.kind === 'block_hours' && !body.block) throw missingBlock();
  if (body.block?.rollover === 'capped' && (body.block.rolloverCapMinutes ?? null) === null) throw missingCap();
  const existing = await findTerms(deps.db, contract.id);
  if (body.version !== undefined && body.version !== (existing?.version ?? 0)) throw termsConflict();
  const terms: BillingTerms = {
    contractId: contract.id,
    organizationId: contract.organizationId,
    kind: body.kind,
    currency: (await accountCurrency(deps.db, contract.organizationId)) ?? deps.defaultCurrency,
    flatFee: body.flatFee ?? null,
    block: body.block ? { minutesPerMonth: body.block.minutesPerMonth, rollover: body.block.rollover, rolloverCapMinutes: body.block.rolloverCapMinutes ?? null, lowBalanceMinutes: body.block.lowBalanceMinutes ?? null, priceMinor: body.block.priceMinor ?? null } : null,
    defaultRateMinor: body.defaultRateMinor,
    workTypes: body.workTypes,
    roleRates: (body.roleRates ?? []).map((r) => ({ role: r.role, workType: r.workType ?? null, rateMinor: r.rateMinor })),
    approvalRequired: body.approvalRequired ?? false,
    afterHoursPercent: body.afterHoursPercent ?? 100,
    minimumMinutes: body.minimumMinutes ?? 0,
    incrementMinutes: body.incrementMinutes ?? 1,
    mode: body.rounding ?? 'up',
    scope: { siteIds: body.scope.siteIds ?? null, workTypes: body.scope.workTypes ?? null, remote: body.scope.remote, homeWorkers: body.scope.homeWorkers },
    version: (existing?.version ?? 0) + 1,
    updatedAt: deps.clock.iso(),
  };
  if (!(await saveTerms(deps.db, terms, actor.userId, existing ? existing.version : null))) throw termsConflict();
  return terms;
}
