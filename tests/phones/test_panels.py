from django.urls import reverse

from people.roles import Role
from tests import factories
from tests.conftest import sign_in
from tests.phones.factories import observation


def test_manager_home_counts_observations_to_answer(client, setting) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    observation(setting, manager)
    sign_in(client, manager)
    page = client.get(reverse("home")).content.decode()
    assert "Mobile phones and outings" in page
    assert "1 observation to respond to" in page
    assert reverse("phones:hub", args=[setting.pk]) in page


def test_pupil_home_has_no_phones_panel(client, a_pupil) -> None:
    sign_in(client, a_pupil)
    assert "Mobile phones and outings" not in client.get(reverse("home")).content.decode()
