"""A pupil agrees to the rules and comments; a teacher removes a reported comment from the queue."""

import pytest
from playwright.sync_api import expect

from learning import services
from learning.models import Comment, ScreeningPolicy
from people.roles import Role
from tests import factories
from tests.conftest import axe_violations
from tests.factories import PASSWORD
from tests.incidents.test_browser import signed_in_as_dsl
from tests.learning import factories as learning_factories
from tests.learning.conftest import screened_as

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/accounts/sign-in/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def accessible(page) -> bool:
    return axe_violations(page) == []


def test_pupil_agrees_and_comments_then_teacher_removes_from_the_queue(page, live_server) -> None:
    group = factories.GroupFactory(name="Class 3 Willow")
    teacher = factories.teacher_of(group)
    learning_factories.usage_policy(group.setting, title="Our rules for being online")
    task = learning_factories.open_task(group, by=teacher, title="Rivers and otters")
    pupil = factories.pupil(group)
    allowed, blocked = screened_as("allow"), screened_as("block")

    sign_in(page, live_server, pupil.username)
    page.wait_for_url("**/learning/rules/**")
    expect(page.get_by_role("heading", name="Our rules for being online")).to_be_visible()
    assert accessible(page)
    read_aloud = page.get_by_role("button", name="Read it to me")
    assert read_aloud.is_visible() == page.evaluate("'speechSynthesis' in window")
    if read_aloud.is_visible():
        script_errors: list[str] = []
        page.on("pageerror", lambda error: script_errors.append(str(error)))
        read_aloud.click()
        assert script_errors == []
    page.get_by_role("button", name="I agree").click()
    page.wait_for_url(f"{live_server.url}/")
    assert accessible(page)
    page.get_by_role("link", name="Rivers and otters").click()
    expect(page.get_by_role("heading", name="Rivers and otters")).to_be_visible()
    assert accessible(page)
    page.get_by_label("Your comment").fill(allowed)
    page.get_by_role("button", name="Send my comment").click()
    expect(page.get_by_text("Your comment is on the page")).to_be_visible()
    expect(page.get_by_text(allowed)).to_be_visible()
    assert accessible(page)
    page.get_by_label("Your comment").fill(blocked)
    page.get_by_role("button", name="Send my comment").click()
    expect(page.get_by_role("heading", name="Your comment was not posted")).to_be_visible()
    assert blocked not in page.content()
    assert accessible(page)
    page.get_by_role("button", name="Sign out").click()

    comment = Comment.objects.get(status=Comment.Status.PUBLISHED)
    services.report_comment(comment=comment, by=learning_factories.agreeing_pupil(group), note="It upset me")
    sign_in(page, live_server, teacher.username)
    page.get_by_role("link", name="1 comment waiting in your queue").click()
    expect(page.get_by_role("heading", name="Moderation queue")).to_be_visible()
    assert accessible(page)
    page.get_by_role("link", name="Review").click()
    expect(page.get_by_role("heading", name=f"Comment by {comment.author.get_full_name()}")).to_be_visible()
    assert accessible(page)
    page.get_by_label("Why are you removing it?").fill("Upset a classmate")
    page.get_by_role("button", name="Remove comment").click()
    expect(page.get_by_text("Nothing is waiting for you")).to_be_visible()
    assert accessible(page)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REMOVED
    assert comment.events.get().reason == "Upset a classmate"
    assert task.comments.count() == 2  # the blocked one is kept too, unseen


def test_lead_tightens_a_line_by_keyboard_and_sees_the_error_first(browser, live_server) -> None:
    setting = factories.SettingFactory()
    dsl = factories.staff(Role.DSL, setting)
    services.add_allowed_phrase(setting=setting, phrase="Dick Whittington", reason="Our play", by=dsl)
    page = signed_in_as_dsl(browser, live_server, dsl).new_page()
    page.goto(f"{live_server.url}/learning/settings/{setting.pk}/screening/lines/")
    assert axe_violations(page) == []
    page.get_by_label("Insult: hold for a teacher from a score of").fill("0.7")
    page.get_by_label("Why you are changing the lines").fill("Name-calling in Year 5")
    page.get_by_role("button", name="Save the lines").click()
    expect(
        page.get_by_text("Insult: the hold line can only be made stricter. Enter 0.5 or lower.").first
    ).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_label("Insult: hold for a teacher from a score of").fill("0.3")
    page.get_by_label("Insult: hold for a teacher from a score of").press("Enter")
    page.wait_for_url(f"{live_server.url}/learning/settings/{setting.pk}/screening/lines/")
    expect(page.get_by_role("cell", name="Name-calling in Year 5")).to_be_visible()
    assert ScreeningPolicy.objects.get(setting=setting).tighten == {"insult": {"hold": 0.3, "block": 0.9}}
    page.get_by_role("link", name="Retire “Dick Whittington”").click()
    expect(page.get_by_role("heading", name="Retire “Dick Whittington”")).to_be_visible()
    assert axe_violations(page) == []
