"""Log entries: the canonical JSON record each Merkle leaf commits to.

Why canonical: the leaf hash is over the entry's exact bytes, so anyone
rebuilding the entry from its fields must get the same bytes. The encoding is
JSON with sorted keys, no whitespace, UTF-8 (non-ASCII kept as is), integers
only, and times as ``YYYY-MM-DDTHH:MM:SSZ`` in UTC. ``parse_entry`` refuses
any text that is not in exactly this form, so two different byte strings can
never describe the same record.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from vault import VaultError

ENTRY_VERSION = 1
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_UTC_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_FIELDS = {
    "v": int,
    "object_sha256": str,
    "size": int,
    "media_type": str,
    "case_ref": str,
    "recorded_by": str,
    "recorded_at": str,
    "log_index": int,
}


class EntryError(VaultError):
    """An entry is malformed or not in canonical form."""


@dataclass(frozen=True)
class LogEntry:
    """One evidence record in the log.

    ``recorded_by`` is a stable identifier of the member of staff (not
    necessarily their name); ``case_ref`` is the incident or case reference.
    """

    object_sha256: str
    size: int
    media_type: str
    case_ref: str
    recorded_by: str
    recorded_at: str
    log_index: int
    v: int = ENTRY_VERSION

    def to_bytes(self) -> bytes:
        """Canonical bytes: what the Merkle leaf hashes."""
        return canonical_json(asdict(self))

    def to_text(self) -> str:
        """Canonical text (the same bytes decoded), as embedded in bundle manifests."""
        return self.to_bytes().decode("utf-8")


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON: sorted keys, no whitespace, UTF-8, no NaN or floats."""
    _reject_floats(value)
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def format_timestamp(moment: datetime) -> str:
    """ISO 8601 UTC to the second, e.g. ``2025-03-01T09:30:00Z``; naive times are refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise EntryError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_entry(
    *,
    object_sha256: str,
    size: int,
    media_type: str,
    case_ref: str,
    recorded_by: str,
    recorded_at: datetime | str,
    log_index: int,
) -> LogEntry:
    """Validate the fields and return the entry; call ``.to_bytes()`` to append it."""
    if isinstance(recorded_at, datetime):
        recorded_at = format_timestamp(recorded_at)
    entry = LogEntry(
        object_sha256=object_sha256,
        size=size,
        media_type=media_type,
        case_ref=case_ref,
        recorded_by=recorded_by,
        recorded_at=recorded_at,
        log_index=log_index,
    )
    _validate(entry)
    return entry


def parse_entry(data: bytes | str) -> LogEntry:
    """Parse canonical entry bytes; raises ``EntryError`` unless they are exactly canonical."""
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    try:
        fields = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise EntryError(f"entry is not valid UTF-8 JSON: {error}") from None
    if not isinstance(fields, dict) or set(fields) != set(_FIELDS):
        raise EntryError(f"entry must have exactly the fields {sorted(_FIELDS)}")
    entry = LogEntry(**fields)
    if entry.v != ENTRY_VERSION:
        raise EntryError(f"entry version {entry.v!r} is not supported")
    _validate(entry)
    if entry.to_bytes() != raw:
        raise EntryError("entry is not in canonical form (key order, spacing or escaping)")
    return entry


def _validate(entry: LogEntry) -> None:
    for name, kind in _FIELDS.items():
        if type(getattr(entry, name)) is not kind:
            raise EntryError(f"entry field {name!r} must be of type {kind.__name__}")
    if not _SHA256_HEX.fullmatch(entry.object_sha256):
        raise EntryError("object_sha256 must be 64 lowercase hex characters")
    if entry.size < 0 or entry.log_index < 0:
        raise EntryError("size and log_index must not be negative")
    if not _UTC_TIMESTAMP.fullmatch(entry.recorded_at):
        raise EntryError("recorded_at must look like 2025-03-01T09:30:00Z (UTC)")
    try:
        datetime.strptime(entry.recorded_at, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise EntryError(f"recorded_at {entry.recorded_at!r} is not a real date") from None
    for name in ("media_type", "case_ref", "recorded_by"):
        if not getattr(entry, name):
            raise EntryError(f"{name} must not be empty")


def _reject_floats(value: Any) -> None:
    if isinstance(value, float):
        raise EntryError("canonical JSON does not allow floating-point numbers")
    if isinstance(value, dict):
        for item in value.values():
            _reject_floats(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _reject_floats(item)
