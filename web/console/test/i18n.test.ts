/**
 * The catalogues against the sources: every message id the console's code names has an entry in
 * every catalogue, every English message is used, and each translation takes the same placeholders
 * as English (names and kinds), covers every plural form of its language (CLDR's, as Intl has
 * them: Welsh has six) and formats.
 */

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";

import { type MessageFormatElement, TYPE, parse } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";

import { CATALOGUES, LANGUAGES, type Language, preferredLanguage } from "../src/i18n.js";

const english: Record<string, string> = CATALOGUES.en;
const languages = Object.keys(LANGUAGES) as Language[];
const namespaces = new Set(Object.keys(english).map((id) => id.split(".")[0]));

/** Every quoted string in the sources that is shaped like a message id of a namespace the catalogues have. */
function idsInSources(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(folder, { recursive: true }).map(String)) {
    if (!name.endsWith(".ts")) continue;
    const text = readFileSync(join(folder, name), "utf8");
    for (const match of text.matchAll(/"([a-z][a-z0-9-]*(?:\.[a-z0-9_-]+)+)"/g)) {
      const id = match[1] ?? "";
      if (namespaces.has(id.split(".")[0])) found.set(id, name);
    }
  }
  return found;
}

/** A message's placeholders: name -> kind ("argument", "number", "plural", "select:a|b|other", ...). */
function placeholders(elements: readonly MessageFormatElement[], into = new Map<string, string>()): Map<string, string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    if (e.type === TYPE.tag) throw new Error(`tag <${e.value}>: the console's messages carry no markup`);
    if (e.type === TYPE.select) into.set(e.value, `select:${Object.keys(e.options).sort().join("|")}`);
    else if (e.type === TYPE.plural) into.set(e.value, e.pluralType === "ordinal" ? "selectordinal" : "plural");
    else into.set(e.value, TYPE[e.type]);
    if (e.type === TYPE.select || e.type === TYPE.plural) for (const option of Object.values(e.options)) placeholders(option.value, into);
  }
  return into;
}

/** The plural forms a message is missing for its language. */
function missingPluralForms(elements: readonly MessageFormatElement[], categories: readonly string[]): string[] {
  const missing: string[] = [];
  for (const e of elements) {
    if (e.type !== TYPE.plural && e.type !== TYPE.select) continue;
    if (e.type === TYPE.plural) missing.push(...categories.filter((c) => !(c in e.options)).map((c) => `${e.value}:${c}`));
    for (const option of Object.values(e.options)) missing.push(...missingPluralForms(option.value, categories));
  }
  return missing;
}

/** Values that exercise a message: each plural with 0 to 6 and 11, each select with each of its keys. */
function samples(kinds: Map<string, string>): Record<string, string | number>[] {
  const base: Record<string, string | number> = {};
  for (const [name, kind] of kinds) base[name] = kind === "argument" ? `‹${name}›` : kind.startsWith("select:") ? "other" : 1;
  const out = [base];
  for (const [name, kind] of kinds) {
    if (kind === "plural") out.push(...[0, 2, 3, 6, 11].map((n) => ({ ...base, [name]: n })));
    if (kind.startsWith("select:")) out.push(...kind.slice(7).split("|").map((key) => ({ ...base, [name]: key })));
  }
  return out;
}

describe("the console's catalogues", () => {
  const used = idsInSources(new URL("../src", import.meta.url).pathname);

  test("every message the sources name is in every catalogue", () => {
    for (const lang of languages) {
      const catalogue: Record<string, string> = CATALOGUES[lang];
      const missing = [...used].filter(([id]) => !(id in catalogue)).map(([id, file]) => `${id} (${file})`);
      assert.deepEqual(missing, [], `locale/${lang}.json lacks these messages`);
    }
  });

  test("every English message is used by the sources", () => {
    assert.deepEqual(Object.keys(english).filter((id) => !used.has(id)), []);
  });

  for (const lang of languages) {
    test(`locale/${lang}.json has exactly English's messages, with its placeholders and its language's plural forms`, () => {
      const catalogue: Record<string, string> = CATALOGUES[lang];
      assert.deepEqual(Object.keys(catalogue).sort(), Object.keys(english).sort());
      const categories = new Intl.PluralRules(LANGUAGES[lang].tag).resolvedOptions().pluralCategories;
      for (const [id, message] of Object.entries(catalogue)) {
        const ast = (() => {
          try {
            return parse(message);
          } catch (error) {
            throw new Error(`${lang} ${id}: ${(error as Error).message}`);
          }
        })();
        const kinds = placeholders(ast);
        assert.deepEqual(kinds, placeholders(parse(english[id] ?? "")), `${lang} ${id}: placeholders differ from English`);
        assert.deepEqual(missingPluralForms(ast, categories), [], `${lang} ${id}: plural forms missing`);
        // Formatting throws when a value is missing or a form cannot be chosen.
        for (const values of samples(kinds)) assert.doesNotThrow(() => new IntlMessageFormat(message, LANGUAGES[lang].tag).format(values), `${lang} ${id}`);
      }
    });
  }

  test("a Welsh message is not left in English", () => {
    const same = Object.entries(CATALOGUES.cy).filter(([id, words]) => words === english[id] && /[a-z]{3}/.test(words.replace(/\{[^}]*\}/g, "")));
    assert.deepEqual(same.map(([id]) => id), []);
  });

  test("the language is the one picked, else the browser's first known one, else English", () => {
    assert.equal(preferredLanguage(null, ["cy-GB", "en-GB"]), "cy");
    assert.equal(preferredLanguage("en", ["cy"]), "en");
    assert.equal(preferredLanguage(null, ["fr-FR", "cy"]), "cy");
    assert.equal(preferredLanguage("xx", ["de"]), "en");
  });
});
