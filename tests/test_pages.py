from django.urls import reverse

from people.roles import Role
from tests import factories
from tests.conftest import sign_in


def test_teacher_home_lists_their_classes(client, teacher, group, a_pupil) -> None:
    sign_in(client, teacher)
    page = client.get(reverse("home")).content.decode()
    assert "Your classes" in page
    assert group.name in page
    assert "1 pupils" in page


def test_pupil_home_shows_their_class_only(client, a_pupil, group) -> None:
    sign_in(client, a_pupil)
    page = client.get(reverse("home")).content.decode()
    assert f"You are in {group.name}" in page
    assert "Your classes" not in page


def test_each_role_sees_its_own_panels(client, setting) -> None:
    expected = {
        Role.SETTING_MANAGER: "Settings you manage",
        Role.LINE_MANAGER: "Your team",
        Role.DSL: "Safeguarding lead",
        Role.COUNCIL_ADMIN: "Your council",
    }
    for role, title in expected.items():
        person = factories.staff(role, setting, council_wide=role == Role.COUNCIL_ADMIN)
        sign_in(client, person)
        assert title in client.get(reverse("home")).content.decode(), role


def test_teacher_cannot_open_another_teachers_class(client, teacher, setting) -> None:
    other_class = factories.GroupFactory(setting=setting)
    sign_in(client, teacher)
    assert client.get(reverse("people:group", args=[other_class.pk])).status_code == 403


def test_pupil_cannot_open_staff_pages(client, a_pupil, setting, group) -> None:
    sign_in(client, a_pupil)
    assert client.get(reverse("people:setting", args=[setting.pk])).status_code == 403
    assert client.get(reverse("people:group", args=[group.pk])).status_code == 403


def test_missing_record_is_a_clear_404(client, teacher) -> None:
    sign_in(client, teacher)
    response = client.get("/people/987654/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_health_check(client, db) -> None:
    assert client.get("/healthz").content == b"ok"
