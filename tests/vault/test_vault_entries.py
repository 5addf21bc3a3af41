"""Canonical log entries: deterministic bytes, strict parsing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from vault.entries import EntryError, build_entry, canonical_json, parse_entry

FIELDS = {
    "object_sha256": "ab" * 32,
    "size": 1234,
    "media_type": "image/png",
    "case_ref": "CASE-2025-0042",
    "recorded_by": "staff:17",
    "recorded_at": datetime(2025, 3, 1, 9, 30, 5, 999, tzinfo=UTC),
    "log_index": 41,
}


def test_bytes_are_canonical_and_stable() -> None:
    entry = build_entry(**FIELDS)
    assert entry.to_bytes() == (
        b'{"case_ref":"CASE-2025-0042","log_index":41,"media_type":"image/png",'
        b'"object_sha256":"' + b"ab" * 32 + b'","recorded_at":"2025-03-01T09:30:05Z",'
        b'"recorded_by":"staff:17","size":1234,"v":1}'
    )
    assert parse_entry(entry.to_bytes()) == entry
    assert parse_entry(entry.to_text()) == entry


def test_times_are_converted_to_utc() -> None:
    local = datetime(2025, 3, 1, 10, 30, 5, tzinfo=timezone(timedelta(hours=1)))
    assert build_entry(**{**FIELDS, "recorded_at": local}).recorded_at == "2025-03-01T09:30:05Z"
    with pytest.raises(EntryError, match="timezone"):
        build_entry(**{**FIELDS, "recorded_at": datetime(2025, 3, 1)})


def test_non_ascii_is_kept_as_utf8() -> None:
    entry = build_entry(**{**FIELDS, "case_ref": "Schüler-Fall"})
    assert "Schüler-Fall".encode() in entry.to_bytes()
    assert parse_entry(entry.to_bytes()).case_ref == "Schüler-Fall"


@pytest.mark.parametrize(
    "mangle",
    [
        lambda b: b.replace(b'{"case_ref"', b'{ "case_ref"'),  # whitespace
        lambda b: b.replace(b'"size":1234', b'"size":1234.0'),  # float
        lambda b: b.replace(b'"v":1', b'"v":2'),  # unknown version
        lambda b: b.replace(b'"size":1234,', b""),  # missing field
        lambda b: b[:-1] + b',"extra":1}',  # extra field
        lambda b: b.replace(b'"log_index":41', b'"log_index":true'),  # wrong type
        lambda b: b"[1,2]",
        lambda b: b"\xff",
    ],
)
def test_non_canonical_or_malformed_entries_are_refused(mangle) -> None:  # type: ignore[no-untyped-def]
    original = build_entry(**FIELDS).to_bytes()
    mangled = mangle(original)
    assert mangled != original
    with pytest.raises(EntryError):
        parse_entry(mangled)


def test_escaped_non_ascii_is_not_canonical() -> None:
    entry = build_entry(**{**FIELDS, "case_ref": "Schüler"}).to_bytes()
    with pytest.raises(EntryError, match="canonical"):
        parse_entry(entry.replace("ü".encode(), b"\\u00fc"))


def test_key_order_other_than_sorted_is_refused() -> None:
    reordered = (
        b'{"v":1,"case_ref":"CASE-2025-0042","log_index":41,"media_type":"image/png",'
        b'"object_sha256":"' + b"ab" * 32 + b'","recorded_at":"2025-03-01T09:30:05Z",'
        b'"recorded_by":"staff:17","size":1234}'
    )
    with pytest.raises(EntryError, match="canonical"):
        parse_entry(reordered)


@pytest.mark.parametrize(
    "override",
    [
        {"object_sha256": "AB" * 32},
        {"object_sha256": "ab" * 31},
        {"size": -1},
        {"log_index": -5},
        {"recorded_at": "2025-02-30T00:00:00Z"},
        {"recorded_at": "2025-03-01 09:30:05"},
        {"case_ref": ""},
        {"size": True},
    ],
)
def test_invalid_fields_are_refused(override: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(EntryError):
        build_entry(**{**FIELDS, **override})


def test_canonical_json_refuses_floats() -> None:
    with pytest.raises(EntryError):
        canonical_json({"a": [1.5]})
