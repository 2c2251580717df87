/**
 * RFC 9162 Merkle tree hashing and proof verification over SHA-256 (app/protocol/merkle.py,
 * the client's half: hashes, the list-based reference, and the verifiers of sections
 * 2.1.3.2 and 2.1.4.2). Sizes and indices are bigint: they are uint64 on the wire.
 */

import { sha256Sync } from "./crypto.js";
import { type Bytes, concat, equal, u8 } from "./encoding.js";

export const HASH_BYTES = 32;
export const EMPTY_ROOT = sha256Sync(new Uint8Array(0));
export const MAX_TREE_SIZE = (1n << 64n) - 1n;

export class MerkleError extends Error {}

/** MTH({d}) = SHA-256(0x00 || d). */
export function leafHash(data: Uint8Array): Bytes {
  return sha256Sync(concat(u8(0), data));
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Bytes {
  return sha256Sync(concat(u8(1), left, right));
}

function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over leaf hashes; for tests and small trees. */
export function root(leafHashes: readonly Uint8Array[]): Bytes {
  const n = leafHashes.length;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leafHashes[0] as Bytes;
  const k = split(n);
  return nodeHash(root(leafHashes.slice(0, k)), root(leafHashes.slice(k)));
}

const hashesOk = (...hashes: Uint8Array[]): boolean => hashes.every((h) => h.length === HASH_BYTES);

/** The root an inclusion proof commits to (RFC 9162 2.1.3.2 steps 1-4); throws when no root could match. */
export function rootFromInclusion(index: bigint, size: bigint, leaf: Uint8Array, proof: readonly Uint8Array[]): Bytes {
  if (!(0n <= index && index < size && size <= MAX_TREE_SIZE)) {
    throw new MerkleError(`leaf index ${index} is not in a tree of size ${size}`);
  }
  if (!hashesOk(leaf, ...proof)) throw new MerkleError("leaf hash and proof hashes must be 32 bytes");
  let [fn, sn, r] = [index, size - 1n, leaf as Bytes];
  for (const p of proof) {
    if (sn === 0n) throw new MerkleError("inclusion proof is too long");
    if (fn & 1n || fn === sn) {
      r = nodeHash(p, r);
      // Climb past the right-edge levels that have no sibling: they are not in the proof.
      while (!(fn & 1n) && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  if (sn !== 0n) throw new MerkleError("inclusion proof is too short");
  return r;
}

export function verifyInclusion(
  index: bigint,
  size: bigint,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
  rootHash: Uint8Array,
): boolean {
  if (rootHash.length !== HASH_BYTES) return false;
  try {
    return equal(rootFromInclusion(index, size, leaf, proof), rootHash);
  } catch {
    return false;
  }
}

const isPowerOfTwo = (n: bigint): boolean => n > 0n && (n & (n - 1n)) === 0n;

/**
 * RFC 9162 2.1.4.2: is (size2, root2) an append-only extension of (size1, root1)?
 * Strict like the Python twin: size1 = 0 is false, equal sizes need an empty proof and equal roots.
 */
export function verifyConsistency(
  size1: bigint,
  size2: bigint,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!hashesOk(root1, root2, ...proof)) return false;
  if (!(0n < size1 && size1 <= size2 && size2 <= MAX_TREE_SIZE)) return false;
  if (size1 === size2) return proof.length === 0 && equal(root1, root2);
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let [fn, sn] = [size1 - 1n, size2 - 1n];
  while (fn & 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr = path[0] as Bytes;
  let sr = fr;
  for (const c of path.slice(1)) {
    if (sn === 0n) return false;
    if (fn & 1n || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!(fn & 1n) && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && equal(fr, root1) && equal(sr, root2);
}
