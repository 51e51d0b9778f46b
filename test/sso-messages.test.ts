import { describe, expect, it } from 'vitest';
import { SSO_REASONS } from '../src/modules/sso/index.js';
import { SSO_MESSAGES, ssoMessage } from '../web/src/auth/sign-in/sso-messages.js';

describe('the sign-in page’s single sign-on messages', () => {
  it('has a message for every reason the server gives, and none for reasons it does not', () => {
    expect(Object.keys(SSO_MESSAGES).sort()).toEqual([...SSO_REASONS].sort());
  });

  it('still says something for a reason it does not know', () => {
    expect(ssoMessage('something_new')).toBe(SSO_MESSAGES.sso_failed);
  });
});
