from esafety.home import panels_for
from learning import services
from tests import factories
from tests.learning.conftest import screened_as


def titled(user, title: str):
    return next(p for p in panels_for(user) if p.title == title)


def test_pupil_sees_their_open_tasks(task, pupil) -> None:
    panel = titled(pupil, "Your tasks")
    assert [link.text for link in panel.links] == [task.title]


def test_teacher_sees_the_queue_and_who_still_has_to_agree(task, pupil, teacher, group) -> None:
    services.post_comment(task=task, author=pupil, text=screened_as("hold"))
    factories.pupil(group, first_name="Nia")
    panel = titled(teacher, "Learning platform")
    assert panel.links[0].text == "1 comment waiting in your queue"
    assert f"{group.name}: 1 still to agree" in panel.links[1].hint


def test_lead_sees_open_alerts_of_their_setting_only(task, pupil, dsl) -> None:
    services.post_comment(task=task, author=pupil, text=screened_as("hold", alert=True))
    other_lead = factories.staff("dsl", factories.SettingFactory())
    assert titled(dsl, "Learning platform alerts").links[0].text.startswith("1 open safeguarding alert ")
    assert titled(other_lead, "Learning platform alerts").links[0].text.startswith("0 open")


def test_panels_do_not_concern_others(a_pupil, teacher) -> None:
    assert "Learning platform alerts" not in [p.title for p in panels_for(teacher)]
    assert "Learning platform" not in [p.title for p in panels_for(a_pupil)]
