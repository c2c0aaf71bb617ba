import { de, MessageKey } from './de';
import { en } from './en';

export type { MessageKey } from './de';

/** The languages of the web app; German is the default, English comes from the switch in the header. */
export type Language = 'de' | 'en';

const LanguageKey = 'caseflow.language';
const messages: Record<Language, Record<MessageKey, string>> = { de, en };
const locales: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** The chosen language (localStorage, so it stays across sign-ins); German when nothing was chosen. */
export function language(): Language {
  return localStorage.getItem(LanguageKey) === 'en' ? 'en' : 'de';
}

export function setLanguage(value: Language): void {
  if (value === 'de') {
    localStorage.removeItem(LanguageKey);
  } else {
    localStorage.setItem(LanguageKey, value);
  }
  document.documentElement.lang = value;
}

/** The text of `key` in the chosen language, with {placeholders} filled from `values`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[language()][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? formatValue(values[name]) : whole);
}

/** A number in the chosen language's format, e.g. 1.000.000 in German. */
export function formatNumber(value: number): string {
  return value.toLocaleString(locales[language()]);
}

/** A date (ISO) in the chosen language's format, e.g. 23.11.2026 in German; time too when asked. */
export function formatDate(iso: string | null | undefined, withTime = false): string {
  if (!iso) {
    return '–';
  }
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return withTime
    ? date.toLocaleString(locales[language()], { dateStyle: 'medium', timeStyle: 'short' })
    : date.toLocaleDateString(locales[language()], { dateStyle: 'medium' });
}

function formatValue(value: string | number): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}
