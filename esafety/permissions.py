"""The one place that decides who may see or change what.

Each app registers its rules in its own `rules.py` with `@rule("app.action")`. A rule receives
the signed-in person and the object in question and answers yes or no. An action nobody
registered is refused: access is denied by default. Views, the API and the admin all ask
through `can()` (or Django's `user.has_perm`, which lands here through `RuleBackend`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied

Rule = Callable[[Any, Any], bool]
_RULES: dict[str, Rule] = {}


def rule(action: str) -> Callable[[Rule], Rule]:
    def register(check: Rule) -> Rule:
        if action in _RULES:
            raise ValueError(f"A rule for {action!r} is registered twice")
        _RULES[action] = check
        return check

    return register


def registered_actions() -> list[str]:
    return sorted(_RULES)


def can(user: Any, action: str, obj: Any = None) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    check = _RULES.get(action)
    if check is None:
        return False
    return bool(check(user, obj))


def require(request: Any, action: str, obj: Any = None) -> None:
    """Raise PermissionDenied, after recording the refusal, unless the person may do this."""
    if can(request.user, action, obj):
        return
    from audit.services import record_denied

    record_denied(action, obj, user=request.user)
    raise PermissionDenied


class RuleBackend:
    """Lets `user.has_perm("app.action", obj)` consult the rule set. It signs nobody in."""

    def authenticate(self, request: Any, **credentials: Any) -> None:
        return None

    def has_perm(self, user: Any, perm: str, obj: Any = None) -> bool:
        return can(user, perm, obj)

    def has_module_perms(self, user: Any, app_label: str) -> bool:
        return any(can(user, action) for action in registered_actions() if action.startswith(f"{app_label}."))

    def get_user(self, user_id: Any) -> None:
        return None
