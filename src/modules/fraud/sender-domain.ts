/**
 * The sender's domain: unreadable, a look-alike of a known domain, one already caught at another
 * client, written in mixed scripts, or simply never seen before.
 */
import { mixedScripts } from './confusables.js';
import type { DomainName } from './domains.js';
import type { PreparedContext } from './fraud-context.js';
import { reason, type FraudReason } from './fraud.js';
import { findLookalike } from './lookalike.js';
import type { FraudWeights } from './weights.js';

function mixedScriptReason(domain: DomainName, weights: FraudWeights): FraudReason[] {
  for (const label of domain.unicode.split('.')) {
    const scripts = mixedScripts(label);
    if (!scripts) continue;
    const written = domain.ascii === domain.unicode ? '' : ` (written ${domain.ascii})`;
    return reason(
      'mixed_script_domain',
      `The sender's domain ${domain.unicode}${written} mixes ${scripts.join(' and ')} letters, a way to imitate another name that no real company needs.`,
      weights.mixedScript,
      domain.registrable,
    );
  }
  return [];
}

/** Reasons the sender's domain gives. */
export function senderDomainSignals(address: string, domain: DomainName | null, context: PreparedContext, weights: FraudWeights): FraudReason[] {
  if (!domain) {
    return reason('unreadable_sender', `The From address "${String(address ?? '').slice(0, 100)}" has no readable domain.`, weights.unreadableSender);
  }
  if (context.known.registrables.has(domain.registrable)) return [];
  const reasons: FraudReason[] = [];
  if (context.lookalikes.has(domain.registrable) || context.lookalikes.has(domain.ascii)) {
    reasons.push(
      ...reason(
        'known_lookalike_domain',
        `The sender's domain ${domain.unicode} was already caught imitating a known domain (at this or another client).`,
        weights.knownLookalike,
      ),
    );
  }
  const lookalike = findLookalike(domain, context.known);
  if (lookalike) reasons.push(...reason('lookalike_domain', lookalike.detail, weights.lookalike[lookalike.kind], domain.registrable));
  else reasons.push(...mixedScriptReason(domain, weights));
  if (context.seen && !context.seen.has(domain.registrable)) {
    reasons.push(...reason('new_sender_domain', `This is the first mail the desk has seen from ${domain.unicode}.`, weights.newSenderDomain));
  }
  return reasons;
}
