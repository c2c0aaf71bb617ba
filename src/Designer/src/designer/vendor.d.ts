// Type declarations for the bpmn.io packages that ship none (used through small, typed wrappers).
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: unknown;
  export const BpmnPropertiesProviderModule: unknown;
  export function useService<T = any>(name: string): T;
}
declare module '@bpmn-io/properties-panel' {
  export function TextFieldEntry(props: Record<string, unknown>): unknown;
  export function SelectEntry(props: Record<string, unknown>): unknown;
  export function CheckboxEntry(props: Record<string, unknown>): unknown;
  export function isCheckboxEntryEdited(node: unknown): boolean;
  export function isTextFieldEntryEdited(node: unknown): boolean;
  export function isSelectEntryEdited(node: unknown): boolean;
}
declare module 'bpmnlint' {
  export class Linter {
    constructor(options: { config: unknown; resolver: unknown });
    lint(definitions: unknown): Promise<Record<string, { id: string; message: string; category: string }[]>>;
  }
}
declare module 'bpmnlint/lib/resolver/static-resolver' {
  export default class StaticResolver {
    constructor(cache: Record<string, unknown>);
  }
}
declare module 'bpmnlint/rules/*' {
  const rule: unknown;
  export default rule;
}
