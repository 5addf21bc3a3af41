from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from accounts.two_factor import has_confirmed_device, must_use_two_factor

# Paths a privileged person may reach before the second factor: setting it up, using it, leaving.
OPEN_PREFIXES = ("/accounts/two-factor/", "/accounts/sign-out/", "/static/")


class RequireTwoFactorMiddleware:
    """A privileged person who has not passed the second factor reaches nothing else."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            must_use_two_factor(user)
            and not user.is_verified()
            and not request.path.startswith(OPEN_PREFIXES)
        ):
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {"detail": "Two-factor authentication is required for your role."}, status=403
                )
            target = (
                "accounts:two_factor_verify" if has_confirmed_device(user) else "accounts:two_factor_setup"
            )
            return redirect(reverse(target))
        return self.get_response(request)
