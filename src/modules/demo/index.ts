export { generateDemo } from './generate-demo.js';
export { loadDemo, type DemoLogin, type DemoSummary, type LoadDemoOptions } from './load-demo.js';
export { DEMO_CREDENTIALS_FILE, DEMO_SECRET_KEY_FILE, demoSecretKey, demoCredentialsPath, describeDemoCredentials, readDemoCredentials, saveDemoCredentials, type DemoCredentials } from './demo-credentials.js';
export { OWNER_EMAIL, TECHNICIAN_EMAIL, MSP_DOMAIN } from './generate-staff.js';
export { DEMO_LADDER_NAME } from './generate-escalation.js';
export type { DemoData, DemoEventRow, DemoLadder, DemoLiveTicket } from './demo-data.js';
