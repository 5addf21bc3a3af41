"""Envelope encryption: round trip, tamper detection, swapped blobs, wrong keys, rotation."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vault.crypto import (
    OVERHEAD,
    IntegrityError,
    InvalidMasterKey,
    UnsupportedBlobFormat,
    WrongMasterKey,
    content_address,
    generate_master_key,
    open_sealed,
    rewrap,
    seal,
)

MASTER = bytes(range(32))
EVIDENCE = b"screenshot bytes \x00\x01\x02 of a message"


def test_round_trip_and_content_address() -> None:
    sealed = seal(EVIDENCE, MASTER)
    assert sealed.sha256 == hashlib.sha256(EVIDENCE).hexdigest() == content_address(EVIDENCE)
    assert sealed.size == len(EVIDENCE)
    assert len(sealed.ciphertext) == len(EVIDENCE) + OVERHEAD
    assert EVIDENCE not in sealed.ciphertext
    assert open_sealed(sealed.ciphertext, MASTER, sealed.sha256) == EVIDENCE


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=2048))
def test_round_trip_any_content(data: bytes) -> None:
    sealed = seal(data, MASTER)
    assert open_sealed(sealed.ciphertext, MASTER, sealed.sha256) == data


def test_each_object_gets_a_fresh_key_and_nonce() -> None:
    assert seal(EVIDENCE, MASTER).ciphertext != seal(EVIDENCE, MASTER).ciphertext


@pytest.mark.parametrize("position", [8, 20, 40, 70, 85, -17, -1])
def test_one_byte_change_anywhere_after_the_header_is_detected(position: int) -> None:
    sealed = seal(EVIDENCE, MASTER)
    blob = bytearray(sealed.ciphertext)
    blob[position] ^= 0x01
    with pytest.raises(IntegrityError):
        open_sealed(bytes(blob), MASTER, sealed.sha256)


def test_truncated_blob_is_detected() -> None:
    sealed = seal(EVIDENCE, MASTER)
    with pytest.raises(IntegrityError):
        open_sealed(sealed.ciphertext[:-1], MASTER, sealed.sha256)
    with pytest.raises(UnsupportedBlobFormat):
        open_sealed(sealed.ciphertext[:20], MASTER, sealed.sha256)


def test_blob_of_another_object_is_refused() -> None:
    first, second = seal(b"first object", MASTER), seal(b"second object", MASTER)
    with pytest.raises(IntegrityError, match="different object"):
        open_sealed(second.ciphertext, MASTER, first.sha256)


def test_wrong_master_key_is_named_as_such() -> None:
    sealed = seal(EVIDENCE, MASTER)
    with pytest.raises(WrongMasterKey):
        open_sealed(sealed.ciphertext, generate_master_key(), sealed.sha256)


def test_header_changes_are_detected() -> None:
    sealed = seal(EVIDENCE, MASTER)
    with pytest.raises(UnsupportedBlobFormat):
        open_sealed(b"XYZ" + sealed.ciphertext[3:], MASTER, sealed.sha256)
    with pytest.raises(UnsupportedBlobFormat):
        open_sealed(sealed.ciphertext[:3] + b"\x02" + sealed.ciphertext[4:], MASTER, sealed.sha256)


def test_master_key_must_be_32_bytes() -> None:
    with pytest.raises(InvalidMasterKey):
        seal(EVIDENCE, b"short")
    with pytest.raises(InvalidMasterKey):
        open_sealed(seal(EVIDENCE, MASTER).ciphertext, MASTER + b"x", "0" * 64)


def test_expected_hash_must_be_well_formed() -> None:
    sealed = seal(EVIDENCE, MASTER)
    for bad in ("", "xyz", sealed.sha256.upper(), sealed.sha256[:-2]):
        with pytest.raises(IntegrityError):
            open_sealed(sealed.ciphertext, MASTER, bad)


def test_rewrap_changes_only_the_wrapped_key() -> None:
    sealed = seal(EVIDENCE, MASTER)
    new_master = generate_master_key()
    rotated = rewrap(sealed.ciphertext, MASTER, new_master, sealed.sha256)
    assert rotated[-(len(EVIDENCE) + 16 + 12) :] == sealed.ciphertext[-(len(EVIDENCE) + 16 + 12) :]
    assert open_sealed(rotated, new_master, sealed.sha256) == EVIDENCE
    with pytest.raises(WrongMasterKey):
        open_sealed(rotated, MASTER, sealed.sha256)


def test_rewrap_refuses_a_damaged_blob() -> None:
    sealed = seal(EVIDENCE, MASTER)
    damaged = sealed.ciphertext[:-1] + bytes([sealed.ciphertext[-1] ^ 1])
    with pytest.raises(IntegrityError):
        rewrap(damaged, MASTER, generate_master_key(), sealed.sha256)
