"""Reads for case pages and the council dashboard."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from incidents import selectors, services
from incidents.models import Incident, Setting
from people.roles import Role
from tests import factories
from tests.incidents.factories import report

pytestmark = pytest.mark.django_db


def test_chronology_is_in_time_order_and_covers_the_case(setting, dsl) -> None:
    reporter = factories.staff(Role.TEACHER, setting)
    incident = report(reporter)
    services.move_case(incident, Incident.Status.TRIAGE, by=dsl, reason="Looks serious")
    services.add_note(incident, text="Spoke to the reporter", by=dsl)
    services.add_action(
        incident,
        description="Ask the platform to remove the post",
        due_on=date.today(),
        assigned_to=dsl,
        by=dsl,
    )
    events = selectors.chronology(incident)
    assert [e.at for e in events] == sorted(e.at for e in events)
    whats = " | ".join(e.what for e in events)
    for expected in (
        "Report started",
        "Evidence file sealed",
        "Submitted statement sealed",
        "Triage",
        "Note",
        "Action set",
    ):
        assert expected in whats
    assert "Note" not in " | ".join(e.what for e in selectors.chronology(incident, include_notes=False))


def test_dashboard_selectors_return_plain_data(setting, other_setting, dsl) -> None:
    reporter = factories.staff(Role.TEACHER, setting)
    accused = factories.staff(Role.TEACHER, setting)
    first = report(reporter)
    report(reporter, channel="email")
    report(reporter, alleges_staff_harm=True, accused_staff=accused)
    report(factories.staff(Role.TEACHER, other_setting))
    report(reporter, submit=False)
    services.add_action(
        first, description="Call parent", due_on=date.today() - timedelta(days=3), assigned_to=None, by=dsl
    )
    mine = Setting.objects.filter(pk=setting.pk)
    today = timezone.localdate()
    counts = selectors.incident_counts_by_type_and_month(mine, today - timedelta(days=31), today)
    month = today.strftime("%Y-%m")
    assert sorted((r["type"], r["channel"], r["count"]) for r in counts) == [
        ("allegation_against_staff", "social", 1),
        ("cyber_bullying", "email", 1),
        ("cyber_bullying", "social", 1),
    ]
    assert {r["month"] for r in counts} == {month}
    cases = selectors.open_cases(mine)
    assert len(cases) == 3 and all(isinstance(c["reference"], str) and "reporter" not in c for c in cases)
    overdue = selectors.overdue_actions(mine)
    assert overdue == [
        {
            "reference": first.reference,
            "setting": setting.name,
            "setting_id": setting.pk,
            "description": "Call parent",
            "due_on": date.today() - timedelta(days=3),
            "days_overdue": 3,
        }
    ]
    clocks = selectors.lado_clocks(mine)
    assert len(clocks) == 1 and clocks[0]["state"] == "running"
    late = selectors.lado_clocks(mine, now=clocks[0]["due_at"] + timedelta(hours=1))
    assert late[0]["state"] == "overdue"


def test_retention_review_list_shows_records_past_their_date(setting, dsl) -> None:
    incident = report(factories.staff(Role.TEACHER, setting))
    mine = Setting.objects.filter(pk=setting.pk)
    assert selectors.retention_reviews_due(mine)["incidents"] == []
    due = selectors.retention_reviews_due(mine, today=incident.retention_review_on)
    assert due["incidents"] == [incident]
