/** The customer shapes of the API (see docs/customers.md). */

/** A customer as lists, the inbox and the case page show a person. */
export interface CustomerRef {
  id: string;
  customerNumber: string;
  givenName: string;
  familyName: string;
  birthDate: string;
}

export interface ActionNeed {
  keyGroup: string;
  need: string;
  influenceable: boolean;
}

export interface CustomerDetails extends CustomerRef {
  severelyDisabled: boolean;
  equalStatus: boolean;
  rehabilitant: boolean;
  responsibleCaseworker: string;
  profile: string | null;
  actionNeeds: ActionNeed[];
  integrationWithoutFmUnlikely: boolean;
  profiledAt: string | null;
  profiledBy: string | null;
  version: number;
  notReachable?: boolean;
  notReachableSince?: string | null;
  missedInARow?: number;
  unemployed?: boolean;
  nextContactDue?: string | null;
  contactRuleCellText?: string | null;
}

export interface CustomerHit extends CustomerRef {
  responsibleCaseworker: string;
  profile: string | null;
}

export interface ProfileCatalogue {
  profiles: string[];
  keyGroups: { keyGroup: string; obstacles: string[] }[];
  neverInfluenceable: string[];
  /** Each German key group, obstacle and fact with its label in the chosen language; the values stay German. */
  labels?: Record<string, string>;
}

/** "Müller, Anna (123D456789)". */
export function customerLabel(customer: CustomerRef): string {
  const name = [customer.familyName, customer.givenName].filter(part => part).join(', ');
  return name ? `${name} (${customer.customerNumber})` : customer.customerNumber;
}
