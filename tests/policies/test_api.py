import pytest
from django.urls import reverse

from people.roles import Role
from policies import selectors
from policies.models import Acknowledgement, Policy, ScopeChange
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


def test_admin_changes_the_scope_through_the_api(client, setting, other_setting) -> None:
    admin = factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)
    made = policy(setting.council)
    url = reverse("policies_api:scope", args=[made.pk])
    sign_in(client, admin)
    response = client.post(
        url, {"settings": [setting.pk], "roles": [Role.DSL], "reason": "DSLs here."}, "application/json"
    )
    assert response.status_code == 201
    data = response.json()
    assert (data["settings_before"], data["settings_after"]) == ([], [setting.pk])
    assert (data["roles_before"], data["roles_after"], data["reason"]) == ([], [Role.DSL], "DSLs here.")
    assert [c.pk for c in made.scope_changes.all()] == [data["id"]]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"settings": ["elsewhere"], "roles": [], "reason": "x"}, "settings"),
        ({"settings": [], "roles": ["wizard"], "reason": "x"}, "roles"),
        ({"settings": [], "roles": [Role.DSL], "reason": " "}, "reason"),
        ({"settings": [], "roles": [Role.DSL]}, "reason"),
    ],
)
def test_bad_scope_through_the_api_changes_nothing(client, setting, other_setting, data, field) -> None:
    admin = factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)
    made = policy(setting.council)
    if data["settings"] == ["elsewhere"]:
        data["settings"] = [other_setting.pk]
    sign_in(client, admin)
    response = client.post(reverse("policies_api:scope", args=[made.pk]), data, "application/json")
    assert response.status_code == 400
    assert field in response.json()
    assert (list(made.settings.all()), Policy.objects.get(pk=made.pk).roles) == ([], [])
    assert not ScopeChange.objects.exists()


def test_scope_api_refuses_teachers_and_forged_ids(client, setting) -> None:
    made = policy(setting.council)
    data = {"settings": [], "roles": [Role.DSL], "reason": "x"}
    sign_in(client, factories.staff(Role.TEACHER, setting))
    assert (
        client.post(reverse("policies_api:scope", args=[made.pk]), data, "application/json").status_code
        == 403
    )
    sign_in(client, factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True))
    forged = reverse("policies_api:scope", args=[9999999])
    assert client.post(forged, data, "application/json").status_code == 404
    assert not ScopeChange.objects.exists()
