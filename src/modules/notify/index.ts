export { notifyRoutes, type NotifyRoutesDeps } from './notify.routes.js';
export { ackRoutes, ackPath, type AckRoutesDeps } from './ack.routes.js';
export { DeliveryWorker, type DeliveryOptions } from './delivery-worker.js';
export { loadProviders } from './provider-store.js';
export { decideDelivery, retryDelayMs, bundleText } from './deliver.js';
export { smtpError } from './providers/smtp.js';
export { DeliveryError } from './providers/provider.js';
export { testPageRoutes, type TestPageRoutesDeps } from './test-pages.routes.js';
export { providerRoutes, type ProviderRoutesDeps } from './providers.routes.js';
