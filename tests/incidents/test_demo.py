import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from incidents.models import AllegationCase, Incident
from vault.integrity import verify_vault

pytestmark = pytest.mark.django_db


def test_demo_incidents_load_once_on_top_of_the_people_demo(capsys) -> None:
    with pytest.raises(CommandError, match="Load the people demo first"):
        call_command("load_demo_incidents")
    call_command("load_demo")
    call_command("load_demo_incidents")
    output = capsys.readouterr()
    assert "Demo incidents are already loaded." in output.out
    assert Incident.objects.count() == 4 and AllegationCase.objects.count() == 1
    assert Incident.objects.filter(status="investigating").count() == 1
    assert verify_vault().ok
