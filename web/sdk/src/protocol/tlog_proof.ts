/**
 * C2SP tlog proofs (c2sp.org/tlog-proof): offline proof that a leaf is logged (app/protocol/tlog_proof.py).
 *   c2sp.org/tlog-proof@v1 / [extra <base64>] / index <n> / proof hashes... / blank / signed checkpoint
 */

import { type Checkpoint, openCheckpoint } from "./checkpoint.js";
import { type Bytes } from "./encoding.js";
import { HASH_BYTES, leafHash, MAX_TREE_SIZE, verifyInclusion } from "./merkle.js";
import { type Verifier, b64decodeStd, parseNote } from "./signed_note.js";

export const HEADER = "c2sp.org/tlog-proof@v1";
const MAX_PROOF_HASHES = 64;
const INDEX = /^(0|[1-9][0-9]*)$/;

export class ProofError extends Error {}

export interface TlogProof {
  index: bigint;
  proof: Bytes[];
  checkpoint: string;
  extra: Bytes | null;
}

function nextLine(rest: string): [string, boolean, string] {
  const at = rest.indexOf("\n");
  return at < 0 ? [rest, false, ""] : [rest.slice(0, at), true, rest.slice(at + 1)];
}

function std(text: string, what: string): Bytes {
  try {
    return b64decodeStd(text);
  } catch (error) {
    throw new ProofError(`${what}: ${(error as Error).message}`);
  }
}

/** Parse a tlog-proof text strictly; verifies nothing. */
export function parseProof(text: string): TlogProof {
  let [line, sep, rest] = nextLine(text);
  if (line !== HEADER || !sep) throw new ProofError(`a tlog-proof starts with the line '${HEADER}'`);
  [line, , rest] = nextLine(rest);
  let extra: Bytes | null = null;
  if (line.startsWith("extra ")) {
    extra = std(line.slice(6), "extra data");
    [line, , rest] = nextLine(rest);
  }
  if (!line.startsWith("index ") || !INDEX.test(line.slice(6))) {
    throw new ProofError("expected 'index ' and a decimal number without leading zeroes");
  }
  const index = BigInt(line.slice(6));
  const proof: Bytes[] = [];
  for (;;) {
    [line, sep, rest] = nextLine(rest);
    if (!sep) throw new ProofError("no empty line between the inclusion proof and the checkpoint");
    if (line === "") break;
    if (proof.length === MAX_PROOF_HASHES) throw new ProofError(`an inclusion proof has at most ${MAX_PROOF_HASHES} hashes`);
    proof.push(std(line, "proof hash"));
  }
  if (index >= MAX_TREE_SIZE) throw new ProofError(`index ${index} is not a uint64 leaf index`);
  if (proof.some((h) => h.length !== HASH_BYTES)) throw new ProofError(`proof hashes must be ${HASH_BYTES} bytes`);
  try {
    parseNote(rest);
  } catch (error) {
    throw new ProofError(`checkpoint: ${(error as Error).message}`);
  }
  return { index, proof, checkpoint: rest, extra };
}

/** Verify a tlog-proof for one leaf (its data): a trusted checkpoint whose root the proof leads to. */
export function checkProof(
  text: string,
  origin: string,
  verifiers: Iterable<Verifier>,
  leafData: Uint8Array,
): { index: bigint; checkpoint: Checkpoint; extra: Bytes | null } {
  const parsed = parseProof(text);
  const checkpoint = openCheckpoint(parsed.checkpoint, origin, verifiers);
  if (!verifyInclusion(parsed.index, checkpoint.size, leafHash(leafData), parsed.proof, checkpoint.rootHash)) {
    throw new ProofError("the inclusion proof does not lead to the checkpoint's root hash");
  }
  return { index: parsed.index, checkpoint, extra: parsed.extra };
}
