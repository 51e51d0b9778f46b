export { clientRoutes } from './clients.routes.js';
export { refuseArchived } from './archive-record.js';
export { organizationWithSites, phoneRow, type ContactPhone, type Organization, type Site, type Contact } from './client.repository.js';
export { normalizePhone, countryForTimeZone, isPhoneCountry, phoneCountries } from './phone.js';
export { allOrganizations, sitesOfOrganizations, contactsByIds, contactsWithEmails, contactsNamed } from './client-import.repository.js';
export { saveImportedOrganizations, type ImportedOrganization } from './save-imported-organizations.js';
export { saveImportedSites, type ImportedSite } from './save-imported-sites.js';
export { saveImportedContacts, type ImportedContact } from './save-imported-contacts.js';
