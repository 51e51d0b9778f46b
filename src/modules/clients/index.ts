export { clientRoutes } from './clients.routes.js';
export { refuseArchived } from './archive-record.js';
export { organizationWithSites, phoneRow, type ContactPhone } from './client.repository.js';
export { normalizePhone, countryForTimeZone, isPhoneCountry } from './phone.js';
