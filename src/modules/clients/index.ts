export { clientRoutes } from './clients.routes.js';
export { refuseArchived, refuseArchivedStates, type ArchivedStates } from './archive-record.js';
export { phoneRow, findOrganization, organizationExists, organizationWithSites, organizationDirectory, contactsWithEmail, type ContactPhone, type Contact, type Organization, type MainPhone } from './client.repository.js';
export { normalizePhone, countryForTimeZone, isPhoneCountry, textMentionsNumber } from './phone.js';
export { contactsByEmail, contactEmail, organizationsByEmailDomain, organizationEmails, type MailContact } from './mail-senders.js';
export { createContact } from './save-contact.js';
