export { clientRoutes } from './clients.routes.js';
export { refuseArchived, refuseArchivedStates, type ArchivedStates } from './archive-record.js';
export { phoneRow, findOrganization, organizationWithSites, organizationDirectory, contactsWithEmail, type ContactPhone, type Contact, type Organization, type MainPhone } from './client.repository.js';
export { normalizePhone, countryForTimeZone, isPhoneCountry, textMentionsNumber } from './phone.js';
