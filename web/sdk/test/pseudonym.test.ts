/** Proposed usernames: the Python client's words, drawn uniformly, fitting the server's username rule. */

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";

import { proposeUsername, randomBelow } from "../src/client/pseudonym.js";
import { PSEUDONYM_WORDS } from "../src/client/wordlists/pseudonym_words.js";

const PYTHON = readFileSync(new URL("../../../../app/client/pseudonym.py", import.meta.url), "utf8");
// The server's rule (app/wire.py, Username).
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/;

describe("pseudonyms", () => {
  it("draws from the same words as app/client/pseudonym.py, in its order", () => {
    const tuple = /^WORDS = \(\n([\s\S]*?)\n\)/m.exec(PYTHON)?.[1] ?? "";
    const words = [...tuple.matchAll(/"([a-z]+)",/g)].map((m) => m[1]);
    assert.equal(words.length, 162);
    assert.deepEqual([...PSEUDONYM_WORDS], words);
  });

  it("proposes two words and four digits that the server accepts, a new one each time", () => {
    const names = new Set(Array.from({ length: 200 }, proposeUsername));
    assert.equal(names.size, 200);
    for (const name of names) {
      const [first = "", second = "", digits = ""] = name.split("-");
      assert.ok(PSEUDONYM_WORDS.includes(first) && PSEUDONYM_WORDS.includes(second), name);
      assert.match(digits, /^\d{4}$/);
      assert.match(name, USERNAME);
    }
  });

  it("draws every value below n, and nothing else", () => {
    const seen = new Set(Array.from({ length: 2000 }, () => randomBelow(7)));
    assert.deepEqual([...seen].sort(), [0, 1, 2, 3, 4, 5, 6]);
    assert.equal(randomBelow(1), 0);
  });
});
