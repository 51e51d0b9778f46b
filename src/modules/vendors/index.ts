/** The vendors module: vendors, the services they provide, and which clients depend on them, for what and how critically. */
export { vendorRoutes } from './vendors.routes.js';
export { dependenciesOn, dependenciesOfClients, servicesWithVendors } from './vendors.repository.js';
export { CRITICALITIES, byCriticality, worseCriticality, type Criticality, type ServiceDependency, type VendorService } from './vendor.js';
export { CriticalityT } from './vendors.schema.js';
