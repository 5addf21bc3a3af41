"""Incident figures on the dashboards, against a world where every number is known."""

from datetime import date

import pytest
from django.utils import timezone

from dashboards.figures import build
from dashboards.selectors import council_scope, setting_scope
from tests.incidents.factories import figures_world

FIRST_QUARTER = (date(2026, 1, 1), date(2026, 3, 31))


@pytest.fixture
def world(db):
    return figures_world()


def test_incidents_by_month_count_submissions_in_the_period(world) -> None:
    made = build("incidents_by_month", council_scope(world.north.council, *FIRST_QUARTER))
    assert made.series.points == [("2026-01", 2), ("2026-02", 2), ("2026-03", 1)]
    assert made.series.headers == ["month", "cyber-bullying", "allegation against staff", "total"]
    assert made.series.rows == [["2026-01", 2, 0, 2], ["2026-02", 1, 1, 2], ["2026-03", 1, 0, 1]]
    assert made.series.summary == "4 cyber-bullying; 1 allegation against staff"
    north = build("incidents_by_month", setting_scope(world.north, *FIRST_QUARTER))
    assert north.series.points == [("2026-01", 2), ("2026-02", 1), ("2026-03", 1)]
    december = build("incidents_by_month", setting_scope(world.north, date(2025, 12, 1), date(2025, 12, 31)))
    assert december.series.rows == [["2025-12", 1, 0, 1]]


def test_open_cases_per_setting(world) -> None:
    today = timezone.localdate()
    made = build("open_cases", council_scope(world.north.council, date(2026, 1, 1), today))
    # North: 10 Jan, 20 Jan, 5 Feb and the December case still open; the closed one and the draft not.
    assert made.series.points == [("North", 4), ("South", 1)]
    assert made.series.rows == [["North", 4, 3], ["South", 1, 1]]
    january = build("open_cases", council_scope(world.north.council, date(2026, 1, 1), date(2026, 1, 31)))
    assert january.series.points == [("North", 3), ("South", 0)]
    far = build("open_cases", setting_scope(world.far, date(2026, 1, 1), today))
    assert far.series.points == [("Far", 1)]


def test_overdue_actions_per_setting(world) -> None:
    today = timezone.localdate()
    made = build("overdue_actions", council_scope(world.north.council, date(2026, 1, 1), today))
    assert made.series.points == [("North", 1), ("South", 1)]
    assert made.series.summary == "2 action(s) overdue"
    january = build(
        "overdue_actions", council_scope(world.north.council, date(2026, 1, 1), date(2026, 1, 31))
    )
    assert january.series.points == [("North", 0), ("South", 0)]


def test_lado_clocks_due_overdue_and_met(world) -> None:
    today = timezone.localdate()
    made = build("lado_clocks", council_scope(world.north.council, date(2026, 1, 1), today))
    assert made.series.points == [("due", 1), ("overdue", 1), ("met", 1), ("referred late", 1)]
    assert made.series.headers == ["setting", "due", "overdue", "met", "referred late"]
    assert made.series.rows == [["North", 0, 1, 1, 1], ["South", 1, 0, 0, 0]]
    # The first quarter: South's allegation was opened after it; December's referral was before it.
    quarter = build("lado_clocks", council_scope(world.north.council, *FIRST_QUARTER))
    assert quarter.series.rows == [["North", 0, 1, 1, 1], ["South", 0, 0, 0, 0]]
    december = build("lado_clocks", setting_scope(world.north, date(2025, 12, 1), date(2025, 12, 31)))
    assert december.series.rows == [["North", 0, 0, 1, 0]]


def test_figures_carry_counts_only(world) -> None:
    scope = council_scope(world.north.council, date(2026, 1, 1), timezone.localdate())
    for key in ("incidents_by_month", "open_cases", "overdue_actions", "lado_clocks"):
        made = build(key, scope)
        cells = [cell for row in made.series.rows for cell in row]
        assert all(
            isinstance(cell, int) or cell in {"North", "South"} or cell[:4].isdigit() for cell in cells
        )
        assert not any(isinstance(cell, str) and cell.startswith(("INC-", "ALG-")) for cell in cells)
