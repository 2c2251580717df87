/**
 * The SDK refuses the passphrases the Python client refuses (test/passphrase_examples.json, which
 * tests/web/test_sdk_flow.py holds the Python client to), with the advice to show.
 */

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";

import { checkPassphrase, estimatePassphrase, generatePassphrase, MIN_SCORE, WeakPassphraseError } from "../src/client/passphrase.js";
import { EFF_LARGE_WORDS } from "../src/client/wordlists/eff_large.js";

interface Example {
  passphrase: string;
  user_inputs: string[];
  acceptable: boolean;
}

const EFF_LARGE = readFileSync(new URL("../../../../app/client/wordlists/eff_large.txt", import.meta.url), "ascii").split(/\s+/).filter((w) => w !== "");
const EXAMPLES = (JSON.parse(readFileSync(new URL("../../test/passphrase_examples.json", import.meta.url), "utf8")) as { examples: Example[] }).examples;

describe("passphrase strength", () => {
  it("judges every example as the Python client does", async () => {
    assert.ok(EXAMPLES.length >= 30 && EXAMPLES.some((e) => e.acceptable) && EXAMPLES.some((e) => !e.acceptable));
    const disagree: string[] = [];
    for (const example of EXAMPLES) {
      const strength = await estimatePassphrase(example.passphrase, example.user_inputs);
      assert.equal(strength.acceptable, strength.score >= MIN_SCORE);
      if (strength.acceptable !== example.acceptable) disagree.push(`${example.passphrase} (score ${strength.score})`);
    }
    assert.deepEqual(disagree, []);
  });

  it("counts the username's words as known: strong alone, weak beside that username", async () => {
    assert.equal((await estimatePassphrase("quartz heron 4821")).acceptable, true);
    assert.equal((await estimatePassphrase("quartz heron 4821", ["heron-quartz-4821"])).acceptable, true);
    assert.equal((await estimatePassphrase("heronquartz4821")).acceptable, true);
    assert.equal((await estimatePassphrase("heronquartz4821", ["heron-quartz-4821", "phone"])).acceptable, false);
  });

  it("refuses a weak one with advice, and lets a strong one through", async () => {
    await checkPassphrase("walnut anvil sprocket glimmer", ["robin", "phone"]);
    await assert.rejects(checkPassphrase("password123"), (error: unknown) => {
      assert.ok(error instanceof WeakPassphraseError);
      assert.ok(error.strength.score < MIN_SCORE);
      assert.match(error.message, /^This passphrase is too easy to guess\. .*Someone with a copy of the server's data could guess it in less than a second\.$/);
      return true;
    });
  });

  it("estimates only the first 100 characters, counted as Python counts them", async () => {
    const long = `${"🦊".repeat(100)}${"x".repeat(5000)}`;
    assert.equal((await estimatePassphrase(long)).score, (await estimatePassphrase("🦊".repeat(100))).score);
  });

  it("generates six words of the Python client's EFF list, strong enough, new each time", async () => {
    assert.equal(EFF_LARGE_WORDS.length, 7776);
    assert.deepEqual([...EFF_LARGE_WORDS], EFF_LARGE);
    const made = await Promise.all(Array.from({ length: 20 }, () => generatePassphrase()));
    assert.equal(new Set(made).size, 20);
    for (const passphrase of made.slice(0, 3)) {
      const words = passphrase.split(" ");
      assert.equal(words.length, 6);
      assert.ok(words.every((word) => EFF_LARGE_WORDS.includes(word)), passphrase);
      await checkPassphrase(passphrase, ["robin", "phone"]);
    }
    assert.equal((await generatePassphrase(3)).split(" ").length, 3);
  });
});
