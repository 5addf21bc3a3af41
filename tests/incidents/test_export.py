"""Exports verify with the standalone verifier in another process and fail after any change."""

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from pypdf import PdfReader

from audit.models import AuditEvent
from incidents.export import export_case
from incidents.models import CaseExport
from people.roles import Role
from tests import factories
from tests.incidents.factories import report
from vault import keys
from vault.integrity import verify_vault

pytestmark = pytest.mark.django_db


def verify_offline(path: Path) -> subprocess.CompletedProcess[str]:
    """Runs the verifier as a separate program with only the bundle and the public key."""
    key = keys.signing_key().verifier.encode()
    return subprocess.run(
        [sys.executable, "-m", "vault.verify_cli", str(path), "--key", key],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(settings.BASE_DIR)},
    )


@pytest.fixture
def exported(setting, dsl, a_pupil, tmp_path):
    reporter = factories.staff(Role.TEACHER, setting)
    incident = report(reporter, target="pupil", pupil=a_pupil, target_description="Year 4 pupil")
    name, data = export_case(incident, variant="police", by=dsl)
    path = tmp_path / name
    path.write_bytes(data)
    return incident, path


def test_police_export_verifies_offline_and_is_recorded(exported, dsl) -> None:
    incident, path = exported
    result = verify_offline(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PASS" in result.stdout
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        summary = PdfReader(io.BytesIO(archive.read("summary.pdf")))
        text = "".join(page.extract_text() for page in summary.pages)
    assert {"manifest.json", "manifest.sig", "checkpoint.txt", "public-key.txt", "summary.pdf"} <= set(names)
    assert sum(name.startswith("files/") for name in names) == 2  # screenshot and statement
    assert incident.reference in text and "Chronology" in text and "Year 4 pupil" in text
    export = CaseExport.objects.get()
    assert export.made_by == dsl and export.variant == "police"
    assert AuditEvent.objects.filter(action="export", object_id=str(incident.pk), actor=dsl).exists()
    assert verify_vault().ok


@pytest.mark.parametrize("member", ["files/", "manifest.json", "checkpoint.txt", "summary.pdf"])
def test_any_change_to_the_bundle_fails_verification(exported, member, tmp_path) -> None:
    _, path = exported
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tampered, "w") as target:
        victim = next(name for name in source.namelist() if name.startswith(member))
        for info in source.infolist():
            content = source.read(info)
            if info.filename == victim:
                content = content[:-2] + bytes([content[-2] ^ 1]) + content[-1:]
            target.writestr(info, content)
    result = verify_offline(tampered)
    assert result.returncode == 1
    assert "FAIL" in result.stdout and victim in result.stdout


def test_a_removed_file_fails_verification(exported, tmp_path) -> None:
    _, path = exported
    cut = tmp_path / "cut.zip"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(cut, "w") as target:
        for info in source.infolist():
            if not info.filename.startswith("files/"):
                target.writestr(info, source.read(info))
    assert verify_offline(cut).returncode == 1


def test_provider_export_leaves_out_the_childs_details(setting, dsl, a_pupil, tmp_path) -> None:
    reporter = factories.staff(Role.TEACHER, setting)
    incident = report(
        reporter,
        target="pupil",
        pupil=a_pupil,
        target_description="Amara in Year 4",
        message_content="Amara is a loser",
    )
    name, data = export_case(incident, variant="provider", by=dsl)
    path = tmp_path / name
    path.write_bytes(data)
    assert verify_offline(path).returncode == 0
    with zipfile.ZipFile(path) as archive:
        files = [n for n in archive.namelist() if n.startswith("files/")]
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(archive.read("summary.pdf"))).pages)
        everything = b"".join(archive.read(n) for n in archive.namelist() if not n.endswith(".pdf"))
    assert len(files) == 1 and files[0].endswith(".png")
    assert "https://social.example/posts/123?ref=share" in text and "@not_a_friend" in text
    for private in ("Amara", a_pupil.last_name, str(reporter), "Chronology"):
        assert private not in text
    assert b"Amara" not in everything and a_pupil.username.encode() not in everything
