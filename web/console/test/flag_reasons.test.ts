/**
 * docs/vectors/case-flags.json: the console words the SDK's flag facts from its catalogues exactly
 * as the CLI words the same flags from its gettext catalogue, in English (reason) and in Welsh
 * (reason_cy). A message missing from a catalogue fails here as well as in i18n.test.ts.
 */

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";

import { caseFlags, orderFromDocument } from "@daybook/sdk";

import { flagReason } from "../src/flag_reasons.js";
import { type Language, setLanguage } from "../src/i18n.js";

interface Case {
  name: string;
  today: string;
  orders: Record<string, never>[];
  incidents: { entry_id: string; incident: Record<string, never> }[];
  expected: { kind: string; reason: string; reason_cy: string }[];
}

const vectors = JSON.parse(readFileSync(new URL("../../../docs/vectors/case-flags.json", import.meta.url), "utf8")) as { cases: Case[] };
const WORDS: Record<Language, (e: Case["expected"][number]) => string> = { en: (e) => e.reason, cy: (e) => e.reason_cy };

describe("flag reasons against the CLI's, word for word", () => {
  for (const c of vectors.cases) {
    for (const language of Object.keys(WORDS) as Language[]) {
      it(`${c.name} in ${language}`, () => {
        const found = caseFlags(
          c.incidents.map((i) => ({ entryId: i.entry_id, incident: i.incident })),
          c.today,
          c.orders.map(orderFromDocument),
        );
        setLanguage(language);
        try {
          assert.deepEqual(found.map(flagReason), c.expected.map(WORDS[language]));
        } finally {
          setLanguage("en");
        }
      });
    }
  }
});
