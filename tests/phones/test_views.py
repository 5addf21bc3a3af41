import pytest
from django.urls import reverse

from audit.models import AuditEvent
from people.roles import Role
from phones.models import Device, Observation, Outing
from tests import factories
from tests.conftest import sign_in
from tests.phones.factories import observation, outing, setting_phone


@pytest.fixture
def manager(setting):
    return factories.staff(Role.SETTING_MANAGER, setting)


def test_hub_shows_outings_devices_and_observations(client, setting, manager) -> None:
    outing(setting, manager, destination="Castle museum")
    setting_phone(setting, manager)
    observation(setting, manager)
    sign_in(client, manager)
    page = client.get(reverse("phones:hub", args=[setting.pk])).content.decode()
    assert "Castle museum" in page and "Outings phone" in page and "Waiting" in page


def test_marking_ready_without_phone_shows_why(client, setting, manager) -> None:
    plan = outing(setting, manager)
    sign_in(client, manager)
    response = client.post(reverse("phones:outing", args=[plan.pk]))
    page = response.content.decode()
    assert "cannot be marked ready yet" in page
    assert "emergency contact numbers" in page
    plan.refresh_from_db()
    assert plan.status == Outing.Status.DRAFT


def test_plan_an_outing_through_the_form(client, setting, manager) -> None:
    phone = setting_phone(setting, manager)
    sign_in(client, manager)
    response = client.post(
        reverse("phones:outing_new", args=[setting.pk]),
        {
            "date": "2026-06-01",
            "destination": "Farm",
            "staff": [manager.pk],
            "children_count": "8",
            "phone": phone.pk,
            "phone_number": "",
            "contact_numbers_taken": "on",
            "contact_numbers_where": "Bag",
            "personal_numbers_safeguard": "Locked.",
            "risk_assessment": "Low.",
        },
    )
    made = Outing.objects.get()
    assert response.url == reverse("phones:outing", args=[made.pk])
    client.post(reverse("phones:outing", args=[made.pk]))
    made.refresh_from_db()
    assert made.status == Outing.Status.READY


def test_personal_device_form_is_refused_with_a_message(client, setting, manager) -> None:
    sign_in(client, manager)
    response = client.post(
        reverse("phones:device_new", args=[setting.pk]),
        {"name": "My phone", "kind": "phone", "owner": "personal"},
    )
    assert "can never be registered" in response.content.decode()
    assert not Device.objects.exists()


def test_inspector_observation_recorded_and_answered(client, setting, manager) -> None:
    sign_in(client, manager)
    client.post(
        reverse("phones:observation_new", args=[setting.pk]),
        {
            "observed_at": "2026-01-10T10:30",
            "observer_name": "R. Inspector",
            "observer_organisation": "Inspectorate",
            "what": "Staff member texting during lunch.",
            "affected_supervision": "yes",
        },
    )
    seen = Observation.objects.get()
    assert (seen.observer_name, seen.recorded_by, seen.affected_supervision) == (
        "R. Inspector",
        manager,
        True,
    )
    client.post(reverse("phones:observation", args=[seen.pk]), {"response": "Discussed at staff meeting."})
    seen.refresh_from_db()
    assert seen.responded_by == manager


def test_teacher_cannot_respond_or_see_concerns(client, setting, manager) -> None:
    teacher = factories.staff(Role.TEACHER, setting)
    seen = observation(setting, manager)
    sign_in(client, teacher)
    assert client.post(reverse("phones:observation", args=[seen.pk]), {"response": "x"}).status_code == 403
    assert client.get(reverse("phones:concerns", args=[setting.pk])).status_code == 403


def test_concern_register_is_confidential_and_logged(client, setting, manager, dsl) -> None:
    teacher = factories.staff(Role.TEACHER, setting)
    sign_in(client, manager)
    seen = observation(setting, manager, about=teacher)
    response = client.post(
        reverse("phones:concern_new", args=[setting.pk]) + f"?observation={seen.pk}",
        {
            "about_staff": teacher.pk,
            "occurred_on": "2026-01-10",
            "summary": "Photo of children on own phone.",
        },
    )
    assert response.status_code == 302
    sign_in(client, dsl)
    assert str(teacher) in client.get(reverse("phones:concerns", args=[setting.pk])).content.decode()
    assert AuditEvent.objects.filter(
        action="view", actor=dsl, detail__what="low-level concerns register"
    ).exists()
    for outsider in (
        factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True),
        factories.staff(Role.LINE_MANAGER, setting),
    ):
        sign_in(client, outsider)
        assert client.get(reverse("phones:concerns", args=[setting.pk])).status_code == 403


def test_forged_ids_are_refused(client, setting, other_setting, manager) -> None:
    other_manager = factories.staff(Role.SETTING_MANAGER, other_setting)
    theirs = outing(other_setting, other_manager)
    sign_in(client, manager)
    assert client.post(reverse("phones:outing", args=[theirs.pk])).status_code == 403
    assert client.get(reverse("phones:outing", args=[999999])).status_code == 404
    assert client.get(reverse("phones:device_new", args=[other_setting.pk])).status_code == 403
