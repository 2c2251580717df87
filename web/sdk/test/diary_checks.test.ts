/**
 * Every reader check of a version (docs/protocol §19) refuses what a dishonest server could send:
 * each case below takes the diary vectors' genuine version and changes one thing.
 */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { IncidentInvalid } from "../src/bundle/incident.js";
import type { Schemas } from "../src/client/api.js";
import { verifyVersion, versionBody } from "../src/client/diary.js";
import { VerificationError } from "../src/client/errors.js";
import type { Identity } from "../src/client/identity.js";
import * as commitment from "../src/protocol/commitment.js";
import { sha256 } from "../src/protocol/crypto.js";
import { ascii, b64decode, b64encode, concat } from "../src/protocol/encoding.js";
import * as entries from "../src/protocol/entries.js";
import { AccountKeys } from "../src/protocol/keys.js";
import { group, h, loadVectors, type Vector } from "./vectors.js";

const D = loadVectors("diary.json");
const L = loadVectors("log.json");
const KEYS = D.keys as Vector;
const [V1, V2] = group(D, "entry_versions") as [Vector, Vector];
const OWNER = h(KEYS, "owner_signing_public_key_hex");
const KEY = h(V1, "content_key_hex");
const receipt = (name: string): Schemas["Receipt"] => {
  const r = group(L, "receipts").find((x) => x.name === name) as Vector;
  const data = h(r, "leaf_data_hex");
  return { leaf_index: r.leaf_index, leaf_data: b64encode(data), leaf_hash: b64encode(h(r, "leaf_hash_hex")), kind: r.kind, received_at: r.received_at, object_sha256: b64encode(h(r, "object_sha256_hex")) } as Schemas["Receipt"];
};

function wire(v: Vector, changes: Partial<Schemas["VersionOut"]> = {}): Schemas["VersionOut"] {
  return {
    entry_id: v.entry_id,
    version: v.version,
    ciphertext: b64encode(h(v, "envelope_hex")),
    commitment: b64encode(h(v, "commitment_hex")),
    signature: b64encode(h(v, "signature_hex")),
    received_at: "2025-03-14T22:31:07.412000Z",
    receipt: receipt(`receipt-${v.name}`),
    ...changes,
  } as Schemas["VersionOut"];
}

/** A version without its receipt (forged versions get none: the server never logged them). */
function unlogged(w: Schemas["VersionOut"]): Schemas["VersionOut"] {
  const { receipt: _, ...rest } = w;
  return rest as Schemas["VersionOut"];
}

const previousOf = (v: Vector): Uint8Array | null => (v.version === 1 ? null : h(V1, "commitment_hash_hex"));

async function refused(w: Schemas["VersionOut"], what: RegExp, previous: Uint8Array | null = previousOf(V1), key = KEY, owner = V1.owner_id as string): Promise<void> {
  await assert.rejects(verifyVersion(w, key, owner, OWNER, previous), (e: unknown) => e instanceof VerificationError && what.test(e.message));
}

describe("reader checks", () => {
  it("the genuine versions verify, with their receipts", async () => {
    const first = await verifyVersion(wire(V1), KEY, V1.owner_id, OWNER, null);
    assert.deepEqual(first.incident, V1.incident);
    assert.equal(first.receipt?.leafIndex, 0);
    const second = await verifyVersion(wire(V2), KEY, V2.owner_id, OWNER, h(V1, "commitment_hash_hex"));
    assert.deepEqual(second.incident, V2.incident);
  });

  it("a signature that does not verify", async () => {
    const signature = h(V1, "signature_hex");
    signature[0] = (signature[0] ?? 0) ^ 1;
    await refused(wire(V1, { signature: b64encode(signature) }), /signature does not verify/);
  });

  it("another version's ciphertext under this commitment", async () => {
    await refused(wire(V1, { ciphertext: b64encode(h(V2, "envelope_hex")) }), /not the one the owner signed/);
  });

  it("a version moved to another number, entry, owner or place in the chain", async () => {
    await refused(wire(V1, { version: 2 }), /another place in the history/);
    await refused(wire(V1, { entry_id: V1.owner_id }), /another place in the history/);
    await refused(wire(V1), /another place in the history/, null, KEY, "00000000-0000-0000-0000-000000000001");
    await refused(wire(V2), /another place in the history/, null);
    await refused(wire(V2), /another place in the history/, h(V2, "commitment_hash_hex"));
  });

  it("each refusal names the check that failed, for a client to word in the person's language", async () => {
    const check = async (w: Schemas["VersionOut"], previous: Uint8Array | null, key = KEY): Promise<string> => {
      try {
        await verifyVersion(w, key, V1.owner_id, OWNER, previous);
      } catch (error) {
        return error instanceof VerificationError ? error.check : "not a VerificationError";
      }
      return "verified";
    };
    const signature = h(V1, "signature_hex");
    signature[0] = (signature[0] ?? 0) ^ 1;
    assert.equal(await check(wire(V1, { signature: b64encode(signature) }), null), "signature");
    assert.equal(await check(wire(V1, { ciphertext: b64encode(h(V2, "envelope_hex")) }), null), "ciphertext");
    assert.equal(await check(wire(V1, { version: 2 }), null), "commitment");
    assert.equal(await check(wire(V1), null, new Uint8Array(32)), "content");
    assert.equal(await check(wire(V1, { receipt: receipt("receipt-tombstone") }), null), "receipt");
  });

  it("the wrong content key", async () => {
    await refused(wire(V1), /does not decrypt/, null, new Uint8Array(32));
  });

  it("a receipt that names another version, or whose hash is not its data's", async () => {
    await refused(wire(V1, { receipt: receipt("receipt-entry-version-2") }), /not this version's/, null);
    await refused(wire(V1, { receipt: receipt("receipt-tombstone") }), /not this version's/, null);
    await refused(wire(V1, { receipt: { ...receipt("receipt-entry-version-1"), leaf_hash: receipt("receipt-attachment").leaf_hash } }), /bad receipt/, null);
  });

  // The owner's own key signs these, so only the checks after the signature can catch them.
  const owner: Identity = { accountId: V1.owner_id, username: "robin", keys: AccountKeys.fromBytes(concat(h(KEYS, "owner_signing_seed_hex"), new Uint8Array(32).fill(5))) };

  it("a disclosure that is not among the signed digests", async () => {
    const body = await versionBody(owner, V1.entry_id, 1, null, V1.incident, KEY);
    const signed = commitment.parseCommitment(b64decode(body.commitment));
    // The forged digest list may have replaced a decoy rather than a real digest: replace every slot instead.
    const none = commitment.commitmentBytes({ ...signed, digests: signed.digests.map((_, i) => new Uint8Array(32).fill(i + 1)) });
    const unsigned = unlogged(wire(V1, { ciphertext: body.ciphertext, commitment: b64encode(none), signature: b64encode(commitment.sign(none, owner.keys.signingSeed)) }));
    await refused(unsigned, /does not match any signed digest/, null);

  });

  /** Version 1 of V1's entry as its owner would seal and sign `plaintext`, listing `attachments`. */
  async function sealed(plaintext: Uint8Array, attachments: string[]): Promise<Schemas["VersionOut"]> {
    const envelope = await entries.encryptVersion(plaintext, KEY, V1.entry_id, 1, V1.owner_id);
    const digests = await commitment.digestSlots(commitment.decodePlaintext(plaintext));
    const signed = commitment.commitmentBytes({ entryId: V1.entry_id, ownerId: V1.owner_id, version: 1, previous: null, ciphertextSha256: await sha256(envelope), digests, attachments });
    return unlogged(wire(V1, { ciphertext: b64encode(envelope), commitment: b64encode(signed), signature: b64encode(commitment.sign(signed, owner.keys.signingSeed)) }));
  }

  // docs/protocol §14.1 as app/client/diary.py's verify_version applies it: a version whose
  // incident its schema refuses (or whose JSON is no JSON a JavaScript reader reads alike) is refused.
  for (const v of group(D, "incident_checks")) {
    it(`the reader checks the incident: ${v.name}`, async () => {
      const w = await sealed(ascii(v.plaintext), ["a7c1e2f3-0b4d-4e5f-9a6b-7c8d9e0f1a2b"]);
      if (v.valid) {
        const read = await verifyVersion(w, KEY, V1.owner_id, OWNER, null);
        assert.deepEqual(read.incident, commitment.undisclose(commitment.decodePlaintext(ascii(v.plaintext))));
      } else {
        await assert.rejects(verifyVersion(w, KEY, V1.owner_id, OWNER, null), (e: unknown) => e instanceof VerificationError && e.check === "content", v.why);
      }
    });
  }

  it("an incident its schema refuses is never written", async () => {
    await assert.rejects(versionBody(owner, V1.entry_id, 1, null, { ...V1.incident, schema_version: 3 }, KEY), IncidentInvalid);
    await assert.rejects(versionBody(owner, V1.entry_id, 1, null, { ...V1.incident, recorded_at: "2025-03-14 22:15:00Z" }, KEY), /recorded_at/);
  });

  it("a stripped copy that is a file of its own is signed and read as one of the entry's files", async () => {
    const [original] = V2.incident.attachments as Vector[];
    const copy = "0b6f2e1c-5d4a-4b3c-8e2f-1a0b9c8d7e6f";
    const stripped = { attachment_id: copy, sha256: "0".repeat(64), size: 10, key: original?.key, nonce_prefix: original?.nonce_prefix, ciphertext_sha256: original?.ciphertext_sha256 };
    const incident = { ...V2.incident, attachments: [{ ...original, stripped }] };
    const body = await versionBody(owner, V2.entry_id, 2, h(V1, "commitment_hash_hex"), incident, KEY);
    assert.deepEqual(commitment.parseCommitment(b64decode(body.commitment)).attachments.sort(), [copy, original?.attachment_id].sort());
    const read = await verifyVersion(unlogged(wire(V2, body)), KEY, V2.owner_id, OWNER, h(V1, "commitment_hash_hex"));
    assert.deepEqual(read.incident, incident);
  });

  it("an attachment list that does not match the entry's", async () => {
    const body = await versionBody(owner, V2.entry_id, 2, h(V1, "commitment_hash_hex"), V2.incident, KEY);
    const signed = commitment.parseCommitment(b64decode(body.commitment));
    const forged = commitment.commitmentBytes({ ...signed, attachments: [] });
    const w = unlogged(wire(V2, { ciphertext: body.ciphertext, commitment: b64encode(forged), signature: b64encode(commitment.sign(forged, owner.keys.signingSeed)) }));
    await refused(w, /signed attachment list does not match/, h(V1, "commitment_hash_hex"));
  });
});
