from django.urls import reverse

from people.roles import Role
from tests import factories
from tests.conftest import sign_in
from tests.policies.factories import policy


def test_home_says_how_many_policies_are_waiting(client, setting) -> None:
    policy(setting.council)
    teacher = factories.staff(Role.TEACHER, setting)
    sign_in(client, teacher)
    assert "1 to acknowledge" in client.get(reverse("home")).content.decode()


def test_admin_home_links_the_policy_library(client, setting) -> None:
    admin = factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)
    sign_in(client, admin)
    assert (
        reverse("policies:library", args=[setting.council.pk]) in client.get(reverse("home")).content.decode()
    )
