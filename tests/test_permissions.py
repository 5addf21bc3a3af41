"""The whole matrix: every role × every action × own setting, a sibling setting, another council."""

import pytest

from esafety.permissions import can, registered_actions
from people.roles import Role
from tests import factories

COUNCIL_WIDE = {Role.HR_INVESTIGATOR, Role.LADO_LIAISON, Role.COUNCIL_ADMIN}
ALL_ROLES = list(Role)
SCOPES = ("own", "sibling", "other_council")

# action (and target) -> scope -> roles allowed. Every cell not listed must be refused.
EXPECTED = {
    "people.view_setting": {
        "own": {
            Role.TEACHER,
            Role.LINE_MANAGER,
            Role.SETTING_MANAGER,
            Role.DSL,
            Role.HR_INVESTIGATOR,
            Role.LADO_LIAISON,
            Role.COUNCIL_ADMIN,
        },
        "sibling": {Role.HR_INVESTIGATOR, Role.LADO_LIAISON, Role.COUNCIL_ADMIN},
    },
    "people.manage_staff": {
        "own": {Role.SETTING_MANAGER, Role.COUNCIL_ADMIN},
        "sibling": {Role.COUNCIL_ADMIN},
    },
    "people.view_group": {"own": {Role.TEACHER, Role.SETTING_MANAGER, Role.DSL}},
    "people.manage_pupils": {"own": {Role.TEACHER, Role.SETTING_MANAGER}},
    "people.view_person:staff": {
        "own": {Role.LINE_MANAGER, Role.SETTING_MANAGER, Role.DSL, Role.COUNCIL_ADMIN},
        "sibling": {Role.COUNCIL_ADMIN},
    },
    "people.view_person:pupil": {"own": {Role.TEACHER, Role.SETTING_MANAGER, Role.DSL}},
    "people.view_council": {"own": {Role.COUNCIL_ADMIN}, "sibling": {Role.COUNCIL_ADMIN}},
    "audit.view_log": {"own": {Role.DSL, Role.COUNCIL_ADMIN}, "sibling": {Role.COUNCIL_ADMIN}},
}


@pytest.fixture
def world(db):
    home = factories.SettingFactory()
    sibling = factories.SettingFactory(council=home.council)
    elsewhere = factories.SettingFactory()
    subjects = {}
    for role in ALL_ROLES:
        if role == Role.PUPIL:
            subjects[role] = factories.pupil(factories.GroupFactory(setting=home))
        else:
            subjects[role] = factories.staff(role, home, council_wide=role in COUNCIL_WIDE)
    targets = {}
    for scope, setting in zip(SCOPES, (home, sibling, elsewhere), strict=True):
        group = factories.GroupFactory(setting=setting)
        if scope == "own":
            group.teachers.add(subjects[Role.TEACHER])
        line_manager = subjects[Role.LINE_MANAGER] if scope == "own" else None
        targets[scope] = {
            "setting": setting,
            "group": group,
            "staff": factories.staff(Role.TEACHER, setting, line_manager=line_manager),
            "pupil": factories.pupil(group),
            "council": setting.council,
        }
    return subjects, targets


def target_for(action: str, targets: dict):
    kind = action.split(":")[1] if ":" in action else None
    rule_name = action.split(":")[0]
    by_rule = {
        "people.view_setting": "setting",
        "people.manage_staff": "setting",
        "people.view_group": "group",
        "people.manage_pupils": "group",
        "people.view_council": "council",
        "audit.view_log": "setting",
    }
    return rule_name, targets[kind or by_rule[rule_name]]


def test_every_cell_of_the_matrix(world) -> None:
    subjects, targets = world
    wrong = []
    for action, allowed in EXPECTED.items():
        for scope in SCOPES:
            rule_name, target = target_for(action, targets[scope])
            for role, person in subjects.items():
                expected = role in allowed.get(scope, set())
                if can(person, rule_name, target) != expected:
                    wrong.append(f"{role} {action} {scope}: expected {expected}")
    assert wrong == []


def test_matrix_covers_every_registered_action() -> None:
    covered = {action.split(":")[0] for action in EXPECTED}
    foundation = {a for a in registered_actions() if a.split(".")[0] in {"people", "audit"}}
    assert foundation <= covered


def test_unknown_action_is_refused(world) -> None:
    subjects, targets = world
    assert not can(subjects[Role.COUNCIL_ADMIN], "people.no_such_action", targets["own"]["setting"])


def test_wrong_kind_of_object_is_refused(world) -> None:
    subjects, targets = world
    assert not can(subjects[Role.SETTING_MANAGER], "people.view_group", targets["own"]["setting"])


def test_inactive_person_can_do_nothing(world) -> None:
    subjects, targets = world
    admin = subjects[Role.COUNCIL_ADMIN]
    admin.is_active = False
    assert not can(admin, "people.view_setting", targets["own"]["setting"])


def test_has_perm_uses_the_same_rules(world) -> None:
    subjects, targets = world
    assert subjects[Role.TEACHER].has_perm("people.view_group", targets["own"]["group"])
    assert not subjects[Role.TEACHER].has_perm("people.view_group", targets["sibling"]["group"])
