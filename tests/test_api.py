from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from audit.models import AuditEvent
from people.roles import Role
from tests import factories
from tests.conftest import sign_in


def test_openapi_schema_is_served(client, teacher) -> None:
    sign_in(client, teacher)
    response = client.get(reverse("api:schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert "/api/classes/{id}/" in schema["paths"]


def test_signed_out_api_requests_are_refused(client, db) -> None:
    assert client.get(reverse("api:me")).status_code in (401, 403)


def test_teacher_reads_their_class_with_a_token(teacher, group, a_pupil) -> None:
    token = Token.objects.create(user=teacher)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = api.get(reverse("api:group", args=[group.pk]))
    assert response.status_code == 200
    assert [p["username"] for p in response.json()["pupils"]] == [a_pupil.username]


def test_another_settings_class_is_refused_and_recorded(teacher, other_setting) -> None:
    foreign = factories.GroupFactory(setting=other_setting)
    api = APIClient()
    api.force_authenticate(teacher)
    assert api.get(reverse("api:group", args=[foreign.pk])).status_code == 403
    assert AuditEvent.objects.filter(action="denied", object_id=str(foreign.pk), actor=teacher).exists()


def test_forged_id_is_not_found(teacher) -> None:
    api = APIClient()
    api.force_authenticate(teacher)
    assert api.get("/api/classes/999999/").status_code == 404
    assert api.get("/api/classes/not-a-number/").status_code == 404


def test_privileged_session_without_second_factor_is_refused(setting) -> None:
    dsl = factories.staff(Role.DSL, setting)
    api = APIClient()
    api.force_login(dsl)
    response = api.get(reverse("api:me"))
    assert response.status_code == 403
    assert "Two-factor" in response.json()["detail"]
    api.force_authenticate(dsl)  # a request authenticated without a session or token
    assert api.get(reverse("api:me")).status_code == 403


def test_api_look_at_a_person_is_audited(client, setting) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    person = factories.staff(Role.TEACHER, setting)
    sign_in(client, manager)
    assert client.get(reverse("api:person", args=[person.pk])).status_code == 200
    assert AuditEvent.objects.filter(action="view", object_id=str(person.pk), detail__via="api").exists()


def test_api_token_page_issues_a_token_once(client, teacher) -> None:
    sign_in(client, teacher)
    response = client.post(reverse("accounts:new_api_token"))
    key = response.context["token"]
    assert Token.objects.get(user=teacher).key == key
    client.post(reverse("accounts:new_api_token"))
    assert Token.objects.get(user=teacher).key != key
