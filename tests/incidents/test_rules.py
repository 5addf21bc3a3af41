"""Every role × every incidents action × own setting, a sibling setting, another council."""

import pytest

from esafety.permissions import can, registered_actions
from incidents import selectors, services
from incidents.models import Incident
from incidents.rules import CaseMove
from people.roles import Role
from tests import factories
from tests.incidents.factories import report

pytestmark = pytest.mark.django_db
COUNCIL_WIDE = {Role.HR_INVESTIGATOR, Role.LADO_LIAISON, Role.COUNCIL_ADMIN}
SCOPES = ("own", "sibling", "other_council")
ALL_STAFF = {r for r in Role if r != Role.PUPIL}
Status = Incident.Status

# action:target -> scope -> roles allowed; every cell not listed must be refused.
EXPECTED = {
    "incidents.report:setting": {"own": ALL_STAFF, "sibling": COUNCIL_WIDE},
    "incidents.report_for_pupil:setting": {"own": {Role.DSL}},
    "incidents.view_report:case": {},
    "incidents.edit_report:draft": {},
    "incidents.view_case:case": {
        "own": {Role.DSL, Role.HR_INVESTIGATOR, Role.LINE_MANAGER},
        "sibling": {Role.HR_INVESTIGATOR},
    },
    "incidents.view_case:draft": {},
    "incidents.view_case:allegation_incident": {
        "own": {Role.DSL, Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
        "sibling": {Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
    },
    "incidents.manage_case:case": {
        "own": {Role.DSL, Role.HR_INVESTIGATOR},
        "sibling": {Role.HR_INVESTIGATOR},
    },
    "incidents.manage_case:allegation_incident": {
        "own": {Role.DSL, Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
        "sibling": {Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
    },
    "incidents.export_case:case": {
        "own": {Role.DSL, Role.HR_INVESTIGATOR},
        "sibling": {Role.HR_INVESTIGATOR},
    },
    "incidents.move_case:to_triage": {
        "own": {Role.DSL, Role.HR_INVESTIGATOR},
        "sibling": {Role.HR_INVESTIGATOR},
    },
    "incidents.move_case:to_outcome": {
        "own": {Role.DSL, Role.HR_INVESTIGATOR, Role.LINE_MANAGER},
        "sibling": {Role.HR_INVESTIGATOR},
    },
    "incidents.move_case:to_closed_from_investigating": {},
    "incidents.view_cases:setting": {
        "own": {Role.DSL, Role.HR_INVESTIGATOR},
        "sibling": {Role.HR_INVESTIGATOR},
    },
    "incidents.view_allegations:setting": {
        "own": {Role.DSL, Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
        "sibling": {Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
    },
    "incidents.view_allegation:allegation": {
        "own": {Role.DSL, Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
        "sibling": {Role.HR_INVESTIGATOR, Role.LADO_LIAISON},
    },
    "incidents.record_referral:allegation": {
        "own": {Role.DSL, Role.LADO_LIAISON},
        "sibling": {Role.LADO_LIAISON},
    },
    "incidents.grant_allegation_access:allegation": {"own": {Role.DSL}},
    "incidents.review_retention:setting": {
        "own": {Role.DSL, Role.COUNCIL_ADMIN},
        "sibling": {Role.COUNCIL_ADMIN},
    },
}


@pytest.fixture
def world(db):
    home = factories.SettingFactory()
    sibling = factories.SettingFactory(council=home.council)
    elsewhere = factories.SettingFactory()
    subjects = {}
    for role in Role:
        if role == Role.PUPIL:
            subjects[role] = factories.pupil(factories.GroupFactory(setting=home))
        else:
            subjects[role] = factories.staff(role, home, council_wide=role in COUNCIL_WIDE)
    targets = {}
    for scope, setting in zip(SCOPES, (home, sibling, elsewhere), strict=True):
        reporter = factories.staff(Role.TEACHER, setting)
        investigator = (
            subjects[Role.LINE_MANAGER] if scope == "own" else factories.staff(Role.LINE_MANAGER, setting)
        )
        hr = factories.staff(Role.HR_INVESTIGATOR, setting)
        case = report(reporter, setting)
        investigating = report(reporter, setting)
        services.move_case(investigating, Status.TRIAGE, by=hr)
        services.assign_investigator(investigating, investigator, by=hr)
        services.move_case(investigating, Status.INVESTIGATING, by=hr)
        investigating.refresh_from_db()
        case.investigator = investigator
        case.save()
        accused = factories.staff(Role.TEACHER, setting)
        allegation_incident = report(reporter, setting, alleges_staff_harm=True, accused_staff=accused)
        targets[scope] = {
            "setting": setting,
            "case": case,
            "draft": report(reporter, setting, submit=False),
            "allegation_incident": allegation_incident,
            "allegation": allegation_incident.allegation,
            "to_triage": CaseMove(case, Status.TRIAGE),
            "to_outcome": CaseMove(investigating, Status.OUTCOME),
            "to_closed_from_investigating": CaseMove(investigating, Status.CLOSED),
        }
    return subjects, targets


def test_every_cell_of_the_matrix(world) -> None:
    subjects, targets = world
    wrong = []
    for key, allowed in EXPECTED.items():
        action, target_name = key.split(":")
        for scope in SCOPES:
            target = targets[scope][target_name]
            for role, person in subjects.items():
                expected = role in allowed.get(scope, set())
                if can(person, action, target) != expected:
                    wrong.append(f"{role} {key} {scope}: expected {expected}")
    assert wrong == []


def test_matrix_covers_every_incidents_action() -> None:
    covered = {key.split(":")[0] for key in EXPECTED}
    assert {a for a in registered_actions() if a.startswith("incidents.")} == covered


def test_lists_agree_with_the_rules(world) -> None:
    subjects, targets = world
    incidents = [t[name] for t in targets.values() for name in ("case", "draft", "allegation_incident")]
    for role, person in subjects.items():
        listed = set(selectors.cases_visible_to(person)) & set(incidents)
        assert listed == {i for i in incidents if can(person, "incidents.view_case", i)}, role
        allegations = {t["allegation"] for t in targets.values()}
        seen = set(selectors.allegations_visible_to(person))
        assert seen == {a for a in allegations if can(person, "incidents.view_allegation", a)}, role


def test_reporters_see_their_own_reports_and_edit_only_their_drafts(world) -> None:
    _, targets = world
    case, draft = targets["own"]["case"], targets["own"]["draft"]
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
