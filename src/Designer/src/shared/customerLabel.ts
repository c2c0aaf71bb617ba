/** A customer's name and number as lists show them: "Familienname, Vorname (Kundennummer)". */
export const customerLabel = (customer: { customerFamilyName: string; customerGivenName: string; customerNumber: string }): string =>
  `${customer.customerFamilyName}, ${customer.customerGivenName} (${customer.customerNumber})`;
