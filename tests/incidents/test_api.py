"""API for reports, cases and exports: same rules as the pages, lists filtered, bad input refused."""

import io

import pytest

from incidents.models import Incident
from people.roles import Role
from tests import factories
from tests.conftest import sign_in
from tests.incidents.factories import report
from tests.vault.files import EXECUTABLE, png
from vault import keys
from vault.bundle import verify_bundle
from vault.models import StoredObject

pytestmark = pytest.mark.django_db


@pytest.fixture
def reporter(setting):
    return factories.staff(Role.TEACHER, setting)


def test_a_report_is_drafted_given_evidence_and_submitted(client, reporter) -> None:
    sign_in(client, reporter)
    created = client.post(
        "/api/incidents/reports/",
        {"channel": "email", "message_content": "Threatening e-mail", "target": "self"},
        content_type="application/json",
    )
    assert created.status_code == 201 and created.json()["status"] == "draft"
    pk = created.json()["id"]
    upload = client.post(f"/api/incidents/reports/{pk}/evidence/", {"file": io.BytesIO(png(3))})
    assert upload.status_code == 201 and upload.json()["media_type"] == "image/png"
    refused = client.post(
        f"/api/incidents/reports/{pk}/evidence/", {"file": ("x.png", io.BytesIO(EXECUTABLE))}
    )
    assert refused.status_code == 400 and "Windows program" in refused.json()["file"][0]
    assert StoredObject.objects.count() == 1
    mine = client.get("/api/incidents/reports/").json()
    assert [r["id"] for r in mine["results"]] == [pk]


def test_submitting_an_incomplete_report_changes_nothing(client, reporter) -> None:
    sign_in(client, reporter)
    response = client.post(
        "/api/incidents/reports/", {"channel": "text", "submit": True}, content_type="application/json"
    )
    assert response.status_code == 400 and "occurred_from" in response.json()
    assert not Incident.objects.exists()


def test_reporters_cannot_read_others_reports_or_cases(client, reporter, setting) -> None:
    other = report(factories.staff(Role.TEACHER, setting))
    sign_in(client, reporter)
    assert client.get(f"/api/incidents/reports/{other.pk}/").status_code == 403
    assert client.get(f"/api/incidents/cases/{other.pk}/").status_code == 403
    assert client.get("/api/incidents/cases/").json()["count"] == 0
    assert client.post(f"/api/incidents/cases/{other.pk}/export/", {"variant": "police"}).status_code == 403


def test_case_workers_move_and_export_through_the_api(client, reporter, dsl, other_setting) -> None:
    incident = report(reporter)
    elsewhere = report(factories.staff(Role.TEACHER, other_setting))
    sign_in(client, dsl)
    assert [c["reference"] for c in client.get("/api/incidents/cases/").json()["results"]] == [
        incident.reference
    ]
    assert client.get(f"/api/incidents/cases/{elsewhere.pk}/").status_code == 403
    moved = client.post(
        f"/api/incidents/cases/{incident.pk}/move/", {"to_status": "triage"}, content_type="application/json"
    )
    assert moved.status_code == 200 and moved.json()["status"] == "triage"
    wrong = client.post(
        f"/api/incidents/cases/{incident.pk}/move/", {"to_status": "outcome"}, content_type="application/json"
    )
    assert wrong.status_code == 403
    zipped = client.post(f"/api/incidents/cases/{incident.pk}/export/", {"variant": "provider"})
    assert zipped["Content-Type"] == "application/zip"
    assert verify_bundle(io.BytesIO(zipped.content), keys.signing_key().verifier.encode()).ok
    bad = client.post(f"/api/incidents/cases/{incident.pk}/export/", {"variant": "everyone"})
    assert bad.status_code == 400


def test_the_schema_lists_the_incident_endpoints(client, dsl) -> None:
    sign_in(client, dsl)
    schema = client.get("/api/schema/").content.decode()
    assert "/api/incidents/cases/{id}/export/" in schema and "/api/incidents/allegations/" in schema
