export { ssoRoutes, type SsoRoutesDeps } from './sso.routes.js';
export { OidcClient } from './oidc-client.js';
export { ssoPasswordPolicy } from './sso-password-policy.js';
export { SSO_REASONS, type SsoReason } from './sso-reasons.js';
