from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from declarations import selectors, services
from declarations.models import Declaration, PrivacyAttestation
from people.roles import Role
from tests import factories
from tests.declarations.factories import declaration


@pytest.fixture
def manager(setting):
    return factories.staff(Role.LINE_MANAGER, setting)


@pytest.fixture
def employee(setting, manager):
    return factories.staff(Role.TEACHER, setting, line_manager=manager)


def test_declaration_goes_to_the_line_manager(employee, manager, django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        made = declaration(employee)
    assert made.line_manager == manager and made.setting == employee.setting
    assert [m.to for m in mail.outbox] == [[manager.email]]
    assert made.who not in mail.outbox[0].body  # the e-mail carries no details
    assert list(selectors.awaiting_acknowledgement(manager)) == [made]


def test_line_manager_acknowledges_with_action(employee, manager) -> None:
    made = services.acknowledge_declaration(declaration(employee), by=manager, action="Talked it through.")
    assert made.acknowledged_by == manager and made.manager_action == "Talked it through."
    with pytest.raises(ValidationError):
        services.acknowledge_declaration(made, by=manager, action="again")


def test_future_or_backwards_dates_are_refused(employee) -> None:
    today = timezone.localdate()
    with pytest.raises(ValidationError):
        declaration(employee, contact_on=today + timedelta(days=1), resolved_on=None)
    with pytest.raises(ValidationError):
        declaration(employee, contact_on=today, resolved_on=today - timedelta(days=1))
    assert not Declaration.objects.exists()


def test_attestation_needs_every_item(employee) -> None:
    with pytest.raises(ValidationError):
        services.attest_privacy(employee, ticked={"profile_restricted"})
    assert not PrivacyAttestation.objects.exists()
    assert selectors.attestation_due(employee)
    services.attest_privacy(employee, ticked=set(PrivacyAttestation.CHECKLIST))
    assert not selectors.attestation_due(employee)


def test_attestation_falls_due_after_a_year(employee) -> None:
    made = services.attest_privacy(employee, ticked=set(PrivacyAttestation.CHECKLIST))
    PrivacyAttestation.objects.filter(pk=made.pk).update(attested_at=timezone.now() - timedelta(days=366))
    assert selectors.attestation_due(employee)
    assert employee in selectors.staff_without_current_attestation(employee.setting)
