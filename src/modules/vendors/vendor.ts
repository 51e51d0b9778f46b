/** Vendors, their services and clients' dependencies on them: the types and pure rules, no I/O. */

/** How badly a client is hit when a service it depends on goes down, worst first. */
export const CRITICALITIES = ['critical', 'high', 'normal', 'low'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export interface SupportContact {
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface AccountNumber {
  label: string;
  number: string;
}

export interface Vendor {
  id: string;
  name: string;
  portalUrl: string;
  supportContacts: SupportContact[];
  accountNumbers: AccountNumber[];
  notes: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface VendorService {
  id: string;
  vendorId: string;
  name: string;
  description: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Dependency {
  id: string;
  serviceId: string;
  organizationId: string;
  siteId: string | null;
  purpose: string;
  criticality: Criticality;
  fallback: string;
  workaroundSteps: string[];
  /** The client's contacts who hear of an incident on the service; empty: its VIPs, else everyone. */
  notifyContactIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A dependency with the service and vendor it names, as an incident reads it. */
export interface ServiceDependency extends Dependency {
  serviceName: string;
  vendorId: string;
  vendorName: string;
}

/** Orders criticalities worst first (for sorting clients by how badly they are hit). */
export function byCriticality(a: Criticality, b: Criticality): number {
  return CRITICALITIES.indexOf(a) - CRITICALITIES.indexOf(b);
}

/** The worse of two criticalities. */
export function worseCriticality(a: Criticality, b: Criticality): Criticality {
  return byCriticality(a, b) <= 0 ? a : b;
}

/** Checklist steps as stored: trimmed, blank ones dropped, each once in the order first given. */
export function cleanSteps(steps: string[]): string[] {
  return [...new Set(steps.map((s) => s.trim()).filter((s) => s.length > 0))];
}
