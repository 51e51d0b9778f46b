/** Word lists for the demo data: people's names, job titles and each industry's software. */

export type Industry =
  | 'retail'
  | 'publishing'
  | 'manufacturing'
  | 'legal'
  | 'healthcare'
  | 'accountancy'
  | 'logistics'
  | 'education'
  | 'charity'
  | 'architecture'
  | 'real_estate'
  | 'veterinary'
  | 'engineering'
  | 'senior_care'
  | 'food'
  | 'construction'
  | 'hospitality'
  | 'insurance';

export interface IndustryWords {
  /** Title of the person who runs the organisation (always a VIP). */
  leader: string;
  /** Titles typical of the industry, beside the generic office titles. */
  titles: string[];
  /** Line-of-business applications (fictional product names). */
  apps: string[];
  /** Share of requests that still arrive on a weekend (0–1). */
  weekendShare: number;
}

export const INDUSTRIES: Record<Industry, IndustryWords> = {
  retail: { leader: 'Chief Executive Officer', titles: ['Store Manager', 'Assistant Store Manager', 'Sales Associate', 'Visual Merchandiser', 'Buyer', 'Stock Controller', 'E-commerce Manager'], apps: ['TillPoint POS', 'StockSense', 'the web shop admin'], weekendShare: 0.6 },
  publishing: { leader: 'Publisher', titles: ['Commissioning Editor', 'Copy Editor', 'Production Controller', 'Rights Manager', 'Designer', 'Publicist', 'Warehouse Operative'], apps: ['PageFlow', 'RightsLedger', 'the typesetting server'], weekendShare: 0.3 },
  manufacturing: { leader: 'Plant Director', titles: ['Shift Supervisor', 'Production Planner', 'Quality Engineer', 'Machine Operator', 'Maintenance Technician', 'Purchasing Agent', 'Sales Engineer'], apps: ['ShopFloor MES', 'PartTrack ERP', 'the label printing service'], weekendShare: 0.35 },
  legal: { leader: 'Managing Partner', titles: ['Partner', 'Senior Associate', 'Associate', 'Paralegal', 'Legal Secretary', 'Trainee Solicitor', 'Billing Coordinator'], apps: ['CaseVault', 'LexDocs', 'TimeDocket'], weekendShare: 0.1 },
  healthcare: { leader: 'Medical Director', titles: ['Physician', 'Practice Nurse', 'Receptionist', 'Practice Manager', 'Dental Hygienist', 'Physiotherapist', 'Medical Secretary'], apps: ['ClinicDesk', 'the patient records system', 'ScriptLink e-prescribing'], weekendShare: 0.25 },
  accountancy: { leader: 'Senior Partner', titles: ['Tax Manager', 'Audit Senior', 'Bookkeeper', 'Payroll Administrator', 'Accounts Assistant', 'Client Manager'], apps: ['TaxPilot', 'LedgerLine', 'the client document portal'], weekendShare: 0.08 },
  logistics: { leader: 'Managing Director', titles: ['Depot Manager', 'Transport Planner', 'Warehouse Supervisor', 'Fleet Coordinator', 'Customer Service Agent', 'Forklift Operator', 'Customs Broker'], apps: ['FreightBoard TMS', 'the warehouse management system', 'RouteWise'], weekendShare: 0.4 },
  education: { leader: 'Head', titles: ['Teacher', 'Head of Year', 'Teaching Assistant', 'Bursar', 'School Business Manager', 'Admissions Officer', 'Head of Science'], apps: ['SchoolBridge MIS', 'the online learning platform', 'ParentMail+'], weekendShare: 0.1 },
  charity: { leader: 'Chief Executive', titles: ['Fundraising Manager', 'Volunteer Coordinator', 'Support Worker', 'Finance Officer', 'Communications Officer', 'Project Worker'], apps: ['DonorBase CRM', 'the case notes system', 'the Gift Aid export'], weekendShare: 0.15 },
  architecture: { leader: 'Principal', titles: ['Project Architect', 'Architectural Technologist', 'Interior Designer', 'Studio Manager', 'Visualiser', 'Part II Assistant'], apps: ['the CAD licence server', 'RenderFarm', 'PlanVault'], weekendShare: 0.1 },
  real_estate: { leader: 'Broker-Owner', titles: ['Real Estate Agent', 'Listing Coordinator', 'Transaction Coordinator', 'Property Manager', 'Marketing Coordinator'], apps: ['ListingHub', 'the e-signature service', 'ShowingTime scheduler'], weekendShare: 0.35 },
  veterinary: { leader: 'Clinical Director', titles: ['Veterinarian', 'Veterinary Nurse', 'Veterinary Technician', 'Client Care Coordinator', 'Practice Manager'], apps: ['VetChart', 'the X-ray imaging station', 'the appointment system'], weekendShare: 0.3 },
  engineering: { leader: 'Principal Engineer', titles: ['Structural Engineer', 'Civil Engineer', 'CAD Technician', 'Project Manager', 'Graduate Engineer', 'Surveyor'], apps: ['the CAD licence server', 'StructCalc', 'ProjectLedger'], weekendShare: 0.08 },
  senior_care: { leader: 'Executive Director', titles: ['Care Coordinator', 'Registered Nurse', 'Care Assistant', 'Activities Coordinator', 'Facilities Manager', 'Admissions Director'], apps: ['CarePlanner', 'the eMAR medication system', 'the nurse call system'], weekendShare: 0.45 },
  food: { leader: 'Founder', titles: ['Head Baker', 'Production Manager', 'Shift Lead', 'Wholesale Account Manager', 'Food Safety Officer', 'Barista'], apps: ['TillPoint POS', 'BatchCost', 'the wholesale ordering portal'], weekendShare: 0.5 },
  construction: { leader: 'Managing Director', titles: ['Site Manager', 'Project Manager', 'Estimator', 'Quantity Surveyor', 'Health & Safety Advisor', 'Site Administrator'], apps: ['BuildTrack', 'the drawings register', 'SiteDiary'], weekendShare: 0.2 },
  hospitality: { leader: 'Chief Operating Officer', titles: ['General Manager', 'Front Office Manager', 'Night Auditor', 'Reservations Agent', 'Head Chef', 'Housekeeping Manager', 'Events Coordinator'], apps: ['StayDesk PMS', 'the key card system', 'TillPoint POS'], weekendShare: 0.55 },
  insurance: { leader: 'Chief Executive Officer', titles: ['Account Executive', 'Claims Handler', 'Underwriting Assistant', 'Compliance Officer', 'Client Service Manager', 'Broker'], apps: ['PolicyHub', 'ClaimsDesk', 'the quote engine'], weekendShare: 0.05 },
};

/** Titles every organisation has some of. */
export const GENERIC_TITLES = ['Office Manager', 'Receptionist', 'Finance Manager', 'HR Manager', 'Administrator', 'Operations Manager', 'Marketing Manager', 'Executive Assistant', 'Accounts Payable Clerk', 'IT Coordinator'];

/** Titles of the person who usually deals with the MSP. */
export const IT_CONTACT_TITLES = ['Office Manager', 'Operations Manager', 'IT Coordinator', 'Practice Manager', 'Business Manager'];

export const FIRST_NAMES = [
  'James', 'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Lucas', 'Mia', 'Mason', 'Isabella', 'Logan', 'Amelia',
  'Oliver', 'Charlotte', 'Elijah', 'Harper', 'Aiden', 'Evelyn', 'Jackson', 'Abigail', 'Samuel', 'Emily', 'Henry', 'Ella',
  'Daniel', 'Grace', 'Matthew', 'Chloe', 'David', 'Zoe', 'Joseph', 'Lily', 'Carter', 'Hannah', 'Owen', 'Nora', 'Wyatt', 'Layla',
  'Gabriel', 'Riley', 'Julian', 'Aria', 'Isaac', 'Scarlett', 'Leo', 'Victoria', 'Nathan', 'Madison', 'Thomas', 'Eleanor',
  'George', 'Freya', 'Harry', 'Isla', 'Alfie', 'Poppy', 'Arthur', 'Imogen', 'Rhys', 'Niamh', 'Callum', 'Siobhan', 'Ewan', 'Catriona',
  'Priya', 'Arjun', 'Ananya', 'Rohan', 'Aisha', 'Omar', 'Fatima', 'Yusuf', 'Zainab', 'Hamza', 'Mei', 'Wei', 'Hiro', 'Yuki',
  'Minh', 'Linh', 'Jin', 'Soo-ah', 'Carlos', 'Sofia', 'Diego', 'Valentina', 'Mateo', 'Camila', 'Luis', 'Gabriela', 'Andre', 'Ines',
  'Chidi', 'Amara', 'Kwame', 'Ama', 'Tunde', 'Ngozi', 'Kofi', 'Efua', 'Lars', 'Ingrid', 'Sven', 'Astrid', 'Piotr', 'Zofia',
  'Tomasz', 'Katarzyna', 'Mikhail', 'Anya', 'Dmitri', 'Elena', 'Ryan', 'Kate', 'Sean', 'Aoife', 'Connor', 'Maeve', 'Jack', 'Ruby',
  'Cooper', 'Matilda', 'Lachlan', 'Jasmine', 'Hamish', 'Georgia', 'Brodie', 'Sienna', 'Marcus', 'Naomi', 'Felix', 'Clara',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis',
  'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell',
  'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins', 'Edwards', 'Stewart', 'Morris', 'Murphy',
  'Cook', 'Rogers', 'Morgan', 'Cooper', 'Peterson', 'Reed', 'Bailey', 'Bell', 'Kelly', 'Howard', 'Ward', 'Cox', 'Richardson',
  'Wood', 'Watson', 'Brooks', 'Bennett', 'Gray', 'Hughes', 'Price', 'Sanders', 'Patel', 'Shah', 'Khan', 'Ahmed', 'Singh', 'Gupta',
  'Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Nguyen', 'Tran', 'Kim', 'Park', 'Choi', 'Tanaka', 'Sato', 'Suzuki', 'Okafor', 'Adeyemi',
  'Mensah', 'Boateng', 'Osei', 'Nwosu', 'Eze', 'Kowalski', 'Nowak', 'Wisniewski', 'Ivanov', 'Petrov', 'Novak', 'Jensen', 'Larsen',
  'Lindqvist', 'Nilsson', 'Berg', 'Schmidt', 'Müller', 'Fischer', 'Rossi', 'Russo', 'Ferrari', 'Silva', 'Santos', 'Costa',
  "O'Brien", "O'Connor", 'McCarthy', 'Byrne', 'Walsh', 'MacDonald', 'Fraser', 'Murray', 'Sinclair', 'Davies', 'Hughes-Lloyd',
  'Fitzgerald', 'Donnelly', 'Whitaker', 'Ashworth', 'Pemberton', 'Hargreaves', 'Thornton', 'Blackwood', 'Kerr', 'Ramsay',
];

/** First name and surname → the local part of an address: `siobhan.obrien`. */
export function emailLocalPart(first: string, last: string): string {
  const clean = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z-]/g, '');
  return `${clean(first)}.${clean(last)}`;
}
