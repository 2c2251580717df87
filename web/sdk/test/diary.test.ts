/** docs/vectors/diary.json: padding, entry envelopes, disclosures, commitments, key grants, STREAM. */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { IncidentInvalid, validateDisclosed, validateIncident } from "../src/bundle/incident.js";
import * as commitment from "../src/protocol/commitment.js";
import { DecryptionError, ed25519Public, ed25519Sign, sha256, x25519Public } from "../src/protocol/crypto.js";
import { ascii, b64decode, b64encode, concat, fromHex, fromUtf8, hex, u16 } from "../src/protocol/encoding.js";
import * as entries from "../src/protocol/entries.js";
import * as keyGrants from "../src/protocol/key_grants.js";
import * as padding from "../src/protocol/padding.js";
import * as stream from "../src/protocol/stream.js";
import { group, h, loadVectors, sections, type Vector } from "./vectors.js";

const V = loadVectors("diary.json");
const KEYS = V.keys as Vector;

async function collect(readable: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  const reader = readable.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) out.push(read.value);
  return out;
}

function pieces(data: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= data.length) controller.close();
      else controller.enqueue(data.slice(at, (at += size)));
    },
  });
}

function streamPlaintext(v: Vector): Uint8Array {
  if ("plaintext_hex" in v) return h(v, "plaintext_hex");
  assert.equal(v.plaintext_rule, "byte i of the file is i mod 251, for i from 0 to size - 1");
  return Uint8Array.from({ length: v.plaintext_size }, (_, i) => i % 251);
}

describe("diary vectors", () => {
  it("has every section this file checks", () => {
    assert.deepEqual(sections(V).sort(), [
      "commitment_rejected", "entry_versions", "incident_checks", "key_grants", "keys", "padding", "stream", "stream_sizes",
    ]);
    assert.equal(hex(ed25519Public(h(KEYS, "owner_signing_seed_hex"))), KEYS.owner_signing_public_key_hex);
    assert.equal(hex(x25519Public(h(KEYS, "reader_hpke_private_key_hex"))), KEYS.reader_hpke_public_key_hex);
  });

  it("padding: buckets, example and rejections", () => {
    const p = V.padding as Vector;
    assert.deepEqual(p.buckets, padding.BUCKETS);
    for (const e of p.examples as Vector[]) assert.equal(padding.bucketFor(e.plaintext_length), e.bucket);
    assert.throws(() => padding.bucketFor(p.too_long_plaintext_length), padding.PaddingError);
    const example = p.example as Vector;
    assert.equal(hex(padding.pad(h(example, "plaintext_hex"))), example.padded_hex);
    assert.equal(hex(padding.unpad(h(example, "padded_hex"))), example.plaintext_hex);
    for (const r of p.rejected as Vector[]) assert.throws(() => padding.unpad(h(r, "padded_hex")), padding.PaddingError, r.name);
  });

  for (const v of group(V, "entry_versions")) {
    it(`entry envelope ${v.name}`, async () => {
      assert.equal(hex(entries.associatedData(v.entry_id, v.version, v.owner_id)), v.aad_hex);
      const key = h(v, "content_key_hex");
      const plaintext = h(v, "plaintext_hex");
      assert.equal(fromUtf8(plaintext), v.plaintext);
      const envelope = await entries.encryptVersion(plaintext, key, v.entry_id, v.version, v.owner_id, h(v, "nonce_hex"));
      assert.equal(hex(envelope), v.envelope_hex);
      assert.equal(envelope.length, v.envelope_length);
      assert.equal(hex(await sha256(envelope)), v.ciphertext_sha256_hex);
      assert.equal(hex(await entries.decryptVersion(envelope, key, v.entry_id, v.version, v.owner_id)), v.plaintext_hex);
      // Moved to another version or entry, or altered: it does not open.
      await assert.rejects(entries.decryptVersion(envelope, key, v.entry_id, v.version + 1, v.owner_id), DecryptionError);
      await assert.rejects(entries.decryptVersion(envelope, key, v.owner_id, v.version, v.owner_id), DecryptionError);
      const altered = envelope.slice();
      altered[40] = (altered[40] ?? 0) ^ 1;
      await assert.rejects(entries.decryptVersion(altered, key, v.entry_id, v.version, v.owner_id), DecryptionError);
      assert.throws(() => entries.checkEnvelopeLayout(envelope.subarray(1)), entries.EnvelopeError);
    });

    it(`disclosures ${v.name}`, async () => {
      const disclosures = commitment.decodePlaintext(h(v, "plaintext_hex"));
      assert.deepEqual(disclosures, (v.disclosures as Vector[]).map((d) => d.disclosure));
      assert.equal(hex(commitment.encodePlaintext(disclosures)), v.plaintext_hex);
      for (const d of v.disclosures as Vector[]) {
        assert.equal(fromUtf8(b64decode(d.disclosure)), d.array_json);
        const [name, value] = commitment.parseDisclosure(d.disclosure);
        assert.equal(name, d.name);
        assert.equal(b64encode(h(d, "salt_hex")), d.salt_base64url);
        assert.equal(b64encode(await commitment.disclosureDigest(d.disclosure)), d.digest_base64url);
        assert.equal(commitment.makeDisclosure(name, value, h(d, "salt_hex")), d.disclosure);
      }
      const incident = commitment.undisclose(disclosures);
      assert.deepEqual(incident, v.incident);
      assert.deepEqual(Object.keys(incident), Object.keys(v.incident));
    });

    it(`commitment ${v.name}`, async () => {
      const data = ascii(v.commitment);
      assert.equal(hex(data), v.commitment_hex);
      const parsed = commitment.parseCommitment(data);
      assert.equal(hex(commitment.commitmentBytes(parsed)), v.commitment_hex);
      assert.equal(parsed.entryId, v.entry_id);
      assert.equal(parsed.ownerId, v.owner_id);
      assert.equal(parsed.version, v.version);
      assert.equal(hex(parsed.ciphertextSha256), v.ciphertext_sha256_hex);
      const decoys = await Promise.all((v.decoy_preimages_hex as string[]).map((p) => sha256(fromHex(p))));
      assert.deepEqual(decoys.map(b64encode), v.decoy_digests_base64url);
      const real = (v.disclosures as Vector[]).map((d) => d.digest_base64url as string);
      assert.deepEqual(parsed.digests.map(b64encode), [...real, ...decoys.map(b64encode)].sort());
      assert.equal(hex(await commitment.commitmentHash(data)), v.commitment_hash_hex);
      assert.equal(b64encode(await commitment.commitmentHash(data)), v.commitment_hash_base64url);
      await commitment.checkDisclosures(parsed, commitment.decodePlaintext(h(v, "plaintext_hex")));
      const stranger = commitment.makeDisclosure("description", "not signed", new Uint8Array(16));
      await assert.rejects(commitment.checkDisclosures(parsed, [stranger]), /does not match any signed digest/);
    });

    it(`commitment signature ${v.name}`, () => {
      assert.equal(hex(commitment.SIGNATURE_LABEL), hex(ascii(v.signature_label)));
      const data = h(v, "commitment_hex");
      const signature = h(v, "signature_hex");
      assert.ok(commitment.verify(data, signature, h(KEYS, "owner_signing_public_key_hex")));
      assert.equal(hex(commitment.sign(data, h(KEYS, "owner_signing_seed_hex"))), v.signature_hex);
      const flipped = signature.slice();
      flipped[63] = (flipped[63] ?? 0) ^ 1;
      assert.ok(!commitment.verify(data, flipped, h(KEYS, "owner_signing_public_key_hex")));
    });
  }

  it("version 2 chains to version 1 and lists its attachment", () => {
    const [first, second] = group(V, "entry_versions") as [Vector, Vector];
    const c1 = commitment.parseCommitment(ascii(first.commitment));
    const c2 = commitment.parseCommitment(ascii(second.commitment));
    assert.equal(c1.previous, null);
    assert.equal(hex(c2.previous ?? new Uint8Array()), first.commitment_hash_hex);
    const listed = (second.incident.attachments as Vector[])[0] as Vector;
    assert.deepEqual(c2.attachments, [listed.attachment_id]);
  });

  for (const v of group(V, "commitment_rejected")) {
    it(`commitment rejected: ${v.name}`, () => {
      assert.throws(() => commitment.parseCommitment(ascii(v.commitment)), commitment.CommitmentError, v.why);
    });
  }

  // The reader's steps after decryption, as tests/protocol/test_diary_vectors.py runs them: the
  // diary's (validateIncident) and a bundle's with nothing withheld (validateDisclosed) agree.
  for (const v of group(V, "incident_checks")) {
    it(`incident check: ${v.name}`, () => {
      for (const check of [validateIncident, (incident: Record<string, commitment.Json>) => validateDisclosed(incident, [])]) {
        const read = (): void => check(commitment.undisclose(commitment.decodePlaintext(ascii(v.plaintext))));
        if (v.valid) read();
        else assert.throws(read, (e: unknown) => e instanceof IncidentInvalid || e instanceof commitment.CommitmentError || e instanceof SyntaxError, v.why);
      }
    });
  }

  for (const v of group(V, "key_grants")) {
    it(`key grant ${v.name}`, async () => {
      const info = keyGrants.entryKeyInfo(v.entry_id, v.reader_id);
      assert.equal(hex(info), v.info_hex);
      const envelope = h(v, "envelope_hex");
      assert.equal(hex(keyGrants.SIGNATURE_LABEL), hex(ascii(v.signature_label)));
      const message = keyGrants.signedMessage(info, envelope);
      assert.equal(hex(message), v.signed_message_hex);
      assert.equal(hex(message), hex(concat(keyGrants.SIGNATURE_LABEL, u16(info.length), info, envelope)));
      assert.equal(hex(ed25519Sign(h(KEYS, "owner_signing_seed_hex"), message)), v.signature_hex);
      const granter = h(v, "granter_signing_public_key_hex");
      const reader = h(v, "reader_hpke_private_key_hex");
      const key = await keyGrants.openGrant(envelope, h(v, "signature_hex"), info, reader, granter);
      assert.equal(hex(key), v.content_key_hex);
      // Signed by someone else, or moved to another entry: refused.
      await assert.rejects(keyGrants.openGrant(envelope, h(v, "signature_hex"), info, reader, x25519Public(reader)), keyGrants.KeyGrantError);
      const moved = keyGrants.entryKeyInfo(v.reader_id, v.reader_id);
      await assert.rejects(keyGrants.openGrant(envelope, h(v, "signature_hex"), moved, reader, granter), keyGrants.KeyGrantError);
    });
  }

  for (const v of group(V, "stream")) {
    it(`STREAM ${v.name}`, async () => {
      const plaintext = streamPlaintext(v);
      if ("plaintext_sha256_hex" in v) assert.equal(hex(await sha256(plaintext)), v.plaintext_sha256_hex);
      const key = new stream.StreamKey(h(v, "key_hex"), h(v, "nonce_prefix_hex"), v.attachment_id);
      assert.equal(hex(stream.associatedData(v.attachment_id)), (v.chunks as Vector[])[0]?.aad_hex);
      for (const c of v.chunks as Vector[]) assert.equal(hex(stream.nonce(key.prefix, c.index, c.last)), c.nonce_hex);
      // Odd piece sizes on the way in: the re-chunking must not depend on them.
      const sealed = await collect(pieces(plaintext, 300_007).pipeThrough(stream.encryptStream(key)));
      const chunkHashes = await Promise.all(sealed.map((c) => sha256(c).then(hex)));
      assert.deepEqual(chunkHashes, (v.chunks as Vector[]).map((c) => c.ciphertext_sha256_hex));
      assert.deepEqual(stream.chunkSizes(v.ciphertext_size), sealed.map((c) => c.length));
      const ciphertext = concat(...sealed);
      assert.equal(hex(await sha256(ciphertext)), v.ciphertext_sha256_hex);
      if ("ciphertext_hex" in v) assert.equal(hex(ciphertext), v.ciphertext_hex);
      const opened = concat(...(await collect(pieces(ciphertext, 65_537).pipeThrough(stream.decryptStream(key)))));
      assert.equal(hex(await sha256(opened)), hex(await sha256(plaintext)));
    });
  }

  it("STREAM refuses truncation, dropped, swapped and altered chunks", async () => {
    const v = group(V, "stream").find((s) => (s.chunks as Vector[]).length > 1) as Vector;
    const key = new stream.StreamKey(h(v, "key_hex"), h(v, "nonce_prefix_hex"), v.attachment_id);
    const sealed = await collect(pieces(streamPlaintext(v), 1 << 20).pipeThrough(stream.encryptStream(key)));
    const [a, b, c] = sealed as [Uint8Array, Uint8Array, Uint8Array];
    const altered = c.slice();
    altered[0] = (altered[0] ?? 0) ^ 1;
    const cases = { truncated: [a, b], dropped: [a, c], swapped: [b, a, c], altered: [a, b, altered], empty: [] };
    for (const [name, chunks] of Object.entries(cases)) {
      await assert.rejects(collect(pieces(concat(...chunks), 1 << 16).pipeThrough(stream.decryptStream(key))), Error, name);
    }
  });

  it("STREAM sizes", () => {
    const s = V.stream_sizes as Vector;
    assert.equal(s.chunk_bytes, stream.CHUNK_BYTES);
    assert.equal(s.ciphertext_chunk_bytes, stream.CIPHERTEXT_CHUNK_BYTES);
    for (const row of s.sizes as Vector[]) {
      assert.equal(stream.chunkCount(row.plaintext_size), row.chunk_count);
      assert.equal(stream.ciphertextSize(row.plaintext_size), row.ciphertext_size);
      assert.equal(stream.chunkSizes(row.ciphertext_size)?.at(-1), row.last_chunk_ciphertext_length);
    }
    for (const total of s.impossible_ciphertext_sizes as number[]) assert.equal(stream.chunkSizes(total), null);
  });
});
