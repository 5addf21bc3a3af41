from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from policies.selectors import is_blocked, is_staff_member, outstanding_for

# Reachable even when blocked: the policies themselves, leaving, and what pages need to render.
OPEN_PREFIXES = ("/policies/", "/accounts/sign-out/", "/accounts/two-factor/", "/static/", "/api/policies/")


def api_token_user(request: HttpRequest) -> Any:
    """API clients using a token are only known to DRF inside the view; look the token up here."""
    from rest_framework.authtoken.models import Token

    words = request.headers.get("Authorization", "").split()
    if len(words) != 2 or words[0].lower() != "token":
        return None
    token = Token.objects.select_related("user").filter(key=words[1]).first()
    return token.user if token and token.user.is_active else None


class RequireAcknowledgementMiddleware:
    """Lists outstanding policies for the banner; after the grace period lets nothing else through."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if request.path.startswith("/api/") and (user is None or not user.is_authenticated):
            user = api_token_user(request) or user
        outstanding = outstanding_for(user) if user is not None and is_staff_member(user) else []
        request.outstanding_policies = outstanding
        if is_blocked(outstanding) and not request.path.startswith(OPEN_PREFIXES):
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {
                        "detail": "Acknowledge these policies before using anything else.",
                        "outstanding_policies": [
                            {"id": o.policy.pk, "title": o.policy.title, "version": o.version.pk}
                            for o in outstanding
                        ],
                    },
                    status=403,
                )
            return redirect(reverse("policies:mine"))
        return self.get_response(request)
