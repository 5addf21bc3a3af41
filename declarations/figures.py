"""Declarations on the dashboards: counts only, never the contents."""

from __future__ import annotations

from dashboards.figures import Scope, Series, figure
from declarations.models import Declaration
from declarations.selectors import staff_without_current_attestation


@figure(
    "outstanding_declarations",
    title="Declarations awaiting acknowledgement",
    order=50,
    notes="Declarations filed up to the end of the period that no manager has acknowledged yet.",
)
def outstanding_declarations(scope: Scope) -> Series:
    waiting = Declaration.objects.filter(
        setting__in=scope.setting_ids, acknowledged_at__isnull=True, filed_at__lte=scope.end_at
    )
    counts = {s.name: 0 for s in scope.settings}
    for declaration in waiting.select_related("setting"):
        counts[declaration.setting.name] += 1
    filed = Declaration.objects.filter(
        setting__in=scope.setting_ids, filed_at__range=(scope.start_at, scope.end_at)
    ).count()
    points = sorted(counts.items())
    return Series(
        name="Declarations awaiting acknowledgement",
        points=points,
        unit="",
        summary=f"{sum(counts.values())} awaiting acknowledgement; {filed} filed in the period",
        headers=["setting", "awaiting acknowledgement"],
        rows=[list(point) for point in points],
    )


@figure(
    "privacy_attestations_due",
    title="Staff whose privacy attestation is due",
    order=55,
    notes="Staff with no privacy-settings attestation in the last twelve months (today's position).",
)
def privacy_attestations_due(scope: Scope) -> Series:
    points = sorted((s.name, len(staff_without_current_attestation(s))) for s in scope.settings)
    return Series(
        name="Privacy attestations due",
        points=points,
        headers=["setting", "staff with attestation due"],
        rows=[list(point) for point in points],
        summary=f"{sum(n for _, n in points)} member(s) of staff to confirm their privacy settings",
    )
