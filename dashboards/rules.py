from __future__ import annotations

from esafety.permissions import rule
from people.models import Council, Setting, User
from people.roles import Role
from people.rules import administers_council, is_council_admin


@rule("dashboards.view_setting")
def view_setting(user: User, setting: Setting) -> bool:
    return isinstance(setting, Setting) and (
        user.has_role(Role.SETTING_MANAGER, setting)
        or user.has_role(Role.DSL, setting)
        or is_council_admin(user, setting)
    )


@rule("dashboards.view_council")
def view_council(user: User, council: Council) -> bool:
    return administers_council(user, council)
