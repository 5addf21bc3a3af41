"""Every role × every learning action × own setting, a sibling setting and another council."""

import pytest

from esafety.permissions import can
from learning import services
from learning.models import Alert
from people.roles import Role
from tests import factories
from tests.learning import factories as learning_factories
from tests.learning.conftest import screened_as
from tests.role_matrix import build_world, covered_actions, registered_actions_of, the_setting, wrong_cells


def a_group(world, setting):
    """In the home setting, the world's pupil's class, taught by the world's teacher."""
    if not world.is_home(setting):
        return factories.GroupFactory(setting=setting)
    group = world.subjects[Role.PUPIL].group
    group.teachers.add(world.subjects[Role.TEACHER])
    return group


def a_task(world, setting):
    return learning_factories.open_task(a_group(world, setting))


def a_comment(world, setting):
    """A classmate's comment on a task of the class."""
    task = a_task(world, setting)
    author = factories.pupil(task.group)
    return services.post_comment(task=task, author=author, text=screened_as("allow")).comment


def a_phrase(world, setting):
    return services.add_allowed_phrase(
        setting=setting, phrase="Scunthorpe", reason="A town", by=world.subjects[Role.TEACHER]
    )


def an_alert(world, setting):
    return Alert.objects.create(setting=setting, comment=a_comment(world, setting), categories=["threat"])


# Nobody may act on a sibling setting's or another council's records: only the home setting's
# cells allow anyone, every other cell must be refused.
EXPECTED = {
    "learning.manage_accounts": (a_group, {"own": {Role.TEACHER, Role.SETTING_MANAGER}}),
    "learning.set_tasks": (a_group, {"own": {Role.TEACHER}}),
    "learning.view_class": (a_group, {"own": {Role.TEACHER, Role.SETTING_MANAGER, Role.DSL}}),
    "learning.manage_aup": (the_setting, {"own": {Role.SETTING_MANAGER, Role.DSL}}),
    "learning.tune_screening": (the_setting, {"own": {Role.SETTING_MANAGER, Role.DSL}}),
    "learning.set_screening_lines": (the_setting, {"own": {Role.SETTING_MANAGER, Role.DSL}}),
    "learning.retire_allowed_phrase": (a_phrase, {"own": {Role.SETTING_MANAGER, Role.DSL}}),
    "learning.view_alerts": (the_setting, {"own": {Role.DSL}}),
    "learning.handle_alert": (an_alert, {"own": {Role.DSL}}),
    "learning.view_task": (a_task, {"own": {Role.PUPIL, Role.TEACHER, Role.SETTING_MANAGER, Role.DSL}}),
    "learning.post_comment": (a_task, {"own": {Role.PUPIL}}),
    "learning.moderate": (a_comment, {"own": {Role.TEACHER, Role.DSL}}),
    "learning.report_comment": (a_comment, {"own": {Role.PUPIL}}),
}


@pytest.fixture
def world(db):
    return build_world()


def test_every_cell_of_the_learning_matrix(world) -> None:
    assert wrong_cells(world, EXPECTED) == []


def test_matrix_covers_every_learning_action() -> None:
    assert registered_actions_of("learning") == covered_actions(EXPECTED)


def test_wrong_kind_of_object_is_refused(world) -> None:
    home = world.settings["own"]
    for action, (make_target, _) in EXPECTED.items():
        wrong_kind = home if make_target is not the_setting else a_group(world, home)
        assert not can(world.subjects[Role.DSL], action, wrong_kind), action


def test_pupils_cannot_report_their_own_or_hidden_comments(world) -> None:
    pupil, comment = world.subjects[Role.PUPIL], a_comment(world, world.settings["own"])
    assert can(pupil, "learning.report_comment", comment)
    comment.private = True
    assert not can(pupil, "learning.report_comment", comment)
    own = services.post_comment(task=comment.task, author=pupil, text=screened_as("allow")).comment
    assert not can(pupil, "learning.report_comment", own)


def test_a_switched_off_pupil_can_do_nothing(world) -> None:
    pupil = world.subjects[Role.PUPIL]
    pupil.is_active = False
    assert not can(pupil, "learning.view_task", a_task(world, world.settings["own"]))
