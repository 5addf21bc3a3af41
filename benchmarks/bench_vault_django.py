"""Evidence vault benchmark against the Django models (LogNode store, full deposit path).

Run from the repository root:

    .venv/bin/python benchmarks/bench_vault_django.py [--entries 100000] [--files 1000]
        [--database-url postgres://postgres@127.0.0.1:5432/bench_vault]

It uses a throw-away database (a temporary SQLite file unless --database-url names one) and a
temporary media directory, never the platform's own: the log is append-only, so benchmark
entries must never reach a real vault. It prints figures and asserts only that proofs verify.
"""

from __future__ import annotations

import argparse
import base64
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]


def configure(directory: Path, database_url: str | None) -> None:
    from vault.checkpoint import generate_signing_key
    from vault.crypto import generate_master_key

    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{directory / 'bench.sqlite3'}"
    os.environ["ESAFETY_VAR_DIR"] = str(directory)
    os.environ["VAULT_MASTER_KEY"] = base64.b64encode(generate_master_key()).decode()
    os.environ["VAULT_SIGNING_KEY"] = generate_signing_key("bench.esafety.example/vault").encode()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "esafety.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def bench_log_appends(total: int, one_by_one: int, bundle_indexes: set[int]) -> dict[int, bytes]:
    """The first `one_by_one` entries each in its own locked transaction (how deposits append),
    the rest in locked batches of 1,000 (bulk import), so the log reaches `total` in minutes."""
    from bench_vault import entry_bytes
    from django.db import transaction

    from vault.services import _lock_the_log, the_log

    kept = {index: entry_bytes(index, True) for index in bundle_indexes}
    entry = lambda index: kept.get(index) or entry_bytes(index, False)  # noqa: E731
    single = min(one_by_one, total)
    start = time.perf_counter()
    for index in range(single):
        with transaction.atomic():
            _lock_the_log()
            the_log().append(entry(index))
    elapsed = time.perf_counter() - start
    print(f"Appended {single:,} entries to the Django LogNode store, one locked transaction each")
    print(f"  {elapsed:.1f} s, {single / elapsed:,.0f} appends/s, {elapsed / single * 1e3:.1f} ms/append")
    start = time.perf_counter()
    for first in range(single, total, 1000):
        with transaction.atomic():
            _lock_the_log()
            the_log().append_many(entry(index) for index in range(first, min(total, first + 1000)))
    elapsed = time.perf_counter() - start
    if total > single:
        rest = total - single
        print(
            f"Appended {rest:,} more in locked batches of 1,000: "
            f"{elapsed:.1f} s, {rest / elapsed:,.0f} entries/s"
        )
    return kept


def bench_deposits(count: int) -> None:
    from tests.vault.files import png
    from vault.services import deposit

    start = time.perf_counter()
    for index in range(count):
        deposit(png(index + 1_000_000), filename="s.png", case_ref="BENCH-DEPOSIT", recorded_by="staff:1")
    elapsed = time.perf_counter() - start
    print(
        f"\nFull deposit path (sniff, encrypt, store, log, entry row) for {count:,} small files: "
        f"{count / elapsed:,.0f} deposits/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--one-by-one", type=int, default=2_000, help="entries appended one transaction each")
    parser.add_argument("--files", type=int, default=1_000)
    parser.add_argument("--deposits", type=int, default=500)
    parser.add_argument(
        "--database-url", default=None, help="a throw-away database; default: temporary SQLite"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        configure(directory, args.database_url)
        from bench_vault import bench_bundle, bench_proofs

        from vault.services import the_log

        step = max(1, args.entries // args.files)
        bundle_indexes = set(range(0, args.entries, step)[: args.files])
        kept = bench_log_appends(args.entries, args.one_by_one, bundle_indexes)
        log = the_log()
        bench_proofs(log)
        bench_bundle(log, kept, directory)
        bench_deposits(args.deposits)


if __name__ == "__main__":
    main()
