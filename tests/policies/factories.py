"""Policies for tests, published through the same service the council administrators use."""

from datetime import timedelta

from django.utils import timezone

from people.models import Council, User
from policies.models import Policy, PolicyVersion
from policies.services import publish_policy


def policy(council: Council, title: str = "Code of conduct", **scope) -> Policy:
    return publish_policy(
        council=council,
        title=title,
        change_summary="First version.",
        published_by=None,
        body_markdown=f"# {title}\n\nWhat we expect of everyone.",
        **scope,
    )


def age(days: int, *, policies: list[Policy] = (), people: list[User] = ()) -> None:
    """Pretend the policies were published, and the people joined, `days` ago."""
    then = timezone.now() - timedelta(days=days)
    PolicyVersion.objects.filter(policy__in=policies).update(published_at=then)
    User.objects.filter(pk__in=[p.pk for p in people]).update(date_joined=then)
    for person in people:
        person.refresh_from_db()
