/**
 * Every JSON another party wrote is read with encoding.parseJson (app/protocol/strict_json.py's
 * twin): a number that overflows a double is refused where JSON.parse would give ±Infinity. Each
 * parser below is fed such a number where a plain JSON.parse would have reached a later check
 * (or none), so the error must be the strict parser's.
 */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { parseJson as parseMember } from "../src/bundle/invalid.js";
import { DaybookApi } from "../src/client/api.js";
import { ApiError } from "../src/client/errors.js";
import * as bundle from "../src/protocol/bundle.js";
import * as caseDocuments from "../src/protocol/case_documents.js";
import * as commitment from "../src/protocol/commitment.js";
import { parseJson, utf8 } from "../src/protocol/encoding.js";
import * as notes from "../src/protocol/notes.js";

const TOO_LARGE = /too large for a double/;
// 2^1024 - 2^970: the least integer whose nearest double is infinite (309 digits).
const OVERFLOW = (2n ** 1024n - 2n ** 970n).toString();

describe("parseJson", () => {
  it("refuses every number whose nearest double is infinite, either sign, at any depth", () => {
    for (const text of ["1e400", "-1e400", OVERFLOW, `-${OVERFLOW}`, '{"a":[1,{"b":1E309}]}', "[0.1e310]", `1${"0".repeat(210)}e99`, `[2${"0".repeat(300)}.5e8]`]) {
      assert.throws(() => parseJson(text), (e: unknown) => e instanceof SyntaxError && TOO_LARGE.test(e.message), text);
    }
  });

  it("reads everything else as JSON.parse does, the largest doubles and -0 included", () => {
    const below = (2n ** 1024n - 2n ** 970n - 1n).toString();
    for (const text of ["1.7976931348623157e308", "1.7976931348623158e308", below, "-0", "5e-324", "1e-400", '{"x":[1,2.5,"1e400",null,true]}', '"Infinity"']) {
      assert.deepEqual(parseJson(text), JSON.parse(text), text);
    }
    assert.equal(parseJson(below), Number.MAX_VALUE);
    assert.throws(() => parseJson("NaN"), SyntaxError);
  });

  it("a bundle member's bytes: strict UTF-8, strict numbers", () => {
    assert.throws(() => parseMember(utf8('{"leaf_index":1e400}')), TOO_LARGE);
    assert.deepEqual(parseMember(utf8('\ufeff{"a":1}')), { a: 1 }); // json.loads on bytes drops the BOM too
  });
});

describe("every parser of what another party wrote refuses an overflowing number", () => {
  it("an entry commitment", () => {
    assert.throws(() => commitment.parseCommitment(utf8('{"version":1e400}')), (e: unknown) => e instanceof commitment.CommitmentError && TOO_LARGE.test(e.message));
  });

  it("an entry plaintext and a disclosure", () => {
    assert.throws(() => commitment.decodePlaintext(utf8('{"disclosures":[],"format":"daybook/v1/entry","n":1e400}')), TOO_LARGE);
    const disclosure = Buffer.from('["AAAAAAAAAAAAAAAAAAAAAA","amount",1e400]').toString("base64url");
    assert.throws(() => commitment.parseDisclosure(disclosure), (e: unknown) => e instanceof commitment.CommitmentError && TOO_LARGE.test(e.message));
  });

  it("a case document's commitment and plaintext", () => {
    assert.throws(() => caseDocuments.parseCommitment(utf8('{"version":1e400}')), (e: unknown) => e instanceof caseDocuments.CaseDocumentError && TOO_LARGE.test(e.message));
    const plaintext = utf8(`{"content":{"n":1e400},"format":"daybook/v1/case-document","kind":"orders"}`);
    assert.throws(() => caseDocuments.decodePlaintext(plaintext, "orders"), (e: unknown) => e instanceof caseDocuments.CaseDocumentError && TOO_LARGE.test(e.message));
  });

  it("a note", () => {
    assert.throws(() => notes.parseContent(utf8('{"kind":"note","text":"x","written_at":"t","n":1e400}')), (e: unknown) => e instanceof notes.NoteError && TOO_LARGE.test(e.message));
  });

  it("a bundle statement", () => {
    assert.throws(() => bundle.parseStatement(utf8('{"entry_count":1e400}')), (e: unknown) => e instanceof bundle.BundleFormatError && TOO_LARGE.test(e.message));
  });

  const answering = (body: string, status = 200): DaybookApi =>
    new DaybookApi("https://daybook.invalid/", null, undefined, async () => new Response(body, { status, headers: { "Content-Type": "application/json" } }));

  it("a server's answer, and its problem document (read as text, as any unreadable one)", async () => {
    await assert.rejects(answering('{"current_version":1e400}').call("/v1/entries"), (e: unknown) => e instanceof SyntaxError && TOO_LARGE.test(e.message));
    assert.deepEqual(await answering('{"current_version":1.5}').call("/v1/entries"), { current_version: 1.5 });
    const refused = await answering('{"code":"conflict","status":1e400}', 409).call("/v1/entries").catch((e: unknown) => e);
    assert.ok(refused instanceof ApiError);
    assert.equal(refused.code, "");
    assert.equal(refused.problem.detail, '{"code":"conflict","status":1e400}');
  });
});
