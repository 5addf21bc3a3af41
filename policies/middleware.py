from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from api.tokens import requesting_user
from policies.selectors import is_blocked, is_staff_member, outstanding_for

# Reachable even when blocked: the policies themselves, leaving, and what pages need to render.
OPEN_PREFIXES = ("/policies/", "/accounts/sign-out/", "/accounts/two-factor/", "/static/", "/api/policies/")


class RequireAcknowledgementMiddleware:
    """Lists outstanding policies for the banner; after the grace period lets nothing else through."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = requesting_user(request)
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
