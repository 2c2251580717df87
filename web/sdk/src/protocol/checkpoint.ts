/**
 * C2SP checkpoints (c2sp.org/tlog-checkpoint), a signed tree head (app/protocol/checkpoint.py):
 * origin, tree size in decimal without leading zeroes, root hash in padded standard base64,
 * optional extension lines; signed as a note by the log's key.
 */

import { HASH_BYTES, MAX_TREE_SIZE } from "./merkle.js";
import { type Bytes } from "./encoding.js";
import { NoteError, type Verifier, b64decodeStd, b64encodeStd, checkText, openNote } from "./signed_note.js";

export class CheckpointError extends Error {}

const SIZE = /^(0|[1-9][0-9]*)$/;

export interface Checkpoint {
  origin: string;
  size: bigint;
  rootHash: Bytes;
  extensions: string[];
}

function checkLine(line: string, what: string): void {
  if (line === "") throw new CheckpointError(`${what} must not be empty`);
  if (line.includes("\n")) throw new CheckpointError(`${what} must be one line`);
  try {
    checkText(`${line}\n`);
  } catch (error) {
    throw new CheckpointError(`${what}: ${(error as NoteError).message}`);
  }
}

export function checkpointText(c: Checkpoint): string {
  return [c.origin, String(c.size), b64encodeStd(c.rootHash), ...c.extensions].map((l) => `${l}\n`).join("");
}

/** Parse a checkpoint note text (the signed part, final newline included). */
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith("\n")) throw new CheckpointError("checkpoint text must end in a newline");
  const lines = text.slice(0, -1).split("\n");
  if (lines.length < 3) throw new CheckpointError("checkpoint text has fewer than three lines");
  const [origin, size, root, ...extensions] = lines as [string, string, string, ...string[]];
  if (!SIZE.test(size)) throw new CheckpointError("tree size must be decimal digits without leading zeroes");
  let rootHash: Bytes;
  try {
    rootHash = b64decodeStd(root);
  } catch (error) {
    throw new CheckpointError(`root hash: ${(error as Error).message}`);
  }
  checkLine(origin, "origin");
  if (BigInt(size) > MAX_TREE_SIZE) throw new CheckpointError(`tree size ${size} is not a uint64`);
  if (rootHash.length !== HASH_BYTES) throw new CheckpointError(`root hash must be ${HASH_BYTES} bytes`);
  for (const line of extensions) checkLine(line, "extension line");
  return { origin, size: BigInt(size), rootHash, extensions };
}

/** Verify a signed checkpoint from the log `origin` (other signatures, such as witnesses', are ignored). */
export function openCheckpoint(note: string, origin: string, verifiers: Iterable<Verifier>): Checkpoint {
  const { text } = openNote(note, verifiers);
  const checkpoint = parseCheckpoint(text);
  if (checkpoint.origin !== origin) {
    throw new CheckpointError(`checkpoint is from '${checkpoint.origin}', not '${origin}'`);
  }
  return checkpoint;
}
