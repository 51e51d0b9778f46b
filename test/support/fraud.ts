/**
 * Factories for the fraud scorer's tests: a client with a directory (Harbor Dental, its supplier
 * and its MSP) and a plain, harmless message from a known person with passing authentication.
 */
import type { FraudContext, FraudInput } from '../../src/modules/fraud/index.js';

/** A context for one client; lists are fresh arrays on every call. */
export function buildFraudContext(overrides: Partial<FraudContext> = {}): FraudContext {
  return {
    knownDomains: ['harbordental.com', 'summitdentalsupply.com', 'lakesideit.com'],
    knownPeople: [
      { name: 'Dr. Alan Brooks', address: 'alan.brooks@harbordental.com' },
      { name: 'Maria Lopez', address: 'maria.lopez@harbordental.com' },
      { name: 'Greg Harlan', address: 'greg.harlan@summitdentalsupply.com' },
      { name: 'IT', address: 'it@harbordental.com' },
    ],
    seenDomains: ['harbordental.com', 'summitdentalsupply.com', 'lakesideit.com', 'gmail.com'],
    lookalikeDomains: [],
    threshold: 50,
    ...overrides,
  };
}

/** A harmless message from Maria Lopez with passing SPF, DKIM and DMARC. */
export function buildFraudInput(overrides: Partial<FraudInput> = {}): FraudInput {
  return {
    from: { address: 'maria.lopez@harbordental.com', name: 'Maria Lopez' },
    replyTo: [],
    returnPath: null,
    subject: 'Printer in room 3',
    text: 'Hi, the printer in room 3 shows a paper jam again. Could someone have a look this week? Thanks, Maria',
    authResults: { spf: 'pass', dkim: 'pass', dmarc: 'pass' },
    ...overrides,
  };
}
