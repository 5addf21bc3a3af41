"""``esafety-verify``: check an evidence export bundle offline.

Why a separate, plain command: whoever receives a bundle (police, LADO, a
court) must be able to check it without our servers, a database or Django.
This module imports only the vault's plain modules and ``cryptography``.

Exit codes: 0 every check passed, 1 a check failed (each failure is printed
with the file and the check), 2 the bundle could not be read at all or the
arguments were wrong.
"""

from __future__ import annotations

import argparse
import base64
import sys
from collections.abc import Sequence

from vault.bundle import BundleFormatError, BundleReport, read_trusted_key, verify_bundle

EXIT_PASS = 0
EXIT_FAIL = 1
EXIT_UNREADABLE = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for the console script and ``python -m vault.verify_cli``."""
    args = _parser().parse_args(argv)
    try:
        trusted = read_trusted_key(args.key) if args.key else None
        report = verify_bundle(args.bundle, trusted)
    except BundleFormatError as error:
        print(f"ERROR: {args.bundle}: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    if report.ok:
        print(_pass_summary(report))
        return EXIT_PASS
    print(_fail_summary(report))
    return EXIT_FAIL


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="esafety-verify",
        description=(
            "Verify an eSafety evidence bundle offline: file hashes and sizes, log entries, "
            "inclusion proofs, and the signed checkpoint."
        ),
    )
    parser.add_argument("bundle", help="the bundle ZIP file")
    parser.add_argument(
        "--key",
        help=(
            "the log's public key (name+keyid+base64), or a file containing it, obtained "
            "separately from the organisation; it must match the key in the bundle"
        ),
    )
    return parser


def _pass_summary(report: BundleReport) -> str:
    checkpoint, key = report.checkpoint, report.key
    assert checkpoint is not None and key is not None  # a passing report has both
    lines = [
        "PASS: every check passed.",
        f"  Case reference:  {report.case_ref}",
        f"  Bundle created:  {report.created_at}",
        f"  Evidence files:  {report.evidence_checked} (hash, size, log entry, inclusion proof)",
        f"  Other documents: {report.documents_checked} (hash, size)",
        f"  Log:             {checkpoint.origin}",
        f"  Tree size:       {checkpoint.tree_size}",
        f"  Root hash:       {base64.b64encode(checkpoint.root_hash).decode()}",
        f"  Signed by key:   {key.name}+{key.key_id.hex()}",
    ]
    if checkpoint.timestamp:
        lines.append(f"  Checkpoint time: {checkpoint.timestamp}")
    if report.key_supplied:
        lines.append("  Key check:       matches the key you supplied.")
    else:
        lines += [
            "  Key check:       NOT DONE. The key was taken from the bundle itself, so this",
            "                   shows the bundle is intact and self-consistent, not who made it.",
            f"                   Confirm key id {key.key_id.hex()} with the organisation, or run",
            "                   again with --key and the key they published.",
        ]
    return "\n".join(lines)


def _fail_summary(report: BundleReport) -> str:
    count = len(report.problems)
    lines = [f"FAIL: {count} check{'s' if count != 1 else ''} failed."]
    lines += [f"  {problem}" for problem in report.problems]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
