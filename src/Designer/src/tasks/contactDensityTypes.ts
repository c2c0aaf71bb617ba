/** The answer of GET /api/rules/contact-density (labels in the chosen language). */
export interface ContactDensityCell {
  ageGroup: string;
  unemployed: boolean;
  profile: string;
  rhythm: string;
  unit: 'Months' | 'Weeks';
  length: number;
  contactsPerYear: number;
}

export interface ContactDensityVersion {
  number: number;
  effectiveFrom: string;
  createdAt: string;
  createdBy: string;
  reason: string;
  cells: ContactDensityCell[];
}

export interface Choice {
  value: string;
  label: string;
}

export interface ContactDensityRules {
  at: string;
  inForce: ContactDensityVersion;
  versions: ContactDensityVersion[];
  options: { ageGroups: Choice[]; unemployed: Choice[]; profiles: Choice[]; rhythms: (Choice & { contactsPerYear: number })[] };
}

/** The four rows of the table: U25 unemployed, U25 not unemployed, Ü25 unemployed, Ü25 not unemployed. */
export function rowsOf(rules: ContactDensityRules): { ageGroup: Choice; unemployed: Choice }[] {
  return rules.options.ageGroups.flatMap(ageGroup => rules.options.unemployed.map(unemployed => ({ ageGroup, unemployed })));
}

export function cellOf(version: ContactDensityVersion, ageGroup: string, unemployed: boolean, profile: string): ContactDensityCell | undefined {
  return version.cells.find(cell => cell.ageGroup === ageGroup && cell.unemployed === unemployed && cell.profile === profile);
}
