import pytest
from django.urls import reverse

from people.roles import Role
from policies import selectors, services
from tests import factories
from tests.conftest import sign_in
from tests.policies.factories import age, policy


@pytest.fixture
def employee(setting):
    return factories.staff(Role.TEACHER, setting)


@pytest.fixture
def conduct(setting):
    return policy(setting.council, "Code of conduct")


def test_banner_lists_outstanding_policies_during_grace(client, employee, conduct) -> None:
    sign_in(client, employee)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Policies to acknowledge" in page
    assert reverse("policies:detail", args=[conduct.pk]) in page


def test_after_grace_period_everything_else_is_blocked(client, employee, conduct, settings) -> None:
    settings.POLICY_GRACE_DAYS = 14
    age(15, policies=[conduct], people=[employee])
    sign_in(client, employee)
    assert client.get(reverse("home")).url == reverse("policies:mine")
    assert client.get(reverse("accounts:security")).status_code == 302
    # What is needed to comply stays open.
    assert client.get(reverse("policies:mine")).status_code == 200
    detail = client.get(reverse("policies:detail", args=[conduct.pk]))
    assert "You need to acknowledge these policies" in detail.content.decode()
    assert client.post(reverse("accounts:sign_out")).status_code == 302


def test_acknowledging_lifts_the_block(client, employee, conduct, settings) -> None:
    age(30, policies=[conduct], people=[employee])
    sign_in(client, employee)
    version = selectors.current_version(conduct)
    client.post(reverse("policies:acknowledge", args=[version.pk]))
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert "Policies to acknowledge" not in response.content.decode()


def test_api_answers_403_naming_the_policies(client, employee, conduct) -> None:
    age(30, policies=[conduct], people=[employee])
    sign_in(client, employee)
    response = client.get("/api/me/")
    assert response.status_code == 403
    assert [p["title"] for p in response.json()["outstanding_policies"]] == ["Code of conduct"]
    assert client.get(reverse("policies_api:mine")).status_code == 200


def test_pupils_are_never_blocked(client, a_pupil, conduct) -> None:
    age(30, policies=[conduct], people=[a_pupil])
    sign_in(client, a_pupil)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert "Policies to acknowledge" not in response.content.decode()


def test_no_banner_once_acknowledged(client, employee, conduct) -> None:
    services.acknowledge(employee, selectors.current_version(conduct))
    sign_in(client, employee)
    assert "Policies to acknowledge" not in client.get(reverse("home")).content.decode()


def test_api_token_clients_are_blocked_too(client, employee, conduct) -> None:
    from rest_framework.authtoken.models import Token

    age(30, policies=[conduct], people=[employee])
    token = Token.objects.create(user=employee)
    response = client.get("/api/me/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 403
    assert response.json()["outstanding_policies"][0]["title"] == "Code of conduct"
    services.acknowledge(employee, selectors.current_version(conduct))
    assert client.get("/api/me/", HTTP_AUTHORIZATION=f"Token {token.key}").status_code == 200
