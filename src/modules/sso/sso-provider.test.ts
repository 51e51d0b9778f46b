import { describe, expect, it } from 'vitest';
import { ALL_ROLES, identityFromClaims, isGoogleIssuer, normalizeDomain, providersRequiringSso, safeReturnPath, settingsProblem } from './sso-provider.js';

const staffOnly = { allowedDomains: ['msp.example'], requireHostedDomain: false, userKinds: ['staff' as const], jitRole: null, passwordRoles: [...ALL_ROLES] };
const byEmail = { emailClaim: 'email' as const, allowedDomains: ['msp.example'], requireHostedDomain: false };

describe('who an ID token names', () => {
  it('takes a verified email, lower-cased, with the name', () => {
    expect(identityFromClaims({ email: 'Dana@MSP.example', email_verified: true, name: 'Dana' }, byEmail)).toEqual({ email: 'dana@msp.example', name: 'Dana' });
  });

  it('accepts email_verified sent as the string "true", and nothing else', () => {
    expect(identityFromClaims({ email: 'dana@msp.example', email_verified: 'true' }, byEmail)).toMatchObject({ email: 'dana@msp.example' });
    for (const verified of [false, 'false', 1, 'yes', undefined, null]) {
      expect(identityFromClaims({ email: 'dana@msp.example', email_verified: verified }, byEmail)).toEqual({ refused: 'email_unverified', email: 'dana@msp.example' });
    }
  });

  it('refuses a missing or malformed address', () => {
    for (const email of [undefined, '', '  ', 'dana', 'dana@', '@msp.example', 'a@b@c', 42, ['dana@msp.example']]) {
      expect(identityFromClaims({ email, email_verified: true }, byEmail)).toEqual({ refused: 'email_missing' });
    }
  });

  it('uses preferred_username or upn when the administrator chose it, without email_verified (Entra ID)', () => {
    const claims = { preferred_username: 'Dana@msp.example', upn: 'dana.w@msp.example', email: 'dana@gmail.example' };
    expect(identityFromClaims(claims, { ...byEmail, emailClaim: 'preferred_username' })).toMatchObject({ email: 'dana@msp.example' });
    expect(identityFromClaims(claims, { ...byEmail, emailClaim: 'upn' })).toMatchObject({ email: 'dana.w@msp.example' });
    expect(identityFromClaims({ email: 'dana@msp.example' }, { ...byEmail, emailClaim: 'preferred_username' })).toEqual({ refused: 'email_missing' });
  });

  it('admits only the allowed domains, exactly (no subdomains, no look-alike suffixes)', () => {
    for (const email of ['dana@other.example', 'dana@sub.msp.example', 'dana@evilmsp.example', 'dana@msp.example.evil']) {
      expect(identityFromClaims({ email, email_verified: true }, byEmail)).toEqual({ refused: 'domain_not_allowed', email });
    }
    expect(identityFromClaims({ email: 'dana@anything.example', email_verified: true }, { ...byEmail, allowedDomains: [] })).toMatchObject({ email: 'dana@anything.example' });
  });

  it('needs a Google Workspace hd claim among the allowed domains when asked', () => {
    const google = { ...byEmail, requireHostedDomain: true };
    expect(identityFromClaims({ email: 'dana@msp.example', email_verified: true, hd: 'msp.example' }, google)).toMatchObject({ email: 'dana@msp.example' });
    // A personal Google account made for a work address has no hd.
    expect(identityFromClaims({ email: 'dana@msp.example', email_verified: true }, google)).toMatchObject({ refused: 'domain_not_allowed' });
    expect(identityFromClaims({ email: 'dana@msp.example', email_verified: true, hd: 'other.example' }, google)).toMatchObject({ refused: 'domain_not_allowed' });
  });
});

describe('a provider’s settings', () => {
  it('accepts a plain staff provider', () => {
    expect(settingsProblem(staffOnly)).toBeUndefined();
  });

  it('makes accounts on first sign-in only as staff below owner, for named domains', () => {
    expect(settingsProblem({ ...staffOnly, jitRole: 'technician' })).toBeUndefined();
    expect(settingsProblem({ ...staffOnly, jitRole: 'owner' })).toMatchObject({ code: 'invalid_role', field: '/jitRole' });
    expect(settingsProblem({ ...staffOnly, jitRole: 'client_user' })).toMatchObject({ code: 'invalid_role', field: '/jitRole' });
    expect(settingsProblem({ ...staffOnly, jitRole: 'technician', allowedDomains: [] })).toMatchObject({ code: 'sso_jit_needs_domains', field: '/allowedDomains' });
    expect(settingsProblem({ ...staffOnly, jitRole: 'technician', userKinds: ['client'], passwordRoles: [...ALL_ROLES] })).toMatchObject({ code: 'sso_jit_needs_staff', field: '/jitRole' });
  });

  it('turns off passwords only for roles that can sign in with the provider', () => {
    expect(settingsProblem({ ...staffOnly, passwordRoles: ['owner', 'client_user', 'client_admin'] })).toBeUndefined();
    expect(settingsProblem({ ...staffOnly, passwordRoles: ['owner', 'admin', 'service_manager', 'technician', 'client_admin'] })).toMatchObject({ code: 'sso_password_role_locked_out', field: '/passwordRoles' });
    expect(settingsProblem({ ...staffOnly, userKinds: ['staff', 'client'], passwordRoles: [] })).toBeUndefined();
    expect(settingsProblem({ ...staffOnly, passwordRoles: [...ALL_ROLES, 'root'] })).toMatchObject({ code: 'invalid_role', field: '/passwordRoles' });
  });

  it('needs domains to check a Google Workspace hd claim against', () => {
    expect(settingsProblem({ ...staffOnly, allowedDomains: [], requireHostedDomain: true })).toMatchObject({ field: '/allowedDomains' });
  });

  it('reads domains as people type them', () => {
    expect(normalizeDomain(' @MSP.Example. ')).toBe('msp.example');
    for (const bad of ['', 'msp', 'msp..example', '-msp.example', 'msp.example/x', 'dana@msp.example', 'msp .example', 'xn--.example']) expect(normalizeDomain(bad), bad).toBeUndefined();
  });

  it('knows Google’s issuer', () => {
    expect(isGoogleIssuer('https://accounts.google.com')).toBe(true);
    expect(isGoogleIssuer('https://accounts.google.com.evil.example')).toBe(false);
  });
});

describe('passwords per role', () => {
  it('keeps a role’s password unless an enabled provider turns it off, and names those providers', () => {
    const providers = [
      { name: 'Entra ID', passwordRoles: ['owner', 'client_user', 'client_admin'] },
      { name: 'Google', passwordRoles: [...ALL_ROLES] },
    ];
    expect(providersRequiringSso('technician', providers)).toEqual(['Entra ID']);
    expect(providersRequiringSso('owner', providers)).toEqual([]);
    expect(providersRequiringSso('technician', [])).toEqual([]);
  });
});

describe('where to go after signing in', () => {
  it('keeps paths of this app and refuses everything that leaves it', () => {
    expect(safeReturnPath('/tickets/SB-1042?tab=sla')).toBe('/tickets/SB-1042?tab=sla');
    for (const away of [undefined, '', 'https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/x\r\nSet-Cookie: a=b', `/${'a'.repeat(2001)}`]) {
      expect(safeReturnPath(away), String(away)).toBe('/');
    }
  });
});
