from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from people.roles import Role
from policies import selectors, services
from policies.models import Acknowledgement, Policy, PolicyVersion, ScopeChange
from tests import factories
from tests.policies.factories import age, policy


@pytest.fixture
def employee(setting):
    return factories.staff(Role.TEACHER, setting)


def titles(outstanding) -> list[str]:
    return [o.policy.title for o in outstanding]


def test_major_version_forces_re_acknowledgement(setting, employee) -> None:
    conduct = policy(setting.council)
    services.acknowledge(employee, selectors.current_version(conduct))
    assert selectors.outstanding_for(employee) == []
    services.publish_version(
        policy=conduct,
        kind="major",
        change_summary="New rules on messaging apps.",
        published_by=None,
        body_markdown="Changed.",
    )
    outstanding = selectors.outstanding_for(employee)
    assert titles(outstanding) == ["Code of conduct"]
    assert outstanding[0].version.label == "version 2.0"


def test_minor_version_keeps_the_acknowledgement(setting, employee) -> None:
    conduct = policy(setting.council)
    services.acknowledge(employee, selectors.current_version(conduct))
    minor = services.publish_version(
        policy=conduct, kind="minor", change_summary="Typo fixed.", published_by=None, body_markdown="Fixed."
    )
    assert (minor.major, minor.minor) == (1, 1)
    assert selectors.outstanding_for(employee) == []


def test_scope_by_setting_and_role(setting, other_setting, employee) -> None:
    sibling = factories.SettingFactory(council=setting.council)
    policy(setting.council, "Council wide")
    policy(setting.council, "Sibling only", settings_in_scope=[sibling])
    policy(setting.council, "Managers only", roles=[Role.SETTING_MANAGER])
    policy(setting.council, "Teachers here", settings_in_scope=[setting], roles=[Role.TEACHER])
    policy(other_setting.council, "Another council")
    assert sorted(titles(selectors.outstanding_for(employee))) == ["Council wide", "Teachers here"]


def test_pupils_never_have_staff_policies(setting, a_pupil) -> None:
    policy(setting.council)
    assert selectors.outstanding_for(a_pupil) == []


def test_acknowledgement_records_who_which_version_and_when(setting, employee) -> None:
    version = selectors.current_version(policy(setting.council))
    acknowledgement = services.acknowledge(employee, version)
    assert (acknowledgement.user, acknowledgement.version) == (employee, version)
    assert acknowledgement.acknowledged_at is not None
    assert services.acknowledge(employee, version) == acknowledgement  # twice is still one record


def test_cannot_acknowledge_an_old_version_or_a_policy_for_others(setting, employee) -> None:
    conduct = policy(setting.council)
    first = selectors.current_version(conduct)
    services.publish_version(
        policy=conduct, kind="major", change_summary="v2", published_by=None, body_markdown="v2"
    )
    with pytest.raises(ValidationError):
        services.acknowledge(employee, first)
    managers_only = policy(setting.council, "Managers", roles=[Role.SETTING_MANAGER])
    with pytest.raises(ValidationError):
        services.acknowledge(employee, selectors.current_version(managers_only))
    assert Acknowledgement.objects.count() == 0


def test_policy_needs_text_or_a_real_pdf(setting) -> None:
    with pytest.raises(ValidationError):
        services.publish_policy(council=setting.council, title="Empty", change_summary="x", published_by=None)
    fake = SimpleUploadedFile("policy.pdf", b"MZ not a pdf", content_type="application/pdf")
    with pytest.raises(ValidationError):
        services.publish_policy(
            council=setting.council, title="Fake", change_summary="x", published_by=None, pdf=fake
        )
    assert Policy.objects.count() == 0 and PolicyVersion.objects.count() == 0  # nothing half-made


def test_pdf_policy_is_accepted(setting, tmp_path, settings) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    pdf = SimpleUploadedFile("policy.pdf", b"%PDF-1.4\n%%EOF", content_type="application/pdf")
    made = services.publish_policy(
        council=setting.council, title="ICT use", change_summary="x", published_by=None, pdf=pdf
    )
    assert selectors.current_version(made).pdf.name.endswith(".pdf")


def test_settings_of_another_council_are_refused(setting, other_setting) -> None:
    with pytest.raises(ValidationError):
        policy(setting.council, settings_in_scope=[other_setting])
    with pytest.raises(ValidationError):
        policy(setting.council, roles=[Role.PUPIL])
    assert Policy.objects.count() == 0


def test_withdrawn_policy_stops_applying_and_is_kept(setting, employee, dsl) -> None:
    conduct = policy(setting.council)
    services.withdraw_policy(conduct, by=dsl, reason="Replaced by the new code.")
    assert selectors.outstanding_for(employee) == []
    assert Policy.objects.filter(pk=conduct.pk).exists()


@pytest.fixture
def admin(setting):
    return factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)


def scope_of(made: Policy) -> tuple[list[int], list[str]]:
    made.refresh_from_db()
    return sorted(made.settings.values_list("pk", flat=True)), made.roles


def test_scope_change_moves_a_policy_to_another_setting(setting, employee, admin, settings) -> None:
    settings.POLICY_GRACE_DAYS = 14
    sibling = factories.SettingFactory(council=setting.council)
    newcomer = factories.staff(Role.TEACHER, sibling)
    here_only = policy(setting.council, settings_in_scope=[setting])
    services.acknowledge(employee, selectors.current_version(here_only))
    age(100, policies=[here_only], people=[employee, newcomer])
    assert titles(selectors.outstanding_for(newcomer)) == []

    change = services.change_scope(
        here_only, by=admin, settings_in_scope=[sibling], roles=[], reason="Moved to the new site."
    )

    outstanding = selectors.outstanding_for(newcomer)
    assert titles(outstanding) == ["Code of conduct"]
    # Brought into scope today, so the 14 days count from the change, not from publication.
    assert outstanding[0].due_at == change.changed_at + timedelta(days=14)
    assert not selectors.is_blocked(outstanding)
    assert selectors.policies_for(employee) == []
    assert Acknowledgement.objects.filter(user=employee, version__policy=here_only).exists()
    assert (change.settings_before, change.settings_after) == ([setting.pk], [sibling.pk])
    assert (change.changed_by, change.reason) == (admin, "Moved to the new site.")


def test_people_already_in_scope_keep_their_original_deadline(setting, employee, admin) -> None:
    everyone = policy(setting.council)
    age(100, policies=[everyone], people=[employee])
    services.change_scope(everyone, by=admin, settings_in_scope=[], roles=[Role.TEACHER], reason="Teachers.")
    assert selectors.is_blocked(selectors.outstanding_for(employee))


def test_scope_narrowed_by_role_drops_the_others(setting, employee, admin) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    everyone = policy(setting.council)
    services.change_scope(
        everyone, by=admin, settings_in_scope=[], roles=[Role.SETTING_MANAGER], reason="Managers only."
    )
    assert titles(selectors.outstanding_for(manager)) == ["Code of conduct"]
    assert selectors.outstanding_for(employee) == []


@pytest.mark.parametrize(
    ("scope", "field"),
    [
        ({"settings_in_scope": "elsewhere", "roles": [], "reason": "x"}, "settings"),
        ({"settings_in_scope": [], "roles": ["wizard"], "reason": "x"}, "roles"),
        ({"settings_in_scope": [], "roles": [Role.PUPIL], "reason": "x"}, "roles"),
        ({"settings_in_scope": [], "roles": [Role.DSL], "reason": "  "}, "reason"),
    ],
)
def test_bad_scope_changes_nothing(setting, other_setting, admin, scope, field) -> None:
    made = policy(setting.council, settings_in_scope=[setting])
    if scope["settings_in_scope"] == "elsewhere":
        scope["settings_in_scope"] = [other_setting]
    with pytest.raises(ValidationError) as refused:
        services.change_scope(made, by=admin, **scope)
    assert field in refused.value.message_dict
    assert scope_of(made) == ([setting.pk], [])
    assert not ScopeChange.objects.exists()


def test_unchanged_or_withdrawn_scope_is_refused(setting, admin) -> None:
    made = policy(setting.council, roles=[Role.DSL])
    with pytest.raises(ValidationError, match="scope already"):
        services.change_scope(made, by=admin, settings_in_scope=[], roles=[Role.DSL], reason="x")
    services.withdraw_policy(made, by=admin, reason="Gone.")
    with pytest.raises(ValidationError, match="withdrawn"):
        services.change_scope(made, by=admin, settings_in_scope=[setting], roles=[], reason="x")
    assert not ScopeChange.objects.exists()


def test_scope_history_is_never_changed_or_deleted(setting, admin) -> None:
    made = policy(setting.council)
    change = services.change_scope(made, by=admin, settings_in_scope=[setting], roles=[], reason="Here.")
    for rewrite in (change.delete, change.save, ScopeChange.objects.all().delete):
        with pytest.raises(PermissionError):
            rewrite()
    with pytest.raises(PermissionError):
        ScopeChange.objects.update(reason="Nothing to see.")
    assert ScopeChange.objects.get().reason == "Here."
