import sys
import types
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from people.roles import Role
from phones import selectors, services
from phones.models import Device, LowLevelConcern, Outing
from tests import factories
from tests.phones.factories import observation, outing, setting_phone


@pytest.fixture
def manager(setting):
    return factories.staff(Role.SETTING_MANAGER, setting)


def test_outing_cannot_be_ready_without_phone_and_contacts(setting, manager) -> None:
    plan = outing(setting, manager)
    with pytest.raises(ValidationError) as refused:
        services.mark_ready(plan, by=manager)
    assert set(refused.value.message_dict) == {
        "phone",
        "phone_number",
        "contact_numbers_taken",
        "personal_numbers_safeguard",
    }
    plan.refresh_from_db()
    assert plan.status == Outing.Status.DRAFT


def test_outing_is_ready_once_everything_is_recorded(setting, manager) -> None:
    phone = setting_phone(setting, manager)
    plan = outing(
        setting,
        manager,
        phone=phone,
        contact_numbers_taken=True,
        contact_numbers_where="Red folder",
        personal_numbers_safeguard="Phone holds setting contacts only; PIN locked.",
    )
    assert plan.phone_number == "07700 900123"  # taken from the register
    ready = services.mark_ready(plan, by=manager)
    assert ready.status == Outing.Status.READY and ready.ready_by == manager
    changed = services.save_outing(setting, by=manager, outing=ready, staff=[manager], children_count=14)
    assert changed.status == Outing.Status.DRAFT  # a changed plan must be checked again


def test_the_database_refuses_a_ready_outing_without_phone(setting, manager) -> None:
    plan = outing(setting, manager)
    with pytest.raises(IntegrityError), transaction.atomic():
        Outing.objects.filter(pk=plan.pk).update(status=Outing.Status.READY)


def test_outing_refuses_staff_and_phones_of_another_setting(setting, other_setting, manager) -> None:
    elsewhere = factories.staff(Role.SETTING_MANAGER, other_setting)
    with pytest.raises(ValidationError):
        outing(setting, manager, staff=[elsewhere])
    with pytest.raises(ValidationError):
        outing(setting, manager, phone=setting_phone(other_setting, elsewhere))
    assert not Outing.objects.filter(setting=setting).exists()


def test_personal_device_is_refused_by_the_register(setting, manager) -> None:
    with pytest.raises(ValidationError) as refused:
        services.register_device(setting, by=manager, name="My own phone", kind="phone", owner="personal")
    assert "personal phone or camera can never be registered" in refused.value.message_dict["owner"][0]
    assert not Device.objects.exists()
    with pytest.raises(IntegrityError), transaction.atomic():
        Device.objects.create(
            setting=setting,
            name="Sneaked in",
            kind="camera",
            owner="personal",
            registered_by=manager,
            registered_at=timezone.now(),
        )


def test_withdrawn_device_leaves_the_register_but_is_kept(setting, manager) -> None:
    phone = setting_phone(setting, manager)
    services.withdraw_device(phone, by=manager, reason="Screen broken.")
    assert list(selectors.register_of(setting)) == []
    assert Device.objects.get(pk=phone.pk).withdrawn_reason == "Screen broken."


def test_observation_in_the_future_is_refused(setting, manager) -> None:
    with pytest.raises(ValidationError):
        services.record_observation(
            setting,
            by=manager,
            observed_at=timezone.now() + timedelta(hours=2),
            what="x",
            affected_supervision=False,
        )


def test_patterns_per_person_over_time(setting, manager) -> None:
    alex, sam = factories.staff(Role.TEACHER, setting), factories.staff(Role.TEACHER, setting)
    for day in (date(2026, 1, 5), date(2026, 1, 20), date(2026, 3, 2)):
        services.record_concern(setting, by=manager, about_staff=alex, summary="Phone out", occurred_on=day)
    services.record_concern(
        setting, by=manager, about_staff=sam, summary="Phone out", occurred_on=date(2026, 2, 1)
    )
    patterns = selectors.patterns_in(setting)
    assert [(p.person, p.count) for p in patterns] == [(alex, 3), (sam, 1)]
    assert patterns[0].by_month == [("2026-01", 2), ("2026-03", 1)]
    assert (patterns[0].first, patterns[0].last) == (date(2026, 1, 5), date(2026, 3, 2))


def test_concern_about_someone_elsewhere_is_refused(setting, other_setting, manager) -> None:
    outsider = factories.staff(Role.TEACHER, other_setting)
    with pytest.raises(ValidationError):
        services.record_concern(
            setting, by=manager, about_staff=outsider, summary="x", occurred_on=timezone.localdate()
        )
    assert not LowLevelConcern.objects.exists()


def test_escalation_opens_an_allegation_case(setting, manager, monkeypatch) -> None:
    """Calls exactly incidents.services.open_allegation; here with a recording stand-in."""
    calls = []

    def open_allegation(*, setting, about_staff, summary, raised_by, source):
        calls.append((setting, about_staff, summary, raised_by, source))
        return types.SimpleNamespace(pk=4242)

    monkeypatch.setitem(
        sys.modules, "incidents.services", types.SimpleNamespace(open_allegation=open_allegation)
    )
    teacher = factories.staff(Role.TEACHER, setting)
    seen = observation(setting, manager, about=teacher)
    concern = services.record_concern(
        setting,
        by=manager,
        about_staff=teacher,
        summary="Photographed children",
        occurred_on=timezone.localdate(),
        observation=seen,
    )
    escalated = services.escalate_concern(concern, by=manager)
    assert calls == [(setting, teacher, "Photographed children", manager, "low_level_concern")]
    assert escalated.allegation_case_id == 4242 and escalated.escalated_by == manager
    with pytest.raises(ValidationError):
        services.escalate_concern(escalated, by=manager)
    assert len(calls) == 1


def test_escalation_with_the_real_incidents_app(setting, manager) -> None:
    incidents = pytest.importorskip("incidents.services")
    teacher = factories.staff(Role.TEACHER, setting)
    concern = services.record_concern(
        setting,
        by=manager,
        about_staff=teacher,
        summary="Photographed children",
        occurred_on=timezone.localdate(),
    )
    escalated = services.escalate_concern(concern, by=manager)
    assert escalated.allegation_case_id is not None
    assert incidents is not None
