"""Policy compliance on the dashboards: the share of acknowledgements due that are done."""

from __future__ import annotations

from dashboards.figures import Scope, Series, figure
from policies.selectors import compliance_for_setting


@figure(
    "policy_compliance",
    title="Policy compliance",
    order=40,
    notes="Today's position: acknowledgements of the current version of each policy.",
)
def policy_compliance(scope: Scope) -> Series:
    done: dict[str, int] = {}
    due: dict[str, int] = {}
    rows = []
    for setting in scope.settings:
        for row in compliance_for_setting(setting):
            title = row.policy.title
            done[title] = done.get(title, 0) + len(row.acknowledged)
            due[title] = due.get(title, 0) + row.due
            version = f"{row.version.major}.{row.version.minor}"
            rows.append([setting.name, title, version, len(row.acknowledged), row.due, row.percent])
    points = [(title, round(100 * done[title] / due[title])) for title in sorted(due)]
    total_due = sum(due.values())
    summary = (
        f"{round(100 * sum(done.values()) / total_due)}% of acknowledgements due are done"
        if total_due
        else ""
    )
    return Series(
        name="Policy compliance",
        points=points,
        unit="%",
        maximum=100,
        summary=summary,
        headers=["setting", "policy", "version", "acknowledged", "due", "percent"],
        rows=rows,
    )
