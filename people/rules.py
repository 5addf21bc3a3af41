"""Who may see and manage settings, classes and people."""

from __future__ import annotations

from esafety.permissions import rule
from people.models import Council, Group, Setting, User
from people.roles import Role

STAFF_ROLES = (
    Role.TEACHER,
    Role.LINE_MANAGER,
    Role.SETTING_MANAGER,
    Role.DSL,
    Role.HR_INVESTIGATOR,
    Role.LADO_LIAISON,
    Role.COUNCIL_ADMIN,
)


def is_council_admin(user: User, setting: Setting | None) -> bool:
    return setting is not None and user.has_role(Role.COUNCIL_ADMIN, setting)


def works_in(user: User, setting: Setting | None) -> bool:
    return setting is not None and any(user.has_role(role, setting) for role in STAFF_ROLES)


def teaches(user: User, group: Group) -> bool:
    return user.has_role(Role.TEACHER, group.setting) and group.teachers.filter(pk=user.pk).exists()


@rule("people.view_setting")
def view_setting(user: User, setting: Setting) -> bool:
    return isinstance(setting, Setting) and works_in(user, setting)


@rule("people.manage_staff")
def manage_staff(user: User, setting: Setting) -> bool:
    return isinstance(setting, Setting) and (
        user.has_role(Role.SETTING_MANAGER, setting) or is_council_admin(user, setting)
    )


def administers_council(user: User, council: Council) -> bool:
    """Council-wide administrators only; one who administers a single setting does not count."""
    return isinstance(council, Council) and any(
        a.role == Role.COUNCIL_ADMIN and a.council_id == council.pk and not a.setting_id
        for a in user.role_assignments
    )


@rule("people.view_council")
def view_council(user: User, council: Council) -> bool:
    return administers_council(user, council)


@rule("people.view_group")
def view_group(user: User, group: Group) -> bool:
    if not isinstance(group, Group):
        return False
    setting = group.setting
    return (
        teaches(user, group)
        or user.has_role(Role.SETTING_MANAGER, setting)
        or user.has_role(Role.DSL, setting)
    )


@rule("people.manage_pupils")
def manage_pupils(user: User, group: Group) -> bool:
    return isinstance(group, Group) and (
        teaches(user, group) or user.has_role(Role.SETTING_MANAGER, group.setting)
    )


@rule("people.view_person")
def view_person(user: User, person: User) -> bool:
    if not isinstance(person, User):
        return False
    if person.pk == user.pk:
        return True
    if person.is_pupil:
        return person.group is not None and view_group(user, person.group)
    setting = person.setting
    return (
        person.line_manager_id == user.pk
        or user.has_role(Role.SETTING_MANAGER, setting)
        or user.has_role(Role.DSL, setting)
        or is_council_admin(user, setting)
    )
