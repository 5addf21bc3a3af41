from datetime import timedelta

from django.utils import timezone

from people.models import Setting, User
from phones import services
from phones.models import Device, Observation, Outing


def setting_phone(setting: Setting, by: User, number: str = "07700 900123") -> Device:
    return services.register_device(
        setting, by=by, name="Outings phone", kind=Device.Kind.PHONE, phone_number=number
    )


def outing(setting: Setting, by: User, staff: list[User] | None = None, **fields) -> Outing:
    plan = {
        "date": timezone.localdate() + timedelta(days=7),
        "destination": "Riverside park",
        "children_count": 12,
    } | fields
    return services.save_outing(setting, by=by, staff=staff if staff is not None else [by], **plan)


def observation(setting: Setting, by: User, about: User | None = None, days_ago: int = 1) -> Observation:
    return services.record_observation(
        setting,
        by=by,
        observed_at=timezone.now() - timedelta(days=days_ago),
        what="Personal phone out in the baby room while changing nappies.",
        affected_supervision=True,
        action_taken="Asked to put it in the locker.",
        about_staff=about,
    )
