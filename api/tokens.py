"""Who is making a request, as the middleware gates need to know it.

DRF authenticates API tokens only inside the view, after every middleware has run, so a gate
that looked only at `request.user` would let token clients straight past it.
"""

from typing import Any

from django.http import HttpRequest


def token_user(request: HttpRequest) -> Any:
    from rest_framework.authtoken.models import Token

    words = request.headers.get("Authorization", "").split()
    if len(words) != 2 or words[0].lower() != "token":
        return None
    token = Token.objects.select_related("user").filter(key=words[1]).first()
    return token.user if token and token.user.is_active else None


def requesting_user(request: HttpRequest) -> Any:
    """The session's user, or for an API call with a token, the token's user."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return user
    if request.path.startswith("/api/"):
        return token_user(request) or user
    return user
