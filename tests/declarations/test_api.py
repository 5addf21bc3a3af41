from django.urls import reverse

from declarations.models import Declaration, PrivacyAttestation
from people.roles import Role
from tests import factories
from tests.conftest import sign_in


def test_file_and_acknowledge_through_the_api(client, setting) -> None:
    manager = factories.staff(Role.LINE_MANAGER, setting)
    employee = factories.staff(Role.TEACHER, setting, line_manager=manager)
    sign_in(client, employee)
    response = client.post(
        reverse("declarations_api:list"),
        {
            "kind": "significant_conversation",
            "medium": "messaging",
            "relationship": "former",
            "who": "K.",
            "contact_on": "2026-02-01",
            "what_happened": "Messages.",
            "what_i_did": "Blocked.",
        },
        content_type="application/json",
    )
    assert response.status_code == 201
    pk = response.json()["id"]
    assert client.post(reverse("declarations_api:acknowledge", args=[pk])).status_code == 403
    sign_in(client, manager)
    response = client.post(
        reverse("declarations_api:acknowledge", args=[pk]),
        {"action": "Noted."},
        content_type="application/json",
    )
    assert response.json()["acknowledged_by"] == manager.pk


def test_api_refuses_bad_input_and_saves_nothing(client, setting) -> None:
    employee = factories.staff(Role.TEACHER, setting)
    sign_in(client, employee)
    response = client.post(reverse("declarations_api:list"), {"kind": "x"}, content_type="application/json")
    assert response.status_code == 400
    response = client.post(
        reverse("declarations_api:attestations"),
        {"ticked": ["profile_restricted"]},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert not Declaration.objects.exists() and not PrivacyAttestation.objects.exists()
