"""Every role × every incidents action × own setting, a sibling setting, another council."""

import pytest

from esafety.permissions import can
from incidents import selectors, services
from incidents.models import Incident
from incidents.rules import CaseMove
from people.roles import Role
from tests import factories
from tests.incidents.factories import report
from tests.role_matrix import (
    ALL_STAFF,
    COUNCIL_WIDE,
    build_world,
    covered_actions,
    registered_actions_of,
    the_setting,
    wrong_cells,
)

pytestmark = pytest.mark.django_db
Status = Incident.Status


def a_case(world, setting):
    """A submitted case whose investigator is a line manager (the world's one in the home setting)."""
    case = report(factories.staff(Role.TEACHER, setting), setting)
    case.investigator = investigator_in(world, setting)
    case.save()
    return case


def an_investigation(world, setting):
    case = report(factories.staff(Role.TEACHER, setting), setting)
    hr = factories.staff(Role.HR_INVESTIGATOR, setting)
    services.move_case(case, Status.TRIAGE, by=hr)
    services.assign_investigator(case, investigator_in(world, setting), by=hr)
    services.move_case(case, Status.INVESTIGATING, by=hr)
    case.refresh_from_db()
    return case


def investigator_in(world, setting):
    if world.is_home(setting):
        return world.subjects[Role.LINE_MANAGER]
    return factories.staff(Role.LINE_MANAGER, setting)


def a_draft(world, setting):
    return report(factories.staff(Role.TEACHER, setting), setting, submit=False)


def an_allegation_incident(world, setting):
    accused = factories.staff(Role.TEACHER, setting)
    return report(
        factories.staff(Role.TEACHER, setting), setting, alleges_staff_harm=True, accused_staff=accused
    )


def an_allegation(world, setting):
    return an_allegation_incident(world, setting).allegation


def a_move_to_triage(world, setting):
    return CaseMove(a_case(world, setting), Status.TRIAGE)


def a_move_to_outcome(world, setting):
    return CaseMove(an_investigation(world, setting), Status.OUTCOME)


def a_move_to_closed_from_investigating(world, setting):
    return CaseMove(an_investigation(world, setting), Status.CLOSED)


# action:target -> (target builder, scope -> roles allowed); every cell not listed must be refused.
EXPECTED = {
    "incidents.report:setting": (the_setting, {"own": ALL_STAFF, "sibling": COUNCIL_WIDE}),
    "incidents.report_for_pupil:setting": (the_setting, {"own": {Role.DSL}}),
    "incidents.view_report:case": (a_case, {}),
    "incidents.edit_report:draft": (a_draft, {}),
    "incidents.view_case:case": (
        a_case,
        {
            "own": {Role.DSL, Role.HR_INVESTIGATOR, Role.LINE_MANAGER},
            "sibling": {Role.HR_INVESTIGATOR},
        },
    ),
    "incidents.view_case:draft": (a_draft, {}),
    "incidents.view_case:allegation_incident": (
        an_allegation_incident,
        {
            "own": {Role.DSL, Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
            "sibling": {Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
        },
    ),
    "incidents.manage_case:case": (
        a_case,
        {
            "own": {Role.DSL, Role.HR_INVESTIGATOR},
            "sibling": {Role.HR_INVESTIGATOR},
        },
    ),
    "incidents.manage_case:allegation_incident": (
        an_allegation_incident,
        {
            "own": {Role.DSL, Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
            "sibling": {Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
        },
    ),
    "incidents.export_case:case": (
        a_case,
        {
            "own": {Role.DSL, Role.HR_INVESTIGATOR},
            "sibling": {Role.HR_INVESTIGATOR},
        },
    ),
    "incidents.move_case:to_triage": (
        a_move_to_triage,
        {
            "own": {Role.DSL, Role.HR_INVESTIGATOR},
            "sibling": {Role.HR_INVESTIGATOR},
        },
    ),
    "incidents.move_case:to_outcome": (
        a_move_to_outcome,
        {
            "own": {Role.DSL, Role.HR_INVESTIGATOR, Role.LINE_MANAGER},
            "sibling": {Role.HR_INVESTIGATOR},
        },
    ),
    "incidents.move_case:to_closed_from_investigating": (a_move_to_closed_from_investigating, {}),
    "incidents.view_cases:setting": (
        the_setting,
        {
            "own": {Role.DSL, Role.HR_INVESTIGATOR},
            "sibling": {Role.HR_INVESTIGATOR},
        },
    ),
    "incidents.view_allegations:setting": (
        the_setting,
        {
            "own": {Role.DSL, Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
            "sibling": {Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
        },
    ),
    "incidents.view_allegation:allegation": (
        an_allegation,
        {
            "own": {Role.DSL, Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
            "sibling": {Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
        },
    ),
    "incidents.record_referral:allegation": (
        an_allegation,
        {
            "own": {Role.DSL, Role.LADO_LIAISON},
            "sibling": {Role.LADO_LIAISON},
        },
    ),
    "incidents.grant_allegation_access:allegation": (an_allegation, {"own": {Role.DSL}}),
    "incidents.review_retention:setting": (
        the_setting,
        {
            "own": {Role.DSL, Role.COUNCIL_ADMIN},
            "sibling": {Role.COUNCIL_ADMIN},
        },
    ),
}


@pytest.fixture
def world(db):
    return build_world()


def test_every_cell_of_the_matrix(world) -> None:
    assert wrong_cells(world, EXPECTED) == []


def test_matrix_covers_every_incidents_action() -> None:
    assert registered_actions_of("incidents") == covered_actions(EXPECTED)


def test_lists_agree_with_the_rules(world) -> None:
    made = [
        (make(world, setting), make is an_allegation_incident)
        for setting in world.settings.values()
        for make in (a_case, a_draft, an_allegation_incident)
    ]
    incidents = [incident for incident, _ in made]
    allegations = {incident.allegation for incident, alleges in made if alleges}
    for role, person in world.subjects.items():
        listed = set(selectors.cases_visible_to(person)) & set(incidents)
        assert listed == {i for i in incidents if can(person, "incidents.view_case", i)}, role
        seen = set(selectors.allegations_visible_to(person))
        assert seen == {a for a in allegations if can(person, "incidents.view_allegation", a)}, role


def test_reporters_see_their_own_reports_and_edit_only_their_drafts(world) -> None:
    case, draft = a_case(world, world.settings["own"]), a_draft(world, world.settings["own"])
    assert can(case.reporter, "incidents.view_report", case)
    assert not can(case.reporter, "incidents.edit_report", case)
    assert can(draft.reporter, "incidents.edit_report", draft)
    assert not can(case.reporter, "incidents.view_case", case)


def test_the_accused_never_sees_the_allegation_even_as_dsl(setting) -> None:
    accused_dsl = factories.staff(Role.DSL, setting)
    other_dsl = factories.staff(Role.DSL, setting)
    allegation = services.open_allegation(
        setting=setting, about_staff=accused_dsl, summary="x", raised_by=other_dsl, source="other"
    )
    assert not can(accused_dsl, "incidents.view_allegation", allegation)
    assert not can(accused_dsl, "incidents.record_referral", allegation)
    assert can(other_dsl, "incidents.view_allegation", allegation)
    assert allegation not in selectors.allegations_visible_to(accused_dsl)


def test_the_line_manager_sees_the_allegation_only_when_granted(setting, dsl) -> None:
    manager = factories.staff(Role.LINE_MANAGER, setting)
    accused = factories.staff(Role.TEACHER, setting, line_manager=manager)
    incident = report(
        factories.staff(Role.TEACHER, setting), setting, alleges_staff_harm=True, accused_staff=accused
    )
    allegation = incident.allegation
    assert not can(manager, "incidents.view_allegation", allegation)
    assert not can(manager, "incidents.view_case", incident)
    services.grant_allegation_access(allegation, manager, by=dsl, reason="Arranging cover")
    assert can(manager, "incidents.view_allegation", allegation)
    assert can(manager, "incidents.view_case", incident)
    assert not can(manager, "incidents.manage_case", incident)
    assert incident in selectors.cases_visible_to(manager)
