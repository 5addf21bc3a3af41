"""Phone-use observations on the dashboards, month by month."""

from __future__ import annotations

from django.utils import timezone

from dashboards.figures import Scope, Series, figure, month_labels
from phones.models import Observation


@figure("phone_observations", title="Observations of phone use by month", order=60)
def phone_observations(scope: Scope) -> Series:
    months = month_labels(scope.start, scope.end)
    seen = {m: 0 for m in months}
    affecting = {m: 0 for m in months}
    waiting = {m: 0 for m in months}
    observations = Observation.objects.filter(
        setting__in=scope.setting_ids, observed_at__range=(scope.start_at, scope.end_at)
    )
    for observation in observations:
        month = timezone.localtime(observation.observed_at).strftime("%Y-%m")
        seen[month] += 1
        affecting[month] += observation.affected_supervision
        waiting[month] += observation.responded_at is None
    total = sum(seen.values())
    return Series(
        name="Observations",
        points=[(m, seen[m]) for m in months],
        headers=["month", "observations", "affected supervision", "awaiting the manager's response"],
        rows=[[m, seen[m], affecting[m], waiting[m]] for m in months],
        summary=f"{total} observation(s); {sum(waiting.values())} awaiting a response",
    )
