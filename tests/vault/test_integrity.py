"""`verify_vault` finds every kind of tampering: one byte of an object, of a log row, a removed row."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from tests.vault.files import png
from vault import services
from vault.integrity import verify_vault
from vault.models import LogEntryRow

pytestmark = pytest.mark.django_db


@pytest.fixture
def filled(vault_env):
    rows = [
        services.deposit(png(i), filename="s.png", case_ref="INC-000001", recorded_by="staff:1")
        for i in range(6)
    ]
    services.current_checkpoint()
    assert verify_vault().ok
    return rows


def execute(sql: str, *params) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_clean_vault_passes_the_command(filled, capsys) -> None:
    call_command("verify_vault")
    assert "Vault check passed: 6 log entries" in capsys.readouterr().out


def test_one_changed_byte_in_a_stored_object_is_found(filled) -> None:
    stored = filled[2].stored_object
    path = default_storage.path(stored.storage_name)
    with open(path, "r+b") as handle:
        handle.seek(-5, 2)
        byte = handle.read(1)
        handle.seek(-5, 2)
        handle.write(bytes([byte[0] ^ 1]))
    report = verify_vault()
    assert not report.ok and stored.sha256 in report.discrepancy
    with pytest.raises(CommandError, match="Vault check FAILED: stored object"):
        call_command("verify_vault")


def test_one_changed_byte_in_a_log_row_is_found(filled) -> None:
    row = filled[3]
    altered = row.entry.replace('"staff:1"', '"staff:2"')
    execute("UPDATE vault_logentryrow SET entry = %s WHERE id = %s", altered, row.pk)
    report = verify_vault()
    assert "stored leaf 3 does not match the hash of its entry" in report.discrepancy


def test_a_changed_tree_node_is_found(filled) -> None:
    execute('UPDATE vault_lognode SET hash = %s WHERE level = 1 AND "index" = 0', b"\x00" * 32)
    assert "does not match the hash of its children" in verify_vault().discrepancy


def test_a_removed_log_row_is_found(filled) -> None:
    execute("DELETE FROM vault_logentryrow WHERE id = %s", filled[1].pk)
    assert verify_vault().discrepancy == "log entry 1 is missing (the next row is 2)"


def test_the_last_log_row_removed_is_found(filled) -> None:
    execute("DELETE FROM vault_logentryrow WHERE id = %s", filled[-1].pk)
    assert "6 leaves but there are 5 entry rows" in verify_vault().discrepancy


def test_a_removed_leaf_node_is_found(filled) -> None:
    execute('DELETE FROM vault_lognode WHERE level = 0 AND "index" = 2')
    assert "stored leaf 2 does not match" in verify_vault().discrepancy


def test_an_altered_checkpoint_is_found(filled) -> None:
    execute("UPDATE vault_checkpoint SET note = replace(note, %s, %s)", "\n6\n", "\n5\n")
    assert "checkpoint" in verify_vault().discrepancy


def test_a_removed_stored_object_blob_is_found(filled) -> None:
    default_storage.delete(filled[0].stored_object.storage_name)
    assert filled[0].stored_object.sha256 in verify_vault().discrepancy


def test_entries_that_swap_objects_are_found(filled) -> None:
    execute(
        "UPDATE vault_logentryrow SET stored_object_id = %s WHERE id = %s",
        filled[0].stored_object_id,
        filled[1].pk,
    )
    assert "log entry 1 does not describe stored object" in verify_vault().discrepancy
    assert LogEntryRow.objects.count() == 6


def test_the_command_lists_unreferenced_blobs(filled, capsys) -> None:
    default_storage.save("evidence/ff/" + "f" * 64 + ".esv", ContentFile(b"ESV-left-behind"))
    call_command("verify_vault")
    output = capsys.readouterr().out
    assert "Unreferenced blob" in output and "Vault check passed" in output


def test_proof_command_prints_proofs_that_verify(filled, capsys) -> None:
    import base64
    import json

    from vault.checkpoint import verify_checkpoint
    from vault.merkle import leaf_hash, verify_consistency, verify_inclusion
    from vault.models import Checkpoint

    key = services.keys.signing_key().verifier
    call_command("vault_proof", "--entry", "4")
    printed = json.loads(capsys.readouterr().out)
    head = verify_checkpoint(printed["checkpoint"], key)
    proof = [base64.b64decode(node) for node in printed["inclusion_proof"]]
    verify_inclusion(leaf_hash(printed["entry"].encode()), 4, head.tree_size, proof, head.root_hash)
    services.deposit(png(99), filename="s.png", case_ref="INC-000002", recorded_by="staff:1")
    services.current_checkpoint()
    first, last = Checkpoint.objects.order_by("pk")
    call_command("vault_proof", "--from", str(first.pk), "--to", str(last.pk))
    printed = json.loads(capsys.readouterr().out)
    old, new = (
        verify_checkpoint(printed["old_checkpoint"], key),
        verify_checkpoint(printed["new_checkpoint"], key),
    )
    proof = [base64.b64decode(node) for node in printed["consistency_proof"]]
    verify_consistency(old.tree_size, new.tree_size, old.root_hash, new.root_hash, proof)
    with pytest.raises(CommandError, match="no log entry 99"):
        call_command("vault_proof", "--entry", "99")
