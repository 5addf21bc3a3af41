from django.http import HttpRequest


def outstanding_policies(request: HttpRequest) -> dict:
    """The middleware has already worked out what is outstanding; the banner only shows it."""
    outstanding = getattr(request, "outstanding_policies", [])
    return {"outstanding_policies": outstanding, "policies_blocked": any(o.overdue for o in outstanding)}
