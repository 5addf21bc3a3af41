"""Screening alerts on the dashboards, against alerts placed by hand."""

from datetime import date

import pytest

from dashboards.figures import build
from dashboards.selectors import council_scope, setting_scope
from tests import factories
from tests.learning.factories import alerts_world

FIRST_QUARTER = (date(2026, 1, 1), date(2026, 3, 31))


@pytest.fixture
def world(db):
    north = factories.SettingFactory(name="North")
    south = factories.SettingFactory(name="South", council=north.council)
    far = factories.SettingFactory(name="Far")
    alerts_world(north, south, far)
    return north, south, far


def test_alerts_by_month(world) -> None:
    north, south, _ = world
    made = build("screening_alerts_by_month", council_scope(north.council, *FIRST_QUARTER))
    assert made.series.points == [("2026-01", 2), ("2026-02", 1), ("2026-03", 1)]
    assert made.series.rows == [["2026-01", 2, 1], ["2026-02", 1, 0], ["2026-03", 1, 1]]
    assert made.series.summary == "4 alert(s); 2 still open"
    only_north = build("screening_alerts_by_month", setting_scope(north, *FIRST_QUARTER))
    assert only_north.series.points == [("2026-01", 2), ("2026-02", 0), ("2026-03", 1)]
    december = build("screening_alerts_by_month", setting_scope(north, date(2025, 12, 1), date(2025, 12, 31)))
    assert december.series.rows == [["2025-12", 1, 1]]


def test_alerts_by_category(world) -> None:
    north, south, far = world
    made = build("screening_alerts_by_category", council_scope(north.council, *FIRST_QUARTER))
    assert made.series.points == [("grooming", 1), ("self-harm", 2), ("threat", 2)]
    assert made.series.headers == ["category", "alerts"]
    assert made.series.summary == "4 alert(s) in the period"
    only_south = build("screening_alerts_by_category", setting_scope(south, *FIRST_QUARTER))
    assert only_south.series.points == [("grooming", 0), ("self-harm", 1), ("threat", 0)]
    other_council = build("screening_alerts_by_category", setting_scope(far, *FIRST_QUARTER))
    assert other_council.series.points == [("grooming", 1), ("self-harm", 0), ("threat", 0)]
