export { clientRoutes } from './clients.routes.js';
export { normalizePhone, assertTimeZone } from './client.js';
