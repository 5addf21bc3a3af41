"""The whole matrix: every role × every action × own setting, a sibling setting, another council."""

import pytest

from esafety.permissions import can
from people.roles import Role
from tests import factories
from tests.role_matrix import (
    COUNCIL_WIDE,
    build_world,
    covered_actions,
    registered_actions_of,
    the_council,
    the_setting,
    wrong_cells,
)


def a_group(world, setting):
    """A class; in the home setting the world's teacher teaches it."""
    group = factories.GroupFactory(setting=setting)
    if world.is_home(setting):
        group.teachers.add(world.subjects[Role.TEACHER])
    return group


def a_staff_member(world, setting):
    """A teacher; in the home setting the world's line manager manages them."""
    line_manager = world.subjects[Role.LINE_MANAGER] if world.is_home(setting) else None
    return factories.staff(Role.TEACHER, setting, line_manager=line_manager)


def a_pupil(world, setting):
    return factories.pupil(a_group(world, setting))


EXPECTED = {
    "people.view_setting": (
        the_setting,
        {
            "own": {
                Role.TEACHER,
                Role.LINE_MANAGER,
                Role.SETTING_MANAGER,
                Role.DSL,
                Role.HR_INVESTIGATOR,
                Role.LADO_LIAISON,
                Role.COUNCIL_ADMIN,
            },
            "sibling": COUNCIL_WIDE,
        },
    ),
    "people.manage_staff": (
        the_setting,
        {"own": {Role.SETTING_MANAGER, Role.COUNCIL_ADMIN}, "sibling": {Role.COUNCIL_ADMIN}},
    ),
    "people.view_group": (a_group, {"own": {Role.TEACHER, Role.SETTING_MANAGER, Role.DSL}}),
    "people.manage_pupils": (a_group, {"own": {Role.TEACHER, Role.SETTING_MANAGER}}),
    "people.view_person:staff": (
        a_staff_member,
        {
            "own": {Role.LINE_MANAGER, Role.SETTING_MANAGER, Role.DSL, Role.COUNCIL_ADMIN},
            "sibling": {Role.COUNCIL_ADMIN},
        },
    ),
    "people.view_person:pupil": (a_pupil, {"own": {Role.TEACHER, Role.SETTING_MANAGER, Role.DSL}}),
    "people.view_council": (the_council, {"own": {Role.COUNCIL_ADMIN}, "sibling": {Role.COUNCIL_ADMIN}}),
    "audit.view_log": (
        the_setting,
        {"own": {Role.DSL, Role.COUNCIL_ADMIN}, "sibling": {Role.COUNCIL_ADMIN}},
    ),
}


@pytest.fixture
def world(db):
    return build_world()


def test_every_cell_of_the_matrix(world) -> None:
    assert wrong_cells(world, EXPECTED) == []


def test_matrix_covers_every_registered_action() -> None:
    assert registered_actions_of("people", "audit") <= covered_actions(EXPECTED)


def test_unknown_action_is_refused(world) -> None:
    assert not can(world.subjects[Role.COUNCIL_ADMIN], "people.no_such_action", world.settings["own"])


def test_wrong_kind_of_object_is_refused(world) -> None:
    assert not can(world.subjects[Role.SETTING_MANAGER], "people.view_group", world.settings["own"])


def test_inactive_person_can_do_nothing(world) -> None:
    admin = world.subjects[Role.COUNCIL_ADMIN]
    admin.is_active = False
    assert not can(admin, "people.view_setting", world.settings["own"])


def test_has_perm_uses_the_same_rules(world) -> None:
    teacher = world.subjects[Role.TEACHER]
    assert teacher.has_perm("people.view_group", a_group(world, world.settings["own"]))
    assert not teacher.has_perm("people.view_group", a_group(world, world.settings["sibling"]))
