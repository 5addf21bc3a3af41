from learning import services
from learning.models import Comment, ScreeningPolicyChange
from tests import factories
from tests.conftest import sign_in
from tests.learning import factories as learning_factories
from tests.learning.conftest import screened_as


def test_pupil_lists_only_their_own_class_tasks(client, task, pupil, setting) -> None:
    other_task = learning_factories.open_task(
        factories.GroupFactory(setting=setting), title="Somebody else's"
    )
    sign_in(client, pupil)
    listed = client.get("/api/learning/tasks/").json()["results"]
    assert [t["id"] for t in listed] == [task.pk]
    assert client.get(f"/api/learning/tasks/{other_task.pk}/").status_code == 403
    assert client.get(f"/api/learning/tasks/{other_task.pk}/comments/").status_code == 403
    assert client.post(f"/api/learning/tasks/{other_task.pk}/comments/", {"text": "hi"}).status_code == 403
    assert not Comment.objects.exists()


def test_posting_through_the_api_follows_each_path(client, task, pupil, dsl) -> None:
    sign_in(client, pupil)
    url = f"/api/learning/tasks/{task.pk}/comments/"
    allowed = client.post(url, {"text": screened_as("allow")}, content_type="application/json")
    assert allowed.status_code == 201 and allowed.json()["posted"] is True
    held = client.post(url, {"text": screened_as("hold")}, content_type="application/json")
    assert held.status_code == 201 and held.json()["status"] == "held"
    text = screened_as("block")
    blocked = client.post(url, {"text": text}, content_type="application/json")
    assert blocked.status_code == 422
    assert blocked.json()["rule"] and text not in blocked.json()["message"]
    alerting = client.post(url, {"text": screened_as("hold", alert=True)}, content_type="application/json")
    assert alerting.status_code == 201
    assert Comment.objects.get(pk=alerting.json()["id"]).alert
    empty = client.post(url, {"text": "   "}, content_type="application/json")
    assert empty.status_code == 400
    assert Comment.objects.count() == 4


def test_pupils_read_only_what_the_class_may_see(client, task, pupil, group) -> None:
    shown = services.post_comment(task=task, author=pupil, text=screened_as("allow")).comment
    services.post_comment(task=task, author=pupil, text=screened_as("hold"))
    services.post_comment(task=task, author=pupil, text=screened_as("block"))
    sign_in(client, learning_factories.agreeing_pupil(group))
    listed = client.get(f"/api/learning/tasks/{task.pk}/comments/").json()["results"]
    assert [c["id"] for c in listed] == [shown.pk]
    assert "verdict" not in listed[0]


def test_teacher_moderates_through_the_api(client, task, pupil, teacher) -> None:
    comment = services.post_comment(task=task, author=pupil, text=screened_as("hold")).comment
    sign_in(client, teacher)
    queue = client.get("/api/learning/queue/").json()["results"]
    assert [c["id"] for c in queue] == [comment.pk]
    assert queue[0]["verdict"]["action"] == "hold"
    url = f"/api/learning/comments/{comment.pk}/moderate/"
    missing = client.post(url, {"action": "remove"}, content_type="application/json")
    assert missing.status_code == 400
    removed = client.post(url, {"action": "remove", "reason": "Unkind"}, content_type="application/json")
    assert removed.json()["status"] == "removed"
    assert Comment.objects.get(pk=comment.pk).events.get().reason == "Unkind"


def test_another_settings_teacher_cannot_moderate_or_list(client, task, pupil) -> None:
    comment = services.post_comment(task=task, author=pupil, text=screened_as("hold")).comment
    stranger = factories.teacher_of(factories.GroupFactory())
    sign_in(client, stranger)
    assert client.get("/api/learning/queue/").json()["results"] == []
    url = f"/api/learning/comments/{comment.pk}/moderate/"
    assert client.post(url, {"action": "approve"}, content_type="application/json").status_code == 403
    assert client.get(f"/api/learning/tasks/{task.pk}/comments/").status_code == 403
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.HELD


def test_pupil_reports_through_the_api_but_not_in_another_class(client, task, pupil, group, setting) -> None:
    comment = services.post_comment(task=task, author=pupil, text=screened_as("allow")).comment
    sign_in(client, learning_factories.agreeing_pupil(group))
    assert client.post(f"/api/learning/comments/{comment.pk}/report/", {"note": "mean"}).status_code == 201
    sign_in(client, learning_factories.agreeing_pupil(factories.GroupFactory(setting=setting)))
    assert client.post(f"/api/learning/comments/{comment.pk}/report/").status_code == 403
    assert comment.reports.count() == 1


def test_teacher_sets_a_task_for_their_class_only(client, group, teacher, setting) -> None:
    sign_in(client, teacher)
    task = {
        "title": "Bridges",
        "instructions": "Find a bridge near school.",
        "opens_at": "2026-03-02T09:00:00Z",
        "closes_at": "2026-03-06T15:00:00Z",
    }
    created = client.post(f"/api/learning/classes/{group.pk}/tasks/", task, content_type="application/json")
    assert created.status_code == 201
    assert client.get(f"/api/learning/classes/{group.pk}/tasks/").json()["results"][0]["title"] == "Bridges"
    backwards = {**task, "closes_at": "2026-03-01T09:00:00Z"}
    assert (
        client.post(
            f"/api/learning/classes/{group.pk}/tasks/", backwards, content_type="application/json"
        ).status_code
        == 400
    )
    other = factories.GroupFactory(setting=setting)
    assert (
        client.post(
            f"/api/learning/classes/{other.pk}/tasks/", task, content_type="application/json"
        ).status_code
        == 403
    )
    assert client.get(f"/api/learning/classes/{other.pk}/tasks/").status_code == 403
    assert group.tasks.count() == 1 and not other.tasks.exists()


def test_screening_lines_and_phrases_through_the_api(client, setting, other_setting, dsl, teacher) -> None:
    url = f"/api/learning/settings/{setting.pk}/screening-lines/"
    sign_in(client, dsl)
    lines = {line["category"]: line for line in client.get(url).json()["lines"]}
    assert lines["self_harm"] == {"category": "self_harm", "default_hold": 0.5, "default_block": None,
                                  "hold": 0.5, "block": None}  # fmt: skip
    changed = client.put(
        url, {"lines": {"hate": {"hold": 0.25}}, "reason": "A hate incident"}, "application/json"
    )
    assert changed.status_code == 200
    assert changed.json()["history"][0]["after"] == {"hate": {"hold": 0.25, "block": 0.8}}
    for bad in (
        {"lines": {"hate": {"hold": "abc"}}, "reason": "x"},
        {"lines": {"hate": {"hold": 1.5}}, "reason": "x"},
        {"lines": {"hate": {"hold": 0.7}}, "reason": "x"},
        {"lines": {"hate": {"block": 0.1}}, "reason": "x"},
        {"lines": {"rudeness": {"hold": 0.1}}, "reason": "x"},
        {"lines": {"hate": {"hold": 0.1}}},
    ):
        assert client.put(url, bad, "application/json").status_code == 400, bad
    assert ScreeningPolicyChange.objects.count() == 1
    elsewhere = f"/api/learning/settings/{other_setting.pk}/screening-lines/"
    assert (
        client.put(
            elsewhere, {"lines": {"hate": {"hold": 0.1}}, "reason": "x"}, "application/json"
        ).status_code
        == 403
    )

    phrases = f"/api/learning/settings/{setting.pk}/allowed-phrases/"
    added = client.post(
        phrases, {"phrase": "Dick Whittington", "reason": "Our play"}, "application/json"
    ).json()
    assert added["added_by"] == dsl.get_full_name() and added["in_force"] is True
    retire = f"/api/learning/allowed-phrases/{added['id']}/retire/"
    assert client.post(retire, {}, "application/json").status_code == 400
    retired = client.post(retire, {"reason": "Play over"}, "application/json").json()
    assert retired["in_force"] is False and retired["retired_reason"] == "Play over"
    assert [p["phrase"] for p in client.get(phrases).json()] == ["Dick Whittington"]
    sign_in(client, teacher)
    assert client.get(url).status_code == 403 and client.get(phrases).status_code == 403
    assert client.post(retire, {"reason": "x"}, "application/json").status_code == 403
