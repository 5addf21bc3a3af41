"""Every role × action × own setting / sibling setting / other council, for the staff-side apps.

Each test module gives, per action, a function that builds the object in a target setting (and
may use the acting subjects) and the roles allowed in each scope. Every other cell must be refused.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from esafety.permissions import can
from people.models import Setting, User
from people.roles import Role
from tests import factories

COUNCIL_WIDE = {Role.HR_INVESTIGATOR, Role.LADO_LIAISON, Role.COUNCIL_ADMIN}
SCOPES = ("own", "sibling", "other_council")


@dataclass
class World:
    subjects: dict[str, User]
    settings: dict[str, Setting]


def build_world() -> World:
    home = factories.SettingFactory()
    sibling = factories.SettingFactory(council=home.council)
    elsewhere = factories.SettingFactory()
    subjects: dict[str, User] = {}
    for role in Role:
        if role == Role.PUPIL:
            subjects[role] = factories.pupil(factories.GroupFactory(setting=home))
        else:
            subjects[role] = factories.staff(role, home, council_wide=role in COUNCIL_WIDE)
    return World(subjects, dict(zip(SCOPES, (home, sibling, elsewhere), strict=True)))


Target = Callable[[World, Setting], Any]


def wrong_cells(world: World, expected: dict[str, tuple[Target, dict[str, set]]]) -> list[str]:
    wrong = []
    for label, (make_target, allowed) in expected.items():
        action = label.split(":")[0]
        for scope in SCOPES:
            target = make_target(world, world.settings[scope])
            for role, person in world.subjects.items():
                want = role in allowed.get(scope, set())
                if can(person, action, target) != want:
                    wrong.append(f"{role} {label} {scope}: expected {want}")
    return wrong
