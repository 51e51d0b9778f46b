export { viewRoutes } from './views.routes.js';
export type { SavedViewTable } from './views.tables.js';
