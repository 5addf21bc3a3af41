"""API access: the same rule set as the pages, asked per object."""

from typing import Any

from rest_framework.authtoken.models import Token
from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from accounts.two_factor import must_use_two_factor
from audit.services import record_denied
from esafety.permissions import can


class SignedInAndVerified(BasePermission):
    """Signed in; privileged people on a session must have passed the second factor.

    Tokens are only issued from a session that passed it, so a token counts as verified.
    """

    message = "Sign in first. Privileged roles need two-factor authentication."

    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        if not (user and user.is_authenticated):
            return False
        if isinstance(request.auth, Token):
            return True
        is_verified = getattr(user, "is_verified", None)
        return not must_use_two_factor(user) or bool(is_verified and is_verified())


class ObjectRule(SignedInAndVerified):
    """Checks the view's `rule_action` against each object, recording refusals."""

    def has_object_permission(self, request: Request, view: Any, obj: Any) -> bool:
        action = view.rule_action
        if can(request.user, action, obj):
            return True
        record_denied(action, obj, user=request.user)
        return False
