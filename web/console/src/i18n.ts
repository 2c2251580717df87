/**
 * Every word the console shows, in the language the person chose: ICU MessageFormat catalogues
 * (locale/<language>.json, one message per id, English complete) formatted by FormatJS's
 * intl-messageformat, which walks the parsed message and never compiles it into code (the CSP
 * forbids eval). Plurals follow the language's CLDR rules (Welsh has six forms) through
 * Intl.PluralRules; dates and times are formatted by time.ts with this language's tag.
 *
 * The language is the one picked in the console (kept in this browser's localStorage), else the
 * first of the browser's languages the console has, else English. Only the console's own words go
 * through here: what a victim or an advocate wrote is shown as written, never translated.
 */

import { IntlMessageFormat } from "intl-messageformat";

import cy from "../locale/cy.json";
import en from "../locale/en.json";

export type MessageId = keyof typeof en;
export type Values = Record<string, string | number>;

/** Each language's BCP 47 tag (for <html lang>, Intl and Accept-Language) and its name in itself. */
export const LANGUAGES = {
  en: { tag: "en-GB", name: "English" },
  cy: { tag: "cy", name: "Cymraeg" },
} as const;
export type Language = keyof typeof LANGUAGES;

// Typed against English, so a Welsh catalogue that lacks a message does not compile.
export const CATALOGUES: Record<Language, Record<MessageId, string>> = { en, cy };

const STORED = "daybook.console.language";
const isLanguage = (code: string): code is Language => Object.hasOwn(LANGUAGES, code);

/** "cy-GB" -> "cy"; null when the console has no catalogue for it. */
export function languageOf(tag: string): Language | null {
  const code = tag.toLowerCase().split(/[-_]/)[0] ?? "";
  return isLanguage(code) ? code : null;
}

/** The picked language, else the browser's first one the console has, else English. */
export function preferredLanguage(stored: string | null, browser: readonly string[]): Language {
  for (const tag of [stored ?? "", ...browser]) {
    const found = languageOf(tag);
    if (found !== null) return found;
  }
  return "en";
}

let current: Language = "en";
const cache = new Map<string, IntlMessageFormat>();

export function language(): Language {
  return current;
}

/** The tag of the current language, for Intl formatters and the API's Accept-Language. */
export function languageTag(): string {
  return LANGUAGES[current].tag;
}

/** Use `code` for the messages (the page's <html lang> is set by startLanguage and chooseLanguage). */
export function setLanguage(code: Language): void {
  current = code;
}

function showLanguage(code: Language): void {
  setLanguage(code);
  document.documentElement.lang = LANGUAGES[code].tag;
}

/** Picks the language for this page at start: the one kept from last time, or the browser's. */
export function startLanguage(): void {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORED);
  } catch {
    // Storage refused (a private window's policy): the browser's languages decide.
  }
  showLanguage(preferredLanguage(stored, navigator.languages));
}

/** The person's choice, remembered in this browser (the language code only). */
export function chooseLanguage(code: Language): void {
  showLanguage(code);
  try {
    localStorage.setItem(STORED, code);
  } catch {
    // Not kept: the choice lasts for this page only.
  }
}

/** The message `id` in the current language, with its placeholders filled. */
export function t(id: MessageId, values?: Values): string {
  const key = `${current}\u0000${id}`;
  let format = cache.get(key);
  if (format === undefined) {
    format = new IntlMessageFormat(CATALOGUES[current][id], LANGUAGES[current].tag);
    cache.set(key, format);
  }
  return String(format.format(values));
}
