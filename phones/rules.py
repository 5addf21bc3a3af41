"""Who may plan outings, keep the device register, record phone use and see low-level concerns."""

from __future__ import annotations

from typing import Any

from esafety.permissions import rule
from people.models import Setting, User
from people.roles import Role
from people.rules import is_council_admin
from phones.models import Device, LowLevelConcern, Observation, Outing


def setting_of(obj: Any) -> Setting | None:
    if isinstance(obj, Setting):
        return obj
    if isinstance(obj, Device | Outing | Observation | LowLevelConcern):
        return obj.setting
    return None


def holds(user: User, setting: Setting | None, *roles: str) -> bool:
    return setting is not None and any(user.has_role(role, setting) for role in roles)


def manages(user: User, setting: Setting | None) -> bool:
    return holds(user, setting, Role.SETTING_MANAGER)


@rule("phones.view_outings")
def view_outings(user: User, obj: Any) -> bool:
    setting = setting_of(obj)
    return holds(user, setting, Role.TEACHER, Role.LINE_MANAGER, Role.SETTING_MANAGER, Role.DSL) or (
        setting is not None and is_council_admin(user, setting)
    )


@rule("phones.manage_outings")
def manage_outings(user: User, obj: Any) -> bool:
    return manages(user, setting_of(obj))


@rule("phones.view_devices")
def view_devices(user: User, obj: Any) -> bool:
    return view_outings(user, obj)


@rule("phones.manage_devices")
def manage_devices(user: User, obj: Any) -> bool:
    return manages(user, setting_of(obj))


@rule("phones.view_observations")
def view_observations(user: User, obj: Any) -> bool:
    setting = setting_of(obj)
    return holds(user, setting, Role.LINE_MANAGER, Role.SETTING_MANAGER, Role.DSL) or (
        setting is not None and is_council_admin(user, setting)
    )


@rule("phones.record_observation")
def record_observation(user: User, obj: Any) -> bool:
    """Managers record what they see, and what an inspector reports to them."""
    return isinstance(obj, Setting) and view_observations(user, obj)


@rule("phones.respond_observation")
def respond_observation(user: User, obj: Any) -> bool:
    return isinstance(obj, Observation) and manages(user, obj.setting)


@rule("phones.view_concerns")
def view_concerns(user: User, obj: Any) -> bool:
    return holds(user, setting_of(obj), Role.SETTING_MANAGER, Role.DSL)


@rule("phones.record_concern")
def record_concern(user: User, obj: Any) -> bool:
    return isinstance(obj, Setting | Observation) and view_concerns(user, obj)


@rule("phones.escalate_concern")
def escalate_concern(user: User, obj: Any) -> bool:
    return isinstance(obj, LowLevelConcern) and obj.escalated_at is None and view_concerns(user, obj)
