/** docs/vectors/advocacy.json: people and fingerprints, share grants, notes, a handover's note grant, note sizes, one-time codes. */

import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { describe, it } from "node:test";

import { normaliseCode } from "../src/client/codes.js";
import { DecryptionError, ed25519Public, x25519Public } from "../src/protocol/crypto.js";
import { ascii, b64encode, concat, hex, u8 } from "../src/protocol/encoding.js";
import { unwrap, wrapInfo } from "../src/protocol/hpke.js";
import * as keyGrants from "../src/protocol/key_grants.js";
import { fingerprint } from "../src/protocol/keys.js";
import * as notes from "../src/protocol/notes.js";
import * as padding from "../src/protocol/padding.js";
import * as receipts from "../src/protocol/receipts.js";
import { group, h, loadVectors, sections, type Vector } from "./vectors.js";

const V = loadVectors("advocacy.json");
const PEOPLE = V.keys as Vector;
const person = (who: "victim" | "advocate"): Vector => PEOPLE[who] as Vector;

function binding(v: Vector): notes.NoteBinding {
  return { noteId: v.note_id, caseId: v.case_id, victimId: v.victim_id, advocateId: v.advocate_id, entryId: v.entry_id ?? null };
}

function sealed(v: Vector): notes.SealedNote {
  return { envelope: h(v, "envelope_hex"), victimWrap: h(v.victim_wrap, "envelope_hex"), advocateWrap: h(v.advocate_wrap, "envelope_hex"), signature: h(v, "signature_hex") };
}

describe("advocacy vectors", () => {
  it("has every section this file checks", () => {
    assert.deepEqual(sections(V).sort(), ["codes", "keys", "note_grants", "note_rejected", "note_sizes", "notes", "share_grants"]);
  });

  for (const who of ["victim", "advocate"] as const) {
    it(`keys and fingerprint of the ${who}`, async () => {
      const p = person(who);
      assert.equal(hex(ed25519Public(h(p, "signing_seed_hex"))), p.signing_public_key_hex);
      assert.equal(hex(x25519Public(h(p, "hpke_private_key_hex"))), p.hpke_public_key_hex);
      assert.equal(b64encode(h(p, "signing_public_key_hex")), p.signing_public_key);
      assert.equal(await fingerprint(h(p, "signing_public_key_hex"), h(p, "hpke_public_key_hex")), p.fingerprint);
    });
  }

  for (const v of group(V, "share_grants")) {
    it(`share grant ${v.name}`, async () => {
      const info = keyGrants.entryKeyInfo(v.entry_id, v.reader_id);
      assert.equal(hex(info), v.info_hex);
      const [envelope, signature] = [h(v, "envelope_hex"), h(v, "signature_hex")];
      assert.equal(hex(keyGrants.signedMessage(info, envelope)), v.signed_message_hex);
      const key = await keyGrants.openGrant(envelope, signature, info, h(v, "reader_hpke_private_key_hex"), h(v, "granter_signing_public_key_hex"));
      assert.equal(hex(key), v.content_key_hex);
      assert.deepEqual(v.request_body.grants, [{ entry_id: v.entry_id, envelope: b64encode(envelope), signature: b64encode(signature) }]);
      for (const other of v.refused_elsewhere as Vector[]) {
        const otherInfo = keyGrants.entryKeyInfo(other.entry_id, other.reader_id);
        assert.equal(hex(otherInfo), other.info_hex);
        assert.equal(hex(keyGrants.signedMessage(otherInfo, envelope)), other.signed_message_hex);
        assert.ok(!keyGrants.verifyGrant(envelope, signature, otherInfo, h(v, "granter_signing_public_key_hex")), other.name);
      }
      await assert.rejects(unwrap(envelope, h(v, "reader_hpke_private_key_hex"), h(v.refused_elsewhere[0], "info_hex")), DecryptionError);
      const receipt = v.receipt as Vector;
      const leaf = receipts.decodeLeaf(h(receipt, "leaf_data_hex"));
      assert.equal(leaf.kind, "key-grant");
      assert.equal(hex(await receipts.keyGrantObject(info, envelope)), receipt.object_sha256_hex);
      assert.equal(hex(receipts.leafHash(h(receipt, "leaf_data_hex"))), receipt.leaf_hash_hex);
      assert.equal(b64encode(h(receipt, "leaf_data_hex")), receipt.as_json.leaf_data);
    });
  }

  for (const v of group(V, "note_grants")) {
    it(`note grant ${v.name}`, async () => {
      const info = wrapInfo(notes.KEY_PURPOSE, v.note_id, v.reader_id);
      assert.equal(hex(info), v.info_hex);
      const [envelope, signature] = [h(v, "envelope_hex"), h(v, "signature_hex")];
      assert.equal(hex(keyGrants.signedMessage(info, envelope)), v.signed_message_hex);
      assert.equal(hex(x25519Public(h(v, "reader_hpke_private_key_hex"))), v.reader_hpke_public_key_hex);
      const key = await keyGrants.openGrant(envelope, signature, info, h(v, "reader_hpke_private_key_hex"), h(person("victim"), "signing_public_key_hex"));
      assert.equal(hex(key), v.note_key_hex);
      const note = group(V, "notes").find((n) => n.note_id === v.note_id);
      assert.equal(note?.note_key_hex, v.note_key_hex);
      assert.deepEqual(v.request_body_item, { note_id: v.note_id, envelope: b64encode(envelope), signature: b64encode(signature) });
      for (const other of v.refused_elsewhere as Vector[]) {
        const otherInfo = wrapInfo(other.purpose, other.object_id, other.reader_id);
        assert.equal(hex(otherInfo), other.info_hex);
        assert.equal(hex(keyGrants.signedMessage(otherInfo, envelope)), other.signed_message_hex);
        assert.ok(!keyGrants.verifyGrant(envelope, signature, otherInfo, h(v, "granter_signing_public_key_hex")), other.name);
      }
    });
  }

  for (const v of group(V, "notes")) {
    it(`note ${v.name}`, async () => {
      const b = binding(v);
      assert.equal(hex(notes.bindingBytes(b)), v.binding_hex);
      assert.equal(hex(concat(notes.AAD_LABEL, notes.bindingBytes(b))), v.aad_hex);
      const content: notes.NoteContent = { kind: v.content.kind, text: v.content.text, writtenAt: v.content.written_at };
      assert.equal(hex(notes.contentBytes(content)), v.plaintext_hex);
      assert.deepEqual(notes.parseContent(h(v, "plaintext_hex")), content);
      assert.equal(hex(notes.noteWrapInfo(b, v.victim_id)), v.victim_wrap.info_hex);
      assert.equal(hex(notes.noteWrapInfo(b, v.advocate_id)), v.advocate_wrap.info_hex);
      const s = sealed(v);
      assert.equal(hex(await notes.signedMessage(b, s.envelope, s.victimWrap, s.advocateWrap)), v.signed_message_hex);
      assert.equal(hex(ascii(v.signature_label)), hex(notes.SIGNATURE_LABEL));
      for (const who of ["victim", "advocate"] as const) {
        const opened = await notes.openNote(s, b, person(who).account_id, h(person(who), "hpke_private_key_hex"), h(person("advocate"), "signing_public_key_hex"));
        assert.deepEqual(opened, content);
      }
      const moved = { ...b, caseId: b.noteId };
      await assert.rejects(notes.openNote(s, moved, b.victimId, h(person("victim"), "hpke_private_key_hex"), h(person("advocate"), "signing_public_key_hex")), notes.NoteError);
      // Sealing again with the vector's key and nonce gives the same envelope, and a note that opens.
      const again = await notes.seal(content, b, h(person("victim"), "hpke_public_key_hex"), h(person("advocate"), "hpke_public_key_hex"), h(person("advocate"), "signing_seed_hex"), h(v, "note_key_hex"), h(v, "nonce_hex"));
      assert.equal(hex(again.envelope), v.envelope_hex);
      assert.deepEqual(await notes.openNote(again, b, b.victimId, h(person("victim"), "hpke_private_key_hex"), h(person("advocate"), "signing_public_key_hex")), content);
      assert.equal(v.request_body.ciphertext, b64encode(s.envelope));
      assert.equal(v.request_body.signature, b64encode(s.signature));
    });
  }

  for (const v of group(V, "note_rejected")) {
    it(`note plaintext rejected: ${v.name}`, () => {
      assert.throws(() => notes.parseContent(h(v, "plaintext_hex")), notes.NoteError, v.why);
    });
  }

  it("note sizes", () => {
    const s = V.note_sizes as Vector;
    assert.deepEqual(s.buckets, notes.NOTE_BUCKETS);
    assert.deepEqual(s.envelope_lengths, [...notes.ENVELOPE_SIZES].sort((a, b) => a - b));
    for (const e of s.examples as Vector[]) assert.equal(padding.bucketFor(e.plaintext_length), e.bucket);
    assert.ok(padding.bucketFor(s.too_long_plaintext_length) > notes.NOTE_MAX_BUCKET);
  });

  for (const v of (V.codes as Vector).examples as Vector[]) {
    it(`one-time code ${v.name}`, () => {
      for (const typed of v.accepted as Vector[]) assert.equal(normaliseCode(typed.text, v.length), v.normalised, typed.why);
      for (const typed of v.rejected as Vector[]) assert.equal(normaliseCode(typed.text, v.length), null, typed.why);
      // The server's HMAC input, as the protocol lays it out (the SDK never holds the secret).
      const input = concat(ascii((V.codes as Vector).label), ascii(v.purpose), u8(0), ascii(v.normalised));
      assert.equal(hex(input), v.mac_input_hex);
      assert.equal(createHmac("sha256", h(V.codes, "server_secret_hex")).update(input).digest("hex"), v.mac_hex);
    });
  }
});
