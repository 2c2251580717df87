"""RFC 9162 Merkle tree hashing, proofs, and their computation from stored subtrees.

Three layers, all over SHA-256 (RFC 9162 section 2.1):

- the hashes: `leaf_hash`, `node_hash`, and `root` (MTH) over a list of leaf hashes;
- a list-based reference for proofs (`inclusion_proof`, `consistency_proof`), which
  follows the recursive definitions of sections 2.1.3.1 and 2.1.4.1 literally, and the
  verifiers of sections 2.1.3.2 and 2.1.4.2 (`verify_inclusion`, `verify_consistency`);
- a storage-agnostic form for the server: every hash a root or proof needs is the
  MTH of consecutive *complete* subtrees (`NodeRef`), which never change once their
  last leaf is appended. The server stores each complete subtree hash when it is
  completed (`append_completes` / `append_nodes`) and answers any root or proof with
  one batch lookup of O(log n) nodes plus hashing (`*_from_nodes`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

HASH_BYTES = 32
LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
EMPTY_ROOT = hashlib.sha256(b"").digest()
# A tree size is a uint64 in checkpoints and proofs, so no path is longer than 64.
MAX_TREE_SIZE = (1 << 64) - 1


def leaf_hash(data: bytes) -> bytes:
    """MTH({d}) = SHA-256(0x00 || d)."""
    return hashlib.sha256(LEAF_PREFIX + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """SHA-256(0x01 || left || right): the hash of an interior node."""
    return hashlib.sha256(NODE_PREFIX + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1): where MTH splits D[n]."""
    return 1 << ((n - 1).bit_length() - 1)


def _is_power_of_two(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


# ------------------------------------------------------------ list-based reference


def root(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH(D[n]) over leaf hashes (not leaf data); for tests and small trees."""
    n = len(leaf_hashes)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaf_hashes[0]
    k = _split(n)
    return node_hash(root(leaf_hashes[:k]), root(leaf_hashes[k:]))


def inclusion_proof(index: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """PATH(m, D[n]) of RFC 9162 section 2.1.3.1, leaf sibling first."""
    if not 0 <= index < len(leaf_hashes):
        raise ValueError(f"leaf index {index} is not in a tree of size {len(leaf_hashes)}")
    return _path(index, leaf_hashes)


def _path(m: int, d: Sequence[bytes]) -> list[bytes]:
    n = len(d)
    if n == 1:
        return []
    k = _split(n)
    if m < k:
        return [*_path(m, d[:k]), root(d[k:])]
    return [*_path(m - k, d[k:]), root(d[:k])]


def consistency_proof(size1: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 9162 section 2.1.4.1 for 0 < m <= n (empty when m == n)."""
    if not 0 < size1 <= len(leaf_hashes):
        raise ValueError(f"no consistency proof from size {size1} to {len(leaf_hashes)}")
    return _subproof(size1, leaf_hashes, True)


def _subproof(m: int, d: Sequence[bytes], whole: bool) -> list[bytes]:
    n = len(d)
    if m == n:
        return [] if whole else [root(d)]
    k = _split(n)
    if m <= k:
        return [*_subproof(m, d[:k], whole), root(d[k:])]
    return [*_subproof(m - k, d[k:], False), root(d[:k])]


# --------------------------------------------------------------------- verifiers


def _hashes_ok(*hashes: bytes) -> bool:
    return all(len(h) == HASH_BYTES for h in hashes)


def root_from_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes]) -> bytes:
    """The root an inclusion proof commits to (RFC 9162 2.1.3.2, steps 1 to 4).

    Raises ValueError when the proof cannot be valid for any root: the index is not
    below the size, a hash is not 32 bytes, or the proof has the wrong length.
    """
    if not 0 <= index < size <= MAX_TREE_SIZE:
        raise ValueError(f"leaf index {index} is not in a tree of size {size}")
    if not _hashes_ok(leaf, *proof):
        raise ValueError("leaf hash and proof hashes must be 32 bytes")
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            raise ValueError("inclusion proof is too long")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            # Climb past the levels where this node is a right-edge node with no
            # sibling: those levels are not in the proof.
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ValueError("inclusion proof is too short")
    return r


def verify_inclusion(
    index: int, size: int, leaf: bytes, proof: Sequence[bytes], root_hash: bytes
) -> bool:
    """RFC 9162 2.1.3.2: does `proof` show leaf hash `leaf` at `index` under `root_hash`?

    Strict: any hash that is not 32 bytes, or an index not below the size, is False.
    """
    if len(root_hash) != HASH_BYTES:
        return False
    try:
        return root_from_inclusion(index, size, leaf, proof) == root_hash
    except ValueError:
        return False


def verify_consistency(
    size1: int, size2: int, root1: bytes, root2: bytes, proof: Sequence[bytes]
) -> bool:
    """RFC 9162 2.1.4.2: is the tree (size2, root2) an append-only extension of (size1, root1)?

    Strict, as the transparency-dev test vectors: any hash that is not 32 bytes is
    False, and so is size1 == 0 (RFC 9162 defines proofs for 0 < m < n only; the empty
    tree is a prefix of every tree, so such a "proof" would prove nothing and a
    caller asking for one has a bug). size1 == size2 needs an empty proof and equal
    roots; size1 > size2 is False.
    """
    if not _hashes_ok(root1, root2, *proof):
        return False
    if not 0 < size1 <= size2 <= MAX_TREE_SIZE:
        return False
    if size1 == size2:
        return not proof and root1 == root2
    # Step 1: a proof between different sizes is never empty.
    if not proof:
        return False
    # Step 2: a power-of-two first tree is itself a node of the second tree, and the
    # proof leaves it out because the verifier already has it.
    path = [root1, *proof] if _is_power_of_two(size1) else list(proof)
    # Steps 3 and 4: start from the highest complete subtree ending at size1 - 1.
    fn, sn = size1 - 1, size2 - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    # Step 5.
    fr = sr = path[0]
    # Step 6.
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    # Step 7.
    return sn == 0 and fr == root1 and sr == root2


# ------------------------------------------------------ complete-subtree node form


@dataclass(frozen=True, order=True, slots=True)
class NodeRef:
    """A complete subtree: the 2**level leaves from leaf index * 2**level.

    Level 0 nodes are the leaf hashes. Once its last leaf is appended, a complete
    subtree's hash never changes, so it can be stored and looked up by (level, index).
    """

    level: int
    index: int

    @property
    def start(self) -> int:
        return self.index << self.level

    @property
    def end(self) -> int:
        """One past the last leaf the subtree covers."""
        return (self.index + 1) << self.level


# The MTH of consecutive complete subtrees, largest (leftmost) first: one node for a
# complete subtree, several for a "partial" right edge of the tree.
Composite = tuple[NodeRef, ...]
# A batch getter: the stored hash of every node asked for (missing ones are a bug).
Lookup = Callable[[list[NodeRef]], Mapping[NodeRef, bytes]]


def span_nodes(start: int, size: int) -> Composite:
    """The complete subtrees whose MTH combination is MTH(D[start:start+size]).

    Only for the spans RFC 9162 hashes: `start` is a multiple of the largest power of
    two not above `size` (true of a whole tree and of every subtree MTH recurses into),
    so the span splits into aligned complete subtrees by the binary digits of `size`.
    """
    if size <= 0:
        raise ValueError("a span holds at least one leaf")
    nodes = []
    for level in range(size.bit_length() - 1, -1, -1):
        if size >> level & 1:
            if start % (1 << level):
                raise ValueError(f"span at {start} of size {size} is not aligned")
            nodes.append(NodeRef(level, start >> level))
            start += 1 << level
    return tuple(nodes)


def root_nodes(size: int) -> Composite:
    """The complete subtrees of a tree of `size` leaves (empty for the empty tree)."""
    return span_nodes(0, size) if size else ()


def combine(hashes: Sequence[bytes]) -> bytes:
    """The MTH of consecutive complete subtrees given their hashes, largest first.

    MTH splits off the largest complete subtree on the left, so the right edge is
    hashed first: H(c0, H(c1, ... H(c[k-2], c[k-1]))).
    """
    if not hashes:
        raise ValueError("nothing to combine")
    result = hashes[-1]
    for h in reversed(hashes[:-1]):
        result = node_hash(h, result)
    return result


def inclusion_proof_nodes(index: int, size: int) -> list[Composite]:
    """Which subtrees make up PATH(index, D[size]), one composite per proof hash."""
    if not 0 <= index < size <= MAX_TREE_SIZE:
        raise ValueError(f"leaf index {index} is not in a tree of size {size}")
    path: list[Composite] = []
    start, n, m = 0, size, index
    # Walk down from the root; each step adds the sibling of the side holding the
    # leaf, so the path is built top-down and reversed at the end.
    while n > 1:
        k = _split(n)
        if m < k:
            path.append(span_nodes(start + k, n - k))
            n = k
        else:
            path.append(span_nodes(start, k))
            start, n, m = start + k, n - k, m - k
    path.reverse()
    return path


def consistency_proof_nodes(size1: int, size2: int) -> list[Composite]:
    """Which subtrees make up PROOF(size1, D[size2]), one composite per proof hash."""
    if not 0 < size1 <= size2 <= MAX_TREE_SIZE:
        raise ValueError(f"no consistency proof from size {size1} to {size2}")
    path: list[Composite] = []
    start, n, m, whole = 0, size2, size1, True
    while m != n:
        k = _split(n)
        if m <= k:
            path.append(span_nodes(start + k, n - k))
            n = k
        else:
            path.append(span_nodes(start, k))
            start, n, m, whole = start + k, n - k, m - k, False
    if not whole:
        path.append(span_nodes(start, n))
    path.reverse()
    return path


def nodes_needed(composites: Iterable[Composite]) -> list[NodeRef]:
    """The distinct nodes in `composites`, in first-use order: one batch to look up."""
    return list(dict.fromkeys(node for composite in composites for node in composite))


def _resolve(composites: list[Composite], lookup: Lookup) -> list[bytes]:
    needed = nodes_needed(composites)
    found = lookup(needed) if needed else {}
    missing = [node for node in needed if node not in found]
    if missing:
        raise KeyError(f"lookup did not return {len(missing)} node(s), first {missing[0]}")
    for node in needed:
        if len(found[node]) != HASH_BYTES:
            raise ValueError(f"stored hash of {node} is not {HASH_BYTES} bytes")
    return [combine([found[node] for node in composite]) for composite in composites]


def root_from_nodes(size: int, lookup: Lookup) -> bytes:
    """MTH(D[size]) from at most log2(size) + 1 stored complete subtrees."""
    if not 0 <= size <= MAX_TREE_SIZE:
        raise ValueError(f"tree size {size} is out of range")
    if size == 0:
        return EMPTY_ROOT
    return _resolve([root_nodes(size)], lookup)[0]


def inclusion_proof_from_nodes(index: int, size: int, lookup: Lookup) -> list[bytes]:
    """PATH(index, D[size]) from one batch lookup of O(log size) stored subtrees."""
    return _resolve(inclusion_proof_nodes(index, size), lookup)


def consistency_proof_from_nodes(size1: int, size2: int, lookup: Lookup) -> list[bytes]:
    """PROOF(size1, D[size2]) from one batch lookup of O(log size2) stored subtrees."""
    return _resolve(consistency_proof_nodes(size1, size2), lookup)


def append_completes(leaf_index: int) -> list[NodeRef]:
    """The complete subtrees that appending leaf `leaf_index` finishes, bottom-up.

    The leaf itself, then one parent per trailing one bit of the index: leaf 5
    (0b101) finishes (0, 5) and (1, 2); leaf 7 finishes (0, 7), (1, 3), (2, 1) and
    (3, 0). That is two nodes per leaf on average, and at most log2(n) + 1.
    """
    if not 0 <= leaf_index < MAX_TREE_SIZE:
        raise ValueError(f"leaf index {leaf_index} is out of range")
    nodes = [NodeRef(0, leaf_index)]
    level = 0
    while leaf_index >> level & 1:
        level += 1
        nodes.append(NodeRef(level, leaf_index >> level))
    return nodes


def append_siblings(leaf_index: int) -> list[NodeRef]:
    """The stored left siblings `append_nodes` needs to hash the finished subtrees."""
    return [NodeRef(node.level, node.index - 1) for node in append_completes(leaf_index)[:-1]]


def append_nodes(leaf_index: int, leaf: bytes, lookup: Lookup) -> list[tuple[NodeRef, bytes]]:
    """Every (node, hash) to store when leaf hash `leaf` is appended at `leaf_index`.

    Each finished parent is node_hash(stored left sibling, the node just finished
    below it), so the batch lookup asks only for `append_siblings(leaf_index)`.
    """
    if len(leaf) != HASH_BYTES:
        raise ValueError(f"a leaf hash is {HASH_BYTES} bytes")
    completes = append_completes(leaf_index)
    siblings = append_siblings(leaf_index)
    found = lookup(siblings) if siblings else {}
    result = [(completes[0], leaf)]
    current = leaf
    for sibling, parent in zip(siblings, completes[1:], strict=True):
        left = found.get(sibling)
        if left is None or len(left) != HASH_BYTES:
            raise KeyError(f"lookup did not return a hash for {sibling}")
        current = node_hash(left, current)
        result.append((parent, current))
    return result
