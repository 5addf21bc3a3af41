"""Evidence vault benchmark: log appends, proof cost at scale, bundle build and verify.

Run from the repository root:

    .venv/bin/python benchmarks/bench_vault.py [--entries 100000] [--files 1000]

It prints figures; it asserts nothing beyond proofs verifying. Why: the log must
stay cheap per append and per proof as it grows for years, and an export of a
large case must build and verify in reasonable time.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vault.bundle import EvidenceFile, verify_bundle, write_bundle  # noqa: E402
from vault.checkpoint import generate_signing_key, make_checkpoint, sign_checkpoint  # noqa: E402
from vault.entries import build_entry  # noqa: E402
from vault.merkle import (  # noqa: E402
    MerkleLog,
    SQLiteNodeStore,
    leaf_hash,
    verify_consistency,
    verify_inclusion,
)

ORIGIN = "bench.esafety.example/vault"
CASE = "BENCH-0001"
NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
FILE_SIZE = 16 * 1024


def evidence_content(index: int) -> bytes:
    return PNG_HEADER + random.Random(index).randbytes(FILE_SIZE)


def entry_bytes(index: int, with_content: bool) -> bytes:
    content = evidence_content(index) if with_content else b"filler %d" % index
    return build_entry(
        object_sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
        media_type="image/png" if with_content else "text/plain",
        case_ref=CASE if with_content else "OTHER",
        recorded_by="staff:1",
        recorded_at=NOW,
        log_index=index,
    ).to_bytes()


def timed(operation: Callable[[], object], repeat: int) -> float:
    """Mean seconds per call."""
    start = time.perf_counter()
    for _ in range(repeat):
        operation()
    return (time.perf_counter() - start) / repeat


def bench_appends(log: MerkleLog, total: int, bundle_indexes: set[int]) -> dict[int, bytes]:
    kept: dict[int, bytes] = {}
    start = time.perf_counter()
    for index in range(total):
        entry = entry_bytes(index, index in bundle_indexes)
        if index in bundle_indexes:
            kept[index] = entry
        log.append(entry)
    elapsed = time.perf_counter() - start
    print(f"Appended {total:,} entries one transaction each (SQLite file, WAL)")
    print(f"  {elapsed:.1f} s, {total / elapsed:,.0f} appends/s, {elapsed / total * 1e6:.0f} µs/append")
    return kept


def bench_batch_append(total: int, directory: Path) -> None:
    log = MerkleLog(SQLiteNodeStore(str(directory / "batch.db")))
    entries = [b"batch entry %d" % i for i in range(total)]
    start = time.perf_counter()
    for first in range(0, total, 1000):
        log.append_many(entries[first : first + 1000])
    elapsed = time.perf_counter() - start
    print(f"  for comparison, append_many in batches of 1,000: {total / elapsed:,.0f} entries/s")


def bench_proofs(log: MerkleLog) -> None:
    size = log.size
    root = log.root()
    rng = random.Random(7)
    indexes = [rng.randrange(size) for _ in range(500)]
    old_sizes = [rng.randrange(1, size) for _ in range(500)]
    print(f"\nTree size {size:,} (log2 = {math.log2(size):.1f}), root {root.hex()[:16]}...")
    print(f"  root hash at full size: {timed(lambda: log.root(), 200) * 1e3:.3f} ms")

    inclusion_time = timed(lambda: log.inclusion_proof(rng.choice(indexes), size), 500)
    lengths = [len(log.inclusion_proof(i, size)) for i in indexes[:100]]
    sample = indexes[0]
    proof = log.inclusion_proof(sample, size)
    verify_time = timed(lambda: verify_inclusion(log.leaf_hash_at(sample), sample, size, proof, root), 500)
    print(
        f"  inclusion proof:   {inclusion_time * 1e3:.3f} ms to build, "
        f"{min(lengths)}-{max(lengths)} hashes = {max(lengths) * 32} bytes "
        f"(ceil(log2 n) = {math.ceil(math.log2(size))}); verify {verify_time * 1e6:.0f} µs"
    )

    consistency_time = timed(lambda: log.consistency_proof(rng.choice(old_sizes), size), 500)
    c_lengths = [len(log.consistency_proof(old, size)) for old in old_sizes[:100]]
    old = old_sizes[0]
    c_proof = log.consistency_proof(old, size)
    old_root = log.root(old)
    c_verify = timed(lambda: verify_consistency(old, size, old_root, root, c_proof), 500)
    print(
        f"  consistency proof: {consistency_time * 1e3:.3f} ms to build, "
        f"{min(c_lengths)}-{max(c_lengths)} hashes = up to {max(c_lengths) * 32} bytes; "
        f"verify {c_verify * 1e6:.0f} µs"
    )
    for probe in sorted({p for p in (1_000, 10_000, size) if p <= size}):
        print(
            f"    size {probe:>7,}: inclusion proof of leaf 0 has {len(log.inclusion_proof(0, probe))} hashes"
        )


def bench_bundle(log: MerkleLog, kept: dict[int, bytes], directory: Path) -> None:
    key = generate_signing_key(ORIGIN)
    head = log.tree_head()
    note = sign_checkpoint(make_checkpoint(ORIGIN, head.size, head.root_hash, NOW), key)
    start = time.perf_counter()
    evidence = [
        EvidenceFile(evidence_content(index), entry, log.inclusion_proof(index, head.size))
        for index, entry in sorted(kept.items())
    ]
    gathered = time.perf_counter() - start
    target = directory / "bundle.zip"
    start = time.perf_counter()
    write_bundle(
        target,
        case_ref=CASE,
        created_at=NOW,
        evidence=evidence,
        checkpoint_note=note,
        signing_key=key,
    )
    built = time.perf_counter() - start
    start = time.perf_counter()
    report = verify_bundle(target, key.verifier.encode())
    verified = time.perf_counter() - start
    assert report.ok, report.problems[:3]
    assert leaf_hash(evidence[0].entry) == log.leaf_hash_at(min(kept))
    megabytes = target.stat().st_size / 1e6
    print(f"\nBundle of {len(evidence):,} files ({FILE_SIZE // 1024} KB each, {megabytes:.1f} MB zip)")
    print(f"  fetch {len(evidence):,} inclusion proofs from SQLite: {gathered:.2f} s")
    print(f"  build (checks every proof and hash, writes ZIP): {built:.2f} s")
    print(f"  verify (everything esafety-verify checks):       {verified:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=1_000)
    args = parser.parse_args()
    step = max(1, args.entries // args.files)
    bundle_indexes = set(range(0, args.entries, step)[: args.files])
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        log = MerkleLog(SQLiteNodeStore(str(directory / "log.db")))
        kept = bench_appends(log, args.entries, bundle_indexes)
        bench_batch_append(args.entries, directory)
        bench_proofs(log)
        bench_bundle(log, kept, directory)
        database = directory / "log.db"
        print(f"\nSQLite database: {database.stat().st_size / 1e6:.1f} MB for {log.size:,} leaves")


if __name__ == "__main__":
    main()
