"""Putting evidence into the vault and getting proofs out of it.

`deposit` is the one way in: it checks the file by its content and size, encrypts it, stores
it once under its SHA-256, appends a canonical entry to the Merkle log and records the entry
row, all while holding the log lock inside the caller's transaction. If anything fails after
the encrypted blob reached storage, the database rolls back and the blob is left unreferenced;
`verify_vault` lists such blobs, and a later deposit of the same content adopts it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from vault import keys
from vault.bundle import EvidenceFile
from vault.checkpoint import make_checkpoint, sign_checkpoint
from vault.crypto import SealError, content_address, open_sealed, seal
from vault.entries import build_entry
from vault.filetypes import FileCheckError, check_size, sniff
from vault.merkle import MerkleLog
from vault.models import Checkpoint, LogEntryRow, LogLock, StoredObject
from vault.store import DjangoNodeStore


class EvidenceRefused(Exception):
    """The file cannot go into the vault; the message is meant for the person uploading it."""


def the_log() -> MerkleLog:
    return MerkleLog(DjangoNodeStore())


def read_upload(upload: Any) -> bytes:
    """Read an uploaded file, refusing it before reading if it is over the size limit."""
    limit = settings.EVIDENCE_MAX_BYTES
    try:
        check_size(upload.size, limit)
    except FileCheckError as error:
        raise EvidenceRefused(str(error)) from None
    data = b"".join(upload.chunks())
    _check(data, getattr(upload, "name", "") or "")
    return data


@transaction.atomic
def deposit(data: bytes, *, filename: str, case_ref: str, recorded_by: str) -> LogEntryRow:
    """Store `data` as evidence for `case_ref` and log it; the same content is stored once.

    Depositing the same content again for the same case returns the existing entry; for
    another case it adds a log entry for that case, pointing at the same stored object.
    """
    media_type = _check(data, filename)
    _lock_the_log()
    sha256 = content_address(data)
    stored = StoredObject.objects.filter(sha256=sha256).first() or _store_object(data, sha256, media_type)
    existing = LogEntryRow.objects.filter(stored_object=stored, case_ref=case_ref).first()
    if existing:
        return existing
    return _append_to_log(stored, case_ref=case_ref, recorded_by=recorded_by, recorded_at=timezone.now())


def open_object(stored: StoredObject) -> bytes:
    """The decrypted content, proven to hash to the object's name."""
    with default_storage.open(stored.storage_name, "rb") as handle:
        blob = handle.read()
    return open_sealed(blob, keys.master_key(), stored.sha256)


@transaction.atomic
def current_checkpoint() -> Checkpoint:
    """A signed checkpoint of the whole log, signing a new one only if the log has grown."""
    _lock_the_log()
    latest = Checkpoint.objects.order_by("-tree_size", "-pk").first()
    size = the_log().size
    if latest and latest.tree_size == size:
        return latest
    return _sign(size)


def inclusion_proof(entry: LogEntryRow, tree_size: int) -> list[bytes]:
    return the_log().inclusion_proof(entry.index, tree_size)


def consistency_proof(old: Checkpoint, new: Checkpoint) -> list[bytes]:
    return the_log().consistency_proof(old.tree_size, new.tree_size)


def evidence_files(entries: Iterable[LogEntryRow], checkpoint: Checkpoint) -> list[EvidenceFile]:
    """Decrypted content, exact entry bytes and inclusion proof of each entry, for a bundle."""
    log = the_log()
    return [
        EvidenceFile(
            content=open_object(entry.stored_object),
            entry=entry.entry.encode("utf-8"),
            inclusion_proof=log.inclusion_proof(entry.index, checkpoint.tree_size),
        )
        for entry in entries
    ]


def storage_name_for(sha256: str) -> str:
    return f"{settings.VAULT_STORAGE_PREFIX}/{sha256[:2]}/{sha256}.esv"


def _check(data: bytes, filename: str) -> str:
    try:
        check_size(len(data), settings.EVIDENCE_MAX_BYTES)
        return sniff(data, filename)
    except FileCheckError as error:
        raise EvidenceRefused(str(error)) from None


def _lock_the_log() -> None:
    LogLock.objects.get_or_create(pk=1)
    LogLock.objects.select_for_update().filter(pk=1).first()


def _store_object(data: bytes, sha256: str, media_type: str) -> StoredObject:
    name = storage_name_for(sha256)
    if not _holds_intact_copy(name, sha256):
        # The storage never overwrites: if a damaged blob sits under the name, a new name is chosen.
        name = default_storage.save(name, ContentFile(seal(data, keys.master_key()).ciphertext))
    return StoredObject.objects.create(
        sha256=sha256, size=len(data), media_type=media_type, storage_name=name, stored_at=timezone.now()
    )


def _holds_intact_copy(name: str, sha256: str) -> bool:
    """A blob left by an interrupted deposit of the same content is adopted, not duplicated."""
    if not default_storage.exists(name):
        return False
    try:
        with default_storage.open(name, "rb") as handle:
            open_sealed(handle.read(), keys.master_key(), sha256)
    except SealError:
        return False
    return True


def _append_to_log(
    stored: StoredObject, *, case_ref: str, recorded_by: str, recorded_at: datetime
) -> LogEntryRow:
    log = the_log()
    index = log.size
    entry = build_entry(
        object_sha256=stored.sha256,
        size=stored.size,
        media_type=stored.media_type,
        case_ref=case_ref,
        recorded_by=recorded_by,
        recorded_at=recorded_at,
        log_index=index,
    )
    appended = log.append(entry.to_bytes())
    if appended != index:
        raise RuntimeError(f"log index moved from {index} to {appended} during an append")
    LogLock.objects.filter(pk=1).update(appends=index + 1)
    return LogEntryRow.objects.create(
        index=index, entry=entry.to_text(), stored_object=stored, case_ref=case_ref
    )


def _sign(size: int) -> Checkpoint:
    log = the_log()
    root = log.root(size)
    now = timezone.now().replace(microsecond=0)
    key = keys.signing_key()
    note = sign_checkpoint(make_checkpoint(key.name, size, root, now), key)
    return Checkpoint.objects.create(tree_size=size, root_hash=root.hex(), note=note, signed_at=now)
