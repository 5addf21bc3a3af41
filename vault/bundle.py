"""Export bundles: a self-verifying ZIP of evidence for police, LADO or courts.

Why: the recipient must be able to check, without our database, network or
goodwill, that every file is exactly what was logged when it was collected.
Each evidence file travels with its log entry and an inclusion proof to a
signed checkpoint; ``verify_bundle`` (and the ``esafety-verify`` command) checks
all of it offline.

Layout::

    manifest.json     what is in the bundle, with hashes, entries and proofs
    manifest.sig      signed note binding manifest.json's SHA-256 to the log key
    checkpoint.txt    signed tree head (C2SP signed note)
    public-key.txt    the log's verifier key (name+keyid+base64)
    files/...         decrypted evidence, one per log entry
    <documents>       extra files the caller adds (e.g. summary.pdf, VERIFY.txt);
                      hashed in the manifest but not in the log

manifest.json (format_version 1)::

    {
      "format": "esafety-evidence-bundle", "format_version": 1,
      "case_ref": "...", "created_at": "2025-03-01T09:30:00Z",
      "log": {"origin": "...", "tree_size": 1234, "root_hash": "<base64>"},
      "files": [{"path": "files/000042-<sha256 prefix>.png", "sha256": "<hex>",
                 "size": 1234, "media_type": "image/png", "log_index": 42,
                 "leaf_index": 42, "entry": "<canonical entry JSON text>",
                 "inclusion_proof": ["<base64 hash>", ...]}],
      "documents": [{"path": "summary.pdf", "sha256": "<hex>", "size": 99,
                     "media_type": "application/pdf", "description": "..."}]
    }
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import os
import posixpath
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from vault import VaultError
from vault.checkpoint import (
    Checkpoint,
    CheckpointError,
    SigningKey,
    VerifierKey,
    open_note,
    parse_checkpoint_text,
    parse_note,
    parse_verifier_key,
    sign_note,
    verify_checkpoint,
)
from vault.entries import EntryError, LogEntry, format_timestamp, parse_entry
from vault.filetypes import TEXT, extension_for
from vault.merkle import ProofError, leaf_hash, verify_inclusion

BUNDLE_FORMAT = "esafety-evidence-bundle"
BUNDLE_FORMAT_VERSION = 1
MANIFEST_PATH = "manifest.json"
MANIFEST_SIGNATURE_PATH = "manifest.sig"
CHECKPOINT_PATH = "checkpoint.txt"
PUBLIC_KEY_PATH = "public-key.txt"
INSTRUCTIONS_PATH = "VERIFY.txt"
EVIDENCE_DIR = "files/"
RESERVED_PATHS = frozenset({MANIFEST_PATH, MANIFEST_SIGNATURE_PATH, CHECKPOINT_PATH, PUBLIC_KEY_PATH})
MANIFEST_NOTE_HEADER = f"{BUNDLE_FORMAT}/v{BUNDLE_FORMAT_VERSION}"
_MAX_METADATA_BYTES = 16 * 1024 * 1024
_COMPRESSED_TYPES = frozenset({"text/plain", "text/csv", "application/json"})


class BundleError(VaultError):
    """Base class for bundle errors."""


class BundleBuildError(BundleError):
    """The inputs to the builder are inconsistent; no bundle was written."""


class BundleFormatError(BundleError):
    """The file is not a readable ZIP at all (the verifier exits with code 2)."""


# --------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceFile:
    """One decrypted evidence object with its log entry and inclusion proof.

    ``entry`` must be the exact canonical bytes that were appended to the log,
    and ``inclusion_proof`` must be for ``entry.log_index`` at the tree size of
    the checkpoint the bundle carries.
    """

    content: bytes
    entry: bytes
    inclusion_proof: Sequence[bytes]


@dataclass(frozen=True)
class ExtraDocument:
    """A file added for the reader (e.g. a PDF summary), hashed but not logged."""

    path: str
    content: bytes
    media_type: str
    description: str = ""


def write_bundle(
    destination: str | os.PathLike[str] | BinaryIO,
    *,
    case_ref: str,
    created_at: datetime,
    evidence: Iterable[EvidenceFile],
    checkpoint_note: str,
    signing_key: SigningKey,
    documents: Iterable[ExtraDocument] = (),
    include_instructions: bool = True,
) -> dict[str, Any]:
    """Check the inputs agree with each other, write the ZIP, and return the manifest.

    ``signing_key`` is the log's key: its public half goes in public-key.txt
    and it signs the manifest's hash (manifest.sig), so that fields not covered
    by the log (case reference, documents, descriptions) cannot be altered either.

    Raises ``BundleBuildError`` before writing anything if an entry does not
    match its file, a proof does not lead to the checkpoint root, or the
    checkpoint is not signed by ``signing_key``.
    """
    key = signing_key.verifier
    try:
        checkpoint = verify_checkpoint(checkpoint_note, key)
    except CheckpointError as error:
        raise BundleBuildError(f"checkpoint does not verify with the key given: {error}") from None
    created = format_timestamp(created_at)
    files = [_evidence_record(item, checkpoint) for item in evidence]
    extra = list(documents)
    if include_instructions:
        extra.append(_instructions_document(case_ref, key))
    manifest = {
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_FORMAT_VERSION,
        "case_ref": case_ref,
        "created_at": created,
        "log": _log_summary(checkpoint),
        "files": [record for record, _ in files],
        "documents": [_document_record(doc) for doc in extra],
    }
    _check_unique_paths(manifest)
    members = [(record["path"], content, record["media_type"]) for record, content in files]
    members += [(doc.path, doc.content, doc.media_type) for doc in extra]
    manifest_bytes = json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    manifest_note = sign_note(_manifest_note_text(manifest_bytes), [signing_key])
    _write_zip(
        destination,
        created_at,
        [
            (MANIFEST_PATH, manifest_bytes, TEXT),
            (MANIFEST_SIGNATURE_PATH, manifest_note.encode("utf-8"), TEXT),
            (CHECKPOINT_PATH, checkpoint_note.encode("utf-8"), TEXT),
            (PUBLIC_KEY_PATH, (key.encode() + "\n").encode("utf-8"), TEXT),
            *members,
        ],
    )
    return manifest


def build_bundle(**kwargs: Any) -> bytes:
    """``write_bundle`` into memory; returns the ZIP bytes (for small bundles and tests)."""
    buffer = io.BytesIO()
    write_bundle(buffer, **kwargs)
    return buffer.getvalue()


def evidence_path(entry: LogEntry) -> str:
    """Where an evidence file goes in the ZIP: index and hash, never the original name.

    Original names often contain a child's name, so they stay out of the bundle.
    """
    return f"{EVIDENCE_DIR}{entry.log_index:06d}-{entry.object_sha256[:16]}" + extension_for(entry.media_type)


def _evidence_record(item: EvidenceFile, checkpoint: Checkpoint) -> tuple[dict[str, Any], bytes]:
    try:
        entry = parse_entry(item.entry)
    except EntryError as error:
        raise BundleBuildError(f"log entry is not canonical: {error}") from None
    where = f"log entry {entry.log_index}"
    digest = hashlib.sha256(item.content).hexdigest()
    if digest != entry.object_sha256 or len(item.content) != entry.size:
        raise BundleBuildError(f"{where}: content does not match the entry's hash or size")
    proof = [bytes(node) for node in item.inclusion_proof]
    try:
        verify_inclusion(
            leaf_hash(item.entry), entry.log_index, checkpoint.tree_size, proof, checkpoint.root_hash
        )
    except ProofError as error:
        raise BundleBuildError(f"{where}: inclusion proof does not match the checkpoint: {error}") from None
    record = {
        "path": evidence_path(entry),
        "sha256": digest,
        "size": len(item.content),
        "media_type": entry.media_type,
        "log_index": entry.log_index,
        "leaf_index": entry.log_index,
        "entry": entry.to_text(),
        "inclusion_proof": [base64.b64encode(node).decode("ascii") for node in proof],
    }
    return record, item.content


def _document_record(doc: ExtraDocument) -> dict[str, Any]:
    problem = _unsafe_path_reason(doc.path)
    if problem or doc.path in RESERVED_PATHS or doc.path.startswith(EVIDENCE_DIR):
        raise BundleBuildError(f"document path {doc.path!r} is not allowed")
    return {
        "path": doc.path,
        "sha256": hashlib.sha256(doc.content).hexdigest(),
        "size": len(doc.content),
        "media_type": doc.media_type,
        "description": doc.description,
    }


def _log_summary(checkpoint: Checkpoint) -> dict[str, Any]:
    return {
        "origin": checkpoint.origin,
        "tree_size": checkpoint.tree_size,
        "root_hash": base64.b64encode(checkpoint.root_hash).decode("ascii"),
    }


def _check_unique_paths(manifest: dict[str, Any]) -> None:
    paths = [item["path"] for item in manifest["files"] + manifest["documents"]]
    duplicates = sorted({path for path in paths if paths.count(path) > 1})
    if duplicates:
        raise BundleBuildError(f"the same path appears twice: {duplicates}")


def _manifest_note_text(manifest_bytes: bytes) -> str:
    """Note text signed over the manifest; its shape can never parse as a checkpoint."""
    return f"{MANIFEST_NOTE_HEADER}\nsha256 {hashlib.sha256(manifest_bytes).hexdigest()}\n"


def _instructions_document(case_ref: str, key: VerifierKey) -> ExtraDocument:
    text = (
        f"Evidence bundle for case {case_ref}\n\n"
        "Every file in this bundle is listed in manifest.json with its SHA-256 hash.\n"
        "Each evidence file in files/ was recorded in a tamper-evident log when it was\n"
        "collected; manifest.json holds that log entry and a proof that the entry is in\n"
        "the log whose signed state is checkpoint.txt.\n\n"
        "To check everything offline:\n\n"
        "    esafety-verify BUNDLE.zip --key KEY\n\n"
        "where KEY is the log's public key obtained separately from the organisation\n"
        "(not from this bundle). The key the bundle says it was signed with is:\n\n"
        f"    {key.encode()}\n\n"
        f"Its key id is {key.key_id.hex()}.\n"
    )
    return ExtraDocument(INSTRUCTIONS_PATH, text.encode("utf-8"), TEXT, "How to verify this bundle")


def _write_zip(
    destination: str | os.PathLike[str] | BinaryIO,
    created_at: datetime,
    members: list[tuple[str, bytes, str]],
) -> None:
    stamp = created_at.timetuple()[:6]
    with zipfile.ZipFile(destination, "w") as archive:
        for path, content, media_type in members:
            info = zipfile.ZipInfo(path, date_time=stamp)
            info.compress_type = (
                zipfile.ZIP_DEFLATED if media_type in _COMPRESSED_TYPES else zipfile.ZIP_STORED
            )
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)


# --------------------------------------------------------------------------
# Verifying
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One failed check: which file, which check, and what was found."""

    path: str
    check: str
    detail: str

    def __str__(self) -> str:
        return f"{self.path}: {self.check}: {self.detail}"


@dataclass
class BundleReport:
    """The outcome of ``verify_bundle``; ``ok`` only if there are no problems."""

    problems: list[Problem] = field(default_factory=list)
    case_ref: str | None = None
    created_at: str | None = None
    evidence_checked: int = 0
    documents_checked: int = 0
    checkpoint: Checkpoint | None = None
    key: VerifierKey | None = None
    key_supplied: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def fail(self, path: str, check: str, detail: str) -> None:
        self.problems.append(Problem(path, check, detail))


def verify_bundle(
    source: str | os.PathLike[str] | bytes | BinaryIO, trusted_key: str | None = None
) -> BundleReport:
    """Check a bundle completely; ``trusted_key`` is the key string obtained separately.

    Raises ``BundleFormatError`` only if ``source`` is not a readable ZIP; every
    other failure is collected as a ``Problem`` in the report.
    """
    report = BundleReport()
    supplied = _parse_supplied_key(trusted_key) if trusted_key is not None else None
    with _open_zip(source) as archive:
        _BundleVerifier(archive, report, supplied).run()
    return report


def _parse_supplied_key(text: str) -> VerifierKey:
    try:
        return parse_verifier_key(text)
    except CheckpointError as error:
        raise BundleFormatError(f"the key you supplied is not a valid verifier key: {error}") from None


def _open_zip(source: str | os.PathLike[str] | bytes | BinaryIO) -> zipfile.ZipFile:
    if isinstance(source, bytes | bytearray):
        source = io.BytesIO(source)
    try:
        return zipfile.ZipFile(source)
    except zipfile.BadZipFile as error:
        raise BundleFormatError(f"not a ZIP file or the ZIP is damaged ({error})") from None
    except OSError as error:
        raise BundleFormatError(f"cannot read the bundle: {error}") from None


class _BundleVerifier:
    """One verification run; each check records problems instead of stopping."""

    def __init__(self, archive: zipfile.ZipFile, report: BundleReport, supplied: VerifierKey | None) -> None:
        self.archive = archive
        self.report = report
        self.supplied = supplied
        self.members: dict[str, zipfile.ZipInfo] = {}
        self.manifest_bytes: bytes | None = None

    def run(self) -> None:
        self._index_members()
        manifest = self._load_manifest()
        key = self._load_key()
        checkpoint = self._load_checkpoint(key)
        if manifest is None:
            return
        self._check_manifest_signature(key)
        self.report.case_ref = _str_or_none(manifest.get("case_ref"))
        self.report.created_at = _str_or_none(manifest.get("created_at"))
        self._check_log_summary(manifest, checkpoint)
        files = _list_field(manifest, "files", self.report)
        documents = _list_field(manifest, "documents", self.report)
        for record in files:
            self._check_evidence(record, checkpoint)
        for record in documents:
            self._check_document(record)
        self._check_listing(files + documents)

    # -- archive and metadata ------------------------------------------------

    def _index_members(self) -> None:
        for info in self.archive.infolist():
            name = info.filename
            if info.is_dir() and info.file_size == 0:
                continue
            reason = _unsafe_path_reason(name)
            if reason:
                self.report.fail(name, "zip listing", reason)
            if name in self.members:
                self.report.fail(name, "zip listing", "the ZIP holds two files with this name")
            self.members[name] = info

    def _read(self, path: str) -> bytes | None:
        """Read a small metadata member (manifest, signature, checkpoint, key)."""
        info = self.members.get(path)
        if info is None:
            return None
        limit = _MAX_METADATA_BYTES
        if info.file_size > limit:
            self.report.fail(path, "size", f"{info.file_size} bytes is over the metadata limit ({limit})")
            return None
        try:
            with self.archive.open(info) as handle:
                return handle.read(limit + 1)
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as error:
            self.report.fail(path, "zip integrity", f"cannot be read from the ZIP ({error})")
            return None

    def _load_manifest(self) -> dict[str, Any] | None:
        raw = self.manifest_bytes = self._read(MANIFEST_PATH)
        if raw is None:
            if MANIFEST_PATH not in self.members:
                self.report.fail(MANIFEST_PATH, "presence", "the bundle has no manifest.json")
            return None
        try:
            manifest = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            self.report.fail(MANIFEST_PATH, "format", f"not valid UTF-8 JSON ({error})")
            return None
        if not isinstance(manifest, dict):
            self.report.fail(MANIFEST_PATH, "format", "the manifest is not a JSON object")
            return None
        if manifest.get("format") != BUNDLE_FORMAT:
            self.report.fail(MANIFEST_PATH, "format", f"format is not {BUNDLE_FORMAT!r}")
        if manifest.get("format_version") != BUNDLE_FORMAT_VERSION:
            self.report.fail(
                MANIFEST_PATH,
                "format",
                f"format_version {manifest.get('format_version')!r} is not supported",
            )
        return manifest

    def _load_key(self) -> VerifierKey | None:
        raw = self._read(PUBLIC_KEY_PATH)
        bundle_key = None
        if raw is None:
            self.report.fail(PUBLIC_KEY_PATH, "presence", "the bundle has no public key file")
        else:
            try:
                bundle_key = parse_verifier_key(raw.decode("utf-8"))
            except (UnicodeDecodeError, CheckpointError) as error:
                self.report.fail(PUBLIC_KEY_PATH, "key format", str(error))
        if self.supplied is not None:
            self.report.key_supplied = True
            if bundle_key is not None and bundle_key != self.supplied:
                self.report.fail(
                    PUBLIC_KEY_PATH,
                    "key match",
                    f"the bundle's key {bundle_key.name}+{bundle_key.key_id.hex()} is not the "
                    f"key you supplied ({self.supplied.name}+{self.supplied.key_id.hex()})",
                )
            self.report.key = self.supplied
            return self.supplied
        self.report.key = bundle_key
        return bundle_key

    def _load_checkpoint(self, key: VerifierKey | None) -> Checkpoint | None:
        raw = self._read(CHECKPOINT_PATH)
        if raw is None:
            self.report.fail(CHECKPOINT_PATH, "presence", "the bundle has no checkpoint")
            return None
        try:
            note = raw.decode("utf-8")
            unverified = parse_checkpoint_text(parse_note(note).text)
        except (UnicodeDecodeError, CheckpointError) as error:
            self.report.fail(CHECKPOINT_PATH, "format", str(error))
            return None
        if key is None:
            self.report.fail(CHECKPOINT_PATH, "signature", "no usable key to check it with")
        else:
            try:
                verify_checkpoint(note, key)
            except CheckpointError as error:
                self.report.fail(CHECKPOINT_PATH, "signature", str(error))
        self.report.checkpoint = unverified
        return unverified

    def _check_manifest_signature(self, key: VerifierKey | None) -> None:
        raw = self._read(MANIFEST_SIGNATURE_PATH)
        if raw is None:
            self.report.fail(MANIFEST_SIGNATURE_PATH, "presence", "the manifest is not signed")
            return
        if key is None or self.manifest_bytes is None:
            return
        try:
            note = open_note(raw.decode("utf-8"), key)
        except (UnicodeDecodeError, CheckpointError) as error:
            self.report.fail(MANIFEST_SIGNATURE_PATH, "signature", str(error))
            return
        if note.text != _manifest_note_text(self.manifest_bytes):
            self.report.fail(
                MANIFEST_PATH,
                "manifest signature",
                "manifest.json has been changed since the bundle was signed",
            )

    def _check_log_summary(self, manifest: dict[str, Any], checkpoint: Checkpoint | None) -> None:
        if checkpoint is None:
            return
        if manifest.get("log") != _log_summary(checkpoint):
            self.report.fail(MANIFEST_PATH, "log summary", "the 'log' section does not match checkpoint.txt")

    # -- files -----------------------------------------------------------------

    def _check_evidence(self, record: Any, checkpoint: Checkpoint | None) -> None:
        path = _record_path(record, self.report)
        if path is None:
            return
        fields = _typed_fields(
            record,
            path,
            self.report,
            sha256=str,
            size=int,
            media_type=str,
            log_index=int,
            leaf_index=int,
            entry=str,
            inclusion_proof=list,
        )
        if fields is None:
            return
        content_ok = self._content_matching(path, fields["sha256"], fields["size"])
        entry = self._entry_matching(path, fields)
        if content_ok and entry is not None:
            self.report.evidence_checked += 1
        if checkpoint is not None:
            self._check_inclusion(path, fields, checkpoint)

    def _entry_matching(self, path: str, fields: dict[str, Any]) -> LogEntry | None:
        try:
            entry = parse_entry(fields["entry"])
        except EntryError as error:
            self.report.fail(path, "log entry", str(error))
            return None
        expected = {
            "object_sha256": fields["sha256"],
            "size": fields["size"],
            "media_type": fields["media_type"],
            "log_index": fields["log_index"],
        }
        for name, value in expected.items():
            if getattr(entry, name) != value:
                self.report.fail(
                    path, "log entry", f"entry {name} is {getattr(entry, name)!r}, manifest says {value!r}"
                )
        if fields["leaf_index"] != entry.log_index:
            self.report.fail(path, "log entry", "leaf_index differs from the entry's log_index")
        return entry

    def _check_inclusion(self, path: str, fields: dict[str, Any], checkpoint: Checkpoint) -> None:
        try:
            proof = [base64.b64decode(node, validate=True) for node in fields["inclusion_proof"]]
        except (binascii.Error, ValueError, TypeError):
            self.report.fail(path, "inclusion proof", "a proof hash is not valid base64")
            return
        try:
            verify_inclusion(
                leaf_hash(fields["entry"].encode("utf-8")),
                fields["leaf_index"],
                checkpoint.tree_size,
                proof,
                checkpoint.root_hash,
            )
        except ProofError as error:
            self.report.fail(path, "inclusion proof", str(error))

    def _check_document(self, record: Any) -> None:
        path = _record_path(record, self.report)
        if path is None:
            return
        fields = _typed_fields(record, path, self.report, sha256=str, size=int, media_type=str)
        if fields is None:
            return
        if path in RESERVED_PATHS or path.startswith(EVIDENCE_DIR):
            self.report.fail(path, "manifest", "documents may not use this path")
        if self._content_matching(path, fields["sha256"], fields["size"]):
            self.report.documents_checked += 1

    def _content_matching(self, path: str, sha256: str, size: int) -> bool:
        """Hash the member in chunks (evidence can be large) and compare with the manifest."""
        info = self.members.get(path)
        if info is None:
            return False  # reported once by _check_listing
        if info.file_size != size:
            self.report.fail(path, "size", f"file is {info.file_size} bytes, manifest says {size}")
            return False
        digest, length = hashlib.sha256(), 0
        try:
            with self.archive.open(info) as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
                    length += len(chunk)
                    if length > size:
                        break
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as error:
            self.report.fail(path, "zip integrity", f"cannot be read from the ZIP ({error})")
            return False
        if length != size:
            self.report.fail(path, "size", f"file holds {length} bytes, manifest says {size}")
            return False
        if digest.hexdigest() != sha256:
            self.report.fail(path, "sha256", f"file hashes to {digest.hexdigest()}, manifest says {sha256}")
            return False
        return True

    def _check_listing(self, records: list[Any]) -> None:
        listed = [
            record["path"]
            for record in records
            if isinstance(record, dict) and isinstance(record.get("path"), str)
        ]
        for path in sorted({path for path in listed if listed.count(path) > 1}):
            self.report.fail(path, "manifest", "listed more than once")
        for path in listed:
            if path not in self.members:
                self.report.fail(path, "presence", "listed in the manifest but missing from the ZIP")
        for path in sorted(set(self.members) - set(listed) - RESERVED_PATHS):
            self.report.fail(path, "presence", "in the ZIP but not listed in the manifest")


def _record_path(record: Any, report: BundleReport) -> str | None:
    if not isinstance(record, dict) or not isinstance(record.get("path"), str):
        report.fail(MANIFEST_PATH, "format", "a file record has no path")
        return None
    return record["path"]


def _typed_fields(
    record: dict[str, Any], path: str, report: BundleReport, **types: type
) -> dict[str, Any] | None:
    fields = {}
    for name, kind in types.items():
        value = record.get(name)
        if type(value) is not kind:
            report.fail(path, "manifest", f"field {name!r} is missing or not a {kind.__name__}")
            return None
        fields[name] = value
    return fields


def _list_field(manifest: dict[str, Any], name: str, report: BundleReport) -> list[Any]:
    value = manifest.get(name, [])
    if not isinstance(value, list):
        report.fail(MANIFEST_PATH, "format", f"{name!r} is not a list")
        return []
    return value


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _unsafe_path_reason(path: str) -> str | None:
    if not path or path.startswith("/") or "\\" in path or ":" in path:
        return "absolute or non-portable path"
    if any(part in ("", ".", "..") for part in path.split("/")):
        return "path with empty, '.' or '..' parts"
    if posixpath.normpath(path) != path:
        return "path is not normalised"
    return None


def read_trusted_key(value: str) -> str:
    """A ``--key`` argument: a path to a file holding the key, or the key itself."""
    candidate = Path(value)
    if "+" not in value or candidate.is_file():
        try:
            return candidate.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise BundleFormatError(f"cannot read key file {value}: {error}") from None
    return value.strip()
