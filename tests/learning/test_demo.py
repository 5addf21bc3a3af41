from io import StringIO

from django.core.management import call_command

from learning.models import Comment, PolicyAcceptance, Task, UsagePolicy


def run(command: str) -> str:
    out = StringIO()
    call_command(command, stdout=out)
    return out.getvalue()


def test_learning_demo_needs_the_main_demo_first(db) -> None:
    assert "load_demo" in run("load_demo_learning")
    assert not UsagePolicy.objects.exists()


def test_learning_demo_loads_once(db) -> None:
    assert "Learning demo loaded" in run("load_demo")
    assert "already loaded" in run("load_demo_learning")
    assert UsagePolicy.objects.count() == 1
    assert Task.objects.count() == 2
    assert Comment.objects.count() == 4
    assert not PolicyAcceptance.objects.filter(pupil__username="amara.b").exists()
    assert PolicyAcceptance.objects.count() == 5
