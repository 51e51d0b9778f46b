export { reportRoutes } from './reports.routes.js';
export { judgeFcr, FCR_TARGET_PERCENT } from './fcr.js';
