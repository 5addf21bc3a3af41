"""Dashboard figures against a small world built by hand, where every number is known."""

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from dashboards.figures import build, figure, figures_for, month_labels, registered_keys
from dashboards.selectors import council_scope, setting_scope
from declarations import services as declaration_services
from declarations.models import Declaration, PrivacyAttestation
from people.roles import Role
from phones.models import Observation
from policies import selectors as policy_selectors
from policies import services as policy_services
from tests import factories
from tests.declarations.factories import declaration
from tests.phones.factories import observation
from tests.policies.factories import policy


def at(year: int, month: int, day: int) -> datetime:
    return timezone.make_aware(datetime(year, month, day, 10, 0))


@pytest.fixture
def world(db):
    """Two settings of one council. North: 3 staff, South: 1."""
    north = factories.SettingFactory(name="North")
    south = factories.SettingFactory(name="South", council=north.council)
    head = factories.staff(Role.SETTING_MANAGER, north)
    ann = factories.staff(Role.TEACHER, north, line_manager=head)
    bob = factories.staff(Role.TEACHER, north, line_manager=head)
    cat = factories.staff(Role.TEACHER, south)
    conduct = policy(north.council, "Code of conduct")
    ict = policy(north.council, "ICT use", roles=[Role.TEACHER])
    for person, made in ((head, conduct), (ann, conduct), (ann, ict), (cat, ict)):
        policy_services.acknowledge(person, policy_selectors.current_version(made))
    # Declarations: two from North (one acknowledged), none from South.
    first = declaration(ann)
    declaration(bob)
    declaration_services.acknowledge_declaration(first, by=head, action="Noted")
    Declaration.objects.update(filed_at=at(2026, 2, 10))
    declaration_services.attest_privacy(ann, ticked=set(PrivacyAttestation.CHECKLIST))
    # Observations: North January x2 (one affecting supervision), March x1; South February x1.
    for setting, when, affected in (
        (north, at(2026, 1, 5), True),
        (north, at(2026, 1, 25), False),
        (north, at(2026, 3, 3), False),
        (south, at(2026, 2, 14), True),
    ):
        made = observation(setting, head)
        Observation.objects.filter(pk=made.pk).update(observed_at=when, affected_supervision=affected)
    Observation.objects.filter(observed_at=at(2026, 1, 5)).update(
        response="Done", responded_at=timezone.now()
    )
    return north, south


def test_policy_compliance_matches_the_hand_count(world) -> None:
    north, south = world
    council_wide = build(
        "policy_compliance", council_scope(north.council, date(2026, 1, 1), date(2026, 3, 31))
    )
    # Code of conduct: North 2 of 3, South 0 of 1 -> 2/4 = 50%.
    # ICT use (teachers only): North 1 of 2, South 1 of 1 -> 67%.
    assert council_wide.series.points == [("Code of conduct", 50), ("ICT use", 67)]
    assert council_wide.series.summary.startswith("57%")  # 4 of 7
    assert ["North", "Code of conduct", "1.0", 2, 3, 67] in council_wide.series.rows
    north_only = build("policy_compliance", setting_scope(north, date(2026, 1, 1), date(2026, 3, 31)))
    assert north_only.series.points == [("Code of conduct", 67), ("ICT use", 50)]


def test_outstanding_declarations_match(world) -> None:
    north, south = world
    made = build(
        "outstanding_declarations", council_scope(north.council, date(2026, 1, 1), date(2026, 3, 31))
    )
    assert made.series.points == [("North", 1), ("South", 0)]
    assert made.series.summary == "1 awaiting acknowledgement; 2 filed in the period"
    before = build(
        "outstanding_declarations", council_scope(north.council, date(2025, 1, 1), date(2026, 1, 31))
    )
    assert before.series.points == [("North", 0), ("South", 0)]


def test_privacy_attestations_due_match(world) -> None:
    north, _ = world
    made = build(
        "privacy_attestations_due", council_scope(north.council, date(2026, 1, 1), date(2026, 3, 31))
    )
    assert made.series.points == [("North", 2), ("South", 1)]


def test_phone_observations_by_month_match(world) -> None:
    north, south = world
    scope = council_scope(north.council, date(2026, 1, 1), date(2026, 3, 31))
    made = build("phone_observations", scope)
    assert made.series.points == [("2026-01", 2), ("2026-02", 1), ("2026-03", 1)]
    assert made.series.rows[0] == ["2026-01", 2, 1, 1]
    only_south = build(
        "phone_observations", council_scope(north.council, date(2026, 1, 1), date(2026, 3, 31), only=south)
    )
    assert only_south.series.points == [("2026-01", 0), ("2026-02", 1), ("2026-03", 0)]
    february = build("phone_observations", setting_scope(north, date(2026, 2, 1), date(2026, 2, 28)))
    assert february.series.points == [("2026-02", 0)]


def test_every_registered_figure_is_on_the_dashboard(world) -> None:
    north, _ = world
    keys = {f.key for f in figures_for(council_scope(north.council, date(2026, 1, 1), date(2026, 3, 31)))}
    assert {
        "policy_compliance",
        "outstanding_declarations",
        "privacy_attestations_due",
        "phone_observations",
    } <= keys
    assert keys == set(registered_keys())


def test_a_key_can_be_registered_once_only() -> None:
    with pytest.raises(ValueError):
        figure("policy_compliance", title="Again")(lambda scope: None)


def test_month_labels_cross_the_year() -> None:
    assert month_labels(date(2025, 11, 20), date(2026, 2, 1)) == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert month_labels(date(2026, 1, 1), date(2026, 1, 1) + timedelta(days=3)) == ["2026-01"]
