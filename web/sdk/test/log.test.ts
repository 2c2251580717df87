/** docs/vectors/log.json: receipts, Merkle roots and proofs, checkpoints, tlog proofs, cosignatures, key hand-over. */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { CheckpointError, openCheckpoint } from "../src/protocol/checkpoint.js";
import { CosignatureError, CosignatureVerifier, openCosignatures } from "../src/protocol/cosignature.js";
import { ed25519Public } from "../src/protocol/crypto.js";
import { b64encode, fromHex, hex, utf8 } from "../src/protocol/encoding.js";
import { HandoverError, KeyChain, openHandover } from "../src/protocol/key_handover.js";
import * as merkle from "../src/protocol/merkle.js";
import * as receipts from "../src/protocol/receipts.js";
import { NoteError, Signer, UnverifiedNoteError, Verifier, signNoteWith } from "../src/protocol/signed_note.js";
import { checkProof, ProofError } from "../src/protocol/tlog_proof.js";
import { group, h, loadVectors, sections, type Vector } from "./vectors.js";

const V = loadVectors("log.json");
const D = loadVectors("diary.json");
const LOG = V.log as Vector;
const leafHashes = group(V, "receipts").map((r) => h(r, "leaf_hash_hex"));
const logKey = (): Verifier => Verifier.fromVkey(LOG.verifier_key);

describe("log vectors", () => {
  it("has every section this file checks", () => {
    assert.deepEqual(sections(V).sort(), ["log", "receipts", "rejected_leaves"]);
  });

  for (const v of group(V, "receipts")) {
    it(`receipt ${v.name}`, () => {
      const leaf = receipts.decodeLeaf(h(v, "leaf_data_hex"));
      assert.equal(leaf.kind, v.kind);
      assert.equal(receipts.RECEIPT_KINDS[leaf.kind], v.kind_byte);
      assert.equal(leaf.receivedAtMs, BigInt(v.received_at_ms));
      assert.equal(receipts.receivedAt(leaf).getTime(), Date.parse(v.received_at));
      assert.equal(hex(leaf.objectSha256), v.object_sha256_hex);
      assert.equal(hex(receipts.encodeLeaf(leaf)), v.leaf_data_hex);
      assert.equal(b64encode(receipts.encodeLeaf(leaf)), v.leaf_data_base64url);
      assert.equal(hex(receipts.leafHash(h(v, "leaf_data_hex"))), v.leaf_hash_hex);
    });
  }

  it("receipt objects are the diary vectors' hashes", async () => {
    const byName = new Map(group(V, "receipts").map((r) => [r.name as string, r]));
    const versions = group(D, "entry_versions");
    assert.equal(hex(await receipts.entryVersionObject(utf8(versions[0]?.commitment))), byName.get("receipt-entry-version-1")?.object_sha256_hex);
    const tombstone = byName.get("receipt-tombstone") as Vector;
    assert.equal(hex(await receipts.tombstoneObject(versions[0]?.entry_id)), tombstone.object_sha256_hex);
    const grant = group(D, "key_grants")[0] as Vector;
    assert.equal(hex(await receipts.keyGrantObject(h(grant, "info_hex"), h(grant, "envelope_hex"))), byName.get("receipt-key-grant")?.object_sha256_hex);
  });

  for (const v of group(V, "rejected_leaves")) {
    it(`rejected leaf: ${v.why}`, () => {
      assert.throws(() => receipts.decodeLeaf(h(v, "leaf_data_hex")), receipts.ReceiptError);
    });
  }

  it("roots, inclusion and consistency proofs", () => {
    for (const row of LOG.roots as Vector[]) assert.equal(hex(merkle.root(leafHashes.slice(0, row.tree_size))), row.root_hash_hex);
    const root = merkle.root(leafHashes);
    for (const row of LOG.inclusion_proofs as Vector[]) {
      const proof = (row.proof_hex as string[]).map(fromHex);
      const [index, size] = [BigInt(row.leaf_index), BigInt(row.tree_size)];
      const rootOfSize = merkle.root(leafHashes.slice(0, row.tree_size));
      assert.ok(merkle.verifyInclusion(index, size, leafHashes[row.leaf_index] as Uint8Array, proof, rootOfSize));
      assert.ok(!merkle.verifyInclusion(index, size, leafHashes[(row.leaf_index + 1) % 5] as Uint8Array, proof, rootOfSize) || size === 1n);
    }
    assert.equal(hex(root), hex(merkle.root(leafHashes.slice(0, 5))));
    for (const row of LOG.consistency_proofs as Vector[]) {
      const proof = (row.proof_hex as string[]).map(fromHex);
      const [m, n] = [row.from_size as number, row.to_size as number];
      const [r1, r2] = [merkle.root(leafHashes.slice(0, m)), merkle.root(leafHashes.slice(0, n))];
      assert.ok(merkle.verifyConsistency(BigInt(m), BigInt(n), r1, r2, proof), `${m}->${n}`);
      if (m < n) assert.ok(!merkle.verifyConsistency(BigInt(m), BigInt(n), r2, r1, proof), `${m}->${n} swapped roots`);
    }
  });

  it("signed checkpoint", () => {
    assert.equal(hex(ed25519Public(h(LOG, "signing_seed_hex"))), LOG.public_key_hex);
    const key = logKey();
    assert.equal(hex(key.keyId), LOG.key_id_hex);
    assert.equal(key.vkey(), LOG.verifier_key);
    const checkpoint = openCheckpoint(LOG.checkpoint.signed_note, LOG.origin, [key]);
    assert.equal(checkpoint.size, 5n);
    assert.equal(hex(checkpoint.rootHash), hex(merkle.root(leafHashes)));
    assert.throws(() => openCheckpoint(LOG.checkpoint.signed_note, "another.example/log", [key]), CheckpointError);
    const stranger = new Signer(LOG.origin, new Uint8Array(32).fill(9));
    assert.throws(() => openCheckpoint(LOG.checkpoint.signed_note, LOG.origin, [stranger.verifier]), UnverifiedNoteError);
    const forged = signNoteWith(LOG.checkpoint.text, [stranger]).replace(`${LOG.origin} `, `${LOG.origin} `);
    assert.throws(() => openCheckpoint(forged, LOG.origin, [key]), NoteError);
    const altered = (LOG.checkpoint.signed_note as string).replace("\n5\n", "\n6\n");
    assert.throws(() => openCheckpoint(altered, LOG.origin, [key]), NoteError);
    const resigned = signNoteWith(LOG.checkpoint.text, [new Signer(LOG.origin, h(LOG, "signing_seed_hex"))]);
    assert.equal(resigned, LOG.checkpoint.signed_note);
  });

  it("tlog proof", () => {
    const proof = LOG.tlog_proof as Vector;
    const leafData = h(group(V, "receipts")[proof.leaf_index] ?? {}, "leaf_data_hex");
    const verified = checkProof(proof.text, LOG.origin, [logKey()], leafData);
    assert.equal(verified.index, BigInt(proof.leaf_index));
    assert.equal(hex(verified.extra ?? new Uint8Array()), hex(leafData));
    const other = h(group(V, "receipts")[0] ?? {}, "leaf_data_hex");
    assert.throws(() => checkProof(proof.text, LOG.origin, [logKey()], other), ProofError);
  });

  it("witness cosignature", () => {
    const c = LOG.cosignature as Vector;
    const witness = CosignatureVerifier.fromVkey(c.witness_verifier_key);
    assert.equal(hex(witness.keyId), c.key_id_hex);
    assert.equal(witness.vkey(), c.witness_verifier_key);
    const opened = openCosignatures(c.cosigned_note, [witness]);
    assert.equal(opened.cosignatures.length, 1);
    assert.equal(opened.cosignatures[0]?.timestamp, BigInt(c.timestamp));
    assert.equal(openCheckpoint(c.cosigned_note, LOG.origin, [logKey()]).size, 5n);
    assert.throws(() => openCosignatures(c.cosigned_note, [witness], BigInt(c.timestamp) - 1n), CosignatureError);
    assert.throws(() => openCosignatures(`${c.cosigned_note}${c.line}`, [witness]), CosignatureError);
    // A log key never verifies as a witness key: key type 0x04 is in the key ID.
    assert.throws(() => CosignatureVerifier.fromVkey(LOG.verifier_key), /key type/);
  });

  it("key hand-over", () => {
    const k = LOG.key_handover as Vector;
    const handover = openHandover(k.signed_note, LOG.origin);
    assert.equal(handover.size, 5n);
    assert.equal(handover.new.vkey(), k.new_verifier_key);
    const chain = KeyChain.open(LOG.origin, logKey(), [k.signed_note]);
    assert.equal(chain.current.vkey(), k.new_verifier_key);
    for (const note of [LOG.checkpoint.signed_note, k.new_checkpoint]) assert.equal(chain.openCheckpoint(note).checkpoint.size, 5n);
    // The retired key cannot speak for a longer tree.
    const old = new Signer(LOG.origin, h(LOG, "signing_seed_hex"));
    const longer = signNoteWith(`${LOG.origin}\n6\n${LOG.checkpoint.root_hash_base64}\n`, [old]);
    assert.throws(() => chain.openCheckpoint(longer), HandoverError);
    // A hand-over signed by one key only is refused.
    const newOnly = new Signer(LOG.origin, h(k, "new_signing_seed_hex"));
    assert.throws(() => openHandover(signNoteWith(k.text, [newOnly]), LOG.origin), HandoverError);
    assert.throws(() => KeyChain.open(LOG.origin, newOnly.verifier, [k.signed_note]), HandoverError);
  });
});
