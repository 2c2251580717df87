/**
 * Handing the evidence log from one signing key to the next (docs/protocol §23.11, app/protocol/key_handover.py).
 * A six-line note "daybook/v1/log-key-handover / origin / old vkey / new vkey / tree size / root",
 * signed by both keys; the old key then speaks only for trees up to that size and root.
 */

import { type Checkpoint, openCheckpoint } from "./checkpoint.js";
import { type Bytes, equal, hex } from "./encoding.js";
import { HASH_BYTES, MAX_TREE_SIZE } from "./merkle.js";
import { NoteError, UnverifiedNoteError, Verifier, b64decodeStd, openNote, parseNote } from "./signed_note.js";

export const LABEL = "daybook/v1/log-key-handover";
const SIZE = /^(0|[1-9][0-9]*)$/;

export class HandoverError extends Error {}

export interface Handover {
  origin: string;
  old: Verifier;
  new: Verifier;
  size: bigint;
  rootHash: Bytes;
}

const same = (a: Verifier, b: Verifier): boolean => a.vkey() === b.vkey();

/** The hand-over a note text states, verifying no signature. */
export function parseHandover(text: string): Handover {
  const lines = text.split("\n");
  if (lines.length !== 7 || lines[6] !== "" || lines[0] !== LABEL) {
    throw new HandoverError(`not a hand-over: six lines, the first '${LABEL}', expected`);
  }
  const [, origin, oldKey, newKey, size, root] = lines as [string, string, string, string, string, string];
  if (!SIZE.test(size)) throw new HandoverError("the tree size must be decimal digits without leading zeroes");
  let handover: Handover;
  try {
    handover = { origin, old: Verifier.fromVkey(oldKey), new: Verifier.fromVkey(newKey), size: BigInt(size), rootHash: b64decodeStd(root) };
  } catch (error) {
    throw new HandoverError(`malformed hand-over: ${(error as Error).message}`);
  }
  if (handover.old.name !== origin || handover.new.name !== origin) throw new HandoverError("both keys must be named by the log's origin");
  if (equal(handover.old.publicKey, handover.new.publicKey)) throw new HandoverError("a key cannot hand the log over to itself");
  if (handover.size > MAX_TREE_SIZE || handover.rootHash.length !== HASH_BYTES) {
    throw new HandoverError("the tree size must be a uint64 and the root 32 bytes");
  }
  return handover;
}

/** Verify a hand-over note: both keys must have signed its text. */
export function openHandover(note: string, origin: string): Handover {
  let text: string;
  try {
    [text] = parseNote(note);
  } catch (error) {
    throw new HandoverError(`not a signed note: ${(error as Error).message}`);
  }
  const handover = parseHandover(text);
  if (handover.origin !== origin) throw new HandoverError(`the hand-over is of the log '${handover.origin}', not '${origin}'`);
  for (const [role, key] of [["old", handover.old], ["new", handover.new]] as const) {
    try {
      openNote(note, [key]);
    } catch (error) {
      throw new HandoverError(`not signed by its ${role} key ${key.vkey()}: ${(error as NoteError).message}`);
    }
  }
  return handover;
}

/** A key of the log and the largest tree it may sign (null: any, the current key). */
export interface KeyEra {
  verifier: Verifier;
  lastSize: bigint | null;
  lastRoot: Bytes | null;
}

/** Every key the log has had, first to current, from its verified hand-overs. */
export class KeyChain {
  private constructor(
    readonly origin: string,
    readonly eras: readonly KeyEra[],
    readonly handovers: readonly Handover[],
  ) {}

  static open(origin: string, first: Verifier, notes: readonly string[]): KeyChain {
    const eras: KeyEra[] = [];
    const handovers: Handover[] = [];
    let current = first;
    for (const note of notes) {
      const handover = openHandover(note, origin);
      if (!same(handover.old, current)) {
        throw new HandoverError(`the hand-over to ${handover.new.vkey()} is from ${handover.old.vkey()}, but the log's key before it is ${current.vkey()}`);
      }
      const previous = handovers.at(-1);
      if (previous !== undefined && handover.size < previous.size) {
        throw new HandoverError(`the hand-over to ${handover.new.vkey()} is at a smaller tree than the one before`);
      }
      eras.push({ verifier: current, lastSize: handover.size, lastRoot: handover.rootHash });
      handovers.push(handover);
      current = handover.new;
    }
    eras.push({ verifier: current, lastSize: null, lastRoot: null });
    return new KeyChain(origin, eras, handovers);
  }

  get current(): Verifier {
    return (this.eras.at(-1) as KeyEra).verifier;
  }

  verifiers(): Verifier[] {
    return this.eras.map((e) => e.verifier);
  }

  /** A checkpoint signed by one of the log's keys, of a tree that key may sign. */
  openCheckpoint(note: string): { checkpoint: Checkpoint; era: KeyEra } {
    const [, signatures] = parseNote(note);
    const signed = new Set(signatures.map((s) => `${s.name}+${hex(s.keyId)}`));
    const era = [...this.eras].reverse().find((e) => signed.has(`${e.verifier.name}+${hex(e.verifier.keyId)}`));
    if (era === undefined) throw new UnverifiedNoteError("the checkpoint is signed by no key this log has had");
    const checkpoint = openCheckpoint(note, this.origin, [era.verifier]);
    if (era.lastSize === null) return { checkpoint, era };
    if (checkpoint.size > era.lastSize || (checkpoint.size === era.lastSize && !equal(checkpoint.rootHash, era.lastRoot ?? new Uint8Array()))) {
      throw new HandoverError(`the retired key ${era.verifier.vkey()} handed the log over at a tree of ${era.lastSize} leaves, but signed this one of ${checkpoint.size}`);
    }
    return { checkpoint, era };
  }
}
