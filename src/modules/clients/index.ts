export { clientRoutes } from './clients.routes.js';
export { phoneRow, type ContactPhone } from './client.repository.js';
export { normalizePhone, countryForTimeZone, isPhoneCountry } from './phone.js';
export { contactsByEmail, contactEmail, organizationsByEmailDomain, organizationEmails, type MailContact } from './mail-senders.js';
export { createContact } from './save-contact.js';
