from declarations.models import PrivacyAttestation
from declarations.services import attest_privacy
from people.roles import Role
from tests import factories
from tests.declarations.factories import declaration
from tests.role_matrix import (
    ALL_STAFF,
    SCOPES,
    build_world,
    covered_actions,
    registered_actions_of,
    wrong_cells,
)


def someone_in(world, setting):
    """A teacher in the target setting whose line manager is the world's line manager."""
    return factories.staff(Role.TEACHER, setting, line_manager=world.subjects[Role.LINE_MANAGER])


def a_declaration(world, setting):
    return declaration(someone_in(world, setting))


def an_attestation(world, setting):
    return attest_privacy(someone_in(world, setting), ticked=set(PrivacyAttestation.CHECKLIST))


def nothing(world, setting):
    return None


# The line manager sees what their own report declares wherever that person works; the DSL only
# in their own setting; no one else, whatever their rank.
EXPECTED = {
    "declarations.file": (nothing, {scope: ALL_STAFF for scope in SCOPES}),
    "declarations.view": (
        a_declaration,
        {
            "own": {Role.LINE_MANAGER, Role.DSL},
            "sibling": {Role.LINE_MANAGER},
            "other_council": {Role.LINE_MANAGER},
        },
    ),
    "declarations.acknowledge": (
        a_declaration,
        {"own": {Role.LINE_MANAGER}, "sibling": {Role.LINE_MANAGER}, "other_council": {Role.LINE_MANAGER}},
    ),
    "declarations.view_attestation": (
        an_attestation,
        {
            "own": {Role.LINE_MANAGER, Role.DSL},
            "sibling": {Role.LINE_MANAGER},
            "other_council": {Role.LINE_MANAGER},
        },
    ),
}


def test_every_cell_of_the_matrix(db) -> None:
    assert wrong_cells(build_world(), EXPECTED) == []


def test_without_a_line_manager_the_dsl_acknowledges(db) -> None:
    world = build_world()
    orphan = declaration(factories.staff(Role.TEACHER, world.settings["own"]))
    allowed = {
        role for role, person in world.subjects.items() if person.has_perm("declarations.acknowledge", orphan)
    }
    assert allowed == {Role.DSL}


def test_matrix_covers_every_declarations_action() -> None:
    assert registered_actions_of("declarations") == covered_actions(EXPECTED)
