export { staffRoutes } from './staff.routes.js';
export { createUser, type CreateUserInput } from './create-user.js';
export { listTeams, teamExists, teamLead, teamIdExpression, type Team } from './staff.repository.js';
export { saveImportedStaff, staffRoleRefusal, type ImportedStaffMember } from './save-imported-staff.js';
export type { TeamTable } from './staff.tables.js';
