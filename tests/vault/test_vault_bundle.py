"""Export bundles: built, verified offline in a separate process, and refused after any change."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vault.bundle import (
    BundleBuildError,
    BundleFormatError,
    EvidenceFile,
    ExtraDocument,
    build_bundle,
    verify_bundle,
)
from vault.checkpoint import SigningKey, generate_signing_key, make_checkpoint, sign_checkpoint
from vault.entries import build_entry
from vault.merkle import MemoryNodeStore, MerkleLog

ORIGIN = "esafety.example/vault"
CASE = "CASE-2025-0042"
CREATED = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
REPO_ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x00\x00\x10" * 4 + b"pixels"
EVIDENCE = [
    (PNG, "image/png"),
    (b"[19:02] unknown: send me a photo\n", "text/plain"),
    (b'{"platform": "chat", "messages": 3}', "application/json"),
]


@dataclass
class Fixture:
    key: SigningKey
    log: MerkleLog
    evidence: list[EvidenceFile]
    checkpoint_note: str
    summary: ExtraDocument
    zip_bytes: bytes


def summary_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)
    page.drawString(72, 720, f"Summary for {CASE}")
    page.save()
    return buffer.getvalue()


def make_fixture() -> Fixture:
    key = generate_signing_key(ORIGIN)
    log = MerkleLog(MemoryNodeStore())
    log.append_many([f"unrelated entry {i}".encode() for i in range(11)])
    entries = []
    for content, media_type in EVIDENCE:
        entry = build_entry(
            object_sha256=hashlib.sha256(content).hexdigest(),
            size=len(content),
            media_type=media_type,
            case_ref=CASE,
            recorded_by="staff:17",
            recorded_at=CREATED,
            log_index=log.size,
        )
        log.append(entry.to_bytes())
        entries.append(entry)
    log.append_many([b"later entry 1", b"later entry 2"])
    head = log.tree_head()
    note = sign_checkpoint(make_checkpoint(ORIGIN, head.size, head.root_hash, CREATED), key)
    evidence = [
        EvidenceFile(content, entry.to_bytes(), log.inclusion_proof(entry.log_index, head.size))
        for (content, _), entry in zip(EVIDENCE, entries, strict=True)
    ]
    summary = ExtraDocument("summary.pdf", summary_pdf(), "application/pdf", "Case summary")
    zip_bytes = build_bundle(
        case_ref=CASE,
        created_at=CREATED,
        evidence=evidence,
        checkpoint_note=note,
        signing_key=key,
        documents=[summary],
    )
    return Fixture(key, log, evidence, note, summary, zip_bytes)


@pytest.fixture(scope="module")
def fixture() -> Fixture:
    return make_fixture()


def rewrite(
    zip_bytes: bytes,
    replace: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
    add: dict[str, bytes] | None = None,
) -> bytes:
    """Repack a bundle with changes, as someone tampering with it would."""
    replace, add = replace or {}, add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename in drop:
                continue
            target.writestr(info.filename, replace.get(info.filename, source.read(info)))
        for name, content in add.items():
            target.writestr(name, content)
    return out.getvalue()


def member(zip_bytes: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as archive:
        return archive.read(name)


def manifest_of(zip_bytes: bytes) -> dict:  # type: ignore[type-arg]
    return json.loads(member(zip_bytes, "manifest.json"))


def first_evidence_path(zip_bytes: bytes) -> str:
    return manifest_of(zip_bytes)["files"][0]["path"]


def run_verifier(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vault.verify_cli", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


# --------------------------------------------------------------------------
# Layout and a clean pass in a separate process
# --------------------------------------------------------------------------


def test_bundle_layout(fixture: Fixture) -> None:
    with zipfile.ZipFile(io.BytesIO(fixture.zip_bytes)) as archive:
        names = set(archive.namelist())
    manifest = manifest_of(fixture.zip_bytes)
    evidence_paths = {item["path"] for item in manifest["files"]}
    assert names == {
        "manifest.json",
        "manifest.sig",
        "checkpoint.txt",
        "public-key.txt",
        "summary.pdf",
        "VERIFY.txt",
        *evidence_paths,
    }
    assert all(path.startswith("files/") for path in evidence_paths)
    assert [item["leaf_index"] for item in manifest["files"]] == [11, 12, 13]
    assert manifest["log"]["tree_size"] == 16
    assert {doc["path"] for doc in manifest["documents"]} == {"summary.pdf", "VERIFY.txt"}
    assert member(fixture.zip_bytes, "checkpoint.txt").decode() == fixture.checkpoint_note
    assert member(fixture.zip_bytes, "public-key.txt").decode().strip() == (fixture.key.verifier.encode())


def test_verifier_passes_in_a_separate_process_with_the_key(fixture: Fixture, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(fixture.zip_bytes)
    key_file = tmp_path / "key.txt"
    key_file.write_text(fixture.key.verifier.encode() + "\n")
    for key_argument in (str(key_file), fixture.key.verifier.encode()):
        result = run_verifier(str(bundle), "--key", key_argument)
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.startswith("PASS")
        assert "Evidence files:  3" in result.stdout
        assert "Tree size:       16" in result.stdout
        assert f"+{fixture.key.verifier.key_id.hex()}" in result.stdout
        assert "matches the key you supplied" in result.stdout


def test_verifier_without_key_passes_but_says_the_key_was_not_checked(
    fixture: Fixture, tmp_path: Path
) -> None:
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(fixture.zip_bytes)
    result = run_verifier(str(bundle))
    assert result.returncode == 0
    assert "NOT DONE" in result.stdout


def test_verifier_never_imports_django(fixture: Fixture, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(fixture.zip_bytes)
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'django' or name.startswith('django.'):\n"
        "            raise ImportError('django must not be imported')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import vault.verify_cli\n"
        "code = vault.verify_cli.main([sys.argv[1]])\n"
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(bundle)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_in_process_report(fixture: Fixture) -> None:
    report = verify_bundle(fixture.zip_bytes, fixture.key.verifier.encode())
    assert report.ok, report.problems
    assert report.case_ref == CASE
    assert report.evidence_checked == 3
    assert report.documents_checked == 2
    assert report.checkpoint is not None and report.checkpoint.tree_size == 16


# --------------------------------------------------------------------------
# Any change fails
# --------------------------------------------------------------------------


def flip_last_byte(data: bytes) -> bytes:
    return data[:-1] + bytes([data[-1] ^ 0x01])


def change_file_byte(z: bytes) -> bytes:
    path = first_evidence_path(z)
    return rewrite(z, replace={path: flip_last_byte(member(z, path))})


def change_document_byte(z: bytes) -> bytes:
    return rewrite(z, replace={"summary.pdf": flip_last_byte(member(z, "summary.pdf"))})


def drop_evidence_file(z: bytes) -> bytes:
    return rewrite(z, drop=(first_evidence_path(z),))


def drop_document(z: bytes) -> bytes:
    return rewrite(z, drop=("summary.pdf",))


def add_unlisted_file(z: bytes) -> bytes:
    return rewrite(z, add={"files/extra.txt": b"planted"})


def add_duplicate_name(z: bytes) -> bytes:
    return rewrite(z, add={first_evidence_path(z): b"second copy"})


def edit_manifest(change: Callable[[dict], None]) -> Callable[[bytes], bytes]:  # type: ignore[type-arg]
    def apply(z: bytes) -> bytes:
        manifest = manifest_of(z)
        change(manifest)
        return rewrite(z, replace={"manifest.json": json.dumps(manifest, indent=2).encode()})

    return apply


def set_case_ref(m: dict) -> None:  # type: ignore[type-arg]
    m["case_ref"] = "CASE-OTHER"


def set_size(m: dict) -> None:  # type: ignore[type-arg]
    m["files"][0]["size"] += 1


def set_hash(m: dict) -> None:  # type: ignore[type-arg]
    m["files"][0]["sha256"] = "0" * 64


def set_entry(m: dict) -> None:  # type: ignore[type-arg]
    m["files"][0]["entry"] = m["files"][0]["entry"].replace("staff:17", "staff:18")


def set_proof(m: dict) -> None:  # type: ignore[type-arg]
    m["files"][1]["inclusion_proof"][0] = m["files"][1]["inclusion_proof"][1]


def set_leaf_index(m: dict) -> None:  # type: ignore[type-arg]
    m["files"][2]["leaf_index"] = 12


def drop_manifest_record(m: dict) -> None:  # type: ignore[type-arg]
    m["documents"] = [d for d in m["documents"] if d["path"] != "summary.pdf"]


def whitespace_only(z: bytes) -> bytes:
    return rewrite(z, replace={"manifest.json": member(z, "manifest.json") + b" "})


def change_checkpoint_size(z: bytes) -> bytes:
    note = member(z, "checkpoint.txt").decode()
    return rewrite(z, replace={"checkpoint.txt": note.replace("\n16\n", "\n17\n", 1).encode()})


def drop_checkpoint_signature(z: bytes) -> bytes:
    note = member(z, "checkpoint.txt").decode()
    return rewrite(z, replace={"checkpoint.txt": note.split("\n\n")[0].encode() + b"\n"})


def swap_public_key(z: bytes) -> bytes:
    other = generate_signing_key(ORIGIN).verifier.encode()
    return rewrite(z, replace={"public-key.txt": (other + "\n").encode()})


def drop_manifest_signature(z: bytes) -> bytes:
    return rewrite(z, drop=("manifest.sig",))


TAMPERINGS = {
    "file byte changed": (change_file_byte, "sha256"),
    "document byte changed": (change_document_byte, "sha256"),
    "evidence file dropped": (drop_evidence_file, "missing from the ZIP"),
    "document dropped": (drop_document, "missing from the ZIP"),
    "unlisted file added": (add_unlisted_file, "not listed in the manifest"),
    "duplicate name added": (add_duplicate_name, "two files"),
    "manifest case reference changed": (edit_manifest(set_case_ref), "changed since"),
    "manifest size changed": (edit_manifest(set_size), "size"),
    "manifest hash changed": (edit_manifest(set_hash), "sha256"),
    "manifest entry changed": (edit_manifest(set_entry), "inclusion proof"),
    "manifest proof changed": (edit_manifest(set_proof), "inclusion proof"),
    "manifest leaf index changed": (edit_manifest(set_leaf_index), "log entry"),
    "manifest record removed": (edit_manifest(drop_manifest_record), "not listed"),
    "manifest whitespace added": (whitespace_only, "changed since"),
    "manifest signature removed": (drop_manifest_signature, "not signed"),
    "checkpoint size changed": (change_checkpoint_size, "signature"),
    "checkpoint signature removed": (drop_checkpoint_signature, "checkpoint.txt"),
    "public key swapped": (swap_public_key, "signature"),
}


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("name", sorted(TAMPERINGS))
def test_any_change_fails(fixture: Fixture, name: str) -> None:
    tamper, expected = TAMPERINGS[name]
    tampered = tamper(fixture.zip_bytes)
    report = verify_bundle(tampered)
    assert not report.ok
    assert any(expected in str(problem) for problem in report.problems), report.problems


@pytest.mark.parametrize(
    "name",
    [
        "file byte changed",
        "evidence file dropped",
        "unlisted file added",
        "manifest case reference changed",
        "checkpoint size changed",
        "public key swapped",
    ],
)
def test_cli_fails_with_exit_1_naming_file_and_check(fixture: Fixture, tmp_path: Path, name: str) -> None:
    tamper, expected = TAMPERINGS[name]
    bundle = tmp_path / "tampered.zip"
    bundle.write_bytes(tamper(fixture.zip_bytes))
    result = run_verifier(str(bundle))
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("FAIL")
    assert expected in result.stdout


def test_resigned_bundle_with_attackers_key_fails_against_the_published_key(
    fixture: Fixture,
) -> None:
    attacker = generate_signing_key(ORIGIN)
    forged_content = b"forged evidence"
    log = MerkleLog(MemoryNodeStore())
    entry = build_entry(
        object_sha256=hashlib.sha256(forged_content).hexdigest(),
        size=len(forged_content),
        media_type="text/plain",
        case_ref=CASE,
        recorded_by="staff:17",
        recorded_at=CREATED,
        log_index=0,
    )
    log.append(entry.to_bytes())
    note = sign_checkpoint(make_checkpoint(ORIGIN, 1, log.root()), attacker)
    forged = build_bundle(
        case_ref=CASE,
        created_at=CREATED,
        evidence=[EvidenceFile(forged_content, entry.to_bytes(), log.inclusion_proof(0))],
        checkpoint_note=note,
        signing_key=attacker,
    )
    assert verify_bundle(forged).ok  # self-consistent, which is why --key matters
    report = verify_bundle(forged, fixture.key.verifier.encode())
    assert not report.ok
    assert any(problem.check == "key match" for problem in report.problems)
    assert any(problem.check == "signature" for problem in report.problems)


def test_flipped_byte_in_raw_zip_is_reported_not_crashed(fixture: Fixture) -> None:
    raw = bytearray(fixture.zip_bytes)
    position = raw.find(b"pixels")
    raw[position] ^= 0x20
    report = verify_bundle(bytes(raw))
    assert not report.ok


def test_not_a_zip_exits_2(tmp_path: Path) -> None:
    not_zip = tmp_path / "bundle.zip"
    not_zip.write_bytes(b"MZ this is not a zip file")
    result = run_verifier(str(not_zip))
    assert result.returncode == 2
    assert "not a ZIP" in result.stderr
    missing = run_verifier(str(tmp_path / "missing.zip"))
    assert missing.returncode == 2
    with pytest.raises(BundleFormatError):
        verify_bundle(b"")


def test_truncated_zip_exits_2(fixture: Fixture, tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(fixture.zip_bytes[: len(fixture.zip_bytes) // 2])
    assert run_verifier(str(truncated)).returncode == 2


def test_malformed_supplied_key_is_a_usage_error(fixture: Fixture) -> None:
    with pytest.raises(BundleFormatError, match="key you supplied"):
        verify_bundle(fixture.zip_bytes, "not+a+key")


# --------------------------------------------------------------------------
# The builder refuses inconsistent input
# --------------------------------------------------------------------------


def build_with(fixture: Fixture, **overrides) -> bytes:  # type: ignore[no-untyped-def]
    arguments = {
        "case_ref": CASE,
        "created_at": CREATED,
        "evidence": fixture.evidence,
        "checkpoint_note": fixture.checkpoint_note,
        "signing_key": fixture.key,
    }
    return build_bundle(**{**arguments, **overrides})


def test_builder_refuses_content_not_matching_entry(fixture: Fixture) -> None:
    item = fixture.evidence[0]
    wrong = EvidenceFile(item.content + b"x", item.entry, item.inclusion_proof)
    with pytest.raises(BundleBuildError, match="hash or size"):
        build_with(fixture, evidence=[wrong])


def test_builder_refuses_proof_for_another_tree(fixture: Fixture) -> None:
    item = fixture.evidence[0]
    stale = EvidenceFile(item.content, item.entry, fixture.log.inclusion_proof(11, 14))
    with pytest.raises(BundleBuildError, match="inclusion proof"):
        build_with(fixture, evidence=[stale])


def test_builder_refuses_checkpoint_from_another_key(fixture: Fixture) -> None:
    with pytest.raises(BundleBuildError, match="checkpoint"):
        build_with(fixture, signing_key=generate_signing_key(ORIGIN))


@pytest.mark.parametrize("path", ["../escape.pdf", "/abs.pdf", "manifest.json", "files/x.pdf"])
def test_builder_refuses_unsafe_document_paths(fixture: Fixture, path: str) -> None:
    document = ExtraDocument(path, b"%PDF-1.4", "application/pdf")
    with pytest.raises(BundleBuildError, match="not allowed"):
        build_with(fixture, documents=[document])


def test_builder_writes_to_a_file(fixture: Fixture, tmp_path: Path) -> None:
    from vault.bundle import write_bundle

    target = tmp_path / "out.zip"
    manifest = write_bundle(
        target,
        case_ref=CASE,
        created_at=CREATED,
        evidence=fixture.evidence,
        checkpoint_note=fixture.checkpoint_note,
        signing_key=fixture.key,
    )
    assert len(manifest["files"]) == 3
    assert verify_bundle(target, fixture.key.verifier.encode()).ok
