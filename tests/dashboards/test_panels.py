from django.urls import reverse

from people.roles import Role
from tests import factories
from tests.conftest import sign_in


def test_council_admin_and_setting_manager_see_their_dashboards(client, setting) -> None:
    admin = factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)
    sign_in(client, admin)
    assert (
        reverse("dashboards:council", args=[setting.council.pk])
        in client.get(reverse("home")).content.decode()
    )
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    sign_in(client, manager)
    assert reverse("dashboards:setting", args=[setting.pk]) in client.get(reverse("home")).content.decode()
    teacher = factories.staff(Role.TEACHER, setting)
    sign_in(client, teacher)
    assert "Dashboards" not in client.get(reverse("home")).content.decode()
