import { describe, expect, it } from 'vitest';
import { buildFraudContext, buildFraudInput } from '../../../test/support/fraud.js';
import { nameTokens } from './display-name.js';
import { scoreMessage } from './score-message.js';
import { DEFAULT_WEIGHTS } from './weights.js';

const reasonFor = (from: { address: string; name: string | null }, code: string) =>
  scoreMessage(buildFraudInput({ from }), buildFraudContext()).reasons.find((r) => r.code === code);

describe("a known person's name on a foreign address", () => {
  it('is reported, with the address on file and the one used', () => {
    const found = reasonFor({ address: 'alan.brooks.office@gmail.com', name: 'Alan Brooks' }, 'display_name_impersonation');
    expect(found?.weight).toBe(DEFAULT_WEIGHTS.impersonation.foreign);
    expect(found?.detail).toContain('alan.brooks@harbordental.com');
    expect(found?.detail).toContain('alan.brooks.office@gmail.com');
  });

  it('is matched whatever the order, case, accents, titles, tags or look-alike letters of the name', () => {
    for (const name of ['Brooks, Alan', 'ALAN BROOKS', 'Dr Alan Brooks (CEO)', 'Alan Brooks [External]', 'Álan Brooks', 'Аlan Brooks', 'Alan Brooks - Owner']) {
      expect(reasonFor({ address: 'x@elsewhere.net', name }, 'display_name_impersonation'), name).toBeDefined();
    }
  });

  it("is not reported for the person's own address, in any case", () => {
    expect(reasonFor({ address: 'Alan.Brooks@HarborDental.com', name: 'Dr. Alan Brooks' }, 'display_name_impersonation')).toBeUndefined();
  });

  it("weighs less from another mailbox of the person's own organisation", () => {
    expect(reasonFor({ address: 'frontdesk@harbordental.com', name: 'Alan Brooks' }, 'display_name_impersonation')?.weight).toBe(
      DEFAULT_WEIGHTS.impersonation.sameDomain,
    );
  });

  it('weighs less as "Name via Service", the way sharing and signing services write', () => {
    const found = reasonFor({ address: 'dse@docusign.net', name: 'Alan Brooks via Docusign' }, 'display_name_impersonation');
    expect(found?.weight).toBe(DEFAULT_WEIGHTS.impersonation.via);
    expect(found?.detail).toContain('via Docusign');
  });

  it('needs the whole name: a first name or a mailbox word is not a person', () => {
    expect(reasonFor({ address: 'x@elsewhere.net', name: 'Alan' }, 'display_name_impersonation')).toBeUndefined();
    expect(reasonFor({ address: 'x@elsewhere.net', name: 'IT' }, 'display_name_impersonation')).toBeUndefined();
    expect(reasonFor({ address: 'x@elsewhere.net', name: 'Alan Brooks Fan Club Weekly Newsletter' }, 'display_name_impersonation')).toBeUndefined();
  });
});

describe('an address in the display name', () => {
  it('weighs most when it is a known address', () => {
    const found = reasonFor({ address: 'exec@proton.me', name: 'alan.brooks@harbordental.com' }, 'display_name_address');
    expect(found?.weight).toBe(DEFAULT_WEIGHTS.addressInName.known);
    expect(found?.detail).toContain('exec@proton.me');
  });

  it('weighs less when it is unknown, and nothing when it is the sender itself', () => {
    expect(reasonFor({ address: 'exec@proton.me', name: '"ceo@unknown-corp.com"' }, 'display_name_address')?.weight).toBe(DEFAULT_WEIGHTS.addressInName.other);
    expect(reasonFor({ address: 'maria.lopez@harbordental.com', name: 'maria.lopez@harbordental.com' }, 'display_name_address')).toBeUndefined();
  });
});

describe('nameTokens', () => {
  it('drops titles, roles, tags and addresses', () => {
    expect(nameTokens('Dr. Alan Brooks (CEO) <alan@x.com> [EXT]')).toEqual(nameTokens('alan brooks'));
  });
});
