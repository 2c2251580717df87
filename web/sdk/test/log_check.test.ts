/**
 * The device's evidence-log checks (docs/protocol §23) against a scripted server built from
 * docs/vectors/log.json: what an honest log passes, and each way a dishonest one is caught.
 */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { DaybookApi, Schemas } from "../src/client/api.js";
import { LogView, ReceiptNotLogged, SplitView, UntrustedCheckpoint, advance } from "../src/client/log_check.js";
import { type Bytes, b64encode, fromHex, hex } from "../src/protocol/encoding.js";
import * as merkle from "../src/protocol/merkle.js";
import { Signer, b64encodeStd, signNoteWith } from "../src/protocol/signed_note.js";
import { group, h, loadVectors, type Vector } from "./vectors.js";

const V = loadVectors("log.json");
const LOG = V.log as Vector;
const leaves = group(V, "receipts").map((r) => h(r, "leaf_hash_hex"));
const logSigner = new Signer(LOG.origin, h(LOG, "signing_seed_hex"));

function checkpoint(size: number, root: Uint8Array = merkle.root(leaves.slice(0, size)), signer = logSigner): string {
  return signNoteWith(`${LOG.origin}\n${size}\n${b64encodeStd(root)}\n`, [signer]);
}

interface Script {
  note: string;
  keys?: { verifier_key: string; handover?: string }[];
  inclusion?: (index: number) => Bytes[];
  consistency?: (from: number, to: number) => Bytes[];
}

/** A server that answers the log routes from the vectors, or as `script` says. */
function server(script: Script): DaybookApi {
  const fromVectors = (rows: Vector[], match: (r: Vector) => boolean): Bytes[] => ((rows.find(match)?.proof_hex ?? []) as string[]).map(fromHex);
  const inclusion = script.inclusion ?? ((i: number) => fromVectors(LOG.inclusion_proofs, (r) => r.leaf_index === i && r.tree_size === 5));
  const consistency = script.consistency ?? ((a: number, b: number) => fromVectors(LOG.consistency_proofs, (r) => r.from_size === a && r.to_size === b));
  const fake = {
    logCheckpoint: async () => script.note,
    logKey: async (): Promise<Schemas["LogKey"]> => ({
      origin: LOG.origin,
      verifier_key: LOG.verifier_key,
      key_id: LOG.key_id_hex,
      public_key: b64encode(h(LOG, "public_key_hex")),
    }),
    logKeys: async () => ({ keys: script.keys ?? [{ verifier_key: LOG.verifier_key }] }),
    inclusionProofs: async (indexes: number[], size: bigint) => ({
      tree_size: Number(size),
      root_hash: "",
      proofs: indexes.map((i) => ({ leaf_index: i, proof: inclusion(i).map(b64encode) })),
    }),
    consistencyProof: async (from: bigint, to: bigint) => ({ proof: consistency(Number(from), Number(to)).map(b64encode) }),
  };
  return fake as unknown as DaybookApi;
}

async function verifiedAt(size: number): Promise<LogView> {
  const view = new LogView();
  await advance(server({ note: checkpoint(size) }), view);
  return view;
}

describe("evidence-log checks", () => {
  it("pins the log key on first use and proves every pending receipt", async () => {
    const view = new LogView();
    leaves.forEach((leaf, i) => view.expect(i, leaf));
    const report = await advance(server({ note: LOG.checkpoint.signed_note }), view);
    assert.equal(report.pinnedNow, "server");
    assert.equal(report.proven, 5);
    assert.equal(view.verifierKey, LOG.verifier_key);
    assert.equal(view.size, 5n);
    assert.equal(view.pending.size, 0);
  });

  it("a later checkpoint must extend the last one verified (consistency proof)", async () => {
    for (const from of [1, 2, 3, 4]) {
      const view = await verifiedAt(from);
      const report = await advance(server({ note: checkpoint(5) }), view);
      assert.equal(report.previousSize, BigInt(from));
    }
    const view = await verifiedAt(3);
    const forged = server({ note: checkpoint(5), consistency: () => [new Uint8Array(32)] });
    await assert.rejects(advance(forged, view), SplitView);
    assert.equal(view.size, 3n, "nothing is kept after a failure");
  });

  it("a log that shrank, or two roots for one size, is a split view", async () => {
    await assert.rejects(advance(server({ note: checkpoint(3) }), await verifiedAt(5)), SplitView);
    await assert.rejects(advance(server({ note: checkpoint(5, new Uint8Array(32).fill(7)) }), await verifiedAt(5)), SplitView);
  });

  it("a receipt past the end of the log, or not under its root, was never logged", async () => {
    const past = await verifiedAt(5);
    past.expect(9, leaves[0] as Bytes);
    await assert.rejects(advance(server({ note: checkpoint(5) }), past), ReceiptNotLogged);
    const wrong = await verifiedAt(5);
    wrong.expect(2, leaves[2] as Bytes);
    const lying = server({ note: checkpoint(5), inclusion: () => [new Uint8Array(32), new Uint8Array(32), new Uint8Array(32)] });
    await assert.rejects(advance(lying, wrong), ReceiptNotLogged);
    assert.equal(wrong.pending.size, 1, "the unproven receipt stays to prove");
  });

  it("a device that pinned the old key follows the log's hand-over to the new one", async () => {
    const k = LOG.key_handover as Vector;
    const keys = [{ verifier_key: LOG.verifier_key }, { verifier_key: k.new_verifier_key, handover: k.signed_note }];
    const newSigner = new Signer(LOG.origin, h(k, "new_signing_seed_hex"));
    const view = await verifiedAt(3);
    const report = await advance(server({ note: checkpoint(5, undefined, newSigner), keys }), view);
    assert.equal(report.rotatedFrom, LOG.verifier_key);
    assert.equal(view.verifierKey, k.new_verifier_key);
    // Without a hand-over both keys signed, the new key is a stranger.
    await assert.rejects(advance(server({ note: checkpoint(5, undefined, newSigner) }), await verifiedAt(3)), UntrustedCheckpoint);
    // The old key may not have signed past its hand-over: a device that saw it do so has seen a split view.
    const oldSigner = logSigner;
    const beyond = new LogView();
    await advance(server({ note: signNoteWith(`${LOG.origin}\n6\n${b64encodeStd(new Uint8Array(32).fill(1))}\n`, [oldSigner]) }), beyond);
    await assert.rejects(advance(server({ note: checkpoint(5, undefined, newSigner), keys }), beyond), SplitView);
  });

  it("two receipts for one leaf are refused at once", () => {
    const view = new LogView();
    view.expect(0, leaves[0] as Bytes);
    assert.throws(() => view.expect(0, leaves[1] as Bytes), /two different receipts/);
  });

  it("a checkpoint signed by another key, or a key other than the one expected", async () => {
    const stranger = new Signer(LOG.origin, new Uint8Array(32).fill(3));
    await assert.rejects(advance(server({ note: checkpoint(5, undefined, stranger) }), await verifiedAt(5)), UntrustedCheckpoint);
    await assert.rejects(advance(server({ note: checkpoint(5) }), new LogView(), stranger.verifier.vkey()), UntrustedCheckpoint);
    assert.equal(hex(logSigner.verifier.keyId), LOG.key_id_hex);
  });
});
