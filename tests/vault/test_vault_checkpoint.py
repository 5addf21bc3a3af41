"""C2SP signed-note checkpoints: Go-compatible vectors, sign/verify, tampering, wrong keys."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest

from vault.checkpoint import (
    BadSignature,
    Checkpoint,
    MalformedKey,
    MalformedNote,
    UnknownKey,
    generate_signing_key,
    key_id,
    make_checkpoint,
    open_note,
    parse_checkpoint_text,
    parse_signing_key,
    parse_verifier_key,
    sign_checkpoint,
    sign_note,
    verify_checkpoint,
)

# Test vectors from golang.org/x/mod/sumdb/note (note_test.go).
GO_SIGNER = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_VERIFIER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_TEXT = (
    "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
)
GO_SIGNATURE = (
    "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXg"
    "KvqfqdngotpRZb6KE6RyyBwJnAM=\n"
)
GO_OTHER_SIGNATURE = (
    "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTG"
    "wnWLox33WWd1RvMc+QQ=\n"
)
ORIGIN = "esafety.example/vault"
ROOT = bytes(range(32))


def test_go_signer_key_and_signature_are_reproduced_exactly() -> None:
    signer = parse_signing_key(GO_SIGNER)
    assert signer.encode() == GO_SIGNER
    assert signer.verifier.encode() == GO_VERIFIER
    assert sign_note(GO_TEXT, [signer]) == GO_TEXT + "\n" + GO_SIGNATURE


def test_go_note_verifies_and_unknown_signatures_are_ignored() -> None:
    key = parse_verifier_key(GO_VERIFIER)
    opened = open_note(GO_TEXT + "\n" + GO_SIGNATURE + GO_OTHER_SIGNATURE, key)
    assert opened.text == GO_TEXT
    assert [sig.name for sig in opened.signatures] == ["PeterNeumann", "EnochRoot"]


def test_key_id_is_sha256_of_name_newline_type_and_key() -> None:
    key = parse_verifier_key(GO_VERIFIER)
    assert key_id(key.name, key.public_key).hex() == "c74f20a3"


def test_checkpoint_round_trip_with_time_extension() -> None:
    key = generate_signing_key(ORIGIN)
    signed_at = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    note = sign_checkpoint(make_checkpoint(ORIGIN, 1234, ROOT, signed_at), key)
    lines = note.split("\n")
    assert lines[:5] == [ORIGIN, "1234", base64.b64encode(ROOT).decode(), "time 2025-03-01T09:30:00Z", ""]
    assert lines[5].startswith(f"\u2014 {ORIGIN} ")
    checkpoint = verify_checkpoint(note, key.verifier)
    assert checkpoint == Checkpoint(ORIGIN, 1234, ROOT, ("time 2025-03-01T09:30:00Z",))
    assert checkpoint.timestamp == "2025-03-01T09:30:00Z"


def test_empty_tree_checkpoint() -> None:
    key = generate_signing_key(ORIGIN)
    note = sign_checkpoint(make_checkpoint(ORIGIN, 0, bytes(32)), key)
    assert verify_checkpoint(note, key.verifier).tree_size == 0


@pytest.mark.parametrize(
    ("old", "new"),
    [("\n1234\n", "\n1235\n"), ("\n1234\n", "\n01234\n"), (ORIGIN + "\n", "evil.example/vault\n")],
)
def test_changed_checkpoint_text_fails(old: str, new: str) -> None:
    key = generate_signing_key(ORIGIN)
    note = sign_checkpoint(make_checkpoint(ORIGIN, 1234, ROOT), key)
    with pytest.raises((BadSignature, MalformedNote, UnknownKey)):
        verify_checkpoint(note.replace(old, new, 1), key.verifier)


def test_changed_root_hash_fails_signature() -> None:
    key = generate_signing_key(ORIGIN)
    note = sign_checkpoint(make_checkpoint(ORIGIN, 7, ROOT), key)
    other_root = base64.b64encode(bytes(reversed(ROOT))).decode()
    with pytest.raises(BadSignature):
        verify_checkpoint(note.replace(base64.b64encode(ROOT).decode(), other_root), key.verifier)


def test_corrupt_signature_fails() -> None:
    key = generate_signing_key(ORIGIN)
    note = sign_checkpoint(make_checkpoint(ORIGIN, 7, ROOT), key)
    text, signature_line = note.rsplit("\n\u2014 ", 1)
    name, payload = signature_line.strip().split(" ")
    raw = bytearray(base64.b64decode(payload))
    raw[10] ^= 1
    forged = f"{text}\n\u2014 {name} {base64.b64encode(bytes(raw)).decode()}\n"
    with pytest.raises(BadSignature):
        verify_checkpoint(forged, key.verifier)


def test_wrong_key_is_reported_as_unknown_key() -> None:
    note = sign_checkpoint(make_checkpoint(ORIGIN, 7, ROOT), generate_signing_key(ORIGIN))
    impostor = generate_signing_key(ORIGIN)
    with pytest.raises(UnknownKey, match="not signed by"):
        verify_checkpoint(note, impostor.verifier)


def test_key_name_must_match_origin() -> None:
    key = generate_signing_key("other.example/log")
    note = sign_checkpoint(make_checkpoint(ORIGIN, 7, ROOT), key)
    with pytest.raises(UnknownKey, match="origin"):
        verify_checkpoint(note, key.verifier)


@pytest.mark.parametrize(
    "note",
    [
        GO_TEXT,
        GO_TEXT + "\n",
        GO_TEXT + "\n" + GO_SIGNATURE[:-1],
        "\x01" + GO_TEXT + "\n" + GO_SIGNATURE,
        GO_TEXT + "\n" + "\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuG\n",
        GO_TEXT + "\n" + GO_SIGNATURE + "Unexpected line.\n",
        GO_TEXT + "\n" + GO_SIGNATURE.replace("\u2014", "-"),
        GO_TEXT + "\n" + "\u2014 PeterNeumann !!notbase64!!\n",
        GO_TEXT + "\n" + "\u2014 PeterNeumann AAAA\n",
        GO_TEXT + "\n" + GO_SIGNATURE * 101,
    ],
)
def test_malformed_notes_are_refused(note: str) -> None:
    with pytest.raises(MalformedNote):
        open_note(note, parse_verifier_key(GO_VERIFIER))


def test_malformed_note_bytes_are_refused() -> None:
    with pytest.raises(MalformedNote):
        open_note(b"\xff" + (GO_TEXT + "\n" + GO_SIGNATURE).encode(), parse_verifier_key(GO_VERIFIER))


@pytest.mark.parametrize(
    "text",
    [
        "origin\n12\n",
        "origin\n-1\n" + base64.b64encode(ROOT).decode() + "\n",
        "origin\n012\n" + base64.b64encode(ROOT).decode() + "\n",
        "origin\n12\n" + base64.b64encode(ROOT[:31]).decode() + "\n",
        "\n12\n" + base64.b64encode(ROOT).decode() + "\n",
        "origin\n12\n" + base64.b64encode(ROOT).decode(),
    ],
)
def test_malformed_checkpoint_bodies_are_refused(text: str) -> None:
    with pytest.raises(MalformedNote):
        parse_checkpoint_text(text)


@pytest.mark.parametrize(
    "key",
    [
        "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # wrong id
        "PeterNeuman+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # wrong name
        "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # wrong type
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T",  # truncated
        "PeterNeumann+c74f20a3",
        "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    ],
)
def test_malformed_verifier_keys_are_refused(key: str) -> None:
    with pytest.raises(MalformedKey):
        parse_verifier_key(key)


def test_malformed_signing_keys_are_refused() -> None:
    with pytest.raises(MalformedKey):
        parse_signing_key(GO_SIGNER.replace("c74f20a3", "c74f20a4"))
    with pytest.raises(MalformedKey):
        parse_signing_key(GO_VERIFIER)


def test_generated_keys_round_trip() -> None:
    key = generate_signing_key(ORIGIN)
    assert parse_signing_key(key.encode()) == key
    assert parse_verifier_key(key.verifier.encode()) == key.verifier
    assert key.seed.hex() not in repr(key)
    with pytest.raises(MalformedKey):
        generate_signing_key("has space")
