"""The Acceptable Usage Policy gate: a pupil who has not agreed to the current version reaches
only the policy itself (and signing out) until they agree."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from api.tokens import requesting_user
from learning.selectors import current_policy, has_accepted

OPEN_PREFIXES = (
    "/accounts/sign-out/",
    "/static/",
    "/learning/rules/",
    "/api/learning/rules/",
)
SESSION_KEY = "learning_accepted_policy"


class UsagePolicyGateMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = requesting_user(request)
        if not user.is_authenticated or request.path.startswith(OPEN_PREFIXES) or not user.is_pupil:
            return self.get_response(request)
        policy = current_policy(user.setting_id)
        if policy is None or self.accepted(request, user, policy):
            return self.get_response(request)
        if request.path.startswith("/api/"):
            return JsonResponse(
                {
                    "detail": "Agree to the Acceptable Usage Policy first.",
                    "policy": {"title": policy.title, "version": policy.version},
                    "accept_url": reverse("learning_api:rules"),
                },
                status=403,
            )
        return redirect(f"{reverse('learning:rules')}?next={request.get_full_path()}")

    def accepted(self, request: HttpRequest, user, policy) -> bool:
        # A signed-in session remembers the version agreed to, so most requests cost one small
        # query; a token client has no session and is checked every time.
        on_session = request.user.is_authenticated
        if on_session and request.session.get(SESSION_KEY) == policy.pk:
            return True
        if has_accepted(user, policy):
            if on_session:
                request.session[SESSION_KEY] = policy.pk
            return True
        return False
