/** docs/vectors/case-documents.json: grants of the document key, a safety plan's two versions by two authors, their receipts; and what a reader refuses. */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import * as docs from "../src/protocol/case_documents.js";
import { ContentInvalid, validate } from "../src/client/case_documents.js";
import { DecryptionError, sha256 } from "../src/protocol/crypto.js";
import { ascii, b64encode, concat, hex, utf8 } from "../src/protocol/encoding.js";
import { unwrap } from "../src/protocol/hpke.js";
import * as keyGrants from "../src/protocol/key_grants.js";
import * as receipts from "../src/protocol/receipts.js";
import { group, h, loadVectors, sections, type Vector } from "./vectors.js";

const V = loadVectors("case-documents.json");
const PEOPLE = loadVectors("advocacy.json").keys as Vector;
const byId = (id: string): Vector => Object.values(PEOPLE as Record<string, Vector>).find((p) => p.account_id === id) as Vector;

function commitmentOf(v: Vector): docs.DocumentCommitment {
  return docs.parseCommitment(ascii(v.commitment));
}

function sealed(v: Vector): docs.SealedVersion {
  return { ciphertext: h(v, "envelope_hex"), commitment: ascii(v.commitment), signature: h(v, "signature_hex") };
}

describe("case-document vectors", () => {
  it("has every section this file checks", () => {
    assert.deepEqual(sections(V).sort(), ["description", "grants", "versions"]);
  });

  for (const v of group(V, "grants")) {
    it(`grant ${v.name}`, async () => {
      const info = docs.keyInfo(v.document_id, v.reader_id);
      assert.equal(hex(info), v.info_hex);
      assert.equal(info.length, 66);
      const [envelope, signature] = [h(v, "envelope_hex"), h(v, "signature_hex")];
      assert.equal(hex(keyGrants.signedMessage(info, envelope)), v.signed_message_hex);
      const [reader, granter] = [byId(v.reader_id), byId(v.granter_id)];
      const key = await keyGrants.openGrant(envelope, signature, info, h(reader, "hpke_private_key_hex"), h(granter, "signing_public_key_hex"));
      assert.equal(hex(key), v.document_key_hex);
      // For another reader, or another document, the grant neither verifies nor opens.
      const elsewhere = docs.keyInfo(v.document_id, v.granter_id === v.reader_id ? "a2c4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e81" : v.granter_id);
      assert.ok(!keyGrants.verifyGrant(envelope, signature, elsewhere, h(granter, "signing_public_key_hex")));
      await assert.rejects(unwrap(envelope, h(reader, "hpke_private_key_hex"), docs.keyInfo("00000000-0000-4000-8000-000000000000", v.reader_id)), DecryptionError);
    });
  }

  for (const v of group(V, "versions")) {
    it(`version ${v.name}: aad, envelope, commitment, signature and receipt`, async () => {
      const aad = docs.associatedData(v.document_id, v.version, v.victim_id, v.author_id, v.kind);
      assert.equal(hex(aad), v.aad_hex);
      assert.equal(aad.length, 78);
      assert.equal(docs.kindCode(v.kind), v.kind_code);
      const c = commitmentOf(v);
      assert.deepEqual([c.documentId, c.victimId, c.authorId, c.kind, c.version], [v.document_id, v.victim_id, v.author_id, v.kind, v.version]);
      assert.equal(new TextDecoder().decode(docs.commitmentBytes(c)), v.commitment);
      assert.equal(hex(concat(docs.SIGNATURE_LABEL, ascii(v.commitment))), v.signed_message_hex);
      const author = byId(v.author_id);
      assert.equal(hex(docs.sign(ascii(v.commitment), h(author, "signing_seed_hex"))), v.signature_hex);
      // Sealing the plaintext's content again with the vector's nonce gives the envelope byte for byte.
      const content = docs.decodePlaintext(ascii(v.plaintext), v.kind);
      const again = await docs.sealVersion(content, h(v, "document_key_hex"), { ...c, ciphertextSha256: new Uint8Array(32) }, h(author, "signing_seed_hex"), h(v, "nonce_hex"));
      assert.equal(hex(again.ciphertext), v.envelope_hex);
      assert.equal(new TextDecoder().decode(again.commitment), v.commitment);
      assert.equal(hex(again.signature), v.signature_hex);
      const opened = await docs.openVersion(sealed(v), h(v, "document_key_hex"), h(author, "signing_public_key_hex"));
      assert.deepEqual(opened.content, JSON.parse(v.plaintext).content);
      validate(v.kind, opened.content);
      const leaf = receipts.decodeLeaf(h(v, "receipt_leaf_data_hex"));
      assert.equal(leaf.kind, "case-document");
      assert.equal(hex(leaf.objectSha256), hex(await sha256(ascii(v.commitment))));
      assert.equal(hex(receipts.leafHash(h(v, "receipt_leaf_data_hex"))), v.receipt_leaf_hash_hex);
    });
  }

  it("chains version 2 to version 1's commitment hash", async () => {
    const [first, second] = group(V, "versions") as [Vector, Vector];
    assert.equal(commitmentOf(first).previous, null);
    assert.equal(b64encode(commitmentOf(second).previous ?? new Uint8Array()), b64encode(await sha256(ascii(first.commitment))));
  });

  it("refuses a version signed by someone else, altered, or moved to another document", async () => {
    const [v] = group(V, "versions") as [Vector];
    const key = h(v, "document_key_hex");
    const author = byId(v.author_id);
    const other = byId(v.author_id === PEOPLE.victim.account_id ? PEOPLE.advocate.account_id : PEOPLE.victim.account_id);
    await assert.rejects(docs.openVersion(sealed(v), key, h(other, "signing_public_key_hex")), /not signed by its author/);
    const flipped = h(v, "envelope_hex");
    flipped[40] = (flipped[40] ?? 0) ^ 1;
    await assert.rejects(docs.openVersion({ ...sealed(v), ciphertext: flipped }, key, h(author, "signing_public_key_hex")), /not the one the author signed/);
    // The same ciphertext under a commitment naming another document: signed anew, yet the aad no longer matches.
    const moved = docs.commitmentBytes({ ...commitmentOf(v), documentId: "00000000-0000-4000-8000-000000000000" });
    const resigned = { ...sealed(v), commitment: moved, signature: docs.sign(moved, h(author, "signing_seed_hex")) };
    await assert.rejects(docs.openVersion(resigned, key, h(author, "signing_public_key_hex")), DecryptionError);
  });

  it("parses commitments and plaintexts strictly", () => {
    const [v] = group(V, "versions") as [Vector];
    assert.throws(() => docs.parseCommitment(utf8(v.commitment.replace(":", ": "))), docs.CaseDocumentError);
    const fields = JSON.parse(v.commitment) as Record<string, unknown>;
    assert.throws(() => docs.parseCommitment(utf8(JSON.stringify({ ...fields, extra: 1 }))), docs.CaseDocumentError);
    assert.throws(() => docs.parseCommitment(docs.commitmentBytes({ ...commitmentOf(v), kind: "note" as docs.Kind })), docs.CaseDocumentError);
    assert.throws(() => docs.decodePlaintext(ascii(v.plaintext), "orders"), docs.CaseDocumentError);
    assert.throws(() => docs.decodePlaintext(ascii(v.plaintext.replace('"content":', '"content": ')), v.kind), docs.CaseDocumentError);
  });

  it("validates content against its kind's schema, and each id once per list", () => {
    const plan = { schema_version: 1, written_at: "2026-12-01T10:00:00+00:00", safe_contacts: [] };
    validate("safety-plan", plan);
    assert.throws(() => validate("safety-plan", { schema_version: 1 }), ContentInvalid);
    assert.throws(() => validate("risk-review", plan), ContentInvalid);
    const twice = [{ id: "a", name: "Jo", ways: [] }, { id: "a", name: "Sam", ways: [] }];
    assert.throws(
      () => validate("safety-plan", { ...plan, safe_contacts: twice }),
      (e: unknown) => e instanceof ContentInvalid && e.problems.some((p) => p.includes("id is used twice")),
    );
  });
});
