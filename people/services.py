"""Writes about councils, settings, classes and people."""

from __future__ import annotations

from django.db import transaction

from people.models import Council, Group, RoleAssignment, Setting, User
from people.roles import Role


@transaction.atomic
def create_staff(
    *,
    username: str,
    first_name: str,
    last_name: str,
    email: str,
    setting: Setting,
    password: str | None = None,
    line_manager: User | None = None,
    roles: tuple[str, ...] = (),
) -> User:
    user = User(
        username=username,
        first_name=first_name,
        last_name=last_name,
        email=email,
        setting=setting,
        line_manager=line_manager,
    )
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean()
    user.save()
    for role in roles:
        grant_role(user, role, setting)
    return user


def grant_role(user: User, role: str, where: Setting | Council) -> RoleAssignment:
    """Grant a role in one setting, or across a council when given the council."""
    if isinstance(where, Council):
        assignment = RoleAssignment(user=user, role=role, council=where, setting=None)
    else:
        assignment = RoleAssignment(user=user, role=role, council=where.council, setting=where)
    assignment.full_clean()
    assignment.save()
    user.forget_roles()
    return assignment


@transaction.atomic
def create_pupil(*, username: str, first_name: str, last_name: str, group: Group, password: str) -> User:
    pupil = User(
        username=username, first_name=first_name, last_name=last_name, setting=group.setting, group=group
    )
    pupil.set_password(password)
    pupil.full_clean()
    pupil.save()
    grant_role(pupil, Role.PUPIL, group.setting)
    return pupil
