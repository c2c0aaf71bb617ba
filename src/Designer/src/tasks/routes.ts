/**
 * Hash routes of the task page: #/ (inbox, with ?scope&status&caseId&page), #/task/<id>, #/case/<id>, #/incidents?page,
 * #/customers?q&page (search), #/customers/new (register), #/customer/<id>, #/rules/contact-density (Kontaktdichte),
 * #/contacts/due?scope&page (Fällige Kontakte), #/data-protection (Datenschutz).
 */
export type Route =
  | { page: 'inbox'; query: URLSearchParams }
  | { page: 'task'; id: string }
  | { page: 'case'; id: string }
  | { page: 'incidents'; query: URLSearchParams }
  | { page: 'customers'; query: URLSearchParams }
  | { page: 'new-customer' }
  | { page: 'customer'; id: string }
  | { page: 'contact-density' }
  | { page: 'due-contacts'; query: URLSearchParams }
  | { page: 'data-protection' };

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, search] = hash.split('?');
  const task = /^\/task\/([0-9a-f-]{36})$/i.exec(path);
  if (task) {
    return { page: 'task', id: task[1] };
  }
  const kase = /^\/case\/([0-9a-f-]{36})$/i.exec(path);
  if (kase) {
    return { page: 'case', id: kase[1] };
  }
  const customer = /^\/customer\/([0-9a-f-]{36})$/i.exec(path);
  if (customer) {
    return { page: 'customer', id: customer[1] };
  }
  if (path === '/rules/contact-density') {
    return { page: 'contact-density' };
  }
  if (path === '/data-protection') {
    return { page: 'data-protection' };
  }
  if (path === '/contacts/due') {
    return { page: 'due-contacts', query: new URLSearchParams(search ?? '') };
  }
  if (path === '/customers/new') {
    return { page: 'new-customer' };
  }
  if (path === '/customers') {
    return { page: 'customers', query: new URLSearchParams(search ?? '') };
  }
  if (path === '/incidents') {
    return { page: 'incidents', query: new URLSearchParams(search ?? '') };
  }
  return { page: 'inbox', query: new URLSearchParams(search ?? '') };
}

export const taskHref = (id: string): string => `#/task/${id}`;
export const caseHref = (id: string): string => `#/case/${id}`;
export const inboxHref = (query?: URLSearchParams): string => (query && [...query].length > 0 ? `#/?${query}` : '#/');
export const incidentsHref = (query?: URLSearchParams): string => (query && [...query].length > 0 ? `#/incidents?${query}` : '#/incidents');
export const customerHref = (id: string): string => `#/customer/${id}`;
export const newCustomerHref = (): string => '#/customers/new';
export const customersHref = (query?: URLSearchParams): string => (query && [...query].length > 0 ? `#/customers?${query}` : '#/customers');
export const contactDensityHref = (): string => '#/rules/contact-density';
export const dueContactsHref = (query?: URLSearchParams): string => (query && [...query].length > 0 ? `#/contacts/due?${query}` : '#/contacts/due');
export const dataProtectionHref = (): string => '#/data-protection';
