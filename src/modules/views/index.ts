export { viewRoutes } from './views.routes.js';
