export { notifyRoutes, type NotifyRoutesDeps } from './notify.routes.js';
export { ackRoutes, ackPath, type AckRoutesDeps } from './ack.routes.js';
export { DeliveryWorker, type DeliveryOptions } from './delivery-worker.js';
export { loadProviders } from './provider-store.js';
export { decideDelivery, retryDelayMs, bundleText } from './deliver.js';
export { testPageRoutes, type TestPageRoutesDeps } from './test-pages.routes.js';
export { providerRoutes, type ProviderRoutesDeps } from './providers.routes.js';
export { demoOutboxRoutes, type DemoOutboxRoutesDeps } from './demo-outbox.routes.js';
export { addDemoProvider, DEMO_PROVIDER_NAME } from './add-demo-provider.js';
