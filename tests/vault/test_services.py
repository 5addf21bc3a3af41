"""Depositing evidence: checks by content and size, stored once, encrypted, logged, atomic."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.vault.files import EXECUTABLE, png
from vault import services
from vault.bundle import build_bundle, verify_bundle
from vault.checkpoint import verify_checkpoint
from vault.crypto import content_address
from vault.entries import parse_entry
from vault.integrity import verify_vault
from vault.merkle import leaf_hash, verify_consistency, verify_inclusion
from vault.models import Checkpoint, LogEntryRow, StoredObject

pytestmark = pytest.mark.django_db


def deposit(data: bytes, name: str = "shot.png", case: str = "INC-000001"):
    return services.deposit(data, filename=name, case_ref=case, recorded_by="staff:1")


def test_deposit_encrypts_logs_and_reads_back(vault_env) -> None:
    data = png(1)
    row = deposit(data)
    stored = row.stored_object
    assert stored.sha256 == content_address(data)
    assert stored.media_type == "image/png"
    with default_storage.open(stored.storage_name, "rb") as handle:
        blob = handle.read()
    assert data not in blob and blob.startswith(b"ESV")
    assert services.open_object(stored) == data
    entry = parse_entry(row.entry)
    assert (entry.log_index, entry.case_ref, entry.object_sha256) == (0, "INC-000001", stored.sha256)
    assert services.the_log().leaf_hash_at(0) == leaf_hash(row.entry.encode())


def test_renamed_executable_is_refused_and_nothing_is_stored(vault_env) -> None:
    with pytest.raises(services.EvidenceRefused, match="Windows program.*not a PNG image"):
        deposit(EXECUTABLE, name="holiday.png")
    assert not StoredObject.objects.exists() and not LogEntryRow.objects.exists()
    assert not default_storage.exists("evidence")


def test_size_limit_is_configurable_and_explained(vault_env, settings) -> None:
    settings.EVIDENCE_MAX_BYTES = 100
    upload = SimpleUploadedFile("big.txt", b"x" * 101)
    with pytest.raises(services.EvidenceRefused, match="largest file accepted is 100 bytes"):
        services.read_upload(upload)
    with pytest.raises(services.EvidenceRefused, match="largest file accepted"):
        deposit(b"y" * 101, name="big.txt")
    assert services.read_upload(SimpleUploadedFile("ok.txt", b"fine")) == b"fine"


def test_the_same_file_twice_is_stored_once(vault_env) -> None:
    first = deposit(png(2))
    again = deposit(png(2), name="copy.png")
    other_case = deposit(png(2), case="INC-000002")
    assert again.pk == first.pk
    assert StoredObject.objects.count() == 1
    assert other_case.stored_object_id == first.stored_object_id and other_case.index == 1
    _, files = default_storage.listdir(f"evidence/{first.stored_object.sha256[:2]}")
    assert len(files) == 1


def test_crash_after_storing_leaves_no_row_and_the_verifier_lists_the_blob(vault_env, monkeypatch) -> None:
    deposit(png(3))

    def crash(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(services, "_append_to_log", crash)
    with pytest.raises(RuntimeError):
        deposit(png(4))
    assert StoredObject.objects.count() == 1 and LogEntryRow.objects.count() == 1
    report = verify_vault()
    assert report.ok
    assert report.unreferenced_blobs == [services.storage_name_for(content_address(png(4)))]
    monkeypatch.undo()
    adopted = deposit(png(4))  # the retry adopts the orphan instead of storing a second copy
    assert adopted.stored_object.storage_name == report.unreferenced_blobs[0]
    assert verify_vault().unreferenced_blobs == []


def test_checkpoints_are_signed_and_reused_until_the_log_grows(vault_env) -> None:
    deposit(png(5))
    first = services.current_checkpoint()
    assert services.current_checkpoint().pk == first.pk
    deposit(png(6))
    second = services.current_checkpoint()
    key = services.keys.signing_key().verifier
    old, new = verify_checkpoint(first.note, key), verify_checkpoint(second.note, key)
    assert (old.tree_size, new.tree_size) == (1, 2) and new.timestamp
    verify_consistency(1, 2, old.root_hash, new.root_hash, services.consistency_proof(first, second))


def test_inclusion_proofs_lead_to_the_checkpoint_and_bundles_verify(vault_env) -> None:
    rows = [deposit(png(i), case="INC-000009") for i in range(5)]
    checkpoint = services.current_checkpoint()
    root = verify_checkpoint(checkpoint.note, services.keys.signing_key().verifier).root_hash
    for row in rows:
        proof = services.inclusion_proof(row, checkpoint.tree_size)
        verify_inclusion(leaf_hash(row.entry.encode()), row.index, checkpoint.tree_size, proof, root)
    from django.utils import timezone

    zipped = build_bundle(
        case_ref="INC-000009",
        created_at=timezone.now(),
        evidence=services.evidence_files(rows, checkpoint),
        checkpoint_note=checkpoint.note,
        signing_key=services.keys.signing_key(),
    )
    assert verify_bundle(zipped, services.keys.signing_key().verifier.encode()).ok


def test_vault_rows_can_be_neither_changed_nor_deleted(vault_env) -> None:
    row = deposit(png(7))
    services.current_checkpoint()
    for model in (StoredObject, LogEntryRow, Checkpoint):
        with pytest.raises(PermissionError):
            model.objects.all().delete()
        with pytest.raises(PermissionError):
            model.objects.update(pk=99)
        with pytest.raises(PermissionError):
            model.objects.first().delete()
    with pytest.raises(PermissionError):
        row.save()
