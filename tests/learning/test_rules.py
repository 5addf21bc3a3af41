"""Every role × every learning action × own setting, a sibling setting and another council."""

import pytest

from esafety.permissions import can, registered_actions
from learning import services
from learning.models import Alert
from people.roles import Role
from tests import factories
from tests.learning import factories as learning_factories
from tests.learning.conftest import screened_as

COUNCIL_WIDE = {Role.HR_INVESTIGATOR, Role.LADO_LIAISON, Role.COUNCIL_ADMIN}
SCOPES = ("own", "sibling", "other_council")

# action -> (target kind, roles allowed on their own setting's records). Nobody may act on a
# sibling setting's or another council's records, so every other cell must be refused.
EXPECTED = {
    "learning.manage_accounts": ("group", {Role.TEACHER, Role.SETTING_MANAGER}),
    "learning.set_tasks": ("group", {Role.TEACHER}),
    "learning.view_class": ("group", {Role.TEACHER, Role.SETTING_MANAGER, Role.DSL}),
    "learning.manage_aup": ("setting", {Role.SETTING_MANAGER, Role.DSL}),
    "learning.tune_screening": ("setting", {Role.SETTING_MANAGER, Role.DSL}),
    "learning.set_screening_lines": ("setting", {Role.SETTING_MANAGER, Role.DSL}),
    "learning.retire_allowed_phrase": ("phrase", {Role.SETTING_MANAGER, Role.DSL}),
    "learning.view_alerts": ("setting", {Role.DSL}),
    "learning.handle_alert": ("alert", {Role.DSL}),
    "learning.view_task": ("task", {Role.PUPIL, Role.TEACHER, Role.SETTING_MANAGER, Role.DSL}),
    "learning.post_comment": ("task", {Role.PUPIL}),
    "learning.moderate": ("comment", {Role.TEACHER, Role.DSL}),
    "learning.report_comment": ("comment", {Role.PUPIL}),
}


def records_in(setting, teacher=None) -> dict:
    group = factories.GroupFactory(setting=setting)
    if teacher:
        group.teachers.add(teacher)
    task = learning_factories.open_task(group)
    author = factories.pupil(group)
    comment = services.post_comment(task=task, author=author, text=screened_as("allow")).comment
    alert = Alert.objects.create(setting=setting, comment=comment, categories=["threat"])
    phrase = services.add_allowed_phrase(setting=setting, phrase="Scunthorpe", reason="A town", by=author)
    records = {"setting": setting, "group": group, "task": task, "comment": comment, "alert": alert}
    return {**records, "phrase": phrase}


@pytest.fixture
def world(db):
    home = factories.SettingFactory()
    sibling = factories.SettingFactory(council=home.council)
    elsewhere = factories.SettingFactory()
    subjects = {
        role: factories.staff(role, home, council_wide=role in COUNCIL_WIDE)
        for role in Role
        if role != Role.PUPIL
    }
    targets = {
        "own": records_in(home, teacher=subjects[Role.TEACHER]),
        "sibling": records_in(sibling),
        "other_council": records_in(elsewhere),
    }
    subjects[Role.PUPIL] = factories.pupil(targets["own"]["group"])
    return subjects, targets


def test_every_cell_of_the_learning_matrix(world) -> None:
    subjects, targets = world
    wrong = []
    for action, (kind, allowed) in EXPECTED.items():
        for scope in SCOPES:
            for role, person in subjects.items():
                expected = scope == "own" and role in allowed
                if can(person, action, targets[scope][kind]) != expected:
                    wrong.append(f"{role} {action} {scope}: expected {expected}")
    assert wrong == []


def test_matrix_covers_every_learning_action() -> None:
    assert {a for a in registered_actions() if a.startswith("learning.")} == set(EXPECTED)


def test_wrong_kind_of_object_is_refused(world) -> None:
    subjects, targets = world
    for action, (kind, _) in EXPECTED.items():
        wrong_kind = targets["own"]["setting"] if kind != "setting" else targets["own"]["group"]
        assert not can(subjects[Role.DSL], action, wrong_kind), action


def test_pupils_cannot_report_their_own_or_hidden_comments(world) -> None:
    subjects, targets = world
    pupil, comment = subjects[Role.PUPIL], targets["own"]["comment"]
    assert can(pupil, "learning.report_comment", comment)
    comment.private = True
    assert not can(pupil, "learning.report_comment", comment)
    own = services.post_comment(task=targets["own"]["task"], author=pupil, text=screened_as("allow")).comment
    assert not can(pupil, "learning.report_comment", own)


def test_a_switched_off_pupil_can_do_nothing(world) -> None:
    subjects, targets = world
    pupil = subjects[Role.PUPIL]
    pupil.is_active = False
    assert not can(pupil, "learning.view_task", targets["own"]["task"])
