"""Screening alerts on the dashboards: how many and of which kind, never the comments."""

from __future__ import annotations

from collections import Counter

from dashboards.figures import Scope, Series, figure, month_labels
from learning.selectors import alerts_raised_between
from learning.templatetags.learning_tags import category_label
from screening.policy import ALERT_CATEGORIES


@figure(
    "screening_alerts_by_month",
    title="Screening alerts by month",
    order=70,
    notes="Comments on the learning platform that screening raised to the safeguarding lead.",
)
def screening_alerts_by_month(scope: Scope) -> Series:
    months = month_labels(scope.start, scope.end)
    alerts = alerts_raised_between(scope.setting_ids, scope.start_at, scope.end_at)
    raised = Counter(a.month for a in alerts)
    still_open = Counter(a.month for a in alerts if a.open)
    return Series(
        name="Screening alerts",
        points=[(m, raised[m]) for m in months],
        unit="alerts",
        headers=["month", "alerts", "still open"],
        rows=[[m, raised[m], still_open[m]] for m in months],
        summary=f"{len(alerts)} alert(s); {sum(still_open.values())} still open",
    )


@figure(
    "screening_alerts_by_category",
    title="Screening alerts by category",
    order=75,
    notes="An alert can name several categories, so these can add up to more than the alerts.",
)
def screening_alerts_by_category(scope: Scope) -> Series:
    alerts = alerts_raised_between(scope.setting_ids, scope.start_at, scope.end_at)
    counts = Counter(category for a in alerts for category in a.categories)
    categories = sorted(ALERT_CATEGORIES | set(counts))
    points = [(category_label(c), counts[c]) for c in categories]
    return Series(
        name="Screening alerts by category",
        points=points,
        unit="alerts",
        headers=["category", "alerts"],
        rows=[list(point) for point in points],
        summary=f"{len(alerts)} alert(s) in the period",
    )
