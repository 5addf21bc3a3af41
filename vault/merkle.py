"""Append-only Merkle log with RFC 9162 hashing, proofs and proof verification.

Why this shape: evidence must be provably unaltered years later, by people who
do not trust our server. An RFC 9162 (Certificate Transparency v2) tree gives
short proofs that one entry is in the log (inclusion) and that a later log
still contains everything an earlier one did (consistency), using hashing any
independent implementation reproduces.

Storage is abstract (``NodeStore``). Only hashes of *complete* subtrees are
stored, keyed ``(level, index)``: level 0 holds leaf hashes, and node
``(level, index)`` covers leaves ``[index * 2**level, (index + 1) * 2**level)``.
Such a node never changes once written, so the store is append-only. Any tree
head or proof, at any size, is assembled from O(log n) of these nodes fetched
in a single batched read; nothing ever loads the whole log.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from vault import VaultError

HASH_SIZE = 32
LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
EMPTY_ROOT = hashlib.sha256(b"").digest()

NodeKey = tuple[int, int]
"""``(level, index)`` of a complete subtree; level 0 is a leaf."""


class MerkleError(VaultError):
    """Base class for Merkle log errors."""


class ProofError(MerkleError):
    """A proof does not verify; the message says which check failed."""


class MissingNodeError(MerkleError):
    """The store lacks a node the tree shape says must exist (store damaged)."""


class TamperedNodeError(MerkleError):
    """A stored hash differs from the hash recomputed from its children or entry."""


class NodeExistsError(MerkleError):
    """An append tried to overwrite a stored node; the log is append-only."""


# --------------------------------------------------------------------------
# Hashing (RFC 9162 section 2.1.1)
# --------------------------------------------------------------------------


def leaf_hash(entry: bytes) -> bytes:
    """Hash a log entry as a leaf: SHA-256(0x00 || entry)."""
    return hashlib.sha256(LEAF_PREFIX + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """Hash two children into their parent: SHA-256(0x01 || left || right)."""
    return hashlib.sha256(NODE_PREFIX + left + right).digest()


def split_point(size: int) -> int:
    """Largest power of two strictly smaller than ``size`` (the RFC's k), size >= 2."""
    return 1 << ((size - 1).bit_length() - 1)


def fold_subtree_hashes(hashes: Sequence[bytes]) -> bytes:
    """Combine complete-subtree hashes (largest first) into the MTH of their range.

    The RFC splits a range at the largest power of two below its size, so the
    left part is always one complete subtree; folding from the right therefore
    reproduces MTH exactly for sizes that are not powers of two.
    """
    if not hashes:
        return EMPTY_ROOT
    result = hashes[-1]
    for left in reversed(hashes[:-1]):
        result = node_hash(left, result)
    return result


def complete_subtrees(start: int, end: int) -> list[NodeKey]:
    """Keys of the complete subtrees that tile leaves ``[start, end)``, largest first.

    ``start`` must be aligned as it is for every range the RFC recursion
    produces (a multiple of the smallest power of two >= the range size).
    """
    keys: list[NodeKey] = []
    while start < end:
        level = (end - start).bit_length() - 1
        if start:
            level = min(level, (start & -start).bit_length() - 1)
        keys.append((level, start >> level))
        start += 1 << level
    return keys


# --------------------------------------------------------------------------
# Storage protocol and two implementations
# --------------------------------------------------------------------------


@runtime_checkable
class NodeStore(Protocol):
    """Where complete-subtree hashes live. Every method is one round trip.

    Implementations must make ``put_many`` atomic (all nodes or none) and must
    refuse to overwrite an existing key (raise ``NodeExistsError`` or their own
    integrity error), so two concurrent appenders cannot both claim an index.
    """

    def get_many(self, keys: Iterable[NodeKey]) -> dict[NodeKey, bytes]:
        """Return the hashes stored under ``keys``; absent keys are simply left out."""
        ...

    def put_many(self, nodes: Mapping[NodeKey, bytes]) -> None:
        """Store new nodes atomically, never overwriting."""
        ...

    def leaf_count(self) -> int:
        """Number of leaves (level-0 nodes) stored, i.e. the current tree size."""
        ...


class MemoryNodeStore:
    """Dictionary-backed store for tests and for building trees in memory."""

    def __init__(self) -> None:
        self.nodes: dict[NodeKey, bytes] = {}
        self._leaves = 0
        self.reads = 0
        self.writes = 0

    def get_many(self, keys: Iterable[NodeKey]) -> dict[NodeKey, bytes]:
        self.reads += 1
        return {key: self.nodes[key] for key in keys if key in self.nodes}

    def put_many(self, nodes: Mapping[NodeKey, bytes]) -> None:
        clashes = [key for key in nodes if key in self.nodes]
        if clashes:
            raise NodeExistsError(f"refusing to overwrite stored node(s) {clashes}")
        self.writes += 1
        self.nodes.update(nodes)
        self._leaves += sum(1 for level, _ in nodes if level == 0)

    def leaf_count(self) -> int:
        return self._leaves


class SQLiteNodeStore:
    """Stdlib sqlite3 store, the same ``(level, index, hash)`` shape a Django model uses."""

    _MAX_KEYS_PER_QUERY = 400  # stays under SQLite's bound-parameter limit

    def __init__(self, database: str | sqlite3.Connection = ":memory:") -> None:
        if isinstance(database, sqlite3.Connection):
            self.connection = database
        else:
            self.connection = sqlite3.connect(database, isolation_level=None)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS merkle_node ("
            " level INTEGER NOT NULL, idx INTEGER NOT NULL, hash BLOB NOT NULL,"
            " PRIMARY KEY (level, idx)) WITHOUT ROWID"
        )

    def get_many(self, keys: Iterable[NodeKey]) -> dict[NodeKey, bytes]:
        keys = list(dict.fromkeys(keys))
        found: dict[NodeKey, bytes] = {}
        for start in range(0, len(keys), self._MAX_KEYS_PER_QUERY):
            chunk = keys[start : start + self._MAX_KEYS_PER_QUERY]
            where = " OR ".join(["(level = ? AND idx = ?)"] * len(chunk))
            params = [part for key in chunk for part in key]
            rows = self.connection.execute(
                f"SELECT level, idx, hash FROM merkle_node WHERE {where}",  # noqa: S608
                params,
            )
            found.update({(level, idx): bytes(value) for level, idx, value in rows})
        return found

    def put_many(self, nodes: Mapping[NodeKey, bytes]) -> None:
        rows = [(level, idx, value) for (level, idx), value in nodes.items()]
        try:
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.executemany("INSERT INTO merkle_node (level, idx, hash) VALUES (?, ?, ?)", rows)
            self.connection.execute("COMMIT")
        except sqlite3.IntegrityError as error:
            self.connection.execute("ROLLBACK")
            raise NodeExistsError(f"refusing to overwrite a stored node: {error}") from error
        except BaseException:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise

    def leaf_count(self) -> int:
        row = self.connection.execute(
            "SELECT COALESCE(MAX(idx) + 1, 0) FROM merkle_node WHERE level = 0"
        ).fetchone()
        return int(row[0])

    def overwrite_for_test(self, key: NodeKey, value: bytes) -> None:
        """Simulate an attacker with database access (tests only)."""
        self.connection.execute("UPDATE merkle_node SET hash = ? WHERE level = ? AND idx = ?", (value, *key))


# --------------------------------------------------------------------------
# Proof plans: which ranges a proof needs (pure arithmetic, no storage)
# --------------------------------------------------------------------------

Range = tuple[int, int]


def inclusion_proof_ranges(index: int, size: int) -> list[Range]:
    """Leaf ranges whose MTH form PATH(index, D[0:size]) (RFC 9162 section 2.1.3.1)."""
    if not 0 <= index < size:
        raise MerkleError(f"leaf index {index} is outside a tree of size {size}")
    ranges: list[Range] = []
    start, end = 0, size
    while end - start > 1:
        k = split_point(end - start)
        if index < start + k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            start = start + k
    ranges.reverse()  # the RFC lists the deepest sibling first
    return ranges


def consistency_proof_ranges(old_size: int, new_size: int) -> list[Range]:
    """Leaf ranges whose MTH form PROOF(old_size, D[0:new_size]) (RFC 9162 section 2.1.4.1)."""
    if not 0 <= old_size <= new_size:
        raise MerkleError(f"cannot prove consistency from size {old_size} to {new_size}")
    if old_size in (0, new_size):
        return []
    ranges: list[Range] = []
    start, end, m, started_complete = 0, new_size, old_size, True
    while m != end - start:
        k = split_point(end - start)
        if m <= k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            m -= k
            start = start + k
            started_complete = False
    if not started_complete:
        ranges.append((start, end))
    ranges.reverse()
    return ranges


# --------------------------------------------------------------------------
# The log
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class TreeHead:
    """A tree size and its root hash: what a checkpoint signs."""

    size: int
    root_hash: bytes


class MerkleLog:
    """An append-only RFC 9162 log over any ``NodeStore``.

    The caller serialises appends (e.g. a row lock in the database); the store's
    no-overwrite rule turns a lost race into an error rather than a fork.
    """

    def __init__(self, store: NodeStore) -> None:
        self.store = store

    @property
    def size(self) -> int:
        """Current number of leaves."""
        return self.store.leaf_count()

    def append(self, entry: bytes) -> int:
        """Append an entry and return its leaf index (one read, one write)."""
        return self.append_leaf_hash(leaf_hash(entry))

    def append_leaf_hash(self, new_leaf_hash: bytes) -> int:
        """Append an already-hashed leaf; stores it and every parent it completes."""
        _check_hash(new_leaf_hash)
        index = self.store.leaf_count()
        sibling_keys = _left_siblings_completed_by(index)
        siblings = self._fetch(sibling_keys)
        new_nodes: dict[NodeKey, bytes] = {(0, index): new_leaf_hash}
        current = new_leaf_hash
        for level, key in enumerate(sibling_keys):
            current = node_hash(siblings[key], current)
            new_nodes[(level + 1, index >> (level + 1))] = current
        self.store.put_many(new_nodes)
        return index

    def append_many(self, entries: Iterable[bytes]) -> range:
        """Append several entries in one atomic write; returns their indexes."""
        start = self.store.leaf_count()
        known = self._fetch(complete_subtrees(0, start))
        new_nodes: dict[NodeKey, bytes] = {}
        index = start
        for entry in entries:
            current = leaf_hash(entry)
            new_nodes[(0, index)] = current
            for level, key in enumerate(_left_siblings_completed_by(index)):
                left = new_nodes.get(key) or known[key]
                current = node_hash(left, current)
                new_nodes[(level + 1, index >> (level + 1))] = current
            index += 1
        if new_nodes:
            self.store.put_many(new_nodes)
        return range(start, index)

    def root(self, size: int | None = None) -> bytes:
        """MTH of the first ``size`` leaves (default: the whole log)."""
        size = self._checked_size(size)
        keys = complete_subtrees(0, size)
        nodes = self._fetch(keys)
        return fold_subtree_hashes([nodes[key] for key in keys])

    def tree_head(self, size: int | None = None) -> TreeHead:
        """Size and root together, ready to be put in a checkpoint."""
        size = self._checked_size(size)
        return TreeHead(size=size, root_hash=self.root(size))

    def leaf_hash_at(self, index: int) -> bytes:
        """The stored leaf hash at ``index``."""
        return self._fetch([(0, index)])[(0, index)]

    def inclusion_proof(self, index: int, size: int | None = None) -> list[bytes]:
        """Audit path proving leaf ``index`` is in the tree of ``size`` leaves."""
        size = self._checked_size(size)
        return self._hashes_of_ranges(inclusion_proof_ranges(index, size))

    def consistency_proof(self, old_size: int, new_size: int | None = None) -> list[bytes]:
        """Proof that the tree of ``old_size`` leaves is a prefix of ``new_size``."""
        new_size = self._checked_size(new_size)
        return self._hashes_of_ranges(consistency_proof_ranges(old_size, new_size))

    def _checked_size(self, size: int | None) -> int:
        current = self.store.leaf_count()
        if size is None:
            return current
        if not 0 <= size <= current:
            raise MerkleError(f"tree size {size} requested but the log holds {current} leaves")
        return size

    def _hashes_of_ranges(self, ranges: list[Range]) -> list[bytes]:
        plans = [complete_subtrees(start, end) for start, end in ranges]
        nodes = self._fetch([key for plan in plans for key in plan])
        return [fold_subtree_hashes([nodes[key] for key in plan]) for plan in plans]

    def _fetch(self, keys: list[NodeKey]) -> dict[NodeKey, bytes]:
        if not keys:
            return {}
        nodes = self.store.get_many(keys)
        missing = [key for key in keys if key not in nodes]
        if missing:
            raise MissingNodeError(f"node store is missing node(s) {missing[:5]}")
        return nodes


def _left_siblings_completed_by(index: int) -> list[NodeKey]:
    """Left siblings that appending leaf ``index`` pairs with, lowest level first."""
    keys = []
    level = 0
    while (index >> level) & 1:
        keys.append((level, (index >> level) - 1))
        level += 1
    return keys


def _check_hash(value: bytes) -> None:
    if not isinstance(value, bytes | bytearray) or len(value) != HASH_SIZE:
        raise MerkleError("a hash must be 32 bytes")


# --------------------------------------------------------------------------
# Verification (RFC 9162 sections 2.1.3.2 and 2.1.4.2)
# --------------------------------------------------------------------------


def root_from_inclusion_proof(leaf: bytes, index: int, size: int, proof: Sequence[bytes]) -> bytes:
    """Recompute the root an inclusion proof leads to; raises if the proof is malformed."""
    if not 0 <= index < size:
        raise ProofError(f"leaf index {index} is outside a tree of size {size}")
    _check_proof_hashes(proof)
    fn, sn, result = index, size - 1, leaf
    for sibling in proof:
        if sn == 0:
            raise ProofError(f"inclusion proof has too many hashes ({len(proof)})")
        if fn & 1 or fn == sn:
            result = node_hash(sibling, result)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            result = node_hash(result, sibling)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError(f"inclusion proof has too few hashes ({len(proof)})")
    return result


def verify_inclusion(leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes) -> None:
    """Raise ``ProofError`` unless ``leaf`` is at ``index`` in the tree with ``root``."""
    computed = root_from_inclusion_proof(leaf, index, size, proof)
    if computed != root:
        raise ProofError(
            f"inclusion proof for leaf {index} leads to root {computed.hex()}, "
            f"not the expected root {root.hex()} of the tree of size {size}"
        )


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> None:
    """Raise ``ProofError`` unless the old tree is a prefix of the new tree."""
    _check_proof_hashes(proof)
    if not 0 <= old_size <= new_size:
        raise ProofError(f"old size {old_size} is larger than new size {new_size}")
    if old_size == new_size:
        if proof:
            raise ProofError("consistency proof between equal sizes must be empty")
        if old_root != new_root:
            raise ProofError(f"different roots for the same tree size {old_size}")
        return
    if old_size == 0:
        if proof:
            raise ProofError("consistency proof from the empty tree must be empty")
        return
    if not proof:
        raise ProofError("consistency proof is empty")
    path = list(proof)
    if old_size & (old_size - 1) == 0:  # exact power of two: old root is a node
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    first_root = second_root = path[0]
    for node in path[1:]:
        if sn == 0:
            raise ProofError(f"consistency proof has too many hashes ({len(proof)})")
        if fn & 1 or fn == sn:
            first_root = node_hash(node, first_root)
            second_root = node_hash(node, second_root)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            second_root = node_hash(second_root, node)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError(f"consistency proof has too few hashes ({len(proof)})")
    if first_root != old_root:
        raise ProofError(f"consistency proof does not reproduce the old root at size {old_size}")
    if second_root != new_root:
        raise ProofError(f"consistency proof does not reproduce the new root at size {new_size}")


def _check_proof_hashes(proof: Sequence[bytes]) -> None:
    if any(not isinstance(item, bytes | bytearray) or len(item) != HASH_SIZE for item in proof):
        raise ProofError("every proof hash must be 32 bytes")


# --------------------------------------------------------------------------
# Audit: recompute stored nodes to find tampering (reads in batches)
# --------------------------------------------------------------------------


def audit_store(
    store: NodeStore,
    size: int | None = None,
    entries: Iterable[tuple[int, bytes]] | None = None,
    batch_size: int = 2048,
) -> int:
    """Recompute every stored parent from its children; raise on the first mismatch.

    This is the periodic integrity sweep, not part of proof generation, so it
    may read everything, but it does so in bounded batches. If ``entries``
    (``(index, entry_bytes)`` pairs) are given, leaf hashes are checked against
    them as well. Returns the number of nodes checked.
    """
    size = store.leaf_count() if size is None else size
    checked = 0
    if entries is not None:
        checked += _audit_leaves(store, entries, batch_size)
    level = 0
    while (size >> (level + 1)) > 0:
        parents = size >> (level + 1)
        for first in range(0, parents, batch_size):
            indexes = range(first, min(parents, first + batch_size))
            checked += _audit_parent_batch(store, level, indexes)
        level += 1
    return checked


def _audit_parent_batch(store: NodeStore, level: int, parent_indexes: range) -> int:
    keys = [(level + 1, i) for i in parent_indexes]
    keys += [(level, 2 * i + side) for i in parent_indexes for side in (0, 1)]
    nodes = store.get_many(keys)
    for i in parent_indexes:
        parent_key = (level + 1, i)
        try:
            expected = node_hash(nodes[(level, 2 * i)], nodes[(level, 2 * i + 1)])
            stored = nodes[parent_key]
        except KeyError as missing:
            raise MissingNodeError(f"node store is missing node {missing.args[0]}") from None
        if stored != expected:
            raise TamperedNodeError(f"stored node {parent_key} does not match the hash of its children")
    return len(parent_indexes)


def _audit_leaves(store: NodeStore, entries: Iterable[tuple[int, bytes]], batch_size: int) -> int:
    checked = 0
    batch: list[tuple[int, bytes]] = []
    for item in entries:
        batch.append(item)
        if len(batch) >= batch_size:
            checked += _audit_leaf_batch(store, batch)
            batch = []
    if batch:
        checked += _audit_leaf_batch(store, batch)
    return checked


def _audit_leaf_batch(store: NodeStore, batch: list[tuple[int, bytes]]) -> int:
    nodes = store.get_many([(0, index) for index, _ in batch])
    for index, entry in batch:
        if nodes.get((0, index)) != leaf_hash(entry):
            raise TamperedNodeError(f"stored leaf {index} does not match the hash of its entry")
    return len(batch)
