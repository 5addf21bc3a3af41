from django.urls import reverse

from people.roles import Role
from phones.models import Device
from tests import factories
from tests.conftest import sign_in
from tests.phones.factories import outing, setting_phone


def test_register_devices_through_the_api(client, setting) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    sign_in(client, manager)
    url = reverse("phones_api:devices", args=[setting.pk])
    refused = client.post(
        url, {"name": "Mine", "kind": "phone", "owner": "personal"}, content_type="application/json"
    )
    assert refused.status_code == 400 and "owner" in refused.json()
    made = client.post(url, {"name": "Room camera", "kind": "camera"}, content_type="application/json")
    assert made.status_code == 201
    assert [d["name"] for d in client.get(url).json()["results"]] == ["Room camera"]
    assert Device.objects.count() == 1


def test_ready_through_the_api_needs_phone_and_contacts(client, setting) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    plan = outing(setting, manager)
    sign_in(client, manager)
    response = client.post(reverse("phones_api:ready", args=[plan.pk]))
    assert response.status_code == 400 and "phone" in response.json()
    plan2 = outing(
        setting,
        manager,
        phone=setting_phone(setting, manager),
        contact_numbers_taken=True,
        personal_numbers_safeguard="Locked.",
    )
    assert client.post(reverse("phones_api:ready", args=[plan2.pk])).json()["status"] == "ready"


def test_api_lists_are_scoped_to_the_setting(client, setting, other_setting) -> None:
    teacher = factories.staff(Role.TEACHER, setting)
    sign_in(client, teacher)
    assert client.get(reverse("phones_api:outings", args=[setting.pk])).status_code == 200
    assert client.get(reverse("phones_api:outings", args=[other_setting.pk])).status_code == 403
    assert client.get(reverse("phones_api:concerns", args=[setting.pk])).status_code == 403
    assert client.get(reverse("phones_api:observations", args=[setting.pk])).status_code == 403
