"""Who may publish policies, acknowledge them and see a setting's compliance."""

from __future__ import annotations

from esafety.permissions import rule
from people.models import Council, Setting, User
from people.roles import Role
from people.rules import administers_council, is_council_admin
from policies.models import Policy, PolicyVersion
from policies.selectors import applies_to, councils_of, is_staff_member


@rule("policies.manage")
def manage(user: User, council: Council) -> bool:
    """Publishing, changing the scope of and withdrawing policies is for council-wide administrators."""
    return administers_council(user, council)


@rule("policies.view")
def view(user: User, policy: Policy) -> bool:
    if not isinstance(policy, Policy):
        return False
    if administers_council(user, policy.council):
        return True
    return is_staff_member(user) and policy.council_id in councils_of(user) and policy.withdrawn_at is None


@rule("policies.acknowledge")
def acknowledge(user: User, version: PolicyVersion) -> bool:
    return (
        isinstance(version, PolicyVersion)
        and is_staff_member(user)
        and version.policy.withdrawn_at is None
        and applies_to(version.policy, user)
    )


@rule("policies.view_compliance")
def view_compliance(user: User, setting: Setting) -> bool:
    return isinstance(setting, Setting) and (
        user.has_role(Role.SETTING_MANAGER, setting)
        or user.has_role(Role.DSL, setting)
        or is_council_admin(user, setting)
    )
