from esafety.permissions import registered_actions
from people.roles import Role
from tests.role_matrix import build_world, wrong_cells


def the_setting(world, setting):
    return setting


def the_council(world, setting):
    return setting.council


EXPECTED = {
    "dashboards.view_setting": (
        the_setting,
        {"own": {Role.SETTING_MANAGER, Role.DSL, Role.COUNCIL_ADMIN}, "sibling": {Role.COUNCIL_ADMIN}},
    ),
    "dashboards.view_council": (the_council, {"own": {Role.COUNCIL_ADMIN}, "sibling": {Role.COUNCIL_ADMIN}}),
}


def test_every_cell_of_the_matrix(db) -> None:
    assert wrong_cells(build_world(), EXPECTED) == []


def test_matrix_covers_every_dashboards_action() -> None:
    assert {a for a in registered_actions() if a.startswith("dashboards.")} == set(EXPECTED)
