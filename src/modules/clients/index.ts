export { clientRoutes } from './clients.routes.js';
export { normalizePhone } from './client.js';
export { refuseArchived } from './archive-record.js';
export { organizationWithSites } from './client.repository.js';
