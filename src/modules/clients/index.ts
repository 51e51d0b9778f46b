export { clientRoutes } from './clients.routes.js';
export { phoneRow, type ContactPhone } from './client.repository.js';
export { normalizePhone, countryForTimeZone, isPhoneCountry } from './phone.js';
