import * as oidc from 'openid-client';
import { describe, expect, it } from 'vitest';
import { DestinationRefused, destinationProblem, refusalOf } from './oidc-client.js';
import { SsoRefusal } from './sso-reasons.js';

describe('where the server may fetch an issuer’s documents', () => {
  it('refuses addresses on its own network unless private issuers are allowed', async () => {
    for (const url of ['https://127.0.0.1/', 'https://10.1.2.3/', 'https://169.254.169.254/', 'https://[::1]/', 'https://192.168.0.10:8443/', 'https://localhost/']) {
      expect(await destinationProblem(new URL(url), false), url).toMatch(/own network/);
      expect(await destinationProblem(new URL(url), true), url).toBeUndefined();
    }
    expect(await destinationProblem(new URL('https://203.0.113.7/'), false)).toBeUndefined();
  });

  it('needs https://, except plain http:// to this machine when private issuers are allowed', async () => {
    expect(await destinationProblem(new URL('http://203.0.113.7/'), true)).toMatch(/not https/);
    expect(await destinationProblem(new URL('http://127.0.0.1:4000/'), false)).toMatch(/not https/);
    expect(await destinationProblem(new URL('http://10.0.0.5/'), true)).toMatch(/not https/);
    expect(await destinationProblem(new URL('http://127.0.0.1:4000/'), true)).toBeUndefined();
    expect(await destinationProblem(new URL('http://localhost:4000/'), true)).toBeUndefined();
    expect(await destinationProblem(new URL('ftp://203.0.113.7/'), true)).toMatch(/not an https/);
  });
});

describe('the reason a failed sign-in is given', () => {
  const check = (claim: string, code: string) => Object.assign(new Error('check failed', { cause: Object.assign(new Error('inner'), { claim }) }), { code });

  it('names the ID token check that failed', () => {
    expect(refusalOf(check('aud', 'OAUTH_JWT_CLAIM_COMPARISON_FAILED'))).toMatchObject({ reason: 'wrong_audience', detail: { claim: 'aud' } });
    expect(refusalOf(check('azp', 'OAUTH_JWT_CLAIM_COMPARISON_FAILED')).reason).toBe('wrong_audience');
    expect(refusalOf(check('iss', 'OAUTH_JWT_CLAIM_COMPARISON_FAILED')).reason).toBe('wrong_issuer');
    expect(refusalOf(check('nonce', 'OAUTH_JWT_CLAIM_COMPARISON_FAILED')).reason).toBe('nonce_mismatch');
    expect(refusalOf(check('exp', 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED')).reason).toBe('token_expired');
    expect(refusalOf(check('c_hash', 'OAUTH_JWT_CLAIM_COMPARISON_FAILED')).reason).toBe('token_invalid');
  });

  it('tells the provider’s own refusals and an unreachable provider apart', () => {
    const denied = new oidc.AuthorizationResponseError('denied', { cause: new URLSearchParams({ error: 'access_denied', error_description: 'The user cancelled' }) });
    expect(refusalOf(denied)).toMatchObject({ reason: 'provider_error', detail: { error: 'access_denied' } });
    expect(refusalOf(new TypeError('fetch failed')).reason).toBe('provider_unavailable');
    expect(refusalOf(new DestinationRefused('10.0.0.5 is on the server’s own network')).reason).toBe('provider_unavailable');
    expect(refusalOf(Object.assign(new Error('timeout'), { name: 'TimeoutError' })).reason).toBe('provider_unavailable');
    const mine = new SsoRefusal('email_missing');
    expect(refusalOf(mine)).toBe(mine);
  });
});
