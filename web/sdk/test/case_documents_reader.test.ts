/**
 * What an advocate's device refuses when the server lies about a case document (docs/protocol §28.4):
 * the safety plan of docs/vectors/case-documents.json served by a fake server, genuine and then
 * altered one way at a time. Each refusal is a VerificationError; nothing altered reads as genuine.
 */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { DaybookApi, type Schemas } from "../src/client/api.js";
import { CaseDocuments } from "../src/client/case_documents.js";
import { VerificationError } from "../src/client/errors.js";
import type { Identity } from "../src/client/identity.js";
import { b64encode, concat, ascii } from "../src/protocol/encoding.js";
import { AccountKeys } from "../src/protocol/keys.js";
import { group, h, loadVectors, type Vector } from "./vectors.js";

const V = loadVectors("case-documents.json");
const PEOPLE = loadVectors("advocacy.json").keys as Record<"victim" | "advocate", Vector>;
const [FIRST, SECOND] = group(V, "versions") as [Vector, Vector];
const DOCUMENT_ID = FIRST.document_id as string;
const ADVOCATE: Identity = {
  accountId: PEOPLE.advocate.account_id,
  username: "alex",
  keys: AccountKeys.fromBytes(concat(h(PEOPLE.advocate, "signing_seed_hex"), h(PEOPLE.advocate, "hpke_private_key_hex"))),
};
const VICTIM_KEY = h(PEOPLE.victim, "signing_public_key_hex");

function version(v: Vector, index: number): Schemas["DocumentVersionOut"] {
  return {
    document_id: v.document_id,
    version: v.version,
    author_id: v.author_id,
    ciphertext: b64encode(h(v, "envelope_hex")),
    commitment: b64encode(ascii(v.commitment)),
    signature: b64encode(h(v, "signature_hex")),
    received_at: "2026-12-01T10:00:01.125000Z",
    receipt: { kind: "case-document", leaf_index: index, leaf_data: b64encode(h(v, "receipt_leaf_data_hex")), leaf_hash: b64encode(h(v, "receipt_leaf_hash_hex")) } as Schemas["Receipt"],
  };
}

function document(versions: Schemas["DocumentVersionOut"][]): Schemas["DocumentOut"] {
  const grant = group(V, "grants").find((g) => g.reader_id === ADVOCATE.accountId) as Vector;
  return {
    id: DOCUMENT_ID,
    victim_id: FIRST.victim_id,
    kind: "safety-plan",
    current_version: versions.length,
    created_at: "2026-12-01T10:00:01.125000Z",
    updated_at: "2026-12-03T16:20:44.100000Z",
    updated_by: SECOND.author_id,
    key_grant: { reader_id: grant.reader_id, granter_id: grant.granter_id, envelope: b64encode(h(grant, "envelope_hex")), signature: b64encode(h(grant, "signature_hex")), granted_at: "2026-12-01T10:00:01.125000Z" },
    latest: versions.at(-1) as Schemas["DocumentVersionOut"],
  } as Schemas["DocumentOut"];
}

/** A server that answers with `wire` for the document and `versions` for its history. */
function serving(wire: Schemas["DocumentOut"], versions: Schemas["DocumentVersionOut"][], known = new Map([[PEOPLE.victim.account_id as string, VICTIM_KEY]])): CaseDocuments {
  const fetcher = (async (input: string | URL | Request) => {
    const path = new URL(String(input)).pathname;
    const body =
      path === `/v1/case-documents/${DOCUMENT_ID}`
        ? wire
        : path === `/v1/case-documents/${DOCUMENT_ID}/versions`
          ? { versions, next_after: null }
          : path === `/v1/accounts/${PEOPLE.victim.account_id}/public-keys`
            ? { account_id: PEOPLE.victim.account_id, signing_public_key: PEOPLE.victim.signing_public_key, hpke_public_key: PEOPLE.victim.hpke_public_key, fingerprint: PEOPLE.victim.fingerprint }
            : undefined;
    return new Response(JSON.stringify(body ?? { code: "not-found" }), { status: body === undefined ? 404 : 200, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  return new CaseDocuments(new DaybookApi("http://daybook.test", null, undefined, fetcher), ADVOCATE, known);
}

const genuine = (): Schemas["DocumentVersionOut"][] => [version(FIRST, 7), version(SECOND, 9)];

describe("a case document read from a dishonest server", () => {
  it("reads the genuine history: both versions, their authors, confirmed", async () => {
    const read = await serving(document(genuine()), genuine()).read(DOCUMENT_ID);
    assert.deepEqual(
      read.map((v) => [v.version, v.authorId, v.authorConfirmed, (v.content["code_word"] as Record<string, string>)["word"]]),
      [
        [1, PEOPLE.victim.account_id, true, "pineapple"],
        [2, PEOPLE.advocate.account_id, true, "mango"],
      ],
    );
  });

  it("marks the victim's key unconfirmed when it came from the server", async () => {
    const read = await serving(document(genuine()), genuine(), new Map()).read(DOCUMENT_ID);
    assert.deepEqual(read.map((v) => v.authorConfirmed), [false, true]);
  });

  // Each with the check a client words in the person's language (VerificationError.check).
  const refusals: [string, () => CaseDocuments, RegExp, string][] = [
    ["a version dropped", () => serving(document(genuine()), [version(SECOND, 9)]), /history is incomplete/, "history"],
    ["the first version hidden and the count lowered", () => serving(document([version(SECOND, 9)]), [version(SECOND, 9)]), /not the one signed/, "commitment"],
    ["two versions swapped", () => serving(document(genuine()), genuine().reverse()), /not the one signed/, "commitment"],
    ["a receipt that is another version's", () => serving(document(genuine()), [{ ...version(FIRST, 7), receipt: version(SECOND, 9).receipt }, version(SECOND, 9)]), /receipt is not this version's/, "receipt"],
    ["a version relabelled as the advocate's", () => serving(document(genuine()), [{ ...version(FIRST, 7), author_id: PEOPLE.advocate.account_id }, version(SECOND, 9)]), /not signed by its author/, "content"],
    ["a ciphertext altered", () => serving(document(genuine()), [{ ...version(FIRST, 7), ciphertext: version(SECOND, 9).ciphertext }, version(SECOND, 9)]), /not the one the author signed/, "content"],
    ["a key grant checked against another key than the victim's", () => serving(document(genuine()), genuine(), new Map([[PEOPLE.victim.account_id as string, h(PEOPLE.advocate, "signing_public_key_hex")]])), /key grant does not open/, "key"],
    ["the document of another victim", () => serving({ ...document(genuine()), victim_id: PEOPLE.advocate.account_id }, genuine()), /not the one signed/, "commitment"],
  ];
  for (const [what, server, message, check] of refusals) {
    it(`refuses ${what}`, async () => {
      await assert.rejects(server().read(DOCUMENT_ID), (error: unknown) => error instanceof VerificationError && message.test(error.message) && error.check === check);
    });
  }
});
