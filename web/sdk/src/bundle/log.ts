/**
 * The evidence-log checks of an opened bundle (app/client/bundle_log.py): the
 * signed checkpoint, each receipt's inclusion proof, and the kept checkpoints
 * that give independent time (their consistency with the bundle's checkpoint,
 * their RFC 3161 tokens and the cosignatures of witnesses the officer names).
 */

import type { Checkpoint } from "../protocol/checkpoint.js";
import { CosignatureVerifier, openCosignatures } from "../protocol/cosignature.js";
import { type Bytes, b64decode, b64encode, equal } from "../protocol/encoding.js";
import { KeyChain, type KeyEra } from "../protocol/key_handover.js";
import { verifyConsistency, verifyInclusion } from "../protocol/merkle.js";
import { type ReceiptKind, type ReceiptLeaf, decodeLeaf, leafHash } from "../protocol/receipts.js";
import { Verifier } from "../protocol/signed_note.js";
import { BundleInvalid, checkCanonical, parseJson } from "./invalid.js";
import { CHECKPOINT, LOG_KEYS, keptCheckpointMember } from "./layout.js";
import type { TsaTrust } from "./timestamp.js";

export interface TimeSource {
  kind: "server" | "tsa" | "witness";
  name: string;
  time: Date;
  detail: string;
}

export interface Receipt {
  leafIndex: bigint;
  leaf: ReceiptLeaf;
  leafHash: Bytes;
}

const KIND_LABEL: Record<ReceiptKind, string> = {
  "entry-version": "entry version",
  attachment: "attachment",
  tombstone: "tombstone",
  "key-grant": "key grant",
  "case-document": "case document",
};

/** Notes are text: a note member that is not UTF-8 fails as the note's own check (parse_note's NoteError). */
function noteText(data: Uint8Array | string): string {
  if (typeof data === "string") return data;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    throw new Error("malformed note: not valid UTF-8");
  }
}

const sameKey = (a: Verifier, b: Verifier): boolean => a.name === b.name && equal(a.publicKey, b.publicKey);

export class LogChecks {
  newestReceiptMs: bigint | null = null;
  readonly afterSeal: TimeSource[] = [];
  private readonly kept = new Map<bigint, { checkpoint: Checkpoint; sources: TimeSource[] }>();

  private constructor(
    readonly verifier: Verifier,
    readonly head: Checkpoint,
    readonly headKey: Verifier,
    readonly chain: KeyChain,
    private readonly read: (name: string) => Promise<Bytes>,
    private readonly trust: TsaTrust | null,
    private readonly witnesses: readonly CosignatureVerifier[],
  ) {}

  static async open(verifier: Verifier, read: (name: string) => Promise<Bytes>, trust: TsaTrust | null, witnesses: readonly CosignatureVerifier[], keys: Bytes | null): Promise<LogChecks> {
    const chain = keys === null ? KeyChain.open(verifier.name, verifier, []) : keyChain(verifier, keys);
    const data = await read(CHECKPOINT);
    let opened: { checkpoint: Checkpoint; era: KeyEra };
    try {
      opened = chain.openCheckpoint(noteText(data));
    } catch (error) {
      throw new BundleInvalid(CHECKPOINT, "log signature", (error as Error).message);
    }
    return new LogChecks(verifier, opened.checkpoint, opened.era.verifier, chain, read, trust, witnesses);
  }

  receipt(item: string, wire: any, kind: ReceiptKind, object: Uint8Array): Receipt {
    const data = b64decode(wire.leaf_data);
    let leaf: ReceiptLeaf;
    try {
      leaf = decodeLeaf(data);
    } catch (error) {
      throw new BundleInvalid(item, "receipt", (error as Error).message);
    }
    if (leaf.kind !== kind || !equal(leaf.objectSha256, object)) throw new BundleInvalid(item, "receipt", `the receipt is not for this ${KIND_LABEL[kind]}`);
    if (this.newestReceiptMs === null || leaf.receivedAtMs > this.newestReceiptMs) this.newestReceiptMs = leaf.receivedAtMs;
    return { leafIndex: pyInt(wire.leaf_index), leaf, leafHash: leafHash(data) };
  }

  /** Check the receipt's proofs; returns the time sources that back it. */
  async included(item: string, receipt: Receipt, wire: any): Promise<TimeSource[]> {
    const proof = (wire.inclusion_proof as string[]).map(b64decode);
    if (!verifyInclusion(receipt.leafIndex, this.head.size, receipt.leafHash, proof, this.head.rootHash)) {
      throw new BundleInvalid(item, "inclusion proof", `leaf ${receipt.leafIndex} is not in the checkpoint`);
    }
    const sources: TimeSource[] = [{ kind: "server", name: this.verifier.name, time: new Date(Number(receipt.leaf.receivedAtMs)), detail: `leaf ${receipt.leafIndex}` }];
    for (const evidence of wire.time_evidence as any[]) sources.push(...(await this.independent(item, receipt, evidence)));
    return sources;
  }

  private async independent(item: string, receipt: Receipt, evidence: any): Promise<TimeSource[]> {
    const { checkpoint, sources } = await this.keptCheckpoint(pyInt(evidence.tree_size));
    const proof = (evidence.inclusion_proof as string[]).map(b64decode);
    if (!verifyInclusion(receipt.leafIndex, checkpoint.size, receipt.leafHash, proof, checkpoint.rootHash)) {
      throw new BundleInvalid(item, "inclusion proof", `leaf ${receipt.leafIndex} is not in checkpoint ${checkpoint.size}`);
    }
    return sources;
  }

  /** The sizes of the kept checkpoints the proofs named, ascending. */
  get keptSizes(): bigint[] {
    return [...this.kept.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  private async keptCheckpoint(size: bigint): Promise<{ checkpoint: Checkpoint; sources: TimeSource[] }> {
    let found = this.kept.get(size);
    if (found === undefined) {
      found = await this.openKept(size);
      this.kept.set(size, found);
    }
    return found;
  }

  private async openKept(size: bigint): Promise<{ checkpoint: Checkpoint; sources: TimeSource[] }> {
    const name = keptCheckpointMember(size);
    const data = await this.read(name);
    const document = parseJson(data);
    let opened: { checkpoint: Checkpoint; era: KeyEra };
    try {
      opened = this.chain.openCheckpoint(noteText(document.note));
    } catch (error) {
      throw new BundleInvalid(name, "log signature", (error as Error).message);
    }
    const kept = opened.checkpoint;
    if (kept.size !== size) throw new BundleInvalid(name, "checkpoint", `it is of size ${kept.size}, not ${size}`);
    this.consistent(name, kept, (document.consistency_proof as string[]).map(b64decode));
    const stamps: TimeSource[] = [];
    for (const record of document.timestamps as any[]) stamps.push(await this.token(name, record, document.note, opened.era.verifier));
    checkCanonical(name, data, keptDocument(document, kept, stamps));
    const sources = [...stamps, ...this.cosigned(name, document.note)];
    // The bundle's checkpoint was the newest kept one when it was sealed.
    if (kept.size > this.head.size) this.afterSeal.push(...sources);
    return { checkpoint: kept, sources };
  }

  private cosigned(name: string, note: string): TimeSource[] {
    try {
      return openCosignatures(note, this.witnesses).cosignatures.map((c) => ({
        kind: "witness" as const,
        name: c.name,
        time: new Date(Number(c.timestamp) * 1000),
        detail: "C2SP tlog-cosignature",
      }));
    } catch (error) {
      throw new BundleInvalid(name, "witness cosignature", (error as Error).message);
    }
  }

  private consistent(name: string, kept: Checkpoint, proof: Bytes[]): void {
    const [small, large] = kept.size <= this.head.size ? [kept, this.head] : [this.head, kept];
    let ok = small.size === large.size && equal(small.rootHash, large.rootHash) && proof.length === 0;
    if (small.size !== large.size) ok = verifyConsistency(small.size, large.size, small.rootHash, large.rootHash, proof);
    if (!ok) throw new BundleInvalid(name, "consistency proof", "it is not the same log as the bundle's checkpoint");
  }

  private async token(name: string, record: any, note: string, logKey: Verifier): Promise<TimeSource> {
    const authority = String(record.authority);
    if (this.trust === null) throw new BundleInvalid(name, "time-stamp", "the bundle carries no TSA certificate; give the TSA's root certificate");
    try {
      const stamp = await this.trust.verify(b64decode(record.token), timestampedNote(note, logKey));
      return { kind: "tsa", name: authority, time: stamp.genTime, detail: `RFC 3161 token, serial ${stamp.serialNumber}` };
    } catch (error) {
      throw new BundleInvalid(name, "time-stamp", (error as Error).message);
    }
  }
}

/** Python's int() of a JSON number (or digit string). */
export function pyInt(value: unknown): bigint {
  if (typeof value === "number" && Number.isFinite(value)) return BigInt(Math.trunc(value));
  if (typeof value === "string" && /^\s*[+-]?\d+\s*$/.test(value)) return BigInt(value.trim());
  throw new TypeError("not an integer");
}

/** The bytes a checkpoint's tokens cover: its text and the log's own signature line (app/protocol/timestamp.py). */
export function timestampedNote(note: string, logKey: Verifier): Bytes {
  const split = note.lastIndexOf("\n\n");
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split("\n");
  const own = lines.filter((line) => {
    const parts = line.split(" ");
    if (parts.length !== 3 || parts[1] !== logKey.name) return false;
    try {
      const raw = b64decode(parts[2]?.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") ?? "");
      return equal(raw.subarray(0, 4), logKey.keyId);
    } catch {
      return false;
    }
  });
  if (own.length !== 1) throw new Error("the note does not carry exactly one signature of the log");
  return new TextEncoder().encode(`${text}\n${own[0]}\n`);
}

function keptDocument(document: any, kept: Checkpoint, stamps: TimeSource[]): unknown {
  return {
    consistency_proof: [...document.consistency_proof],
    note: document.note,
    root_hash: b64encode(kept.rootHash),
    timestamps: stamps.map((stamp, i) => ({ authority: stamp.name, time: pyIsoformat(stamp.time), token: document.timestamps[i].token })),
    tree_size: Number(kept.size),
  };
}

/** datetime.isoformat() of an aware UTC time: microseconds only when not zero. */
export function pyIsoformat(time: Date): string {
  const iso = time.toISOString();
  const ms = time.getUTCMilliseconds();
  return `${iso.slice(0, 19)}${ms === 0 ? "" : `.${String(ms).padStart(3, "0")}000`}+00:00`;
}

/** The log's keys from log/keys.json, every hand-over verified; the statement's key must be one of them. */
function keyChain(verifier: Verifier, keys: Bytes): KeyChain {
  let chain: KeyChain;
  let first: Verifier;
  let handovers: string[];
  try {
    const history = parseJson(keys).keys as any[];
    if (history.length === 0) throw new RangeError("no keys");
    first = Verifier.fromVkey(String(history[0].verifier_key));
    handovers = history.slice(1).map((k) => String(k.handover));
    chain = KeyChain.open(verifier.name, first, handovers);
  } catch (error) {
    throw new BundleInvalid(LOG_KEYS, "key hand-overs", (error as Error).message);
  }
  const rebuilt = [{ handover: null, verifier_key: first.vkey() }, ...handovers.map((text, i) => ({ handover: text, verifier_key: (chain.handovers[i] as { new: Verifier }).new.vkey() }))];
  checkCanonical(LOG_KEYS, keys, { keys: rebuilt });
  if (!chain.eras.some((era) => sameKey(era.verifier, verifier))) throw new BundleInvalid(LOG_KEYS, "key hand-overs", `none leads to ${verifier.vkey()}`);
  return chain;
}

