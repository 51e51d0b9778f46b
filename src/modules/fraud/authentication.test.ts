import { describe, expect, it } from 'vitest';
import { buildFraudContext, buildFraudInput } from '../../../test/support/fraud.js';
import { authResult } from './authentication.js';
import { scoreMessage } from './score-message.js';
import { DEFAULT_WEIGHTS } from './weights.js';

const reasons = (authResults: Record<string, string> | null, address = 'maria.lopez@harbordental.com') =>
  scoreMessage(buildFraudInput({ authResults, from: { address, name: null } }), buildFraudContext()).reasons;
const weightOf = (authResults: Record<string, string>, code: string) => reasons(authResults).find((r) => r.code === code)?.weight ?? 0;

describe('authResult', () => {
  it('reads the RFC 8601 result from the start of a value, in any case', () => {
    expect(authResult('Pass (sender SPF authorized)')).toBe('pass');
    expect(authResult(' FAIL ')).toBe('fail');
    expect(authResult('hardfail')).toBe('fail');
    expect(authResult('temperror')).toBe('temperror');
    expect(authResult('perm_error')).toBe('permerror');
  });

  it('reads nothing from values it does not know', () => {
    for (const value of ['', 'bogus', '42', undefined, null, 7]) expect(authResult(value)).toBeNull();
  });
});

describe('authentication signals', () => {
  it('score nothing when everything passes or nothing was reported', () => {
    expect(reasons({ spf: 'pass', dkim: 'pass', dmarc: 'pass' })).toEqual([]);
    expect(reasons(null)).toEqual([]);
  });

  it('weigh each result differently, a DMARC failure most', () => {
    expect(weightOf({ dmarc: 'fail' }, 'dmarc_failed')).toBeGreaterThan(weightOf({ spf: 'fail' }, 'spf_failed'));
    expect(weightOf({ spf: 'fail' }, 'spf_failed')).toBeGreaterThan(weightOf({ spf: 'softfail' }, 'spf_failed'));
    expect(weightOf({ spf: 'softfail' }, 'spf_failed')).toBeGreaterThan(weightOf({ spf: 'temperror' }, 'spf_failed'));
    expect(weightOf({ dkim: 'permerror' }, 'dkim_failed')).toBeGreaterThan(weightOf({ dkim: 'none' }, 'dkim_failed'));
    for (const [mechanism, results] of Object.entries(DEFAULT_WEIGHTS.auth)) {
      for (const [result, weight] of Object.entries(results)) {
        expect(weightOf({ [mechanism]: result }, `${mechanism}_failed`), `${mechanism}=${result}`).toBe(weight);
      }
    }
  });

  it('say what the result means', () => {
    const [dmarc] = reasons({ dmarc: 'fail' });
    expect(dmarc.detail).toMatch(/^DMARC fail: /);
  });

  it('call a known domain that fails DMARC forged', () => {
    expect(reasons({ dmarc: 'fail' }).map((r) => r.code)).toContain('forged_known_domain');
    expect(reasons({ spf: 'softfail', dkim: 'none', dmarc: 'none' }).map((r) => r.code)).toContain('forged_known_domain');
  });

  it('do not call it forged when DKIM passes, or when the domain is not known', () => {
    expect(reasons({ spf: 'softfail', dkim: 'pass' }).map((r) => r.code)).not.toContain('forged_known_domain');
    expect(reasons({ dmarc: 'fail' }, 'someone@unknown-corp.com').map((r) => r.code)).not.toContain('forged_known_domain');
  });
});
