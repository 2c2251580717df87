"""app.protocol.merkle against the transparency-dev vectors, the RFC 6962 reference
tree, its own list-based reference, and the bound on stored-node lookups."""

from __future__ import annotations

import base64
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from app.protocol import merkle
from app.protocol.merkle import NodeRef

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "merkle"
TESTDATA = VECTORS / "testdata"

# The vector set is strict (hashes that are not 32 bytes are errors), but this one
# file still expects success for 12-byte "roots": the strict verifier rejects it.
# test_equal_sizes_accept_an_empty_proof checks the same case with real hashes.
STRICT_EXCEPTIONS = {"consistency/additional/sizes-are-equal-one-and-proof-is-empty.json"}


def _files(kind: str) -> list[str]:
    return sorted(str(p.relative_to(TESTDATA)) for p in (TESTDATA / kind).rglob("*.json"))


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((TESTDATA / name).read_text(encoding="utf-8"))
    return data


def _b64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _proof(vector: dict[str, Any]) -> list[bytes]:
    return [_b64(h) for h in vector["proof"] or []]


def test_vector_sets_are_present() -> None:
    # A path typo would otherwise parametrize to zero cases and pass.
    assert len(_files("inclusion")) >= 90
    assert len(_files("consistency")) >= 90


# --------------------------------------------------------------- the vectors


@pytest.mark.parametrize("name", _files("inclusion"))
def test_inclusion_vector(name: str) -> None:
    v = _load(name)
    ok = merkle.verify_inclusion(
        v["leafIdx"], v["treeSize"], _b64(v["leafHash"]), _proof(v), _b64(v["root"])
    )
    assert ok is not v["wantErr"], v["desc"]
    if not v["wantErr"]:
        root = merkle.root_from_inclusion(
            v["leafIdx"], v["treeSize"], _b64(v["leafHash"]), _proof(v)
        )
        assert root == _b64(v["root"])


@pytest.mark.parametrize("name", _files("consistency"))
def test_consistency_vector(name: str) -> None:
    v = _load(name)
    ok = merkle.verify_consistency(
        v["size1"], v["size2"], _b64(v["root1"]), _b64(v["root2"]), _proof(v)
    )
    want_ok = not v["wantErr"] and name not in STRICT_EXCEPTIONS
    assert ok is want_ok, v["desc"]


def test_strict_exception_is_only_about_hash_length() -> None:
    for name in STRICT_EXCEPTIONS:
        v = _load(name)
        assert not v["wantErr"]
        assert any(len(_b64(v[k])) != merkle.HASH_BYTES for k in ("root1", "root2"))


def test_equal_sizes_accept_an_empty_proof() -> None:
    r1, r2 = merkle.leaf_hash(b"a"), merkle.leaf_hash(b"b")
    assert merkle.verify_consistency(1, 1, r1, r1, [])
    assert merkle.verify_consistency(5, 5, r2, r2, [])
    assert not merkle.verify_consistency(5, 5, r1, r2, [])
    assert not merkle.verify_consistency(5, 5, r1, r1, [r1])
    # The empty tree is a prefix of everything, so a proof from it proves nothing.
    assert not merkle.verify_consistency(0, 0, merkle.EMPTY_ROOT, merkle.EMPTY_ROOT, [])


@cache
def _reference() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (VECTORS / "reference_tree_rfc6962.json").read_text(encoding="utf-8")
    )
    return data


def _reference_leaves() -> list[bytes]:
    return [merkle.leaf_hash(bytes.fromhex(d)) for d in _reference()["leaves_hex"]]


def test_reference_tree_roots() -> None:
    leaves = _reference_leaves()
    for size, want in _reference()["root_hex_by_size"].items():
        assert merkle.root(leaves[: int(size)]).hex() == want
        assert merkle.root_from_nodes(int(size), _store_lookup(leaves)).hex() == want


def test_reference_hasher_vectors() -> None:
    got = [
        merkle.EMPTY_ROOT,
        merkle.leaf_hash(b""),
        merkle.leaf_hash(b"L123456"),
        merkle.node_hash(b"N123", b"N456"),
    ]
    assert [g.hex() for g in got] == [v["hash"] for v in _reference()["hasher_vectors"]]


def test_generated_proofs_match_the_vectors_happy_paths() -> None:
    # The vectors' trees are prefixes of the reference tree: the proofs generated
    # here must be byte for byte the published ones.
    leaves = _reference_leaves()
    checked = 0
    for name in _files("inclusion"):
        v = _load(name)
        size, index = v["treeSize"], v["leafIdx"]
        if v["wantErr"] or not 0 <= index < size <= len(leaves):
            continue
        if leaves[index] != _b64(v["leafHash"]):
            continue
        assert merkle.inclusion_proof(index, leaves[:size]) == _proof(v), name
        checked += 1
    for name in _files("consistency"):
        v = _load(name)
        size1, size2 = v["size1"], v["size2"]
        if v["wantErr"] or not 0 < size1 <= size2 <= len(leaves):
            continue
        if merkle.root(leaves[:size2]) != _b64(v["root2"]):
            continue
        assert merkle.consistency_proof(size1, leaves[:size2]) == _proof(v), name
        checked += 1
    assert checked >= 8


# ------------------------------------------------- generation and verification

MAX_SIZE = 70


@cache
def _leaves() -> tuple[bytes, ...]:
    return tuple(merkle.leaf_hash(b"receipt %d" % i) for i in range(MAX_SIZE))


@cache
def _root(size: int) -> bytes:
    return merkle.root(_leaves()[:size])


def test_root_of_small_trees_by_hand() -> None:
    a, b, c = (merkle.leaf_hash(x) for x in (b"a", b"b", b"c"))
    assert merkle.root([]) == merkle.EMPTY_ROOT
    assert merkle.root([a]) == a
    assert merkle.root([a, b]) == merkle.node_hash(a, b)
    assert merkle.root([a, b, c]) == merkle.node_hash(merkle.node_hash(a, b), c)


def test_inclusion_proofs_verify_for_every_leaf() -> None:
    leaves = _leaves()
    for size in range(1, MAX_SIZE + 1):
        for index in range(size):
            proof = merkle.inclusion_proof(index, leaves[:size])
            assert merkle.verify_inclusion(index, size, leaves[index], proof, _root(size))
            assert len(proof) <= (size - 1).bit_length()


def test_consistency_proofs_verify_for_every_pair() -> None:
    leaves = _leaves()
    for size2 in range(1, MAX_SIZE + 1):
        for size1 in range(1, size2 + 1):
            proof = merkle.consistency_proof(size1, leaves[:size2])
            assert merkle.verify_consistency(size1, size2, _root(size1), _root(size2), proof)


def _flip(data: bytes, bit: int) -> bytes:
    return data[: bit // 8] + bytes([data[bit // 8] ^ 1 << bit % 8]) + data[bit // 8 + 1 :]


def test_inclusion_rejects_any_change() -> None:
    leaves = _leaves()
    for size in range(1, 20):
        root = _root(size)
        for index in range(size):
            proof = merkle.inclusion_proof(index, leaves[:size])
            leaf = leaves[index]
            for i in range(len(proof)):
                bad = [*proof[:i], _flip(proof[i], 7 * i), *proof[i + 1 :]]
                assert not merkle.verify_inclusion(index, size, leaf, bad, root)
            assert not merkle.verify_inclusion(index, size, _flip(leaf, 0), proof, root)
            assert not merkle.verify_inclusion(index, size, leaf, proof, _flip(root, 255))
            assert not merkle.verify_inclusion(index, size, leaf, [*proof, root], root)
            if proof:
                assert not merkle.verify_inclusion(index, size, leaf, proof[:-1], root)
            if size > 1:
                other = (index + 1) % size
                assert not merkle.verify_inclusion(other, size, leaf, proof, root)


def test_consistency_rejects_any_change() -> None:
    leaves = _leaves()
    for size2 in range(2, 20):
        for size1 in range(1, size2):
            r1, r2 = _root(size1), _root(size2)
            proof = merkle.consistency_proof(size1, leaves[:size2])
            for i in range(len(proof)):
                bad = [*proof[:i], _flip(proof[i], 3 + i), *proof[i + 1 :]]
                assert not merkle.verify_consistency(size1, size2, r1, r2, bad)
            assert not merkle.verify_consistency(size1, size2, _flip(r1, 1), r2, proof)
            assert not merkle.verify_consistency(size1, size2, r1, _flip(r2, 1), proof)
            assert not merkle.verify_consistency(size1, size2, r1, r2, proof[:-1])
            assert not merkle.verify_consistency(size1, size2, r1, r2, [*proof, r1])
            assert not merkle.verify_consistency(size2, size1, r2, r1, proof)


def test_a_proof_does_not_bind_the_tree_size_alone() -> None:
    # Sizes 3 and 4 give leaf 0 paths of the same shape, so the proof checks against
    # size 3's root under either size: it is the signed checkpoint that binds a root
    # hash to its size, and verifiers take both from it.
    leaves = _leaves()
    proof = merkle.inclusion_proof(0, leaves[:3])
    assert merkle.verify_inclusion(0, 4, leaves[0], proof, _root(3))
    cproof = merkle.consistency_proof(1, leaves[:3])
    assert merkle.verify_consistency(1, 4, _root(1), _root(3), cproof)


def test_wrong_lengths_are_false_not_errors() -> None:
    leaves = _leaves()
    proof = merkle.inclusion_proof(3, leaves[:8])
    assert merkle.verify_inclusion(3, 8, leaves[3], proof, _root(8))
    assert not merkle.verify_inclusion(3, 8, leaves[3][:31], proof, _root(8))
    assert not merkle.verify_inclusion(3, 8, leaves[3], proof, _root(8) + b"\x00")
    assert not merkle.verify_inclusion(3, 8, leaves[3], [*proof[:-1], b""], _root(8))
    assert not merkle.verify_inclusion(-1, 8, leaves[3], proof, _root(8))
    assert not merkle.verify_inclusion(0, 0, leaves[0], [], merkle.EMPTY_ROOT)
    cproof = merkle.consistency_proof(3, leaves[:8])
    assert merkle.verify_consistency(3, 8, _root(3), _root(8), cproof)
    assert not merkle.verify_consistency(3, 8, _root(3)[:16], _root(8), cproof)
    assert not merkle.verify_consistency(3, 8, _root(3), _root(8), [b"x" * 33, *cproof[1:]])
    assert not merkle.verify_consistency(-1, 8, _root(3), _root(8), cproof)


def test_generators_refuse_out_of_range() -> None:
    leaves = list(_leaves()[:5])
    for bad_index in (-1, 5):
        with pytest.raises(ValueError):
            merkle.inclusion_proof(bad_index, leaves)
    for bad_size in (0, 6, -1):
        with pytest.raises(ValueError):
            merkle.consistency_proof(bad_size, leaves)
    assert merkle.consistency_proof(5, leaves) == []
    with pytest.raises(ValueError, match="too long"):
        merkle.root_from_inclusion(0, 1, leaves[0], [leaves[1]])


# ------------------------------------------------------------- stored nodes


def _build_store(leaves: tuple[bytes, ...] | list[bytes]) -> dict[NodeRef, bytes]:
    """What the server stores: every subtree hash as appending completes it."""
    store: dict[NodeRef, bytes] = {}
    for i, leaf in enumerate(leaves):

        def lookup(nodes: list[NodeRef]) -> dict[NodeRef, bytes]:
            return {node: store[node] for node in nodes}

        store.update(merkle.append_nodes(i, leaf, lookup))
    return store


def _store_lookup(leaves: list[bytes]) -> merkle.Lookup:
    store = _build_store(leaves)
    return lambda nodes: {node: store[node] for node in nodes}


class CountingLookup:
    """A batch getter over a store that records what each proof asked for."""

    def __init__(self, store: dict[NodeRef, bytes]) -> None:
        self.store = store
        self.calls = 0
        self.requested: list[NodeRef] = []

    def __call__(self, nodes: list[NodeRef]) -> dict[NodeRef, bytes]:
        self.calls += 1
        self.requested.extend(nodes)
        return {node: self.store[node] for node in nodes}


@cache
def _store() -> dict[NodeRef, bytes]:
    return _build_store(_leaves())


def test_store_holds_exactly_the_complete_subtrees() -> None:
    store = _store()
    expected = {
        NodeRef(level, index)
        for level in range(MAX_SIZE.bit_length())
        for index in range(MAX_SIZE >> level)
    }
    assert set(store) == expected
    for node, value in store.items():
        assert node.end <= MAX_SIZE
        assert value == merkle.root(_leaves()[node.start : node.end])


def test_append_completes() -> None:
    assert merkle.append_completes(0) == [NodeRef(0, 0)]
    assert merkle.append_completes(1) == [NodeRef(0, 1), NodeRef(1, 0)]
    assert merkle.append_completes(5) == [NodeRef(0, 5), NodeRef(1, 2)]
    assert merkle.append_completes(7) == [
        NodeRef(0, 7),
        NodeRef(1, 3),
        NodeRef(2, 1),
        NodeRef(3, 0),
    ]
    assert merkle.append_siblings(7) == [NodeRef(0, 6), NodeRef(1, 2), NodeRef(2, 0)]
    assert merkle.append_siblings(4) == []
    # Amortised O(1): fewer than two stored nodes per leaf.
    total = sum(len(merkle.append_completes(i)) for i in range(4096))
    assert total < 2 * 4096
    for i in range(1, 300):
        # Each finished node ends exactly at the new leaf.
        assert all(node.end == i + 1 for node in merkle.append_completes(i))


def test_append_nodes_refuses_a_missing_sibling() -> None:
    with pytest.raises(KeyError):
        merkle.append_nodes(1, _leaves()[1], lambda nodes: {})


def _log_bound(size: int) -> int:
    # One complete subtree per level on the path, plus the at most log2(size)
    # subtrees of the one partial right-edge sibling.
    return 2 * max(size - 1, 1).bit_length()


def test_nodes_agree_with_reference_for_every_size() -> None:
    store = _store()
    for size in range(MAX_SIZE + 1):
        counting = CountingLookup(store)
        assert merkle.root_from_nodes(size, counting) == _root(size)
        assert counting.calls == (1 if size else 0)
        assert len(counting.requested) == bin(size).count("1")


def test_inclusion_from_nodes_agrees_with_reference() -> None:
    leaves, store = _leaves(), _store()
    for size in range(1, MAX_SIZE + 1):
        for index in range(size):
            counting = CountingLookup(store)
            got = merkle.inclusion_proof_from_nodes(index, size, counting)
            assert got == merkle.inclusion_proof(index, leaves[:size])
            assert counting.calls == (1 if size > 1 else 0)
            assert len(counting.requested) == len(set(counting.requested))
            assert len(counting.requested) <= _log_bound(size)
            # Only subtrees already complete at this size: stable in an append-only log.
            assert all(node.end <= size for node in counting.requested)


def test_consistency_from_nodes_agrees_with_reference() -> None:
    leaves, store = _leaves(), _store()
    for size2 in range(1, MAX_SIZE + 1):
        for size1 in range(1, size2 + 1):
            counting = CountingLookup(store)
            got = merkle.consistency_proof_from_nodes(size1, size2, counting)
            assert got == merkle.consistency_proof(size1, leaves[:size2])
            assert counting.calls <= 1
            assert len(counting.requested) <= _log_bound(size2) + 1
            assert all(node.end <= size2 for node in counting.requested)


@pytest.mark.parametrize(
    "size", [2**20, 2**20 + 1, 2**40 - 1, 2**40 + 12345, 2**63 + 5, merkle.MAX_TREE_SIZE]
)
def test_node_counts_stay_logarithmic_for_large_trees(size: int) -> None:
    bound = 2 * size.bit_length() + 1
    for index in (0, 1, size // 3, size - 2, size - 1):
        needed = merkle.nodes_needed(merkle.inclusion_proof_nodes(index, size))
        assert len(needed) <= bound
        assert all(node.end <= size for node in needed)
    for size1 in (1, 2, 3, size // 2, size // 2 + 1, size - 1, size):
        needed = merkle.nodes_needed(merkle.consistency_proof_nodes(size1, size))
        assert len(needed) <= bound
        assert all(node.end <= size for node in needed)


def test_node_helpers() -> None:
    assert merkle.root_nodes(0) == ()
    assert merkle.root_nodes(13) == (NodeRef(3, 0), NodeRef(2, 2), NodeRef(0, 12))
    assert merkle.span_nodes(8, 5) == (NodeRef(2, 2), NodeRef(0, 12))
    with pytest.raises(ValueError):
        merkle.span_nodes(2, 4)
    with pytest.raises(ValueError):
        merkle.span_nodes(0, 0)
    assert NodeRef(3, 2).start == 16 and NodeRef(3, 2).end == 24
    with pytest.raises(KeyError):
        merkle.root_from_nodes(3, lambda nodes: {})
    with pytest.raises(ValueError):
        merkle.inclusion_proof_nodes(3, 3)
    with pytest.raises(ValueError):
        merkle.consistency_proof_nodes(0, 3)
    assert merkle.consistency_proof_nodes(4, 4) == []
