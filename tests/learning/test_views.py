import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from pypdf import PdfReader

from audit.models import AuditEvent
from learning import selectors, services
from learning.models import Alert, Comment, ScreeningPolicy, ScreeningPolicyChange
from people.models import User
from people.roles import Role
from tests import factories
from tests.conftest import sign_in
from tests.learning import factories as learning_factories
from tests.learning.conftest import screened_as


def post_comment(client, task, text: str):
    return client.post(f"/learning/tasks/{task.pk}/", {"text": text}, follow=True)


def test_allowed_comment_appears_at_once(client, task, pupil, group) -> None:
    sign_in(client, pupil)
    text = screened_as("allow")
    page = post_comment(client, task, text).content.decode()
    assert "Your comment is on the page" in page
    classmate = learning_factories.agreeing_pupil(group)
    sign_in(client, classmate)
    assert text in client.get(f"/learning/tasks/{task.pk}/").content.decode()


def test_held_comment_is_seen_only_by_its_author_and_waits_in_the_queue(
    client, task, pupil, group, teacher
) -> None:
    sign_in(client, pupil)
    text = screened_as("hold")
    page = post_comment(client, task, text).content.decode()
    assert "A teacher will look at your comment" in page
    assert "Waiting for a teacher" in page
    sign_in(client, learning_factories.agreeing_pupil(group))
    assert text not in client.get(f"/learning/tasks/{task.pk}/").content.decode()
    sign_in(client, teacher)
    queued = [comment for comment, _ in client.get("/learning/queue/").context["items"]]
    assert [c.text for c in queued] == [text]
    assert "1 comment waiting in your queue" in client.get("/").content.decode()


def test_blocked_comment_names_the_rule_without_repeating_the_words(client, task, pupil) -> None:
    sign_in(client, pupil)
    text = screened_as("block")
    response = post_comment(client, task, text)
    page = response.content.decode()
    assert "Your comment was not posted" in page
    assert "It breaks our rule" in page
    assert text not in page
    assert Comment.objects.get().status == Comment.Status.BLOCKED


def test_alert_reaches_the_lead_who_sees_comment_pupil_task_and_verdict(client, task, pupil, dsl) -> None:
    sign_in(client, pupil)
    text = screened_as("hold", alert=True)
    post_comment(client, task, text)
    alert = Alert.objects.get()
    sign_in(client, dsl)
    assert "1 open safeguarding alert" in client.get("/").content.decode()
    page = client.get(f"/learning/alerts/{alert.pk}/").content.decode()
    assert pupil.get_full_name() in page and task.title in page and "safeguarding alert" in page
    assert "self-harm" in page
    assert "no listed phrase matched" not in page  # a lexicon line found it
    assert AuditEvent.objects.filter(action="view", object_id=str(alert.comment_id), actor=dsl).exists()
    closed = client.post(f"/learning/alerts/{alert.pk}/close/", {"close-outcome": "Spoke to the family"})
    assert closed.status_code == 302
    assert not Alert.objects.get().is_open


def test_the_lead_sees_when_the_model_read_a_disclosure_no_phrase_matched(client, task, pupil, dsl) -> None:
    sign_in(client, pupil)
    post_comment(client, task, "i wrote my goodbye letters and put them in my drawer")
    alert = Alert.objects.get()
    assert alert.comment.verdict["told_by_model"]
    sign_in(client, dsl)
    page = client.get(f"/learning/alerts/{alert.pk}/").content.decode()
    assert "no listed phrase matched" in page


def test_opening_a_concern_without_the_incidents_app_changes_nothing(client, task, pupil, dsl) -> None:
    services.post_comment(task=task, author=pupil, text=screened_as("hold", alert=True))
    alert = Alert.objects.get()
    sign_in(client, dsl)
    response = client.post(f"/learning/alerts/{alert.pk}/concern/", {"concern-reason": "Worried"})
    try:
        import incidents.services  # noqa: F401
    except ImportError:
        assert response.status_code == 400
        assert "Incidents cannot be opened here yet" in response.content.decode()
        assert Alert.objects.get().incident_ref == ""
    else:
        assert response.status_code == 302
        assert Alert.objects.get().incident_ref


def test_removed_comment_is_kept_and_seen_by_teacher_and_lead_only(
    client, task, pupil, teacher, dsl, group
) -> None:
    text = screened_as("allow")
    comment = services.post_comment(task=task, author=pupil, text=text).comment
    sign_in(client, teacher)
    removed = client.post(f"/learning/comments/{comment.pk}/remove/", {"remove-reason": "Not about the task"})
    assert removed["Location"] == "/learning/queue/"
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.REMOVED
    assert text in client.get(f"/learning/tasks/{task.pk}/").content.decode()
    assert "Not about the task" in client.get(f"/learning/comments/{comment.pk}/").content.decode()
    sign_in(client, dsl)
    assert text in client.get(f"/learning/comments/{comment.pk}/").content.decode()
    for reader in (pupil, learning_factories.agreeing_pupil(group)):
        sign_in(client, reader)
        assert text not in client.get(f"/learning/tasks/{task.pk}/").content.decode()
        assert client.get(f"/learning/comments/{comment.pk}/").status_code == 403
    manager = factories.staff(Role.SETTING_MANAGER, group.setting)
    sign_in(client, manager)
    assert client.get(f"/learning/comments/{comment.pk}/").status_code == 403


def test_moderation_with_a_missing_reason_shows_an_error_and_changes_nothing(
    client, task, pupil, teacher
) -> None:
    comment = services.post_comment(task=task, author=pupil, text=screened_as("allow")).comment
    sign_in(client, teacher)
    response = client.post(f"/learning/comments/{comment.pk}/remove/", {"remove-reason": ""})
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PUBLISHED
    assert client.post(f"/learning/comments/{comment.pk}/delete/").status_code == 404


def test_approving_a_held_comment_as_a_false_positive(client, task, pupil, teacher, dsl) -> None:
    text = screened_as("hold")
    comment = services.post_comment(task=task, author=pupil, text=text).comment
    sign_in(client, teacher)
    page = client.get(f"/learning/comments/{comment.pk}/").content.decode()
    assert '<mark class="app-highlight">' in page
    client.post(
        f"/learning/comments/{comment.pk}/approve/",
        {"approve-false_positive": "on", "approve-reason": "A line from our class play"},
    )
    assert Comment.objects.get(pk=comment.pk).false_positive
    sign_in(client, dsl)
    report = client.get(f"/learning/settings/{task.group.setting_id}/screening/").content.decode()
    assert text in report and "A line from our class play" in report
    added = client.post(
        f"/learning/settings/{task.group.setting_id}/screening/",
        {"phrase": text, "reason": "Our play", "from_comment": comment.pk},
    )
    assert added.status_code == 302
    assert comment.allowed_phrases.get().added_by == dsl


def test_pupil_reports_a_comment_to_the_queue(client, task, pupil, group, teacher) -> None:
    comment = services.post_comment(task=task, author=pupil, text=screened_as("allow")).comment
    reporter = learning_factories.agreeing_pupil(group)
    sign_in(client, reporter)
    assert client.get(f"/learning/comments/{comment.pk}/report/").status_code == 200
    client.post(f"/learning/comments/{comment.pk}/report/", {"note": "It upset me"})
    sign_in(client, pupil)
    assert client.get(f"/learning/comments/{comment.pk}/report/").status_code == 403  # not your own
    sign_in(client, teacher)
    assert "Reported by a pupil" in client.get("/learning/queue/").content.decode()


def test_pupils_of_another_class_cannot_read_tasks_or_comments(client, task, pupil, setting) -> None:
    services.post_comment(task=task, author=pupil, text=screened_as("allow"))
    outsider = learning_factories.agreeing_pupil(factories.GroupFactory(setting=setting))
    sign_in(client, outsider)
    assert client.get(f"/learning/tasks/{task.pk}/").status_code == 403
    assert client.post(f"/learning/tasks/{task.pk}/", {"text": "hello"}).status_code == 403
    assert task.title not in client.get("/learning/").content.decode()
    assert Comment.objects.count() == 1


def test_a_task_not_yet_open_is_hidden_from_pupils(client, group, teacher, pupil) -> None:
    from datetime import timedelta

    from django.utils import timezone

    later = timezone.now() + timedelta(days=2)
    task = learning_factories.open_task(
        group, by=teacher, opens_at=later, closes_at=later + timedelta(days=1)
    )
    sign_in(client, pupil)
    assert client.get(f"/learning/tasks/{task.pk}/").status_code == 403


def test_comments_off_or_closed_task_takes_no_comment(client, group, teacher, pupil) -> None:
    task = learning_factories.open_task(group, by=teacher, comments_enabled=False)
    sign_in(client, pupil)
    assert "Comments are switched off" in client.get(f"/learning/tasks/{task.pk}/").content.decode()
    assert client.post(f"/learning/tasks/{task.pk}/", {"text": "hello"}).status_code == 403


def test_html_is_shown_as_text_and_links_are_not_clickable_unless_allowed(
    client, group, teacher, pupil
) -> None:
    text = "<b>Otters</b> https://example.org/otters"
    plain = learning_factories.open_task(group, by=teacher)
    linked = learning_factories.open_task(group, by=teacher, links_allowed=True)
    for task in (plain, linked):
        comment = services.post_comment(task=task, author=pupil, text=text).comment
        comment.status = Comment.Status.PUBLISHED
        comment.save()
    sign_in(client, pupil)
    plain_page = client.get(f"/learning/tasks/{plain.pk}/").content.decode()
    assert "&lt;b&gt;Otters&lt;/b&gt;" in plain_page and "<b>Otters" not in plain_page
    assert 'href="https://example.org/otters"' not in plain_page
    assert 'href="https://example.org/otters"' in client.get(f"/learning/tasks/{linked.pk}/").content.decode()


def test_teacher_imports_a_class_list_and_gets_the_slips(client, group, teacher) -> None:
    sign_in(client, teacher)
    upload = SimpleUploadedFile("class.csv", "Last name,First name\nBello,Amara\n\nÖzil,Émile\n".encode())
    response = client.post(f"/learning/classes/{group.pk}/import/", {"file": upload})
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    for pupil in User.objects.filter(group=group):
        assert pupil.username in text
    assert "Émile" in text
    assert AuditEvent.objects.filter(action="export", actor=teacher).exists()


@pytest.mark.parametrize(
    "payload",
    [
        {"pasted": "Name\nAmara"},
        {"pasted": "First name,Last name\nAmara,Bello\nAmara,Bello"},
        {"file": SimpleUploadedFile("class.xlsx", b"PK\x03\x04")},
        {"file": SimpleUploadedFile("class.csv", "First name,Last name\nZoë,B".encode("utf-16"))},
        {},
    ],
    ids=["wrong-header", "duplicates", "wrong-type", "not-utf8", "nothing"],
)
def test_a_bad_class_list_shows_errors_and_creates_nobody(client, group, teacher, payload) -> None:
    sign_in(client, teacher)
    response = client.post(f"/learning/classes/{group.pk}/import/", payload)
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not User.objects.filter(group=group).exists()


def test_teacher_cannot_import_into_another_class(client, teacher) -> None:
    sign_in(client, teacher)
    other = factories.GroupFactory(setting=teacher.setting)
    assert (
        client.post(
            f"/learning/classes/{other.pk}/import/", {"pasted": "First name,Last name\nA,B"}
        ).status_code
        == 403
    )
    assert not User.objects.filter(group=other).exists()


def test_reset_switch_off_and_move_a_pupil(client, group, teacher, a_pupil) -> None:
    sign_in(client, teacher)
    assert client.get(f"/learning/pupils/{a_pupil.pk}/").status_code == 200
    slip = client.post(f"/learning/pupils/{a_pupil.pk}/reset-password/")
    assert slip["Content-Type"] == "application/pdf"
    client.post(f"/learning/pupils/{a_pupil.pk}/switch/", {"active": "0"})
    assert not User.objects.get(pk=a_pupil.pk).is_active
    second = factories.GroupFactory(setting=group.setting)
    second.teachers.add(teacher)
    client.post(f"/learning/pupils/{a_pupil.pk}/move/", {"group": second.pk})
    assert User.objects.get(pk=a_pupil.pk).group == second
    elsewhere = factories.GroupFactory()
    response = client.post(f"/learning/pupils/{a_pupil.pk}/move/", {"group": elsewhere.pk})
    assert response.status_code in (400, 403)
    assert User.objects.get(pk=a_pupil.pk).group == second


def test_teacher_sets_a_task_and_bad_dates_are_refused(client, group, teacher) -> None:
    sign_in(client, teacher)
    data = {"title": "Rivers", "instructions": "Draw a river", "opens_at": "2026-01-05 09:00"}
    bad = client.post(f"/learning/classes/{group.pk}/tasks/new/", {**data, "closes_at": "2026-01-04 09:00"})
    assert "The task must close after it opens" in bad.content.decode()
    good = client.post(f"/learning/classes/{group.pk}/tasks/new/", {**data, "closes_at": "2026-01-09 15:00"})
    assert good.status_code == 302
    assert group.tasks.get().title == "Rivers"


def test_class_overview_counts_and_chart(client, task, pupil, teacher, group) -> None:
    services.post_comment(task=task, author=pupil, text=screened_as("allow"))
    services.post_comment(task=task, author=pupil, text=screened_as("hold"))
    services.post_comment(task=task, author=pupil, text=screened_as("block"))
    learning_factories.usage_policy(group.setting)
    sign_in(client, teacher)
    response = client.get(f"/learning/classes/{group.pk}/")
    overview = response.context["overview"]
    assert (overview["comments_today"], overview["held"], overview["blocked"]) == (3, 1, 1)
    assert overview["not_accepted"] == [pupil]
    page = response.content.decode()
    assert f"{timezone.localdate().strftime('%-d %b')}: 2 flagged" in page
    assert 'class="app-chart__bar"' in page


def test_policy_page_for_the_setting(client, group, a_pupil) -> None:
    head = factories.staff(Role.SETTING_MANAGER, group.setting)
    sign_in(client, head)
    response = client.post(
        f"/learning/settings/{group.setting_id}/rules/",
        {"title": "Our rules", "summary": "Be kind.", "body": "1. Be kind."},
    )
    assert response.status_code == 302
    page = client.get(f"/learning/settings/{group.setting_id}/rules/").content.decode()
    assert a_pupil.get_full_name() in page
    assert client.get(f"/learning/settings/{factories.SettingFactory().pk}/rules/").status_code == 403


def test_escalating_before_the_incidents_app_exists_says_so_and_records_nothing(
    client, task, pupil, teacher
) -> None:
    comment = services.post_comment(task=task, author=pupil, text=screened_as("block")).comment
    sign_in(client, teacher)
    response = client.post(f"/learning/comments/{comment.pk}/escalate/", {"escalate-reason": "Repeated"})
    try:
        import incidents.services  # noqa: F401
    except ModuleNotFoundError:
        assert response.status_code == 400
        assert "Incidents cannot be opened here yet" in response.content.decode()
        assert not comment.events.exists()
    else:
        assert response.status_code == 302
        assert comment.events.get().incident_ref


def test_staff_pages_open_for_those_allowed_and_refuse_pupils(
    client, task, pupil, teacher, dsl, group
) -> None:
    services.post_comment(task=task, author=pupil, text=screened_as("hold", alert=True))
    sign_in(client, teacher)
    for path in (
        "/learning/",
        f"/learning/classes/{group.pk}/import/",
        f"/learning/classes/{group.pk}/tasks/new/",
    ):
        assert client.get(path).status_code == 200, path
    assert group.name in client.get("/learning/").content.decode()
    assert client.get("/learning/alerts/").status_code == 403
    sign_in(client, dsl)
    assert pupil.get_full_name() in client.get("/learning/alerts/").content.decode()
    assert client.get(f"/learning/settings/{group.setting_id}/screening/").status_code == 200
    assert client.get("/learning/queue/").status_code == 403
    sign_in(client, pupil)
    for path in (
        "/learning/queue/",
        "/learning/alerts/",
        f"/learning/classes/{group.pk}/",
        f"/learning/pupils/{pupil.pk}/",
    ):
        assert client.get(path).status_code == 403, path
    assert task.title in client.get("/learning/").content.decode()


# --- screening lines and allowed phrases ---------------------------------------------------------


def lines_form(reason: str = "Year 6 have started using stronger words", **changes: str) -> dict:
    """Every field of the lines form at the engine's defaults, with `changes` applied."""
    data = {"reason": reason}
    for line in selectors.default_screening_lines():
        data[f"{line.category}_hold"] = str(line.default_hold)
        if line.default_block is not None:
            data[f"{line.category}_block"] = str(line.default_block)
    return {**data, **changes}


def lines_url(setting) -> str:
    return f"/learning/settings/{setting.pk}/screening/lines/"


def test_lead_tightens_the_lines_and_every_change_is_kept(client, setting, dsl) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    sign_in(client, dsl)
    page = client.get(lines_url(setting)).content.decode()
    assert "Profanity: hold for a teacher from a score of" in page and 'name="self_harm_block"' not in page
    response = client.post(lines_url(setting), lines_form(profanity_hold="0.3", profanity_block="0.6"))
    assert response.status_code == 302
    assert ScreeningPolicy.objects.get(setting=setting).tighten == {"profanity": {"hold": 0.3, "block": 0.6}}
    sign_in(client, manager)
    client.post(lines_url(setting), lines_form("Back to the default", insult_hold="0.4", profanity_hold="0.3",
                                                profanity_block="0.6"))  # fmt: skip
    first, second = ScreeningPolicyChange.objects.filter(setting=setting).order_by("changed_at", "pk")
    assert (first.changed_by, first.before, first.after) == (
        dsl,
        {},
        {"profanity": {"hold": 0.3, "block": 0.6}},
    )
    assert second.changed_by == manager and second.before == first.after
    assert second.after["insult"] == {"hold": 0.4, "block": 0.9}
    page = client.get(lines_url(setting)).content.decode()
    assert "Year 6 have started using stronger words" in page and "Back to the default" in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"profanity_hold": "abc"}, "Profanity hold line: enter a number from 0 to 1"),
        ({"insult_block": "1.5"}, "Insult block line: enter a number from 0 to 1"),
        ({"threat_hold": "-0.1"}, "Threat hold line: enter a number from 0 to 1"),
        ({"hate_hold": "NaN"}, "Hate hold line: enter a number from 0 to 1"),
        (
            {"profanity_hold": "0.6"},
            "Profanity: the hold line can only be made stricter. Enter 0.5 or lower.",
        ),
        ({"sexual_block": "0.95"}, "Sexual: the block line can only be made stricter. Enter 0.8 or lower."),
        (
            {"profanity_hold": "0.5", "profanity_block": "0.4"},
            "Profanity: the hold line cannot be above the block",
        ),
        ({"reason": "  "}, "This field is required."),
        ({"profanity_hold": "0.3", "profanity_block": "0.6"}, "These are the lines already in force"),
    ],
)
def test_bad_lines_are_refused_and_change_nothing(client, setting, dsl, changes, message) -> None:
    services.set_screening_lines(
        setting=setting, lines={"profanity": {"hold": 0.3, "block": 0.6}}, by=dsl, reason="Tighter for Year 6"
    )
    sign_in(client, dsl)
    response = client.post(lines_url(setting), lines_form(**changes))
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page and message in page
    assert ScreeningPolicy.objects.get(setting=setting).tighten == {"profanity": {"hold": 0.3, "block": 0.6}}
    assert ScreeningPolicyChange.objects.count() == 1


def test_lines_of_another_setting_are_refused(client, setting, other_setting, dsl, teacher) -> None:
    sibling = factories.SettingFactory(council=setting.council)
    sign_in(client, dsl)
    for elsewhere in (other_setting, sibling):
        assert client.get(lines_url(elsewhere)).status_code == 403
        assert client.post(lines_url(elsewhere), lines_form(profanity_hold="0.2")).status_code == 403
    assert client.post("/learning/settings/999999/screening/lines/", lines_form()).status_code == 404
    sign_in(client, teacher)
    assert client.post(lines_url(setting), lines_form(profanity_hold="0.2")).status_code == 403
    assert not ScreeningPolicy.objects.exists() and not ScreeningPolicyChange.objects.exists()
    assert (
        AuditEvent.objects.filter(action="denied", detail__attempted="learning.tune_screening").count() == 5
    )


def test_allowed_phrase_is_retired_with_a_reason_never_deleted(client, setting, other_setting, dsl) -> None:
    phrase = services.add_allowed_phrase(
        setting=setting, phrase="Dick Whittington", reason="Our play", by=dsl
    )
    theirs = services.add_allowed_phrase(
        setting=other_setting,
        phrase="Dick Whittington",
        reason="Their play",
        by=factories.staff(Role.DSL, other_setting),
    )
    url = f"/learning/allowed-phrases/{phrase.pk}/retire/"
    sign_in(client, dsl)
    assert "Our play" in client.get(lines_url(setting)).content.decode()
    refused = client.post(url, {"reason": " "})
    assert refused.status_code == 400 and "There is a problem" in refused.content.decode()
    assert (
        client.post(f"/learning/allowed-phrases/{theirs.pk}/retire/", {"reason": "Not ours"}).status_code
        == 403
    )
    assert client.post(url, {"reason": "The play is over"}).status_code == 302
    phrase.refresh_from_db()
    theirs.refresh_from_db()
    assert (phrase.retired_by, phrase.retired_reason, phrase.in_force) == (dsl, "The play is over", False)
    assert theirs.in_force
    page = client.get(lines_url(setting)).content.decode()
    assert "Retired" in page and "The play is over" in page and "Our play" in page
    again = client.post(url, {"reason": "Twice"})
    assert again.status_code == 400
    phrase.refresh_from_db()
    assert phrase.retired_reason == "The play is over"
