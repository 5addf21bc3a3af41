from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from declarations.models import Declaration
from people.models import User
from phones.models import Device, Outing
from policies.models import Policy
from policies.selectors import outstanding_for


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_staff_demo_loads_with_the_demo(db) -> None:
    with pytest.raises(CommandError):
        run("load_demo_staff")
    assert "Staff demo data loaded" in run("load_demo")
    assert Policy.objects.count() == 6
    assert Declaration.objects.get().line_manager.username == "head"
    assert outstanding_for(User.objects.get(username="head")) == []
    assert len(outstanding_for(User.objects.get(username="teacher"))) == 5
    assert Outing.objects.filter(status="ready").count() == 1
    assert not Device.objects.filter(owner="personal").exists()
    assert "already loaded" in run("load_demo_staff", "--if-empty")
