export { staffRoutes } from './staff.routes.js';
export { createUser, type CreateUserInput } from './create-user.js';
export { staffDirectory } from './staff.repository.js';
