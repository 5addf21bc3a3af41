"""Every role × action × own setting / sibling setting / other council, for every app's rules.

A matrix test gives, per action, a function that builds the object in a target setting (it may
use the acting subjects, e.g. to make the world's teacher teach a group in the home setting) and
the roles allowed in each scope. Every other cell must be refused, and one assertion lists every
wrong cell.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from esafety.permissions import can, registered_actions
from people.models import Setting, User
from people.roles import Role
from tests import factories

COUNCIL_WIDE = {Role.HR_INVESTIGATOR, Role.LADO_LIAISON, Role.COUNCIL_ADMIN}
ALL_STAFF = {r for r in Role if r != Role.PUPIL}
SCOPES = ("own", "sibling", "other_council")


@dataclass
class World:
    """One person per role, all in the home setting, and the three settings a target may be in."""

    subjects: dict[str, User]
    settings: dict[str, Setting]

    def is_home(self, setting: Setting) -> bool:
        return setting == self.settings["own"]


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
# "app.action" or "app.action:variant" -> (target builder, scope -> roles allowed)
Expected = dict[str, tuple[Target, dict[str, set]]]


def the_setting(world: World, setting: Setting) -> Setting:
    return setting


def the_council(world: World, setting: Setting):
    return setting.council


def wrong_cells(world: World, expected: Expected) -> list[str]:
    """Every (role, action, scope) cell whose answer differs from the table; [] when all agree."""
    built: dict[tuple[Target, str], Any] = {}
    wrong = []
    for label, (make_target, allowed) in expected.items():
        action = label.split(":")[0]
        for scope in SCOPES:
            key = (make_target, scope)
            if key not in built:
                built[key] = make_target(world, world.settings[scope])
            for role, person in world.subjects.items():
                want = role in allowed.get(scope, set())
                if can(person, action, built[key]) != want:
                    wrong.append(f"{role} {label} {scope}: expected {want}")
    return wrong


def covered_actions(expected: Iterable[str]) -> set[str]:
    return {label.split(":")[0] for label in expected}


def registered_actions_of(*apps: str) -> set[str]:
    return {a for a in registered_actions() if a.split(".")[0] in apps}
