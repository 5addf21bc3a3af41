"""Recompute the whole vault and report the first discrepancy.

Order of checks: every log entry row (canonical, contiguous, matching its object), the Merkle
tree against those entries, every signed checkpoint (signature, root, consistency with the one
before), every stored object (decrypts and hashes to its name), then blobs that no record
names (left by an interrupted deposit: harmless, but listed so that nothing goes unnoticed).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from django.core.files.storage import default_storage

from vault import VaultError, keys
from vault.checkpoint import verify_checkpoint
from vault.entries import parse_entry
from vault.merkle import audit_store, verify_consistency
from vault.models import Checkpoint, LogEntryRow, StoredObject
from vault.services import open_object, the_log
from vault.store import DjangoNodeStore

_BATCH = 2000


class Discrepancy(Exception):
    """The first thing found that does not add up."""


@dataclass
class VaultReport:
    entries: int = 0
    objects: int = 0
    checkpoints: int = 0
    nodes: int = 0
    discrepancy: str = ""
    unreferenced_blobs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.discrepancy


def verify_vault() -> VaultReport:
    report = VaultReport()
    try:
        _check_entries(report)
        _check_tree(report)
        _check_checkpoints(report)
        _check_objects(report)
    except Discrepancy as problem:
        report.discrepancy = str(problem)
    report.unreferenced_blobs = unreferenced_blobs()
    return report


def _entry_rows() -> Iterator[LogEntryRow]:
    return LogEntryRow.objects.select_related("stored_object").order_by("index").iterator(chunk_size=_BATCH)


def _check_entries(report: VaultReport) -> None:
    expected_index = 0
    for row in _entry_rows():
        if row.index != expected_index:
            raise Discrepancy(f"log entry {expected_index} is missing (the next row is {row.index})")
        try:
            entry = parse_entry(row.entry)
        except VaultError as error:
            raise Discrepancy(f"log entry {row.index} is not a valid canonical entry: {error}") from None
        stored = row.stored_object
        if entry.log_index != row.index or entry.case_ref != row.case_ref:
            raise Discrepancy(f"log entry {row.index} disagrees with its row (index or case)")
        if (entry.object_sha256, entry.size, entry.media_type) != (
            stored.sha256,
            stored.size,
            stored.media_type,
        ):
            raise Discrepancy(f"log entry {row.index} does not describe stored object {stored.sha256}")
        expected_index += 1
    report.entries = expected_index
    leaves = DjangoNodeStore().leaf_count()
    if leaves != expected_index:
        raise Discrepancy(f"the log tree has {leaves} leaves but there are {expected_index} entry rows")


def _check_tree(report: VaultReport) -> None:
    entries = ((row.index, row.entry.encode("utf-8")) for row in _entry_rows())
    try:
        report.nodes = audit_store(DjangoNodeStore(), entries=entries)
    except VaultError as error:
        raise Discrepancy(f"Merkle log: {error}") from None


def _check_checkpoints(report: VaultReport) -> None:
    verifier = keys.signing_key().verifier
    log = the_log()
    previous = None
    for row in Checkpoint.objects.order_by("tree_size", "pk"):
        where = f"checkpoint {row.pk} (size {row.tree_size})"
        try:
            checkpoint = verify_checkpoint(row.note, verifier)
            if checkpoint.tree_size != row.tree_size or checkpoint.root_hash.hex() != row.root_hash:
                raise Discrepancy(f"{where}: the row disagrees with its signed note")
            if log.root(checkpoint.tree_size) != checkpoint.root_hash:
                raise Discrepancy(f"{where}: the log no longer has the root this checkpoint signed")
            if previous is not None:
                proof = log.consistency_proof(previous.tree_size, checkpoint.tree_size)
                verify_consistency(
                    previous.tree_size, checkpoint.tree_size, previous.root_hash, checkpoint.root_hash, proof
                )
        except VaultError as error:
            raise Discrepancy(f"{where}: {error}") from None
        previous = checkpoint
        report.checkpoints += 1


def _check_objects(report: VaultReport) -> None:
    logged = set(LogEntryRow.objects.values_list("stored_object_id", flat=True).distinct())
    for stored in StoredObject.objects.order_by("pk").iterator(chunk_size=_BATCH):
        if stored.pk not in logged:
            raise Discrepancy(f"stored object {stored.sha256} has no log entry")
        try:
            open_object(stored)
        except (VaultError, OSError) as error:
            raise Discrepancy(f"stored object {stored.sha256} ({stored.storage_name}): {error}") from None
        report.objects += 1


def unreferenced_blobs() -> list[str]:
    """Blobs under the vault's storage prefix that no StoredObject names."""
    from django.conf import settings

    prefix = settings.VAULT_STORAGE_PREFIX
    if not default_storage.exists(prefix):
        return []
    names = []
    directories, _ = default_storage.listdir(prefix)
    for directory in sorted(directories):
        _, files = default_storage.listdir(f"{prefix}/{directory}")
        names += [f"{prefix}/{directory}/{name}" for name in sorted(files)]
    known = set(StoredObject.objects.filter(storage_name__in=names).values_list("storage_name", flat=True))
    return [name for name in names if name not in known]
