export { clientRoutes } from './clients.routes.js';
export { normalizePhone } from './client.js';
