"""RFC 9162 Merkle log: published vectors, a naive reference, proofs, storage costs, tampering."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vault.merkle import (
    EMPTY_ROOT,
    MemoryNodeStore,
    MerkleError,
    MerkleLog,
    MissingNodeError,
    NodeExistsError,
    NodeStore,
    ProofError,
    SQLiteNodeStore,
    TamperedNodeError,
    audit_store,
    leaf_hash,
    node_hash,
    verify_consistency,
    verify_inclusion,
)

# Certificate Transparency test data (transparency-dev/merkle testonly/constants.go).
VECTOR_LEAVES = [
    bytes.fromhex(h)
    for h in [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ]
]
VECTOR_ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
VECTOR_NODES = {
    (0, 1): "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
    (0, 4): "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    (1, 1): "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
    (1, 2): "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
    (1, 3): "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
    (2, 0): "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    (2, 1): "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
}


# --------------------------------------------------------------------------
# Naive reference: RFC 9162 section 2.1 transcribed literally, on lists.
# --------------------------------------------------------------------------


def ref_split(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def ref_mth(leaves: list[bytes]) -> bytes:
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return hashlib.sha256(b"\x00" + leaves[0]).digest()
    k = ref_split(len(leaves))
    return hashlib.sha256(b"\x01" + ref_mth(leaves[:k]) + ref_mth(leaves[k:])).digest()


def ref_path(m: int, leaves: list[bytes]) -> list[bytes]:
    if len(leaves) == 1:
        return []
    k = ref_split(len(leaves))
    if m < k:
        return ref_path(m, leaves[:k]) + [ref_mth(leaves[k:])]
    return ref_path(m - k, leaves[k:]) + [ref_mth(leaves[:k])]


def ref_subproof(m: int, leaves: list[bytes], complete: bool) -> list[bytes]:
    n = len(leaves)
    if m == n:
        return [] if complete else [ref_mth(leaves)]
    k = ref_split(n)
    if m <= k:
        return ref_subproof(m, leaves[:k], complete) + [ref_mth(leaves[k:])]
    return ref_subproof(m - k, leaves[k:], False) + [ref_mth(leaves[:k])]


def ref_proof(m: int, leaves: list[bytes]) -> list[bytes]:
    return ref_subproof(m, leaves, True) if 0 < m < len(leaves) else []


def entries(count: int) -> list[bytes]:
    return [f"entry-{i}".encode() for i in range(count)]


def memory_log(data: list[bytes]) -> MerkleLog:
    log = MerkleLog(MemoryNodeStore())
    for item in data:
        log.append(item)
    return log


MAX_EXHAUSTIVE = 70
DATA = entries(MAX_EXHAUSTIVE)


@pytest.fixture(scope="module")
def big_log() -> MerkleLog:
    return memory_log(DATA)


@pytest.fixture(scope="module")
def ref_roots() -> list[bytes]:
    return [ref_mth(DATA[:n]) for n in range(MAX_EXHAUSTIVE + 1)]


# --------------------------------------------------------------------------
# Published vectors
# --------------------------------------------------------------------------


def test_empty_tree_hash_is_sha256_of_nothing() -> None:
    assert hashlib.sha256(b"").digest() == EMPTY_ROOT
    assert MerkleLog(MemoryNodeStore()).root() == EMPTY_ROOT


def test_leaf_and_node_prefixes() -> None:
    assert leaf_hash(b"") == hashlib.sha256(b"\x00").digest()
    a, b = b"a" * 32, b"b" * 32
    assert node_hash(a, b) == hashlib.sha256(b"\x01" + a + b).digest()


def test_roots_match_published_vectors_for_every_size() -> None:
    log = memory_log(VECTOR_LEAVES)
    for size, expected in enumerate(VECTOR_ROOTS):
        assert log.root(size).hex() == expected


def test_stored_complete_subtrees_match_published_node_hashes() -> None:
    store = MemoryNodeStore()
    log = MerkleLog(store)
    for item in VECTOR_LEAVES:
        log.append(item)
    for key, expected in VECTOR_NODES.items():
        assert store.nodes[key].hex() == expected
    assert store.nodes[(3, 0)].hex() == VECTOR_ROOTS[8]


def test_published_proofs() -> None:
    log = memory_log(VECTOR_LEAVES)
    n = VECTOR_NODES
    assert [p.hex() for p in log.inclusion_proof(0, 8)] == [n[(0, 1)], n[(1, 1)], n[(2, 1)]]
    assert [p.hex() for p in log.inclusion_proof(5, 8)] == [n[(0, 4)], n[(1, 3)], n[(2, 0)]]
    assert [p.hex() for p in log.consistency_proof(2, 8)] == [n[(1, 1)], n[(2, 1)]]
    assert [p.hex() for p in log.consistency_proof(6, 8)] == [n[(1, 2)], n[(1, 3)], n[(2, 0)]]


# --------------------------------------------------------------------------
# Exhaustive comparison with the reference, sizes 1..70
# --------------------------------------------------------------------------


def test_root_matches_reference_for_every_size(big_log: MerkleLog, ref_roots: list[bytes]) -> None:
    for size in range(MAX_EXHAUSTIVE + 1):
        assert big_log.root(size) == ref_roots[size], size


def test_every_inclusion_proof_matches_reference_and_verifies(
    big_log: MerkleLog, ref_roots: list[bytes]
) -> None:
    for size in range(1, MAX_EXHAUSTIVE + 1):
        for index in range(size):
            proof = big_log.inclusion_proof(index, size)
            assert proof == ref_path(index, DATA[:size]), (index, size)
            verify_inclusion(leaf_hash(DATA[index]), index, size, proof, ref_roots[size])


def test_every_consistency_proof_matches_reference_and_verifies(
    big_log: MerkleLog, ref_roots: list[bytes]
) -> None:
    for new in range(MAX_EXHAUSTIVE + 1):
        for old in range(new + 1):
            proof = big_log.consistency_proof(old, new)
            assert proof == ref_proof(old, DATA[:new]), (old, new)
            verify_consistency(old, new, ref_roots[old], ref_roots[new], proof)


def test_inclusion_verification_rejects_every_wrong_claim(big_log: MerkleLog, ref_roots: list[bytes]) -> None:
    for size in range(1, 40):
        for index in range(size):
            proof = big_log.inclusion_proof(index, size)
            leaf, root = leaf_hash(DATA[index]), ref_roots[size]
            wrong_claims = [
                (leaf_hash(b"forged"), index, size, proof, root),
                (leaf, index, size, proof, ref_roots[size - 1]),
                (leaf, index, size + 1, proof, ref_roots[size + 1]),
                (leaf, index, size, [*proof, leaf], root),
            ]
            if index + 1 < size:
                wrong_claims.append((leaf, index + 1, size, proof, root))
            if proof:
                wrong_claims.append((leaf, index, size, proof[:-1], root))
                flipped = bytes([proof[0][0] ^ 1]) + proof[0][1:]
                wrong_claims.append((leaf, index, size, [flipped, *proof[1:]], root))
            for claim in wrong_claims:
                with pytest.raises(ProofError):
                    verify_inclusion(*claim)


def test_consistency_verification_rejects_wrong_claims(big_log: MerkleLog, ref_roots: list[bytes]) -> None:
    for new in range(2, 40):
        for old in range(1, new):
            proof = big_log.consistency_proof(old, new)
            r_old, r_new = ref_roots[old], ref_roots[new]
            bogus = hashlib.sha256(b"bogus").digest()
            wrong_claims = [
                (old, new, bogus, r_new, proof),
                (old, new, r_old, bogus, proof),
                (old, new, r_old, r_new, proof[:-1]),
                (old, new, r_old, r_new, [*proof, bogus]),
                (old, new, r_old, r_new, []),
                (old + 1, new, r_old, r_new, proof),
                (new, old, r_new, r_old, proof),
            ]
            for claim in wrong_claims:
                with pytest.raises(ProofError):
                    verify_consistency(*claim)


def test_edge_cases_of_consistency() -> None:
    root = hashlib.sha256(b"x").digest()
    verify_consistency(0, 5, EMPTY_ROOT, root, [])
    verify_consistency(5, 5, root, root, [])
    with pytest.raises(ProofError):
        verify_consistency(5, 5, root, EMPTY_ROOT, [])
    with pytest.raises(ProofError):
        verify_consistency(0, 5, EMPTY_ROOT, root, [root])


@settings(max_examples=30, deadline=None)
@given(size=st.integers(min_value=1, max_value=600), data=st.data())
def test_random_larger_trees_agree_with_reference(size: int, data: st.DataObject) -> None:
    leaves = entries(size)
    log = MerkleLog(MemoryNodeStore())
    log.append_many(leaves)
    index = data.draw(st.integers(min_value=0, max_value=size - 1))
    old = data.draw(st.integers(min_value=0, max_value=size))
    assert log.root() == ref_mth(leaves)
    assert log.inclusion_proof(index) == ref_path(index, leaves)
    assert log.consistency_proof(old) == ref_proof(old, leaves)


# --------------------------------------------------------------------------
# Storage: costs, batching, both stores, append-only
# --------------------------------------------------------------------------


class CountingStore:
    """Wraps a store and counts round trips and keys, to prove O(log n) costs."""

    def __init__(self, inner: NodeStore) -> None:
        self.inner = inner
        self.calls = 0
        self.keys_read = 0
        self.nodes_written = 0

    def get_many(self, keys):  # type: ignore[no-untyped-def]
        keys = list(keys)
        self.calls += 1
        self.keys_read += len(keys)
        return self.inner.get_many(keys)

    def put_many(self, nodes):  # type: ignore[no-untyped-def]
        self.calls += 1
        self.nodes_written += len(nodes)
        self.inner.put_many(nodes)

    def leaf_count(self) -> int:
        return self.inner.leaf_count()


def test_stores_satisfy_the_protocol() -> None:
    assert isinstance(MemoryNodeStore(), NodeStore)
    assert isinstance(SQLiteNodeStore(), NodeStore)


def test_append_and_proofs_cost_one_round_trip_and_log_n_keys() -> None:
    counting = CountingStore(MemoryNodeStore())
    log = MerkleLog(counting)
    size = 5000
    log.append_many(entries(size - 1))
    counting.calls = counting.keys_read = counting.nodes_written = 0
    log.append(b"last")  # index 4999: binary 1001110000111 has 3 trailing ones
    assert counting.calls == 2  # one batched read, one batched write
    assert counting.keys_read == 3
    assert counting.nodes_written == 4
    bound = 2 * size.bit_length() + 2
    for operation in (
        lambda: log.root(3333),
        lambda: log.inclusion_proof(1234, 4999),
        lambda: log.consistency_proof(1717, 4321),
    ):
        counting.calls = counting.keys_read = 0
        operation()
        assert counting.calls == 1
        assert counting.keys_read <= bound


def test_sqlite_store_gives_same_tree_as_memory(tmp_path) -> None:  # type: ignore[no-untyped-def]
    sqlite_log = MerkleLog(SQLiteNodeStore(str(tmp_path / "log.db")))
    for item in DATA[:37]:
        sqlite_log.append(item)
    sqlite_log.append_many(DATA[37:])
    memory = memory_log(DATA)
    assert sqlite_log.size == memory.size == MAX_EXHAUSTIVE
    assert sqlite_log.root() == memory.root()
    assert sqlite_log.inclusion_proof(42, 61) == memory.inclusion_proof(42, 61)
    assert sqlite_log.consistency_proof(13, 70) == memory.consistency_proof(13, 70)
    reopened = MerkleLog(SQLiteNodeStore(str(tmp_path / "log.db")))
    assert reopened.root() == memory.root()


@pytest.mark.parametrize("store_factory", [MemoryNodeStore, SQLiteNodeStore])
def test_store_refuses_to_overwrite(store_factory) -> None:  # type: ignore[no-untyped-def]
    store = store_factory()
    store.put_many({(0, 0): b"a" * 32})
    with pytest.raises(NodeExistsError):
        store.put_many({(0, 1): b"b" * 32, (0, 0): b"c" * 32})
    assert store.get_many([(0, 0), (0, 1)]) == {(0, 0): b"a" * 32}
    assert store.leaf_count() == 1


def test_sizes_beyond_the_log_are_refused() -> None:
    log = memory_log(DATA[:5])
    with pytest.raises(MerkleError):
        log.root(6)
    with pytest.raises(MerkleError):
        log.inclusion_proof(5, 5)
    with pytest.raises(MerkleError):
        log.consistency_proof(3, 6)


# --------------------------------------------------------------------------
# Tampering is detected by recomputation
# --------------------------------------------------------------------------


def test_tampered_inner_node_is_found_by_audit_and_breaks_proofs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = SQLiteNodeStore(str(tmp_path / "log.db"))
    log = MerkleLog(store)
    log.append_many(DATA)
    signed_root = log.root()
    assert audit_store(store, entries=enumerate(DATA)) > 0

    store.overwrite_for_test((2, 3), hashlib.sha256(b"attacker").digest())
    with pytest.raises(TamperedNodeError, match=r"\(2, 3\)"):
        audit_store(store)
    # Node (2, 3) covers leaves 12..15 and is the level-2 sibling on leaf 8's path.
    proof = log.inclusion_proof(8, 70)
    with pytest.raises(ProofError):
        verify_inclusion(leaf_hash(DATA[8]), 8, 70, proof, signed_root)


def test_tampered_leaf_is_found_by_audit_against_entries() -> None:
    store = MemoryNodeStore()
    log = MerkleLog(store)
    log.append_many(DATA[:10])
    store.nodes[(0, 4)] = leaf_hash(b"a different entry")
    with pytest.raises(TamperedNodeError):
        audit_store(store, entries=enumerate(DATA[:10]))


def test_changed_entry_bytes_fail_inclusion_against_signed_root() -> None:
    log = memory_log(DATA[:10])
    root, proof = log.root(), log.inclusion_proof(4)
    changed = DATA[4][:-1] + bytes([DATA[4][-1] ^ 1])
    with pytest.raises(ProofError):
        verify_inclusion(leaf_hash(changed), 4, 10, proof, root)


def test_missing_node_is_reported() -> None:
    store = MemoryNodeStore()
    log = MerkleLog(store)
    log.append_many(DATA[:8])
    del store.nodes[(2, 1)]
    with pytest.raises(MissingNodeError):
        log.inclusion_proof(0, 8)
