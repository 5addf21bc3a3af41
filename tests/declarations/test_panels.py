from django.urls import reverse

from people.roles import Role
from tests import factories
from tests.conftest import sign_in
from tests.declarations.factories import declaration


def test_line_manager_home_shows_declarations_waiting(client, setting) -> None:
    manager = factories.staff(Role.LINE_MANAGER, setting)
    declaration(factories.staff(Role.TEACHER, setting, line_manager=manager))
    sign_in(client, manager)
    page = client.get(reverse("home")).content.decode()
    assert "1 declaration waiting for you" in page
    assert "Confirm your social-network privacy settings" in page
