/** The SDK's problem codes are the ones docs/protocol names, so neither can drift from the other. */

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { it } from "node:test";

import { PROBLEM_CODES } from "../src/client/errors.js";

const DOCS = new URL("../../../../docs/protocol/", import.meta.url);
const chapters = readdirSync(DOCS).filter((name) => name.endsWith(".md")).map((name) => readFileSync(new URL(name, DOCS), "utf8"));

it("every code of the errors table is known to the SDK", () => {
  const table = chapters.find((text) => text.startsWith("# 2. Errors")) ?? "";
  const documented = new Set([...table.matchAll(/^\| \d{3} \| `([a-z-]+)`/gm)].map((m) => m[1] as string));
  assert.ok(documented.size > 30);
  assert.deepEqual([...documented].filter((code) => !(PROBLEM_CODES as readonly string[]).includes(code)), []);
});

it("every code the SDK knows is one the protocol documents", () => {
  const text = chapters.join("\n");
  assert.deepEqual(PROBLEM_CODES.filter((code) => !text.includes(`\`${code}\``)), []);
});
