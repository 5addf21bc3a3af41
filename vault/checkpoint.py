"""Signed tree heads as C2SP checkpoints (c2sp.org/tlog-checkpoint) in signed notes
(c2sp.org/signed-note), signed with Ed25519.

Why this format: it is the one used by Go's checksum database, Sigstore and
the transparency-dev tooling, so a checkpoint we publish can be checked with
tools we did not write. Keys use the same string encodings as Go's
``golang.org/x/mod/sumdb/note``::

    verifier key:  <name>+<8 hex digit key id>+<base64(0x01 || 32-byte public key)>
    signer key:    PRIVATE+KEY+<name>+<8 hex digit key id>+<base64(0x01 || 32-byte seed)>

    key id = SHA-256(name || 0x0A || 0x01 || public key)[:4]

A checkpoint note looks like::

    <origin>
    <tree size>
    <base64 root hash>
    [extension lines, e.g. "time 2025-03-01T09:30:00Z"]

    — <key name> <base64(key id || Ed25519 signature over the text above the blank line)>
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from vault import VaultError
from vault.entries import format_timestamp

ALG_ED25519 = 0x01
EM_DASH_PREFIX = "\u2014 "
MAX_SIGNATURES = 100
TIME_EXTENSION = "time "
_DECIMAL = re.compile(r"0|[1-9][0-9]*")
_KEY_ID_HEX = re.compile(r"[0-9a-f]{8}")


class CheckpointError(VaultError):
    """Base class for checkpoint and signed-note errors."""


class MalformedNote(CheckpointError):
    """The text is not a well-formed signed note or checkpoint."""


class MalformedKey(CheckpointError):
    """A key string is not in the expected encoding."""


class UnknownKey(CheckpointError):
    """The note carries no signature from the trusted key."""


class BadSignature(CheckpointError):
    """A signature from the trusted key does not verify: the note was altered."""


# --------------------------------------------------------------------------
# Keys
# --------------------------------------------------------------------------


def key_id(name: str, public_key: bytes) -> bytes:
    """The 4-byte key id: SHA-256(name || 0x0A || 0x01 || public key)[:4]."""
    return hashlib.sha256(name.encode("utf-8") + b"\n" + bytes([ALG_ED25519]) + public_key).digest()[:4]


@dataclass(frozen=True)
class VerifierKey:
    """A public key with the name it signs under."""

    name: str
    public_key: bytes

    @property
    def key_id(self) -> bytes:
        return key_id(self.name, self.public_key)

    def encode(self) -> str:
        """The ``name+keyid+base64`` string handed out for independent verification."""
        payload = base64.b64encode(bytes([ALG_ED25519]) + self.public_key).decode("ascii")
        return f"{self.name}+{self.key_id.hex()}+{payload}"

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class SigningKey:
    """An Ed25519 private key with the name it signs under. Keep the encoding secret."""

    name: str
    seed: bytes = field(repr=False)

    @property
    def verifier(self) -> VerifierKey:
        private = Ed25519PrivateKey.from_private_bytes(self.seed)
        public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return VerifierKey(name=self.name, public_key=public)

    def encode(self) -> str:
        """The ``PRIVATE+KEY+...`` string to store in a secret manager or environment."""
        payload = base64.b64encode(bytes([ALG_ED25519]) + self.seed).decode("ascii")
        return f"PRIVATE+KEY+{self.name}+{self.verifier.key_id.hex()}+{payload}"

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.seed).sign(message)


def generate_signing_key(name: str) -> SigningKey:
    """A new random Ed25519 key for ``name`` (the log origin, e.g. ``esafety.example/vault``)."""
    _check_key_name(name)
    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return SigningKey(name=name, seed=seed)


def parse_verifier_key(text: str) -> VerifierKey:
    """Parse ``name+keyid+base64``; the key id must match the name and key."""
    parts = text.strip().split("+", 2)  # base64 may itself contain "+"
    if len(parts) != 3:
        raise MalformedKey("a verifier key looks like name+1a2b3c4d+BASE64")
    name, hex_id, payload = parts
    public = _decode_key_payload(payload, "public key")
    key = VerifierKey(name=_checked_key_name(name), public_key=public)
    _check_key_id(hex_id, key.key_id)
    return key


def parse_signing_key(text: str) -> SigningKey:
    """Parse ``PRIVATE+KEY+name+keyid+base64``; the key id must match."""
    parts = text.strip().split("+", 4)
    if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
        raise MalformedKey("a signing key looks like PRIVATE+KEY+name+1a2b3c4d+BASE64")
    _, _, name, hex_id, payload = parts
    seed = _decode_key_payload(payload, "private key")
    key = SigningKey(name=_checked_key_name(name), seed=seed)
    _check_key_id(hex_id, key.verifier.key_id)
    return key


def _decode_key_payload(payload: str, what: str) -> bytes:
    try:
        raw = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise MalformedKey(f"the {what} is not valid base64") from None
    if len(raw) != 33 or raw[0] != ALG_ED25519:
        raise MalformedKey(f"the {what} is not an Ed25519 key (type byte 0x01 and 32 bytes)")
    return raw[1:]


def _check_key_id(hex_id: str, expected: bytes) -> None:
    if not _KEY_ID_HEX.fullmatch(hex_id):
        raise MalformedKey("the key id must be 8 lowercase hex digits")
    if bytes.fromhex(hex_id) != expected:
        raise MalformedKey(f"key id {hex_id} does not match the key (expected {expected.hex()})")


def _checked_key_name(name: str) -> str:
    _check_key_name(name)
    return name


def _check_key_name(name: str) -> None:
    if not name or "+" in name or any(char.isspace() for char in name):
        raise MalformedKey(f"key name {name!r} must be non-empty, without spaces or '+'")
    if any(ord(char) < 0x20 for char in name):
        raise MalformedKey("key name must not contain control characters")


# --------------------------------------------------------------------------
# Signed notes
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteSignature:
    name: str
    key_id: bytes
    signature: bytes

    def line(self) -> str:
        payload = base64.b64encode(self.key_id + self.signature).decode("ascii")
        return f"{EM_DASH_PREFIX}{self.name} {payload}\n"


@dataclass(frozen=True)
class SignedNote:
    text: str
    signatures: tuple[NoteSignature, ...]


def sign_note(text: str, keys: Iterable[SigningKey]) -> str:
    """Sign note ``text`` (must end in a newline) and return the complete note."""
    _check_note_text(text)
    message = text.encode("utf-8")
    lines = []
    for key in keys:
        verifier = key.verifier
        lines.append(NoteSignature(key.name, verifier.key_id, key.sign(message)).line())
    if not lines:
        raise CheckpointError("a note needs at least one signing key")
    return text + "\n" + "".join(lines)


def parse_note(note: str | bytes) -> SignedNote:
    """Split a signed note into its text and signature lines (nothing verified yet)."""
    if isinstance(note, bytes):
        try:
            note = note.decode("utf-8")
        except UnicodeDecodeError:
            raise MalformedNote("the note is not valid UTF-8") from None
    if any(ord(char) < 0x20 and char != "\n" for char in note):
        raise MalformedNote("the note contains control characters other than newline")
    if not note.endswith("\n"):
        raise MalformedNote("the note must end with a newline")
    split = note.rfind("\n\n")
    if split < 0:
        raise MalformedNote("the note has no blank line before its signatures")
    text, signature_block = note[: split + 1], note[split + 2 :]
    signature_lines = signature_block[:-1].split("\n") if signature_block else []
    if not signature_lines:
        raise MalformedNote("the note has no signature lines")
    if len(signature_lines) > MAX_SIGNATURES:
        raise MalformedNote(f"the note has more than {MAX_SIGNATURES} signatures")
    signatures = tuple(_parse_signature_line(line) for line in signature_lines)
    return SignedNote(text=text, signatures=signatures)


def open_note(note: str | bytes, key: VerifierKey) -> SignedNote:
    """Parse ``note`` and verify ``key``'s signature on it; return the verified note.

    Signatures from other keys are ignored, as the spec requires; the note is
    refused if ``key`` did not sign it or its signature fails.
    """
    parsed = parse_note(note)
    matching = [sig for sig in parsed.signatures if sig.name == key.name and sig.key_id == key.key_id]
    if not matching:
        present = ", ".join(f"{sig.name}+{sig.key_id.hex()}" for sig in parsed.signatures)
        raise UnknownKey(
            f"the note is not signed by {key.name}+{key.key_id.hex()}; it is signed by: {present}"
        )
    message = parsed.text.encode("utf-8")
    for sig in matching:
        if not key.verify(message, sig.signature):
            raise BadSignature(
                f"the signature by {key.name}+{key.key_id.hex()} does not verify: "
                "the signed text has been changed or the signature is corrupt"
            )
    return parsed


def _parse_signature_line(line: str) -> NoteSignature:
    if not line.startswith(EM_DASH_PREFIX):
        raise MalformedNote(f"signature line must start with an em dash and a space: {line!r}")
    parts = line[len(EM_DASH_PREFIX) :].split(" ")
    if len(parts) != 2 or not parts[0] or "+" in parts[0]:
        raise MalformedNote(f"signature line must be '— <name> <base64>': {line!r}")
    name, payload = parts
    try:
        raw = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise MalformedNote(f"signature by {name} is not valid base64") from None
    if len(raw) < 5:
        raise MalformedNote(f"signature by {name} is too short")
    return NoteSignature(name=name, key_id=raw[:4], signature=raw[4:])


def _check_note_text(text: str) -> None:
    if not text.endswith("\n") or "\n\n" in text or text.startswith("\n"):
        raise MalformedNote("note text must be non-empty lines, each ending in a newline")
    if any(ord(char) < 0x20 and char != "\n" for char in text):
        raise MalformedNote("note text must not contain control characters")


# --------------------------------------------------------------------------
# Checkpoints
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    """A log's origin, tree size and root hash, plus optional extension lines."""

    origin: str
    tree_size: int
    root_hash: bytes
    extensions: tuple[str, ...] = ()

    def to_text(self) -> str:
        """The note text (body) of the checkpoint."""
        lines = [self.origin, str(self.tree_size), base64.b64encode(self.root_hash).decode()]
        return "\n".join([*lines, *self.extensions]) + "\n"

    @property
    def timestamp(self) -> str | None:
        """The value of a ``time`` extension line, if present."""
        for line in self.extensions:
            if line.startswith(TIME_EXTENSION):
                return line[len(TIME_EXTENSION) :]
        return None


def make_checkpoint(
    origin: str, tree_size: int, root_hash: bytes, signed_at: datetime | None = None
) -> Checkpoint:
    """Build a checkpoint, adding a ``time <ISO 8601 UTC>`` extension line if ``signed_at``."""
    extensions = (TIME_EXTENSION + format_timestamp(signed_at),) if signed_at else ()
    checkpoint = Checkpoint(origin, tree_size, root_hash, extensions)
    parse_checkpoint_text(checkpoint.to_text())  # validates origin, size and hash
    return checkpoint


def sign_checkpoint(checkpoint: Checkpoint, key: SigningKey) -> str:
    """Return the signed note; the key name should equal the origin."""
    return sign_note(checkpoint.to_text(), [key])


def parse_checkpoint_text(text: str) -> Checkpoint:
    """Parse checkpoint note text (no signatures); raises ``MalformedNote``."""
    _check_note_text(text)
    lines = text[:-1].split("\n")
    if len(lines) < 3:
        raise MalformedNote("a checkpoint needs origin, tree size and root hash lines")
    origin, size_line, root_line, *extensions = lines
    if not origin or origin != origin.strip():
        raise MalformedNote("the checkpoint origin line is empty or padded")
    if not _DECIMAL.fullmatch(size_line):
        raise MalformedNote(f"the tree size {size_line!r} is not a plain decimal number")
    try:
        root_hash = base64.b64decode(root_line, validate=True)
    except (binascii.Error, ValueError):
        raise MalformedNote("the root hash line is not valid base64") from None
    if len(root_hash) != 32:
        raise MalformedNote("the root hash must be 32 bytes")
    return Checkpoint(origin, int(size_line), root_hash, tuple(extensions))


def verify_checkpoint(note: str | bytes, key: VerifierKey) -> Checkpoint:
    """Verify ``key``'s signature on a checkpoint note and return the checkpoint."""
    opened = open_note(note, key)
    checkpoint = parse_checkpoint_text(opened.text)
    if checkpoint.origin != key.name:
        raise UnknownKey(
            f"the checkpoint origin {checkpoint.origin!r} does not match the key name {key.name!r}"
        )
    return checkpoint


def signature_names(note: str | bytes) -> Sequence[str]:
    """``name+keyid`` of every signature on a note, for diagnostics."""
    return [f"{sig.name}+{sig.key_id.hex()}" for sig in parse_note(note).signatures]
