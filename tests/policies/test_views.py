import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from audit.models import AuditEvent
from people.roles import Role
from policies import selectors, services
from policies.models import Policy, PolicyVersion, ScopeChange
from tests import factories
from tests.conftest import sign_in
from tests.policies.factories import policy


@pytest.fixture
def admin(setting):
    return factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)


def test_admin_publishes_a_policy_and_a_major_version(client, admin, setting) -> None:
    sign_in(client, admin)
    response = client.post(
        reverse("policies:new", args=[setting.council.pk]),
        {"title": "Whistle blowing", "change_summary": "First.", "body_markdown": "# Speak up\n\nHow."},
    )
    made = Policy.objects.get(title="Whistle blowing")
    assert response.url == reverse("policies:detail", args=[made.pk])
    client.post(
        reverse("policies:new_version", args=[made.pk]),
        {"kind": "major", "change_summary": "Who to call.", "body_markdown": "New text."},
    )
    assert selectors.current_version(made).label == "version 2.0"


def test_policy_text_is_sanitised(client, admin, setting) -> None:
    made = policy(setting.council)
    services.publish_version(
        policy=made,
        kind="minor",
        change_summary="x",
        published_by=None,
        body_markdown="Hi <script>alert(1)</script> **there**",
    )
    sign_in(client, admin)
    page = client.get(reverse("policies:detail", args=[made.pk])).content.decode()
    assert "<strong>there</strong>" in page
    assert "<h2>Code of conduct</h2>" not in page  # the current version replaced the first one
    assert "<script>alert" not in page


def test_bad_upload_shows_an_error_and_changes_nothing(client, admin, setting) -> None:
    sign_in(client, admin)
    response = client.post(
        reverse("policies:new", args=[setting.council.pk]),
        {"title": "ICT", "change_summary": "x", "pdf": SimpleUploadedFile("a.pdf", b"GIF89a")},
    )
    assert response.status_code == 200
    assert "The file must be a PDF." in response.content.decode()
    assert not Policy.objects.exists()


def test_empty_policy_form_shows_errors(client, admin, setting) -> None:
    sign_in(client, admin)
    response = client.post(
        reverse("policies:new", args=[setting.council.pk]), {"title": "", "change_summary": ""}
    )
    assert "There is a problem" in response.content.decode()
    assert not PolicyVersion.objects.exists()


def test_staff_cannot_publish(client, teacher, setting) -> None:
    sign_in(client, teacher)
    assert client.get(reverse("policies:new", args=[setting.council.pk])).status_code == 403
    assert AuditEvent.objects.filter(action="denied", detail__attempted="policies.manage").exists()


def test_compliance_table_and_csv(client, setting) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting, first_name="Mo", last_name="Manager")
    teacher = factories.staff(Role.TEACHER, setting, first_name="=cmd", last_name="Sneaky")
    conduct = policy(setting.council)
    services.acknowledge(manager, selectors.current_version(conduct))
    sign_in(client, manager)
    page = client.get(reverse("policies:compliance", args=[setting.pk])).content.decode()
    assert "50%" in page
    response = client.get(reverse("policies:compliance", args=[setting.pk]), {"format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["setting", "policy", "version", "person", "username", "acknowledged"]
    answers = {r[4]: r[5] for r in rows[1:]}
    assert answers == {manager.username: "yes", teacher.username: "no"}
    assert any(r[3] == "'=cmd Sneaky" for r in rows)
    assert AuditEvent.objects.filter(action="export", object_id=str(setting.pk)).exists()


def test_compliance_of_another_setting_is_refused(client, setting, other_setting) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    sign_in(client, manager)
    assert client.get(reverse("policies:compliance", args=[other_setting.pk])).status_code == 403


def test_withdraw_keeps_the_policy(client, admin, setting) -> None:
    made = policy(setting.council)
    sign_in(client, admin)
    client.post(reverse("policies:withdraw", args=[made.pk]), {"reason": "Superseded."})
    made.refresh_from_db()
    assert made.withdrawn_by == admin and made.withdrawn_reason == "Superseded."


def test_policy_headings_start_below_the_page_heading(client, teacher, setting) -> None:
    made = policy(setting.council, "Whistle blowing")
    sign_in(client, teacher)
    page = client.get(reverse("policies:detail", args=[made.pk])).content.decode()
    assert "<h2>Whistle blowing</h2>" in page
    assert page.count("<h1") == 1


def test_pdf_policy_is_served_to_staff_of_the_council_only(
    client, setting, other_setting, settings, tmp_path
):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    pdf = SimpleUploadedFile("ict.pdf", b"%PDF-1.4\n%%EOF", content_type="application/pdf")
    made = services.publish_policy(
        council=setting.council, title="ICT use", change_summary="x", published_by=None, pdf=pdf
    )
    url = reverse("policies:pdf", args=[selectors.current_version(made).pk])
    sign_in(client, factories.staff(Role.TEACHER, setting))
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    sign_in(client, factories.staff(Role.TEACHER, other_setting))
    assert client.get(url).status_code == 403


def test_admin_changes_the_scope_and_the_history_is_shown(client, admin, setting) -> None:
    sibling = factories.SettingFactory(council=setting.council, name="Brook Nursery")
    made = policy(setting.council, settings_in_scope=[setting])
    sign_in(client, admin)
    form = client.get(reverse("policies:scope", args=[made.pk])).content.decode()
    # The form starts from the current scope.
    assert f'name="settings" type="checkbox" value="{setting.pk}" checked' in form
    assert f'value="{sibling.pk}" checked' not in form
    response = client.post(
        reverse("policies:scope", args=[made.pk]),
        {"settings": [sibling.pk], "roles": [Role.DSL], "reason": "Only the nursery's DSL needs it."},
    )
    assert response.url == reverse("policies:detail", args=[made.pk])
    assert list(made.settings.all()) == [sibling]
    page = client.get(reverse("policies:detail", args=[made.pk])).content.decode()
    assert "Changes to who it applies to" in page
    assert f"{setting.name}; all staff" in page
    assert "Brook Nursery; Designated safeguarding lead" in page
    assert "Only the nursery&#x27;s DSL needs it." in page


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"roles": [Role.DSL], "reason": ""}, "This field is required."),
        ({"roles": ["wizard"], "reason": "x"}, "Select a valid choice."),
        ({"settings": ["elsewhere"], "reason": "x"}, "Select a valid choice."),
        ({"settings": ["9999999"], "reason": "x"}, "Select a valid choice."),
        ({"reason": "x"}, "This is the policy&#x27;s scope already"),
    ],
)
def test_bad_scope_form_shows_an_error_and_changes_nothing(
    client, admin, setting, other_setting, data, error
) -> None:
    made = policy(setting.council)
    if data.get("settings") == ["elsewhere"]:
        data["settings"] = [other_setting.pk]
    sign_in(client, admin)
    response = client.post(reverse("policies:scope", args=[made.pk]), data)
    assert response.status_code == 200
    assert "govuk-error-summary" in response.content.decode()
    assert error in response.content.decode()
    assert (list(made.settings.all()), Policy.objects.get(pk=made.pk).roles) == ([], [])
    assert not ScopeChange.objects.exists()


def test_only_the_policys_council_administrators_change_its_scope(
    client, teacher, setting, other_setting
) -> None:
    made = policy(setting.council)
    outsider = factories.staff(Role.COUNCIL_ADMIN, other_setting, council_wide=True)
    data = {"roles": [Role.TEACHER], "reason": "x"}
    for person in (teacher, outsider):
        sign_in(client, person)
        assert client.post(reverse("policies:scope", args=[made.pk]), data).status_code == 403
    assert client.post(reverse("policies:scope", args=[9999999]), data).status_code == 404
    assert not ScopeChange.objects.exists()
