import pytest
from django.urls import reverse

from audit.models import AuditEvent
from declarations.models import Declaration, PrivacyAttestation
from people.roles import Role
from tests import factories
from tests.conftest import sign_in
from tests.declarations.factories import declaration


@pytest.fixture
def manager(setting):
    return factories.staff(Role.LINE_MANAGER, setting)


@pytest.fixture
def employee(setting, manager):
    return factories.staff(Role.TEACHER, setting, line_manager=manager)


def test_declarations_are_invisible_to_other_staff(client, setting, employee, manager, dsl) -> None:
    made = declaration(employee)
    url = reverse("declarations:detail", args=[made.pk])
    colleague = factories.staff(Role.TEACHER, setting)
    head = factories.staff(Role.SETTING_MANAGER, setting)
    admin = factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)
    elsewhere_dsl = factories.staff(Role.DSL, factories.SettingFactory(council=setting.council))
    for outsider in (colleague, head, admin, elsewhere_dsl):
        sign_in(client, outsider)
        assert client.get(url).status_code == 403, outsider
        assert made.who not in client.get(reverse("declarations:overview")).content.decode()
        assert client.get(reverse("declarations_api:detail", args=[made.pk])).status_code in (403, 404)
        assert client.get(reverse("declarations_api:list")).json()["results"] == []
    for insider in (employee, manager, dsl):
        sign_in(client, insider)
        assert client.get(url).status_code == 200, insider
    assert AuditEvent.objects.filter(action="view", object_id=str(made.pk), actor=manager).exists()


def test_employee_files_a_declaration_through_the_form(client, employee) -> None:
    sign_in(client, employee)
    response = client.post(
        reverse("declarations:new"),
        {
            "kind": "request_declined",
            "medium": "social_network",
            "relationship": "current",
            "who": "A.B.",
            "contact_on": "2026-01-05",
            "what_happened": "Friend request.",
            "what_i_did": "Declined it.",
        },
    )
    made = Declaration.objects.get()
    assert response.url == reverse("declarations:detail", args=[made.pk])


def test_malformed_declaration_shows_errors_and_saves_nothing(client, employee) -> None:
    sign_in(client, employee)
    response = client.post(reverse("declarations:new"), {"kind": "nonsense", "contact_on": "31/02/2026"})
    assert "There is a problem" in response.content.decode()
    assert not Declaration.objects.exists()


def test_manager_acknowledges_and_the_employee_cannot(client, employee, manager) -> None:
    made = declaration(employee)
    url = reverse("declarations:detail", args=[made.pk])
    sign_in(client, employee)
    assert client.post(url, {"action": "self-approved"}).status_code == 403
    sign_in(client, manager)
    client.post(url, {"action": "No further action."})
    made.refresh_from_db()
    assert made.acknowledged_by == manager


def test_attestation_form_refuses_a_partial_checklist(client, employee) -> None:
    sign_in(client, employee)
    response = client.post(reverse("declarations:attest"), {"checklist": ["profile_restricted"]})
    assert "Tick every item" in response.content.decode()
    client.post(reverse("declarations:attest"), {"checklist": list(PrivacyAttestation.CHECKLIST)})
    assert PrivacyAttestation.objects.filter(employee=employee).count() == 1


def test_pupils_cannot_declare(client, a_pupil) -> None:
    sign_in(client, a_pupil)
    assert client.get(reverse("declarations:new")).status_code == 403
