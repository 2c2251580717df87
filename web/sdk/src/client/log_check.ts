/**
 * Holding the server to its evidence log (docs/protocol §23), on the device (app/client/log_check.py).
 * On every sync `advance` fetches the current checkpoint, verifies it with the pinned key (or the
 * key the pinned one handed the log to, §23.11), checks it extends the last one verified (RFC 9162
 * consistency; equal sizes need equal roots; a log never shrinks), proves every pending receipt in
 * it (inclusion), and only then keeps it. A failure changes nothing kept.
 */

import { type Checkpoint, CheckpointError, openCheckpoint } from "../protocol/checkpoint.js";
import { type Bytes, b64decode, b64encode, equal, hex } from "../protocol/encoding.js";
import { type Handover, KeyChain } from "../protocol/key_handover.js";
import * as merkle from "../protocol/merkle.js";
import { NoteError, UnverifiedNoteError, Verifier, b64encodeStd, parseNote } from "../protocol/signed_note.js";
import type { DaybookApi, Schemas } from "./api.js";
import { ApiError, VerificationError } from "./errors.js";

const PROOFS_PER_REQUEST = 100;
export const SPLIT_VIEW = "the server is showing different histories to different clients";

/** The evidence log's answers do not hold together; nothing was kept. */
export class LogInconsistent extends VerificationError {}
/** The checkpoint is not signed by the pinned key, or is another log's. */
export class UntrustedCheckpoint extends LogInconsistent {}
/** The checkpoint does not extend the last one verified: rolled back, rewritten, or a split view. */
export class SplitView extends LogInconsistent {}
/** A receipt the server gave is not in the log its checkpoint signs. */
export class ReceiptNotLogged extends LogInconsistent {}

const tree = (c: Checkpoint): string => `size ${c.size}, root ${b64encodeStd(c.rootHash)}`;

/** What this device has verified of the evidence log (public data), kept with its replica. */
export class LogView {
  verifierKey: string | null = null;
  checkpoint: string | null = null;
  size = 0n;
  root: Bytes | null = null;
  /** Receipts given to this device and not yet proven: leaf index -> leaf hash. */
  pending = new Map<number, Bytes>();

  /** Public data only (keys, checkpoints, hashes): safe to keep beside the replica. */
  toJSON(): LogViewJson {
    return {
      verifier_key: this.verifierKey,
      checkpoint: this.checkpoint,
      size: this.size.toString(),
      root: this.root === null ? null : b64encode(this.root),
      pending: [...this.pending.entries()].sort(([a], [b]) => a - b).map(([leaf_index, leaf]) => ({ leaf_index, leaf_hash: b64encode(leaf) })),
    };
  }

  static fromJSON(data: LogViewJson): LogView {
    const view = new LogView();
    [view.verifierKey, view.checkpoint, view.size] = [data.verifier_key, data.checkpoint, BigInt(data.size)];
    view.root = data.root === null ? null : b64decode(data.root);
    for (const item of data.pending) view.pending.set(item.leaf_index, b64decode(item.leaf_hash));
    return view;
  }

  expect(leafIndex: number, leafHash: Bytes): void {
    const known = this.pending.get(leafIndex);
    if (known !== undefined && !equal(known, leafHash)) {
      throw new LogInconsistent(`the server gave two different receipts for leaf ${leafIndex}: leaf hash ${b64encode(known)} and leaf hash ${b64encode(leafHash)}`);
    }
    this.pending.set(leafIndex, leafHash);
  }
}

export interface LogViewJson {
  verifier_key: string | null;
  checkpoint: string | null;
  size: string;
  root: string | null;
  pending: { leaf_index: number; leaf_hash: string }[];
}

export interface LogReport {
  origin: string;
  verifierKey: string;
  keyId: string;
  pinnedNow: "caller" | "server" | null;
  previousSize: bigint | null;
  size: bigint;
  rootHash: Bytes;
  proven: number;
  rotatedFrom: string | null;
}

export function parseKey(vkey: string): Verifier {
  try {
    return Verifier.fromVkey(vkey.trim());
  } catch (error) {
    throw new UntrustedCheckpoint(`not a log verifier key (${(error as Error).message}): ${vkey}`);
  }
}

/** Verify the current checkpoint against `view`, prove the pending receipts in it, and keep it. */
export async function advance(api: DaybookApi, view: LogView, expectedKey?: string): Promise<LogReport> {
  const expected = expectedKey === undefined ? null : parseKey(expectedKey);
  const [pinned, pinnedNow] = await verifierOf(api, view, expected);
  let previous = keptCheckpoint(view, pinned);
  const note = await api.logCheckpoint();
  const [verifier, handovers] = await signingKey(api, pinned, note);
  if (expected !== null && expected.vkey() !== verifier.vkey()) {
    throw new UntrustedCheckpoint(`this device pinned the log key ${pinned.vkey()}, which signs the log now as ${verifier.vkey()}, but the expected key is ${expected.vkey()}`);
  }
  const current = openWith(note, verifier);
  for (const handover of handovers) previous = await throughHandover(api, previous, handover);
  if (previous !== null) await checkExtends(api, previous, current);
  const pending = [...view.pending.entries()].sort(([a], [b]) => a - b);
  await proveAll(api, current, pending);
  [view.verifierKey, view.checkpoint, view.size, view.root] = [verifier.vkey(), note, current.size, current.rootHash];
  view.pending.clear();
  return {
    origin: verifier.name,
    verifierKey: verifier.vkey(),
    keyId: hex(verifier.keyId),
    pinnedNow,
    previousSize: previous?.size ?? null,
    size: current.size,
    rootHash: current.rootHash,
    proven: pending.length,
    rotatedFrom: handovers.length > 0 ? pinned.vkey() : null,
  };
}

async function verifierOf(api: DaybookApi, view: LogView, expected: Verifier | null): Promise<[Verifier, LogReport["pinnedNow"]]> {
  if (view.verifierKey !== null) return [parseKey(view.verifierKey), null];
  if (expected !== null) return [expected, "caller"];
  return [servedKey(await api.logKey()), "server"];
}

/** The key of GET /v1/log/key, whose fields must agree with each other. */
function servedKey(body: Schemas["LogKey"]): Verifier {
  const verifier = parseKey(body.verifier_key);
  if (body.origin !== verifier.name || body.key_id !== hex(verifier.keyId) || !equal(b64decode(body.public_key), verifier.publicKey)) {
    throw new UntrustedCheckpoint(`the log key the server sent contradicts itself beside the verifier key ${verifier.vkey()}`);
  }
  return verifier;
}

async function signingKey(api: DaybookApi, pinned: Verifier, note: string): Promise<[Verifier, readonly Handover[]]> {
  let signers: Set<string>;
  let names: Set<string>;
  try {
    const [, signatures] = parseNote(note);
    signers = new Set(signatures.map((s) => `${s.name}+${hex(s.keyId)}`));
    names = new Set(signatures.map((s) => s.name));
  } catch {
    return [pinned, []];
  }
  if (signers.has(`${pinned.name}+${hex(pinned.keyId)}`) || !names.has(pinned.name)) return [pinned, []];
  const body = await ask(api.logKeys(), "the log's key history");
  let chain: KeyChain;
  try {
    const keys = body.keys;
    chain = KeyChain.open(pinned.name, parseKey(keys[0]?.verifier_key ?? ""), keys.slice(1).map((k) => String(k.handover)));
  } catch (error) {
    throw new UntrustedCheckpoint(`the log's key history does not hold together: ${(error as Error).message}`);
  }
  const era = chain.eras.findIndex((e) => e.verifier.vkey() === pinned.vkey());
  if (era < 0) {
    throw new UntrustedCheckpoint(`the log's checkpoint is not signed by the pinned key ${pinned.vkey()} but by ${chain.current.vkey()}, and no hand-over signed by the pinned key leads to it`);
  }
  return [chain.current, chain.handovers.slice(era)];
}

async function throughHandover(api: DaybookApi, previous: Checkpoint | null, handover: Handover): Promise<Checkpoint> {
  const last: Checkpoint = { origin: handover.origin, size: handover.size, rootHash: handover.rootHash, extensions: [] };
  if (previous !== null) {
    if (previous.size > last.size) {
      throw new SplitView(`the retired log key ${handover.old.vkey()} handed the log over at ${tree(last)}, but this device verified a checkpoint it signed of ${tree(previous)}: it signed past its hand-over, or ${SPLIT_VIEW}.`);
    }
    await checkExtends(api, previous, last);
  }
  return last;
}

function openWith(note: string, verifier: Verifier): Checkpoint {
  let found: Checkpoint;
  try {
    found = openCheckpoint(note, verifier.name, [verifier]);
  } catch (error) {
    if (error instanceof UnverifiedNoteError) throw new UntrustedCheckpoint(`the log's checkpoint is not signed by the pinned key ${verifier.vkey()}`);
    if (error instanceof NoteError || error instanceof CheckpointError) {
      throw new UntrustedCheckpoint(`the log's checkpoint does not verify with the pinned key ${verifier.vkey()}: ${error.message}`);
    }
    throw error;
  }
  if (found.size === 0n && !equal(found.rootHash, merkle.EMPTY_ROOT)) {
    throw new LogInconsistent(`the log's checkpoint has no leaves but the root of some: ${tree(found)}`);
  }
  return found;
}

/** The last verified checkpoint, verified again: where it was kept is checked like anything the server sends. */
function keptCheckpoint(view: LogView, verifier: Verifier): Checkpoint | null {
  if (view.checkpoint === null) return null;
  let kept: Checkpoint;
  try {
    kept = openCheckpoint(view.checkpoint, verifier.name, [verifier]);
  } catch (error) {
    throw new LogInconsistent(`the checkpoint kept on this device does not verify with the pinned key: ${(error as Error).message}`);
  }
  if (kept.size !== view.size || view.root === null || !equal(kept.rootHash, view.root)) {
    throw new LogInconsistent("the checkpoint kept on this device is not its recorded size and root");
  }
  return kept;
}

async function checkExtends(api: DaybookApi, old: Checkpoint, now: Checkpoint): Promise<void> {
  if (now.size < old.size) {
    throw new SplitView(`the evidence log shrank: at the last sync this device verified ${tree(old)}, and the server now signs ${tree(now)}. A log only grows: the server rolled its log back, or ${SPLIT_VIEW}.`);
  }
  if (now.size === old.size) {
    if (!equal(now.rootHash, old.rootHash)) {
      throw new SplitView(`two signed checkpoints of ${now.size} leaves with different roots. The server rewrote its log, or ${SPLIT_VIEW}.`);
    }
    return;
  }
  if (old.size === 0n) return;
  const what = `the consistency proof from size ${old.size} to size ${now.size}`;
  const proof = hashes((await ask(api.consistencyProof(old.size, now.size), what)).proof, what);
  if (!merkle.verifyConsistency(old.size, now.size, old.rootHash, now.rootHash, proof)) {
    throw new SplitView(`${what} does not verify: the log the server signs now (${tree(now)}) does not extend the one this device verified (${tree(old)}). The server rewrote its log, or ${SPLIT_VIEW}.`);
  }
}

async function proveAll(api: DaybookApi, head: Checkpoint, pending: [number, Bytes][]): Promise<void> {
  for (const [index, leaf] of pending) {
    if (BigInt(index) >= head.size) {
      throw new ReceiptNotLogged(`the receipt of leaf ${index} (leaf hash ${b64encode(leaf)}) is past the end of the log the server signs (${tree(head)}): the server gave a receipt for a write it did not log, or ${SPLIT_VIEW}.`);
    }
  }
  for (let start = 0; start < pending.length; start += PROOFS_PER_REQUEST) {
    const batch = pending.slice(start, start + PROOFS_PER_REQUEST);
    const what = `the inclusion proofs of ${batch.length} leaves in the tree of size ${head.size}`;
    const body = await ask(api.inclusionProofs(batch.map(([i]) => i), head.size), what);
    if (!Array.isArray(body.proofs) || body.proofs.length !== batch.length) {
      throw new LogInconsistent(`${what} are malformed: one proof per leaf expected`);
    }
    batch.forEach(([index, leaf], i) => {
      const proof = hashes(body.proofs[i]?.proof, `the inclusion proof of leaf ${index}`);
      if (!merkle.verifyInclusion(BigInt(index), head.size, leaf, proof, head.rootHash)) {
        throw new ReceiptNotLogged(`the inclusion proof of leaf ${index} does not verify: the receipt (leaf hash ${b64encode(leaf)}) is not in the log the server signs (${tree(head)}). The server gave a receipt for a write it did not log, or ${SPLIT_VIEW}.`);
      }
    });
  }
}

/** A proof the server's own checkpoint promises: refusing it is an answer too. */
async function ask<T>(call: Promise<T>, what: string): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) throw new LogInconsistent(`the server refused ${what}: ${error.message}`);
    throw error;
  }
}

function hashes(list: unknown, what: string): Bytes[] {
  let out: Bytes[];
  try {
    out = (list as string[]).map((item) => b64decode(item));
  } catch (error) {
    throw new LogInconsistent(`${what} is malformed: ${(error as Error).message}`);
  }
  if (out.length > 64 || out.some((h) => h.length !== merkle.HASH_BYTES)) {
    throw new LogInconsistent(`${what} is malformed: not at most 64 hashes of 32 bytes`);
  }
  return out;
}
