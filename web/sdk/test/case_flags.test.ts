/** docs/vectors/case-flags.json: the TypeScript twin of app/client/case_flags.py gives the same flags, word for word in English (the console words their facts in Welsh: reason_cy, checked in web/console/test/flag_reasons.test.ts). */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { flags, orderFromDocument } from "../src/client/case_flags.js";
import { group, loadVectors, sections, type Vector } from "./vectors.js";

const V = loadVectors("case-flags.json");

describe("case-flag vectors", () => {
  it("has every section this file checks", () => {
    assert.deepEqual(sections(V).sort(), ["cases", "description"]);
  });

  for (const c of group(V, "cases")) {
    it(`case ${c.name}`, () => {
      const found = flags(
        (c.incidents as Vector[]).map((i) => ({ entryId: i.entry_id, incident: i.incident })),
        c.today,
        (c.orders as Vector[]).map(orderFromDocument),
      );
      assert.deepEqual(
        found.map((f) => ({ kind: f.kind, reason: f.reason, entry_ids: f.entryIds })),
        (c.expected as Vector[]).map((e) => ({ kind: e.kind, reason: e.reason, entry_ids: e.entry_ids })),
      );
    });
  }
});
