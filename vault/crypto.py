"""Envelope encryption and content addressing for stored evidence.

Every object gets its own random AES-256-GCM data key, and only that key is
encrypted ("wrapped") with the master key. Why: a leaked blob reveals nothing
without the master key, a master-key rotation only re-wraps 32-byte keys
(``rewrap``) instead of re-encrypting every file, and a compromised data key
exposes one object only.

Objects are addressed by the SHA-256 of their plaintext, and that hash is bound
into the associated data of both encryptions, so a blob moved or copied under
another object's name fails to decrypt instead of silently serving the wrong
evidence.

Blob layout (version 1), all lengths in bytes::

    magic "ESV" (3) | version 0x01 (1) | master key id (4)
    | key nonce (12) | wrapped data key (32 + 16 tag)
    | data nonce (12) | ciphertext (len(plaintext) + 16 tag)
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault import VaultError

MAGIC = b"ESV"
FORMAT_VERSION = 1
MASTER_KEY_SIZE = 32
NONCE_SIZE = 12
TAG_SIZE = 16
KEY_ID_SIZE = 4
_HEADER_SIZE = len(MAGIC) + 1 + KEY_ID_SIZE
_WRAPPED_KEY_SIZE = MASTER_KEY_SIZE + TAG_SIZE
OVERHEAD = _HEADER_SIZE + NONCE_SIZE + _WRAPPED_KEY_SIZE + NONCE_SIZE + TAG_SIZE
"""Bytes a sealed blob adds to its plaintext."""


class SealError(VaultError):
    """Base class for encryption-envelope errors."""


class InvalidMasterKey(SealError):
    """The master key is not 32 bytes."""


class WrongMasterKey(SealError):
    """The blob was sealed under a different master key."""


class UnsupportedBlobFormat(SealError):
    """The blob is not a sealed object or uses an unknown format version."""


class IntegrityError(SealError):
    """Decryption or the content-hash check failed: altered, swapped or corrupt blob."""


@dataclass(frozen=True)
class SealedObject:
    """An encrypted blob and the content address (SHA-256 hex of the plaintext)."""

    ciphertext: bytes
    sha256: str
    size: int


def content_address(data: bytes) -> str:
    """SHA-256 hex digest of ``data``: the object's name in the vault."""
    return hashlib.sha256(data).hexdigest()


def generate_master_key() -> bytes:
    """A fresh 32-byte master key (store it base64-encoded in the environment)."""
    return os.urandom(MASTER_KEY_SIZE)


def master_key_id(master_key: bytes) -> bytes:
    """Short non-secret fingerprint of a master key, stored in each blob header.

    It lets ``open_sealed`` say "wrong master key" (e.g. after a rotation)
    instead of a generic integrity failure.
    """
    _check_master_key(master_key)
    return hashlib.sha256(b"esafety-vault master key id\n" + master_key).digest()[:KEY_ID_SIZE]


def seal(plaintext: bytes, master_key: bytes) -> SealedObject:
    """Encrypt ``plaintext`` under a fresh data key wrapped by ``master_key``."""
    digest = hashlib.sha256(plaintext).digest()
    header = MAGIC + bytes([FORMAT_VERSION]) + master_key_id(master_key)
    data_key = AESGCM.generate_key(bit_length=256)
    key_nonce, data_nonce = os.urandom(NONCE_SIZE), os.urandom(NONCE_SIZE)
    wrapped = AESGCM(master_key).encrypt(key_nonce, data_key, _key_aad(header, digest))
    body = AESGCM(data_key).encrypt(data_nonce, plaintext, _data_aad(digest))
    blob = header + key_nonce + wrapped + data_nonce + body
    return SealedObject(ciphertext=blob, sha256=digest.hex(), size=len(plaintext))


def open_sealed(blob: bytes, master_key: bytes, expected_sha256: str) -> bytes:
    """Decrypt a sealed blob and prove it is the object named ``expected_sha256``.

    Raises ``WrongMasterKey``, ``UnsupportedBlobFormat`` or ``IntegrityError``;
    never returns data that does not hash to ``expected_sha256``.
    """
    digest = _parse_sha256_hex(expected_sha256)
    header, key_nonce, wrapped, data_nonce, body = _split_blob(blob, master_key)
    try:
        data_key = AESGCM(master_key).decrypt(key_nonce, wrapped, _key_aad(header, digest))
        plaintext = AESGCM(data_key).decrypt(data_nonce, body, _data_aad(digest))
    except InvalidTag:
        raise IntegrityError(
            f"sealed object {expected_sha256} failed authenticated decryption: the blob "
            "was altered, is corrupt, or belongs to a different object"
        ) from None
    actual = hashlib.sha256(plaintext).digest()
    if not hmac.compare_digest(actual, digest):
        raise IntegrityError(f"decrypted content hashes to {actual.hex()}, expected {expected_sha256}")
    return plaintext


def rewrap(blob: bytes, old_master_key: bytes, new_master_key: bytes, sha256: str) -> bytes:
    """Re-wrap a blob's data key under a new master key; the content bytes stay as they are."""
    open_sealed(blob, old_master_key, sha256)  # refuse to re-wrap anything damaged
    digest = _parse_sha256_hex(sha256)
    old_header, key_nonce, wrapped, data_nonce, body = _split_blob(blob, old_master_key)
    data_key = AESGCM(old_master_key).decrypt(key_nonce, wrapped, _key_aad(old_header, digest))
    new_header = MAGIC + bytes([FORMAT_VERSION]) + master_key_id(new_master_key)
    new_nonce = os.urandom(NONCE_SIZE)
    new_wrapped = AESGCM(new_master_key).encrypt(new_nonce, data_key, _key_aad(new_header, digest))
    return new_header + new_nonce + new_wrapped + data_nonce + body


def _key_aad(header: bytes, digest: bytes) -> bytes:
    """The wrapped key is bound to the master key id and to the object hash."""
    return b"esafety-vault/key\n" + header + digest


def _data_aad(digest: bytes) -> bytes:
    """The content is bound to the format and object hash, not to the master key,
    so that rotating the master key only re-wraps the data key."""
    return b"esafety-vault/data\n" + MAGIC + bytes([FORMAT_VERSION]) + digest


def _split_blob(blob: bytes, master_key: bytes) -> tuple[bytes, bytes, bytes, bytes, bytes]:
    _check_master_key(master_key)
    if len(blob) < OVERHEAD or blob[: len(MAGIC)] != MAGIC:
        raise UnsupportedBlobFormat("not a sealed evidence object (bad magic or too short)")
    version = blob[len(MAGIC)]
    if version != FORMAT_VERSION:
        raise UnsupportedBlobFormat(f"sealed object format version {version} is not supported")
    header = blob[:_HEADER_SIZE]
    key_id = header[-KEY_ID_SIZE:]
    if not hmac.compare_digest(key_id, master_key_id(master_key)):
        raise WrongMasterKey(
            f"object was sealed with master key id {key_id.hex()}, "
            f"but the key supplied has id {master_key_id(master_key).hex()}"
        )
    offset = _HEADER_SIZE
    key_nonce = blob[offset : offset + NONCE_SIZE]
    offset += NONCE_SIZE
    wrapped = blob[offset : offset + _WRAPPED_KEY_SIZE]
    offset += _WRAPPED_KEY_SIZE
    data_nonce = blob[offset : offset + NONCE_SIZE]
    body = blob[offset + NONCE_SIZE :]
    return header, key_nonce, wrapped, data_nonce, body


def _check_master_key(master_key: bytes) -> None:
    if not isinstance(master_key, bytes | bytearray) or len(master_key) != MASTER_KEY_SIZE:
        raise InvalidMasterKey("the master key must be exactly 32 bytes")


def _parse_sha256_hex(value: str) -> bytes:
    try:
        digest = bytes.fromhex(value)
    except (ValueError, TypeError):
        digest = b""
    if len(digest) != 32 or value != value.lower():
        raise IntegrityError(f"expected_sha256 must be 64 lowercase hex characters, got {value!r}")
    return digest
