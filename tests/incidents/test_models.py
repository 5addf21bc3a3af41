"""Case records are kept: no code path deletes them, one at a time or in bulk."""

import pytest
from django.utils import timezone

from incidents.models import CaseNote, Incident
from people.roles import Role
from tests import factories
from tests.incidents.factories import report


def test_case_records_cannot_be_deleted_in_bulk(setting) -> None:
    incident = report(factories.staff(Role.TEACHER, setting), setting)
    CaseNote.objects.create(
        incident=incident, author=incident.reporter, text="Spoke to the pupil", written_at=timezone.now()
    )
    with pytest.raises(PermissionError):
        CaseNote.objects.all().delete()
    with pytest.raises(PermissionError):
        Incident.objects.filter(pk=incident.pk).delete()
    with pytest.raises(PermissionError):
        incident.delete()
    assert Incident.objects.filter(pk=incident.pk).exists()
    assert CaseNote.objects.filter(incident=incident).count() == 1
