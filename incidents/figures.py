"""Incidents on the dashboards: counts only, never references, names or what was said."""

from __future__ import annotations

from collections import Counter

from dashboards.figures import Scope, Series, figure, month_labels
from incidents import selectors
from people.models import Setting

INCIDENT_TYPES = {"cyber_bullying": "cyber-bullying", "allegation_against_staff": "allegation against staff"}
# The clock's five states, folded into what a council asks: still due, overdue, met or missed.
LADO_COLUMNS = {
    "running": "due",
    "due_soon": "due",
    "overdue": "overdue",
    "referred_in_time": "met",
    "referred_late": "referred late",
}


def settings_by_name(scope: Scope) -> list[Setting]:
    return sorted(scope.settings, key=lambda s: (s.name, s.pk))


@figure(
    "incidents_by_month",
    title="Incidents reported by month",
    order=10,
    notes="Reports submitted in the period, by the month they were submitted.",
)
def incidents_by_month(scope: Scope) -> Series:
    months = month_labels(scope.start, scope.end)
    counts = {(m, kind): 0 for m in months for kind in INCIDENT_TYPES}
    for row in selectors.incident_counts_by_type_and_month(scope.setting_ids, scope.start, scope.end):
        counts[row["month"], row["type"]] += row["count"]
    totals = {m: sum(counts[m, kind] for kind in INCIDENT_TYPES) for m in months}
    by_type = {kind: sum(counts[m, kind] for m in months) for kind in INCIDENT_TYPES}
    return Series(
        name="Incidents",
        points=[(m, totals[m]) for m in months],
        unit="incidents",
        headers=["month", *INCIDENT_TYPES.values(), "total"],
        rows=[[m, *(counts[m, kind] for kind in INCIDENT_TYPES), totals[m]] for m in months],
        summary="; ".join(f"{n} {INCIDENT_TYPES[kind]}" for kind, n in by_type.items()),
    )


@figure(
    "open_cases",
    title="Open cases",
    order=20,
    notes="Today's position: cases reported by the end of the period that are not closed.",
)
def open_cases(scope: Scope) -> Series:
    cases = [
        case
        for case in selectors.open_cases(scope.setting_ids)
        if case["submitted_at"] is not None and case["submitted_at"] <= scope.end_at
    ]
    open_ = Counter(case["setting_id"] for case in cases)
    unassigned = Counter(case["setting_id"] for case in cases if not case["has_investigator"])
    settings = settings_by_name(scope)
    return Series(
        name="Open cases",
        points=[(s.name, open_[s.pk]) for s in settings],
        unit="cases",
        headers=["setting", "open cases", "without an investigator"],
        rows=[[s.name, open_[s.pk], unassigned[s.pk]] for s in settings],
        summary=f"{len(cases)} open case(s); {sum(unassigned.values())} without an investigator",
    )


@figure(
    "overdue_actions",
    title="Overdue case actions",
    order=25,
    notes="Today's position: actions on cases, due by the end of the period, still not done.",
)
def overdue_actions(scope: Scope) -> Series:
    actions = [a for a in selectors.overdue_actions(scope.setting_ids) if a["due_on"] <= scope.end]
    overdue = Counter(a["setting_id"] for a in actions)
    points = [(s.name, overdue[s.pk]) for s in settings_by_name(scope)]
    return Series(
        name="Overdue actions",
        points=points,
        unit="actions",
        headers=["setting", "overdue actions"],
        rows=[list(point) for point in points],
        summary=f"{len(actions)} action(s) overdue",
    )


def lado_column(clock: dict, scope: Scope) -> str | None:
    """Which column an allegation's clock counts in, or None when it is outside the period:
    a clock still running counts if the allegation was opened by the end of the period, a
    referral counts in the period it was made."""
    if clock["referred_at"] is None:
        return LADO_COLUMNS[clock["state"]] if clock["opened_at"] <= scope.end_at else None
    return LADO_COLUMNS[clock["state"]] if scope.start_at <= clock["referred_at"] <= scope.end_at else None


@figure(
    "lado_clocks",
    title="LADO referral clocks",
    order=30,
    notes=(
        "Allegations against staff must be referred to the LADO within one working day. "
        "Due and overdue are today's position; met and late count referrals made in the period."
    ),
)
def lado_clocks(scope: Scope) -> Series:
    columns = list(dict.fromkeys(LADO_COLUMNS.values()))
    counts = {(s.pk, c): 0 for s in scope.settings for c in columns}
    for clock in selectors.lado_clocks(scope.setting_ids):
        column = lado_column(clock, scope)
        if column is not None:
            counts[clock["setting_id"], column] += 1
    totals = {c: sum(counts[s.pk, c] for s in scope.settings) for c in columns}
    return Series(
        name="LADO referrals",
        points=[(c, totals[c]) for c in columns],
        unit="allegations",
        headers=["setting", *columns],
        rows=[[s.name, *(counts[s.pk, c] for c in columns)] for s in settings_by_name(scope)],
        summary=f"{totals['overdue']} overdue; {totals['due']} due",
    )
