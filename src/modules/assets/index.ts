/** The assets module: a client's kit per site and person, searched, attached to tickets, imported by CSV and pushed by RMM feeds. */
import type { App } from '../../platform/http/server.js';
import { assetFeedRoutes } from './asset-feeds.routes.js';
import { assetRoutes, type AssetRoutesDeps } from './assets.routes.js';

export { type AssetTables } from './assets.tables.js';
export { activeAssetCount } from './asset-count.repository.js';
export { type AssetRoutesDeps } from './assets.routes.js';
export { assetOrganization } from './assets.repository.js';
export { recordFittedUnit, type FittedUnit } from './record-fitted-unit.js';

/** Registers every route of the assets module. */
export function assetsRoutes(app: App, deps: AssetRoutesDeps): void {
  assetRoutes(app, deps);
  assetFeedRoutes(app, deps);
}
