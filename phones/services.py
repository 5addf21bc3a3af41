"""Writes for outings, the device register, observations and low-level concerns."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from people.models import Setting, User
from phones.models import Device, LowLevelConcern, Observation, Outing

PERSONAL_DEVICE_REFUSED = (
    "A personal phone or camera can never be registered to take images of children. "
    "Register only devices that belong to the setting."
)


@transaction.atomic
def register_device(
    setting: Setting,
    *,
    by: User,
    name: str,
    kind: str,
    owner: str = Device.Owner.SETTING,
    phone_number: str = "",
    identifier: str = "",
) -> Device:
    if owner != Device.Owner.SETTING:
        raise ValidationError({"owner": PERSONAL_DEVICE_REFUSED})
    device = Device(
        setting=setting,
        name=name.strip(),
        kind=kind,
        owner=owner,
        phone_number=phone_number.strip(),
        identifier=identifier.strip(),
        registered_by=by,
        registered_at=timezone.now(),
    )
    device.full_clean()
    device.save()
    return device


@transaction.atomic
def withdraw_device(device: Device, *, by: User, reason: str) -> Device:
    """Devices leave the register but stay on record, with who withdrew them and why."""
    if not reason.strip():
        raise ValidationError({"reason": "Say why the device is withdrawn."})
    device.withdrawn_at = timezone.now()
    device.withdrawn_by = by
    device.withdrawn_reason = reason.strip()
    device.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawn_reason"])
    return device


OUTING_FIELDS = (
    "date",
    "destination",
    "children_count",
    "phone",
    "phone_number",
    "contact_numbers_taken",
    "contact_numbers_where",
    "personal_numbers_safeguard",
    "risk_assessment",
)


def check_outing_people_and_phone(setting: Setting, staff: list[User], phone: Device | None) -> None:
    if any(person.setting_id != setting.pk for person in staff):
        raise ValidationError({"staff": "Choose staff of this setting."})
    if phone is not None and (phone.setting_id != setting.pk or phone.withdrawn_at or phone.kind != "phone"):
        raise ValidationError({"phone": "Choose a mobile phone on this setting's register."})


@transaction.atomic
def save_outing(
    setting: Setting, *, by: User, staff: list[User], outing: Outing | None = None, **fields: Any
) -> Outing:
    """Create or change an outing plan. Changing a ready plan takes it back to planning."""
    check_outing_people_and_phone(setting, staff, fields.get("phone"))
    outing = outing or Outing(setting=setting, created_by=by)
    for name in OUTING_FIELDS:
        if name in fields:
            setattr(outing, name, fields[name])
    if outing.phone and not outing.phone_number:
        outing.phone_number = outing.phone.phone_number
    if outing.status == Outing.Status.READY:
        outing.status, outing.ready_at, outing.ready_by = Outing.Status.DRAFT, None, None
    outing.full_clean()
    outing.save()
    outing.staff.set(staff)
    return outing


def missing_for_ready(outing: Outing) -> dict[str, str]:
    missing = {}
    if outing.phone_id is None:
        missing["phone"] = "Choose the setting mobile phone that is going on the outing."
    if not outing.phone_number.strip():
        missing["phone_number"] = "Enter the number of the phone that is going."
    if not outing.contact_numbers_taken:
        missing["contact_numbers_taken"] = "Confirm that the emergency contact numbers are being taken."
    if not outing.personal_numbers_safeguard.strip():
        missing["personal_numbers_safeguard"] = (
            "Say how any personal numbers stored on the phone are kept safe."
        )
    if not outing.staff.exists():
        missing["staff"] = "Choose the staff going on the outing."
    return missing


@transaction.atomic
def mark_ready(outing: Outing, *, by: User) -> Outing:
    outing = Outing.objects.select_for_update().get(pk=outing.pk)
    if outing.status == Outing.Status.CANCELLED:
        raise ValidationError("A cancelled outing cannot be made ready.")
    missing = missing_for_ready(outing)
    if missing:
        raise ValidationError(missing)
    outing.status, outing.ready_at, outing.ready_by = Outing.Status.READY, timezone.now(), by
    outing.save(update_fields=["status", "ready_at", "ready_by"])
    return outing


@transaction.atomic
def record_observation(
    setting: Setting,
    *,
    by: User,
    observed_at: datetime,
    what: str,
    affected_supervision: bool,
    action_taken: str = "",
    observer_name: str = "",
    observer_organisation: str = "",
    about_staff: User | None = None,
) -> Observation:
    if observed_at > timezone.now():
        raise ValidationError({"observed_at": "The observation must be in the past."})
    if about_staff is not None and about_staff.setting_id != setting.pk:
        raise ValidationError({"about_staff": "Choose a member of staff of this setting."})
    observation = Observation(
        setting=setting,
        observed_at=observed_at,
        observer_name=observer_name.strip() or str(by),
        observer_organisation=observer_organisation.strip(),
        recorded_by=by,
        recorded_at=timezone.now(),
        what=what.strip(),
        affected_supervision=affected_supervision,
        action_taken=action_taken.strip(),
        about_staff=about_staff,
    )
    observation.full_clean()
    observation.save()
    return observation


@transaction.atomic
def respond_to_observation(observation: Observation, *, by: User, response: str) -> Observation:
    if not response.strip():
        raise ValidationError({"response": "Write your response."})
    observation.response = response.strip()
    observation.responded_by = by
    observation.responded_at = timezone.now()
    observation.save(update_fields=["response", "responded_by", "responded_at"])
    return observation


@transaction.atomic
def record_concern(
    setting: Setting,
    *,
    by: User,
    about_staff: User,
    summary: str,
    occurred_on: date,
    observation: Observation | None = None,
) -> LowLevelConcern:
    if about_staff.setting_id != setting.pk or about_staff.is_pupil:
        raise ValidationError({"about_staff": "Choose a member of staff of this setting."})
    if observation is not None and observation.setting_id != setting.pk:
        raise ValidationError("The observation belongs to another setting.")
    if occurred_on > timezone.localdate():
        raise ValidationError({"occurred_on": "The date must be today or in the past."})
    concern = LowLevelConcern(
        setting=setting,
        about_staff=about_staff,
        observation=observation,
        summary=summary.strip(),
        occurred_on=occurred_on,
        recorded_by=by,
        recorded_at=timezone.now(),
    )
    concern.full_clean()
    concern.save()
    return concern


@transaction.atomic
def escalate_concern(concern: LowLevelConcern, *, by: User) -> LowLevelConcern:
    """Open an allegation case (LADO route) from a low-level concern; both stay linked."""
    from incidents.services import open_allegation

    concern = LowLevelConcern.objects.select_for_update().get(pk=concern.pk)
    if concern.escalated_at is not None:
        raise ValidationError("This concern has already been escalated.")
    case = open_allegation(
        setting=concern.setting,
        about_staff=concern.about_staff,
        summary=concern.summary,
        raised_by=by,
        source="low_level_concern",
    )
    concern.escalated_at = timezone.now()
    concern.escalated_by = by
    concern.allegation_case_id = case.pk
    concern.save(update_fields=["escalated_at", "escalated_by", "allegation_case_id"])
    return concern
