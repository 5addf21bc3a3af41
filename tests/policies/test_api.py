from django.urls import reverse

from people.roles import Role
from policies import selectors
from policies.models import Acknowledgement
from tests import factories
from tests.conftest import sign_in
from tests.policies.factories import policy


def test_list_and_acknowledge_through_the_api(client, setting) -> None:
    employee = factories.staff(Role.TEACHER, setting)
    conduct = policy(setting.council)
    sign_in(client, employee)
    mine = client.get(reverse("policies_api:mine")).json()
    assert [o["title"] for o in mine["outstanding"]] == ["Code of conduct"]
    version = selectors.current_version(conduct)
    response = client.post(reverse("policies_api:acknowledge", args=[version.pk]))
    assert response.status_code == 201
    assert Acknowledgement.objects.filter(user=employee, version=version).exists()
    assert client.get(reverse("policies_api:mine")).json()["outstanding"] == []


def test_api_refuses_a_policy_of_another_council(client, setting, other_setting) -> None:
    employee = factories.staff(Role.TEACHER, setting)
    elsewhere = selectors.current_version(policy(other_setting.council))
    sign_in(client, employee)
    assert client.post(reverse("policies_api:acknowledge", args=[elsewhere.pk])).status_code == 403
    assert not Acknowledgement.objects.exists()


def test_compliance_api_has_the_page_permissions(client, setting, other_setting) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    policy(setting.council)
    sign_in(client, manager)
    data = client.get(reverse("policies_api:compliance", args=[setting.pk])).json()
    assert data["percent"] == 0
    assert client.get(reverse("policies_api:compliance", args=[other_setting.pk])).status_code == 403
