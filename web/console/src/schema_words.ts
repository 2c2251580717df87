/**
 * The case-document schemas' words in the console's language: each field's description and the
 * risk review's question wordings, looked up by schema and JSON pointer in
 * schemas/locale/<language>.json (the schemas themselves are the English). Each entry keeps the
 * English it translates, so a translation whose English has since changed is not shown (the
 * English is) and test/schema_words.test.ts fails until it is redone. Only the schema's words
 * change: what a victim or an advocate wrote in a document is never translated. The CLI reads the
 * same file (app/client/schema_words.py).
 */

import cy from "../../../schemas/locale/cy.json";

import type { Language } from "./i18n.js";

export interface Translation {
  en: string;
  cy: string;
}

export const SCHEMA_CATALOGUES: Record<Exclude<Language, "en">, Record<string, Translation>> = { cy: cy.words };

const QUESTIONS = "/$defs/questions";
const escape = (key: string): string => key.replaceAll("~", "~0").replaceAll("/", "~1");

/** Every word of a schema a person reads, by JSON pointer: each description below the root, each question's wording. */
export function schemaWords(node: unknown, pointer = "", into = new Map<string, string>()): Map<string, string> {
  if (typeof node !== "object" || node === null) return into;
  for (const [key, value] of Object.entries(node)) {
    const at = `${pointer}/${escape(key)}`;
    if (key === "description" && typeof value === "string" && pointer !== "") into.set(pointer, value);
    else if (key === "const" && pointer.endsWith(QUESTIONS) && typeof value === "object" && value !== null) {
      for (const [code, words] of Object.entries(value)) if (typeof words === "string") into.set(`${at}/${escape(code)}`, words);
    } else schemaWords(value, at, into);
  }
  return into;
}

function translate(node: unknown, pointer: string, word: (pointer: string, english: string) => string): unknown {
  if (typeof node !== "object" || node === null) return node;
  if (Array.isArray(node)) return node.map((item, index) => translate(item, `${pointer}/${index}`, word));
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const at = `${pointer}/${escape(key)}`;
    if (key === "description" && typeof value === "string" && pointer !== "") copy[key] = word(pointer, value);
    else if (key === "const" && pointer.endsWith(QUESTIONS) && typeof value === "object" && value !== null) {
      copy[key] = Object.fromEntries(Object.entries(value).map(([code, words]) => [code, typeof words === "string" ? word(`${at}/${escape(code)}`, words) : words]));
    } else copy[key] = translate(value, at, word);
  }
  return copy;
}

/** A copy of the schema `name` (as in schemas/<name>.schema.json) with its words in `language`. */
export function translatedSchema<T>(name: string, schema: T, language: Language): T {
  if (language === "en") return schema;
  const catalogue = SCHEMA_CATALOGUES[language];
  return translate(schema, "", (pointer, english) => {
    const entry = catalogue[`${name}#${pointer}`];
    return entry !== undefined && entry.en === english ? entry[language] : english;
  }) as T;
}
