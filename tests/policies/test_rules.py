import pytest

from esafety.permissions import can
from people.roles import Role
from policies import selectors
from tests.policies.factories import policy
from tests.role_matrix import (
    ALL_STAFF,
    build_world,
    covered_actions,
    registered_actions_of,
    the_council,
    the_setting,
    wrong_cells,
)


def council_policy(world, setting):
    return policy(setting.council, f"Code {setting.pk}")


def council_version(world, setting):
    return selectors.current_version(policy(setting.council, f"Rules {setting.pk}"))


def managers_version(world, setting):
    made = policy(setting.council, f"Managers {setting.pk}", roles=[Role.SETTING_MANAGER])
    return selectors.current_version(made)


def setting_only_version(world, setting):
    return selectors.current_version(
        policy(setting.council, f"Here {setting.pk}", settings_in_scope=[setting])
    )


EXPECTED = {
    "policies.manage": (the_council, {"own": {Role.COUNCIL_ADMIN}, "sibling": {Role.COUNCIL_ADMIN}}),
    "policies.view": (council_policy, {"own": ALL_STAFF, "sibling": ALL_STAFF}),
    "policies.acknowledge": (council_version, {"own": ALL_STAFF, "sibling": ALL_STAFF}),
    "policies.acknowledge:role-scoped": (
        managers_version,
        {"own": {Role.SETTING_MANAGER}, "sibling": {Role.SETTING_MANAGER}},
    ),
    "policies.acknowledge:setting-scoped": (setting_only_version, {"own": ALL_STAFF}),
    "policies.view_compliance": (
        the_setting,
        {"own": {Role.SETTING_MANAGER, Role.DSL, Role.COUNCIL_ADMIN}, "sibling": {Role.COUNCIL_ADMIN}},
    ),
}


def test_every_cell_of_the_matrix(db) -> None:
    assert wrong_cells(build_world(), EXPECTED) == []


def test_matrix_covers_every_policies_action() -> None:
    assert registered_actions_of("policies") == covered_actions(EXPECTED)


@pytest.mark.parametrize("wrong_object", [None, "text", 3])
def test_wrong_kind_of_object_is_refused(db, wrong_object) -> None:
    world = build_world()
    admin = world.subjects[Role.COUNCIL_ADMIN]
    for action in ("policies.manage", "policies.view", "policies.acknowledge", "policies.view_compliance"):
        assert not can(admin, action, wrong_object)
