from django.http import HttpRequest
from django.urls import reverse


def navigation(request: HttpRequest) -> dict:
    """The links in the service navigation bar for the signed-in person."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_links": []}
    links = [("Home", reverse("home"))]
    if not user.is_pupil:
        links.append(("Your account", reverse("accounts:security")))
    return {"nav_links": [{"text": t, "url": u, "current": request.path == u} for t, u in links]}
