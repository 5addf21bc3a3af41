"""Pages: reporting with evidence, drafts, refusals, case work, export, and who sees what."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from audit.models import AuditEvent
from incidents.models import Alert, Incident
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


def form_data(**extra) -> dict:
    data = {
        "occurred_from": "2026-01-12T19:40",
        "channel": "social",
        "message_content": "Everyone hates you",
        "sender_identity": "@someone",
        "page_url": "https://social.example/p/1?x=2",
        "target": "self",
        "action": "submit",
    }
    data.update(extra)
    return data


def test_a_teacher_reports_an_incident_with_a_screenshot(client, reporter) -> None:
    sign_in(client, reporter)
    page = client.get(reverse("incidents:report_new")).content.decode()
    assert "do not delete them" in page and "Save as draft" in page
    screenshot = SimpleUploadedFile("screenshot.png", png(1), content_type="image/png")
    response = client.post(reverse("incidents:report_new"), form_data(evidence=screenshot))
    incident = Incident.objects.get()
    assert response.status_code == 302 and response.url == reverse("incidents:report", args=[incident.pk])
    assert incident.status == "reported" and incident.submitted_at
    assert incident.evidence.count() == 2  # the screenshot and the statement
    own = client.get(response.url).content.decode()
    assert incident.reference in own and "Reported" in own


def test_a_draft_is_saved_then_finished(client, reporter) -> None:
    sign_in(client, reporter)
    client.post(reverse("incidents:report_new"), {"channel": "gaming", "action": "draft"})
    draft = Incident.objects.get()
    assert draft.status == "draft"
    assert "1 draft not sent yet" in client.get(reverse("home")).content.decode()
    response = client.post(reverse("incidents:report_edit", args=[draft.pk]), form_data())
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == "reported"
    assert client.get(reverse("incidents:report_edit", args=[draft.pk])).status_code == 403


def test_an_incomplete_report_explains_what_is_missing(client, reporter) -> None:
    sign_in(client, reporter)
    response = client.post(reverse("incidents:report_new"), {"action": "submit"})
    page = response.content.decode()
    assert "There is a problem" in page and "Enter when it happened" in page
    assert not Incident.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("holiday.png", EXECUTABLE), "a Windows program (MZ), not a PNG image"),
        (SimpleUploadedFile("page.pdf", b"<!doctype html><script>1</script>"), "a web page (HTML)"),
    ],
)
def test_a_refused_file_changes_nothing(client, reporter, upload, message) -> None:
    sign_in(client, reporter)
    response = client.post(reverse("incidents:report_new"), form_data(evidence=upload))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Incident.objects.exists() and not StoredObject.objects.exists()


def test_a_file_over_the_limit_is_refused_with_the_limit(client, reporter, settings) -> None:
    settings.EVIDENCE_MAX_BYTES = 1024
    sign_in(client, reporter)
    big = SimpleUploadedFile("big.txt", b"a" * 2048)
    response = client.post(reverse("incidents:report_new"), form_data(evidence=big))
    assert "the largest file accepted is 1.0 KB" in response.content.decode()
    assert not Incident.objects.exists()


def test_reporters_never_see_other_reports(client, reporter, setting) -> None:
    incident = report(factories.staff(Role.TEACHER, setting))
    sign_in(client, reporter)
    assert client.get(reverse("incidents:report", args=[incident.pk])).status_code == 403
    assert client.get(reverse("incidents:case", args=[incident.pk])).status_code == 403
    assert incident.reference not in client.get(reverse("incidents:my_reports")).content.decode()
    assert AuditEvent.objects.filter(action="denied", actor=reporter).count() == 2


def test_the_dsl_works_the_case_and_exports_it(client, reporter, setting, dsl) -> None:
    incident = report(reporter)
    manager = factories.staff(Role.LINE_MANAGER, setting)
    sign_in(client, dsl)
    page = client.get(reverse("incidents:case", args=[incident.pk])).content.decode()
    assert "Chronology" in page and "You are useless" in page
    assert AuditEvent.objects.filter(action="view", actor=dsl, object_id=str(incident.pk)).exists()
    client.post(reverse("incidents:case_move", args=[incident.pk]), {"to_status": "triage"})
    client.post(reverse("incidents:case_assign", args=[incident.pk]), {"investigator": manager.pk})
    client.post(reverse("incidents:case_support", args=[incident.pk]), {"name": "Pat", "kind": "colleague"})
    client.post(reverse("incidents:case_note", args=[incident.pk]), {"text": "Called the reporter"})
    client.post(
        reverse("incidents:case_action", args=[incident.pk]),
        {"description": "Report the post to the site", "due_on": "2030-01-01", "assigned_to": manager.pk},
    )
    incident.refresh_from_db()
    assert (incident.status, incident.investigator, incident.support_person_kind) == (
        "triage",
        manager,
        "colleague",
    )
    refused = client.post(reverse("incidents:case_move", args=[incident.pk]), {"to_status": "closed_x"})
    assert refused.status_code == 403
    response = client.post(reverse("incidents:case_export", args=[incident.pk]), {"variant": "police"})
    assert response["Content-Type"] == "application/zip"
    assert verify_bundle(io.BytesIO(response.content), keys.signing_key().verifier.encode()).ok
    assert zipfile.ZipFile(io.BytesIO(response.content)).read("summary.pdf").startswith(b"%PDF")
    evidence = incident.evidence.first()
    download = client.get(reverse("incidents:evidence", args=[evidence.pk]))
    assert download.status_code == 200 and "attachment" in download["Content-Disposition"]


def test_investigator_records_the_outcome_but_cannot_close(client, reporter, setting, dsl) -> None:
    from incidents import services

    manager = factories.staff(Role.LINE_MANAGER, setting)
    incident = report(reporter)
    services.move_case(incident, "triage", by=dsl)
    services.assign_investigator(incident, manager, by=dsl)
    services.move_case(incident, "investigating", by=dsl)
    sign_in(client, manager)
    missing = client.post(reverse("incidents:case_move", args=[incident.pk]), {"to_status": "outcome"})
    assert missing.status_code == 400 and "Enter the outcome" in missing.content.decode()
    client.post(
        reverse("incidents:case_move", args=[incident.pk]), {"to_status": "outcome", "outcome": "Resolved"}
    )
    incident.refresh_from_db()
    assert incident.status == "outcome"
    assert (
        client.post(reverse("incidents:case_move", args=[incident.pk]), {"to_status": "closed"}).status_code
        == 403
    )
    assert (
        client.post(reverse("incidents:case_export", args=[incident.pk]), {"variant": "police"}).status_code
        == 403
    )


@pytest.fixture
def allegation_world(setting):
    manager = factories.staff(Role.LINE_MANAGER, setting)
    accused = factories.staff(Role.TEACHER, setting, line_manager=manager)
    reporter = factories.staff(Role.TEACHER, setting)
    incident = report(reporter, alleges_staff_harm=True, accused_staff=accused, target="pupil")
    insiders = [
        factories.staff(Role.DSL, setting),
        factories.staff(Role.HR_INVESTIGATOR, setting, council_wide=True),
        factories.staff(Role.LADO_LIAISON, setting, council_wide=True),
    ]
    elsewhere = factories.SettingFactory()
    outsiders = [
        accused,
        manager,
        reporter,
        factories.staff(Role.SETTING_MANAGER, setting),
        factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True),
        factories.staff(Role.DSL, elsewhere),
        factories.staff(Role.LADO_LIAISON, elsewhere, council_wide=True),
    ]
    return incident, incident.allegation, insiders, outsiders


def test_the_allegation_is_invisible_outside_its_three_roles_on_pages(client, allegation_world) -> None:
    incident, allegation, insiders, outsiders = allegation_world
    for person in outsiders:
        sign_in(client, person)
        assert client.get(reverse("incidents:allegation", args=[allegation.pk])).status_code == 403, person
        assert client.get(reverse("incidents:case", args=[incident.pk])).status_code == 403, person
        assert allegation.reference not in client.get(reverse("incidents:allegations")).content.decode()
        assert incident.reference not in client.get(reverse("incidents:cases")).content.decode()
        assert allegation.reference not in client.get(reverse("home")).content.decode()
    for person in insiders:
        sign_in(client, person)
        assert client.get(reverse("incidents:allegation", args=[allegation.pk])).status_code == 200, person
        assert client.get(reverse("incidents:case", args=[incident.pk])).status_code == 200, person
        assert allegation.reference in client.get(reverse("incidents:allegations")).content.decode()


def test_the_allegation_is_invisible_outside_its_three_roles_in_the_api(client, allegation_world) -> None:
    incident, allegation, insiders, outsiders = allegation_world
    for person in outsiders:
        sign_in(client, person)
        assert client.get(f"/api/incidents/allegations/{allegation.pk}/").status_code == 403, person
        assert client.get(f"/api/incidents/cases/{incident.pk}/").status_code == 403, person
        assert client.get("/api/incidents/allegations/").json()["count"] == 0, person
        listed = [c["reference"] for c in client.get("/api/incidents/cases/").json()["results"]]
        assert incident.reference not in listed, person
    for person in insiders:
        sign_in(client, person)
        assert (
            client.get(f"/api/incidents/allegations/{allegation.pk}/").json()["reference"]
            == allegation.reference
        )


def test_the_dsl_records_the_referral_and_sees_the_alert(client, allegation_world) -> None:
    from incidents import services

    incident, allegation, insiders, _ = allegation_world
    dsl = insiders[0]
    services.raise_lado_alerts(allegation.referral_due_at)
    sign_in(client, dsl)
    home = client.get(reverse("home")).content.decode()
    assert f"The LADO referral for {allegation.reference} is due by" in home
    client.get(reverse("incidents:allegation", args=[allegation.pk]))
    assert Alert.objects.get(recipient=dsl).read_at is not None
    response = client.post(
        reverse("incidents:allegation_referral", args=[allegation.pk]),
        {"referred_at": "2000-01-01T10:00", "reference": "FRT-1", "officer": "", "advice": ""},
    )
    assert response.status_code == 400 and "between the opening and now" in response.content.decode()
    from django.utils import timezone

    now = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
    client.post(
        reverse("incidents:allegation_referral", args=[allegation.pk]),
        {
            "referred_at": now,
            "reference": "FRT-1",
            "officer": "Ms Officer",
            "advice": "Hold a strategy meeting",
        },
    )
    allegation.refresh_from_db()
    assert allegation.lado_reference == "FRT-1" and allegation.referred_by == dsl


def test_a_granted_line_manager_can_then_see_it(client, allegation_world) -> None:
    _, allegation, insiders, outsiders = allegation_world
    manager = outsiders[1]
    sign_in(client, insiders[0])
    client.post(
        reverse("incidents:allegation_grant", args=[allegation.pk]),
        {"user": manager.pk, "reason": "Arrange cover"},
    )
    refused = client.post(
        reverse("incidents:allegation_grant", args=[allegation.pk]), {"user": outsiders[0].pk, "reason": "x"}
    )
    assert refused.status_code == 400
    sign_in(client, manager)
    assert client.get(reverse("incidents:allegation", args=[allegation.pk])).status_code == 200


def test_the_accused_date_of_birth_sets_the_retention_date(client, allegation_world) -> None:
    _, allegation, insiders, _ = allegation_world
    sign_in(client, insiders[0])
    future = client.post(
        reverse("incidents:allegation_birth", args=[allegation.pk]), {"date_of_birth": "2999-01-01"}
    )
    assert future.status_code == 400 and "must be in the past" in future.content.decode()
    client.post(reverse("incidents:allegation_birth", args=[allegation.pk]), {"date_of_birth": "1990-05-17"})
    allegation.refresh_from_db()
    assert str(allegation.retention_review_on) == "2057-05-17"
    sign_in(client, insiders[2])  # the LADO liaison sees it but does not manage retention
    assert (
        client.post(
            reverse("incidents:allegation_birth", args=[allegation.pk]), {"date_of_birth": "1980-01-01"}
        ).status_code
        == 403
    )


def test_the_allegation_page_has_a_plain_title_and_one_retention_form(client, allegation_world) -> None:
    _, allegation, insiders, _ = allegation_world
    sign_in(client, insiders[0])
    page = client.get(reverse("incidents:allegation", args=[allegation.pk])).content.decode()
    title = page.split("<title>")[1].split("</title>")[0]
    assert title == f"Allegation {allegation.reference} – eSafety"
    assert page.count(reverse("incidents:allegation_birth", args=[allegation.pk])) == 1
