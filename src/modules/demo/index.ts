export { generateDemo } from './generate-demo.js';
export { loadDemo, demoApiToken, DEMO_PASSWORD, type DemoSummary, type LoadDemoOptions } from './load-demo.js';
export { OWNER_EMAIL, TECHNICIAN_EMAIL, MSP_DOMAIN } from './generate-staff.js';
export type { DemoData, DemoEventRow } from './demo-data.js';
