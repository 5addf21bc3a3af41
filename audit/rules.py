"""Who may read the audit log: council administrators for their council, DSLs for their setting."""

from esafety.permissions import rule
from people.models import Council, Setting, User
from people.roles import Role
from people.rules import administers_council


@rule("audit.view_log")
def view_log(user: User, scope: Council | Setting) -> bool:
    if isinstance(scope, Council):
        return administers_council(user, scope)
    if isinstance(scope, Setting):
        return user.has_role(Role.DSL, scope) or user.has_role(Role.COUNCIL_ADMIN, scope)
    return False
