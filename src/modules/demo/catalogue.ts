/**
 * The fictional client book of the demo MSP: organisations, their sites and the telephone number
 * ranges they draw from. Domains use the reserved `.example` top-level domain; telephone numbers
 * come from ranges set aside for drama and fiction (NANP 555-01xx, Ofcom and ACMA drama ranges).
 */
import type { Industry } from './words.js';

/** A range of numbers: `prefix` followed by `digits` free digits. */
export interface NumberRange {
  prefix: string;
  digits: number;
}

export interface SiteSpec {
  name: string;
  address: string;
  timeZone: string;
  /** Key into PHONE_PLANS: where the site's direct lines come from. */
  city: string;
}

export interface OrgSpec {
  name: string;
  slug: string;
  domain: string;
  industry: Industry;
  /** Approximate number of contacts. */
  size: number;
  /** The first site is the head office; the organisation's time zone is its time zone. */
  sites: SiteSpec[];
}

const nanp = (...areaCodes: number[]): NumberRange[] => areaCodes.map((ac) => ({ prefix: `+1${ac}55501`, digits: 2 }));

/** Landline ranges per city. */
export const PHONE_PLANS: Record<string, NumberRange[]> = {
  newyork: nanp(212, 646, 917, 332, 718, 347),
  allentown: nanp(610, 484, 835, 272),
  philadelphia: nanp(215, 267),
  boston: nanp(617, 857),
  stamford: nanp(203, 475),
  whiteplains: nanp(914),
  chicago: nanp(312, 773, 872, 630, 847),
  milwaukee: nanp(414, 262),
  minneapolis: nanp(612, 952, 763),
  dallas: nanp(214, 469, 972),
  denver: nanp(303, 720, 983),
  saltlake: nanp(801, 385),
  losangeles: nanp(213, 310, 323, 424, 818),
  sanfrancisco: nanp(415, 628),
  portland: nanp(503, 971),
  seattle: nanp(206, 425, 253),
  london: [{ prefix: '+442079460', digits: 3 }],
  manchester: [{ prefix: '+441614960', digits: 3 }],
  leeds: [{ prefix: '+441134960', digits: 3 }],
  birmingham: [{ prefix: '+441214960', digits: 3 }],
  bristol: [{ prefix: '+441174960', digits: 3 }],
  liverpool: [{ prefix: '+441514960', digits: 3 }],
  edinburgh: [{ prefix: '+441314960', digits: 3 }],
  cardiff: [{ prefix: '+442920180', digits: 3 }],
  sydney: [{ prefix: '+6125550', digits: 4 }, { prefix: '+6127010', digits: 4 }],
  melbourne: [{ prefix: '+6135550', digits: 4 }, { prefix: '+6137010', digits: 4 }],
  brisbane: [{ prefix: '+6175550', digits: 4 }, { prefix: '+6177010', digits: 4 }],
  adelaide: [{ prefix: '+6185550', digits: 4 }, { prefix: '+6187010', digits: 4 }],
};

/** Mobile ranges per country calling code; NANP mobiles share the landline ranges. */
export const MOBILE_PLANS: Record<string, NumberRange[]> = {
  '+44': [{ prefix: '+447700900', digits: 3 }],
  '+61': [{ prefix: '+6149157', digits: 4 }],
};

const NY = 'America/New_York';
const CHI = 'America/Chicago';
const DEN = 'America/Denver';
const LA = 'America/Los_Angeles';
const LON = 'Europe/London';
const SYD = 'Australia/Sydney';
// Half an hour off the hour (UTC+9:30, +10:30 in summer): clocks must not assume whole-hour zones.
const ADL = 'Australia/Adelaide';

const site = (name: string, address: string, timeZone: string, city: string): SiteSpec => ({ name, address, timeZone, city });

/** Twenty-five client organisations. */
export const ORGANIZATIONS: OrgSpec[] = [
  { name: 'Northgate Outfitters', slug: 'northgate-outfitters', domain: 'northgateoutfitters.example', industry: 'retail', size: 110, sites: [
    site('Head Office', '401 N Wabash Ave, Suite 1200, Chicago, IL 60611', CHI, 'chicago'),
    site('Milwaukee Store', '310 E Wisconsin Ave, Milwaukee, WI 53202', CHI, 'milwaukee'),
    site('Minneapolis Store', '825 Nicollet Mall, Minneapolis, MN 55402', CHI, 'minneapolis'),
    site('Denver Store', '1600 California St, Denver, CO 80202', DEN, 'denver'),
  ] },
  { name: 'Harbour Lane Press', slug: 'harbour-lane-press', domain: 'harbourlanepress.example', industry: 'publishing', size: 55, sites: [
    site('Southwark Office', '14 Tanner Street, London SE1 3LD', LON, 'london'),
    site('Bristol Warehouse', 'Unit 6, Avonside Trading Estate, Bristol BS2 0UZ', LON, 'bristol'),
  ] },
  { name: 'Keystone Precision Components', slug: 'keystone-precision', domain: 'keystoneprecision.example', industry: 'manufacturing', size: 150, sites: [
    site('Allentown Plant', '2200 Hamilton Blvd, Allentown, PA 18104', NY, 'allentown'),
    site('Bethlehem Warehouse', '55 Industrial Dr, Bethlehem, PA 18017', NY, 'allentown'),
    site('Sales Office', '1500 Market St, Philadelphia, PA 19102', NY, 'philadelphia'),
  ] },
  { name: 'Whitfield & Crane LLP', slug: 'whitfield-crane', domain: 'whitfieldcrane.example', industry: 'legal', size: 80, sites: [
    site('Midtown Office', '1120 Avenue of the Americas, 14th Floor, New York, NY 10036', NY, 'newyork'),
    site('London Office', '30 Fleet Street, London EC4Y 1AA', LON, 'london'),
  ] },
  { name: 'Okafor Lindqvist Solicitors', slug: 'okafor-lindqvist', domain: 'okaforlindqvist.example', industry: 'legal', size: 45, sites: [
    site('Manchester Office', '82 King Street, Manchester M2 4WQ', LON, 'manchester'),
    site('Leeds Office', '11 Park Row, Leeds LS1 5HD', LON, 'leeds'),
  ] },
  { name: 'Marlowe Dunn & Partners', slug: 'marlowe-dunn', domain: 'marlowedunn.example', industry: 'legal', size: 60, sites: [
    site('Downtown Office', '555 W 5th St, Suite 3100, Los Angeles, CA 90013', LA, 'losangeles'),
    site('Santa Monica Office', '2425 Olympic Blvd, Santa Monica, CA 90404', LA, 'losangeles'),
  ] },
  { name: 'Bellbird Legal', slug: 'bellbird-legal', domain: 'bellbirdlegal.example', industry: 'legal', size: 30, sites: [
    site('Sydney Office', 'Level 9, 60 Margaret Street, Sydney NSW 2000', SYD, 'sydney'),
  ] },
  { name: 'Riverbend Family Clinic', slug: 'riverbend-clinic', domain: 'riverbendclinic.example', industry: 'healthcare', size: 40, sites: [
    site('Main Clinic', '2400 S Lamar St, Dallas, TX 75215', CHI, 'dallas'),
    site('Oak Cliff Clinic', '710 W Davis St, Dallas, TX 75208', CHI, 'dallas'),
  ] },
  { name: 'Harborview Dental Group', slug: 'harborview-dental', domain: 'harborviewdental.example', industry: 'healthcare', size: 50, sites: [
    site('Seattle Practice', '1200 5th Ave, Seattle, WA 98101', LA, 'seattle'),
    site('Bellevue Practice', '10900 NE 8th St, Bellevue, WA 98004', LA, 'seattle'),
    site('Tacoma Practice', '950 Pacific Ave, Tacoma, WA 98402', LA, 'seattle'),
  ] },
  { name: 'Paddington Physio & Sports Medicine', slug: 'paddington-physio', domain: 'paddingtonphysio.example', industry: 'healthcare', size: 25, sites: [
    site('Paddington Clinic', '18 Praed Street, London W2 1NJ', LON, 'london'),
    site('Marylebone Clinic', '44 Baker Street, London W1U 7AL', LON, 'london'),
  ] },
  { name: 'Coastal Paediatrics', slug: 'coastal-paediatrics', domain: 'coastalpaeds.example', industry: 'healthcare', size: 30, sites: [
    site('Bondi Junction Rooms', 'Level 3, 500 Oxford Street, Bondi Junction NSW 2022', SYD, 'sydney'),
    site('Manly Rooms', '12 Belgrave Street, Manly NSW 2095', SYD, 'sydney'),
  ] },
  { name: 'Ledgerwise Accountants', slug: 'ledgerwise', domain: 'ledgerwise.example', industry: 'accountancy', size: 40, sites: [
    site('Birmingham Office', '3 Brindleyplace, Birmingham B1 2JB', LON, 'birmingham'),
  ] },
  { name: 'Fairbanks Tax & Advisory', slug: 'fairbanks-tax', domain: 'fairbankstax.example', industry: 'accountancy', size: 35, sites: [
    site('Boston Office', '100 Federal St, 20th Floor, Boston, MA 02110', NY, 'boston'),
  ] },
  { name: 'Bluewater Freight Logistics', slug: 'bluewater-freight', domain: 'bluewaterfreight.example', industry: 'logistics', size: 120, sites: [
    site('Head Office', 'Level 4, 201 Kent Street, Sydney NSW 2000', SYD, 'sydney'),
    site('Botany Depot', '15 Exell Street, Banksmeadow NSW 2019', SYD, 'sydney'),
    site('Melbourne Depot', '40 Somerton Road, Somerton VIC 3062', 'Australia/Melbourne', 'melbourne'),
    site('Brisbane Depot', '88 Pritchard Road, Virginia QLD 4014', 'Australia/Brisbane', 'brisbane'),
  ] },
  { name: "St Aldric's Preparatory School", slug: 'st-aldrics', domain: 'staldrics.example', industry: 'education', size: 140, sites: [
    site('Main School', 'Clifton Park Road, Bristol BS8 3HX', LON, 'bristol'),
    site('Sports Ground', 'Coombe Lane, Bristol BS9 2BJ', LON, 'bristol'),
  ] },
  { name: 'Lantern House Trust', slug: 'lantern-house', domain: 'lanternhouse.example', industry: 'charity', size: 35, sites: [
    site('Head Office', '27 Commercial Street, London E1 6LP', LON, 'london'),
    site('Cardiff Centre', '9 Womanby Street, Cardiff CF10 1BR', LON, 'cardiff'),
  ] },
  { name: 'Tessellate Architects', slug: 'tessellate', domain: 'tessellate.example', industry: 'architecture', size: 30, sites: [
    site('Pearl District Studio', '1120 NW Couch St, Portland, OR 97209', LA, 'portland'),
    site('San Francisco Studio', '88 Townsend St, San Francisco, CA 94107', LA, 'sanfrancisco'),
  ] },
  { name: 'Copperleaf Realty', slug: 'copperleaf-realty', domain: 'copperleafrealty.example', industry: 'real_estate', size: 45, sites: [
    site('Denver Office', '1550 Wewatta St, Denver, CO 80202', DEN, 'denver'),
    site('Boulder Office', '1048 Pearl St, Boulder, CO 80302', DEN, 'denver'),
  ] },
  { name: 'Greenway Veterinary Hospital', slug: 'greenway-vets', domain: 'greenwayvets.example', industry: 'veterinary', size: 35, sites: [
    site('Hospital', '3400 W Lake St, Minneapolis, MN 55416', CHI, 'minneapolis'),
  ] },
  { name: 'Summit Ridge Engineering', slug: 'summit-ridge', domain: 'summitridge.example', industry: 'engineering', size: 60, sites: [
    site('Denver Office', '999 18th St, Suite 2000, Denver, CO 80202', DEN, 'denver'),
    site('Salt Lake City Office', '222 S Main St, Salt Lake City, UT 84101', DEN, 'saltlake'),
  ] },
  { name: 'Pinecrest Senior Living', slug: 'pinecrest-living', domain: 'pinecrestliving.example', industry: 'senior_care', size: 70, sites: [
    site('Pinecrest Commons', '400 Pinecrest Way, Stamford, CT 06902', NY, 'stamford'),
    site('Pinecrest Gardens', '18 Elm Street, White Plains, NY 10601', NY, 'whiteplains'),
  ] },
  { name: 'Maple & Finch Bakery Co.', slug: 'maple-finch', domain: 'mapleandfinch.example', industry: 'food', size: 40, sites: [
    site('Chelsea Bakery & Office', '75 Ninth Ave, New York, NY 10011', NY, 'newyork'),
    site('Brooklyn Production Kitchen', '140 58th St, Brooklyn, NY 11220', NY, 'newyork'),
  ] },
  { name: 'Ironbark Construction', slug: 'ironbark-construction', domain: 'ironbarkconstruction.example', industry: 'construction', size: 55, sites: [
    site('Adelaide Office', 'Level 5, 30 Currie Street, Adelaide SA 5000', ADL, 'adelaide'),
    site('Port Adelaide Yard', '22 Commercial Road, Port Adelaide SA 5015', ADL, 'adelaide'),
  ] },
  { name: 'Quayside Hotel Group', slug: 'quayside-hotels', domain: 'quaysidehotels.example', industry: 'hospitality', size: 80, sites: [
    site('Group Office', '2 Riverside Quay, London SE1 9PD', LON, 'london'),
    site('Quayside Edinburgh', '41 Commercial Quay, Edinburgh EH6 6LX', LON, 'edinburgh'),
    site('Quayside Liverpool', '1 Mann Island, Liverpool L3 1BP', LON, 'liverpool'),
  ] },
  { name: 'Brightwater Insurance Brokers', slug: 'brightwater-insurance', domain: 'brightwaterins.example', industry: 'insurance', size: 45, sites: [
    site('Chicago Office', '233 S Wacker Dr, Suite 5400, Chicago, IL 60606', CHI, 'chicago'),
  ] },
];

/** Slugs of the organisations whose office manager and one colleague get portal logins. */
export const PORTAL_ORGANIZATIONS = ['whitfield-crane', 'northgate-outfitters', 'harbour-lane-press'];
