from django.utils import timezone

from people.roles import Role
from phones import services
from tests import factories
from tests.phones.factories import observation, outing, setting_phone
from tests.role_matrix import build_world, covered_actions, registered_actions_of, the_setting, wrong_cells

VIEWERS = {Role.TEACHER, Role.LINE_MANAGER, Role.SETTING_MANAGER, Role.DSL, Role.COUNCIL_ADMIN}
OBSERVERS = {Role.LINE_MANAGER, Role.SETTING_MANAGER, Role.DSL, Role.COUNCIL_ADMIN}
CONFIDENTIAL = {Role.SETTING_MANAGER, Role.DSL}


def manager_in(setting):
    return factories.staff(Role.SETTING_MANAGER, setting)


def an_outing(world, setting):
    return outing(setting, manager_in(setting))


def a_device(world, setting):
    return setting_phone(setting, manager_in(setting))


def an_observation(world, setting):
    return observation(setting, manager_in(setting))


def a_concern(world, setting):
    by = manager_in(setting)
    return services.record_concern(
        setting,
        by=by,
        about_staff=factories.staff(Role.TEACHER, setting),
        summary="Phone out",
        occurred_on=timezone.localdate(),
    )


EXPECTED = {
    "phones.view_outings": (the_setting, {"own": VIEWERS, "sibling": {Role.COUNCIL_ADMIN}}),
    "phones.view_outings:outing": (an_outing, {"own": VIEWERS, "sibling": {Role.COUNCIL_ADMIN}}),
    "phones.manage_outings": (the_setting, {"own": {Role.SETTING_MANAGER}}),
    "phones.manage_outings:outing": (an_outing, {"own": {Role.SETTING_MANAGER}}),
    "phones.view_devices": (the_setting, {"own": VIEWERS, "sibling": {Role.COUNCIL_ADMIN}}),
    "phones.manage_devices": (the_setting, {"own": {Role.SETTING_MANAGER}}),
    "phones.manage_devices:device": (a_device, {"own": {Role.SETTING_MANAGER}}),
    "phones.view_observations": (an_observation, {"own": OBSERVERS, "sibling": {Role.COUNCIL_ADMIN}}),
    "phones.record_observation": (the_setting, {"own": OBSERVERS, "sibling": {Role.COUNCIL_ADMIN}}),
    "phones.respond_observation": (an_observation, {"own": {Role.SETTING_MANAGER}}),
    "phones.view_concerns": (the_setting, {"own": CONFIDENTIAL}),
    "phones.view_concerns:concern": (a_concern, {"own": CONFIDENTIAL}),
    "phones.record_concern": (the_setting, {"own": CONFIDENTIAL}),
    "phones.record_concern:observation": (an_observation, {"own": CONFIDENTIAL}),
    "phones.escalate_concern": (a_concern, {"own": CONFIDENTIAL}),
}


def test_every_cell_of_the_matrix(db) -> None:
    assert wrong_cells(build_world(), EXPECTED) == []


def test_matrix_covers_every_phones_action() -> None:
    assert registered_actions_of("phones") == covered_actions(EXPECTED)


def test_an_escalated_concern_cannot_be_escalated_again(db) -> None:
    world = build_world()
    concern = a_concern(world, world.settings["own"])
    concern.escalated_at = timezone.now()
    assert not world.subjects[Role.DSL].has_perm("phones.escalate_concern", concern)
