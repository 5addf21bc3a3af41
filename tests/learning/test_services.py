import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from learning import services
from learning.models import (
    Alert,
    AllowedPhrase,
    Comment,
    ModerationEvent,
    PolicyAcceptance,
    ScreeningPolicy,
    ScreeningPolicyChange,
)
from learning.pupil_accounts import read_class_list
from people.models import User
from people.roles import Role
from tests import factories
from tests.learning import factories as learning_factories
from tests.learning.conftest import screened_as


def test_import_makes_every_account_or_none(group) -> None:
    good = read_class_list("First name,Last name\nAmara,Bello\nZoë,Łukas\n")
    slips = services.import_pupils(group=group, class_list=good)
    pupils = User.objects.filter(group=group)
    assert {p.first_name for p in pupils} == {"Amara", "Zoë"}
    assert all(p.is_pupil and not p.email for p in pupils)
    amara = pupils.get(first_name="Amara")
    assert amara.check_password(next(s.password for s in slips if s.username == amara.username))
    bad = read_class_list("First name,Last name\nBen,Carter\nBen,Carter\n")
    with pytest.raises(ValidationError):
        services.import_pupils(group=group, class_list=bad)
    assert User.objects.filter(group=group).count() == 2


def test_import_avoids_usernames_already_taken(group, monkeypatch) -> None:
    monkeypatch.setattr("learning.pupil_accounts.secrets.randbelow", lambda n: 7)
    first = services.import_pupils(
        group=group, class_list=read_class_list("First name,Last name\nAmara,Bello\n")
    )
    assert first[0].username == "amarab17"
    numbers = iter([7, 5])
    monkeypatch.setattr("learning.pupil_accounts.secrets.randbelow", lambda n: next(numbers, 0))
    second = services.import_pupils(
        group=group, class_list=read_class_list("First name,Last name\nAmara,Brown\n")
    )
    assert second[0].username == "amarab15"
    assert second[0].username != first[0].username


def test_reset_password_disable_and_move(group, a_pupil) -> None:
    slip = services.reset_password(a_pupil)
    a_pupil.refresh_from_db()
    assert a_pupil.check_password(slip.password)
    services.set_account_active(a_pupil, active=False)
    assert not User.objects.get(pk=a_pupil.pk).is_active
    other = factories.GroupFactory(setting=group.setting)
    services.move_pupil(a_pupil, other)
    assert User.objects.get(pk=a_pupil.pk).group == other
    with pytest.raises(ValidationError):
        services.move_pupil(a_pupil, factories.GroupFactory())


def test_new_policy_versions_count_up_and_need_agreeing_again(setting, a_pupil) -> None:
    first = learning_factories.usage_policy(setting)
    services.accept_usage_policy(pupil=a_pupil, policy=first)
    services.accept_usage_policy(pupil=a_pupil, policy=first)
    second = learning_factories.usage_policy(setting)
    assert (first.version, second.version) == (1, 2)
    assert PolicyAcceptance.objects.filter(pupil=a_pupil).count() == 1
    with pytest.raises(ValidationError):
        services.accept_usage_policy(
            pupil=a_pupil, policy=learning_factories.usage_policy(factories.SettingFactory())
        )


def test_allowed_comment_is_published(task, pupil) -> None:
    outcome = services.post_comment(task=task, author=pupil, text=screened_as("allow"))
    assert outcome.posted
    assert outcome.comment.status == Comment.Status.PUBLISHED
    assert outcome.comment.verdict["action"] == "allow"


def test_premoderated_task_holds_even_allowed_comments(group, teacher, pupil) -> None:
    task = learning_factories.open_task(group, by=teacher, premoderated=True)
    outcome = services.post_comment(task=task, author=pupil, text=screened_as("allow"))
    assert outcome.comment.status == Comment.Status.HELD
    assert outcome.comment.held_because == Comment.HeldBecause.PREMODERATION
    assert "reads every comment" in outcome.message


def test_held_comment_waits_and_the_pupil_is_told_kindly(task, pupil) -> None:
    outcome = services.post_comment(task=task, author=pupil, text=screened_as("hold"))
    assert outcome.comment.status == Comment.Status.HELD
    assert outcome.comment.held_because == Comment.HeldBecause.SCREENING
    assert outcome.message == services.WAITING_HELD
    assert not Alert.objects.exists()


@pytest.mark.parametrize("text", ["my dad hits me when he is drunk", "i want to kill myself"])
def test_a_pupil_who_tells_of_harm_hears_that_a_trusted_adult_will_help(task, pupil, text) -> None:
    outcome = services.post_comment(task=task, author=pupil, text=text)
    assert outcome.comment.status == Comment.Status.HELD
    assert not outcome.posted
    assert outcome.message != services.WAITING_HELD
    assert "trusted adult will read this and help" in outcome.message
    assert Alert.objects.filter(comment=outcome.comment).exists()


def test_blocked_comment_is_kept_unseen_and_the_message_names_the_rule_not_the_words(task, pupil) -> None:
    text = screened_as("block")
    outcome = services.post_comment(task=task, author=pupil, text=text)
    assert outcome.comment.status == Comment.Status.BLOCKED
    assert not outcome.posted
    assert outcome.rule in outcome.message
    for word in text.split():
        if len(word) > 3:
            assert word.lower() not in outcome.message.lower()


def test_personal_information_is_never_shown_to_other_pupils(task, pupil, teacher) -> None:
    outcome = services.post_comment(
        task=task, author=pupil, text=screened_as("block", category="personal_info")
    )
    assert outcome.comment.private
    if outcome.comment.status != Comment.Status.BLOCKED:
        services.approve_comment(comment=outcome.comment, by=teacher)
    assert outcome.comment.private


def test_alert_raised_and_leads_emailed_whatever_happens_to_the_comment(
    task, pupil, dsl, setting, django_capture_on_commit_callbacks
) -> None:
    factories.staff(Role.DSL, factories.SettingFactory())  # another setting's lead hears nothing
    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.post_comment(task=task, author=pupil, text=screened_as("hold", alert=True))
    alert = Alert.objects.get()
    assert alert.comment == outcome.comment
    assert alert.setting == setting
    assert "self_harm" in alert.categories
    assert [m.to for m in mail.outbox] == [[dsl.email]]
    assert outcome.comment.text not in mail.outbox[0].body
    assert pupil.last_name not in mail.outbox[0].body


def test_blocked_threat_still_alerts(task, pupil, dsl, django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.post_comment(task=task, author=pupil, text=screened_as("block", alert=True))
    assert outcome.comment.status == Comment.Status.BLOCKED
    assert Alert.objects.filter(comment=outcome.comment).exists()
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("text", ["", "   ", "\x00\x07", "a" * 1001])
def test_empty_or_too_long_comments_change_nothing(task, pupil, text) -> None:
    with pytest.raises(ValidationError):
        services.post_comment(task=task, author=pupil, text=text)
    assert not Comment.objects.exists()


def test_remove_keeps_the_comment_with_who_when_why_and_restore_brings_it_back(task, pupil, teacher) -> None:
    comment = services.post_comment(task=task, author=pupil, text=screened_as("allow")).comment
    with pytest.raises(ValidationError):
        services.remove_comment(comment=comment, by=teacher, reason=" ")
    services.remove_comment(comment=comment, by=teacher, reason="Off topic")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REMOVED
    event = comment.events.get()
    assert (event.action, event.by, event.reason) == ("remove", teacher, "Off topic")
    services.restore_comment(comment=comment, by=teacher, reason="I was wrong")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED
    assert comment.events.count() == 2


def test_approving_a_false_positive_needs_a_reason_and_is_recorded(task, pupil, teacher) -> None:
    comment = services.post_comment(task=task, author=pupil, text=screened_as("hold")).comment
    with pytest.raises(ValidationError):
        services.approve_comment(comment=comment, by=teacher, false_positive=True, reason="")
    services.approve_comment(comment=comment, by=teacher, false_positive=True, reason="A line from our play")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED and comment.false_positive
    assert ModerationEvent.objects.get(comment=comment).false_positive


def test_a_pupils_report_is_closed_when_a_teacher_acts(task, pupil, teacher, group) -> None:
    comment = services.post_comment(task=task, author=pupil, text=screened_as("allow")).comment
    reporter = learning_factories.agreeing_pupil(group)
    report = services.report_comment(comment=comment, by=reporter, note="It made me sad")
    services.remove_comment(comment=comment, by=teacher, reason="Unkind")
    report.refresh_from_db()
    assert report.closed_by == teacher


def test_allowed_phrase_from_a_false_positive_records_who_and_why(task, pupil, dsl, setting) -> None:
    comment = services.post_comment(task=task, author=pupil, text=screened_as("hold")).comment
    phrase = services.add_allowed_phrase(
        setting=setting, phrase=comment.text, reason="Our class play", by=dsl, from_comment=comment
    )
    assert (phrase.added_by, phrase.reason, phrase.from_comment) == (dsl, "Our class play", comment)
    with pytest.raises(ValidationError):
        services.add_allowed_phrase(setting=setting, phrase=comment.text.upper(), reason="again", by=dsl)
    with pytest.raises(ValidationError):
        services.add_allowed_phrase(
            setting=factories.SettingFactory(), phrase="x", reason="y", by=dsl, from_comment=comment
        )
    assert AllowedPhrase.objects.count() == 1
    again = services.post_comment(task=task, author=pupil, text=comment.text)
    assert again.comment.status == Comment.Status.PUBLISHED


def test_escalation_creates_the_incident_with_the_comment_as_evidence(task, pupil, teacher) -> None:
    incidents = pytest.importorskip("incidents.services")
    comment = services.post_comment(task=task, author=pupil, text=screened_as("block")).comment
    incident = services.escalate_comment(comment=comment, by=teacher, reason="Repeated unkindness")
    assert incidents is not None and incident.pk
    event = comment.events.get(action=ModerationEvent.Action.ESCALATE)
    assert event.incident_ref == services.incident_reference(incident)


def test_evidence_context_captures_the_task_and_earlier_comments(task, pupil) -> None:
    earlier = services.post_comment(task=task, author=pupil, text=screened_as("allow")).comment
    comment = services.post_comment(task=task, author=pupil, text=screened_as("block")).comment
    context = services.evidence_context(comment)
    assert context["task_title"] == task.title
    assert context["author_username"] == pupil.username
    assert context["comment_time"] == comment.created_at.isoformat()
    assert context["verdict"]["action"] == "block"
    assert [c["id"] for c in context["earlier_comments"]] == [earlier.pk]


def test_close_alert_needs_an_outcome(task, pupil, dsl) -> None:
    services.post_comment(task=task, author=pupil, text=screened_as("hold", alert=True))
    alert = Alert.objects.get()
    with pytest.raises(ValidationError):
        services.close_alert(alert=alert, by=dsl, outcome="")
    services.close_alert(alert=alert, by=dsl, outcome="Spoke to the pupil and their family")
    assert not Alert.objects.get().is_open


# --- screening lines and allowed phrases ---------------------------------------------------------


def test_lines_only_tighten_and_keep_their_history(setting, dsl) -> None:
    first = services.set_screening_lines(
        setting=setting, lines={"insult": {"hold": 0.3}}, by=dsl, reason="Name-calling in Year 5"
    )
    assert first.before == {} and first.after == {"insult": {"hold": 0.3, "block": 0.9}}
    second = services.set_screening_lines(
        setting=setting, lines={"insult": {"hold": 0.5}}, by=dsl, reason="Back to the default"
    )
    assert second.before == first.after and second.after == {}
    assert ScreeningPolicy.objects.get(setting=setting).tighten == {}
    assert ScreeningPolicyChange.objects.count() == 2
    with pytest.raises(PermissionError):
        first.delete()


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        ({"insult": {"hold": 0.6}}, "insult_hold"),
        ({"insult": {"block": 0.95}}, "insult_block"),
        ({"insult": {"block": None}}, "insult_block"),
        ({"insult": {"hold": 0.5, "block": 0.4}}, "insult_hold"),
        ({"insult": {"hold": float("nan")}}, "insult_hold"),
        ({"insult": {"hold": -0.1}}, "insult_hold"),
        ({"self_harm": {"block": 0.9}}, "self_harm_block"),
    ],
)
def test_looser_or_impossible_lines_are_refused(setting, dsl, lines, field) -> None:
    with pytest.raises(ValidationError) as refused:
        services.set_screening_lines(setting=setting, lines=lines, by=dsl, reason="Trying")
    assert field in refused.value.message_dict
    assert not ScreeningPolicy.objects.exists() and not ScreeningPolicyChange.objects.exists()


def test_unknown_category_and_missing_reason_are_refused(setting, dsl) -> None:
    with pytest.raises(ValidationError, match="Unknown category 'rudeness'"):
        services.set_screening_lines(setting=setting, lines={"rudeness": {"hold": 0.1}}, by=dsl, reason="x")
    with pytest.raises(ValidationError, match="Say why"):
        services.set_screening_lines(setting=setting, lines={"insult": {"hold": 0.1}}, by=dsl, reason=" ")
    assert not ScreeningPolicyChange.objects.exists()


def test_a_retired_phrase_can_be_allowed_again_as_a_new_record(setting, dsl) -> None:
    old = services.add_allowed_phrase(setting=setting, phrase="Scunthorpe", reason="A trip", by=dsl)
    with pytest.raises(ValidationError, match="already allowed"):
        services.add_allowed_phrase(setting=setting, phrase="scunthorpe", reason="Again", by=dsl)
    services.retire_allowed_phrase(phrase=old, by=dsl, reason="Trip over")
    new = services.add_allowed_phrase(setting=setting, phrase="Scunthorpe", reason="Another trip", by=dsl)
    assert AllowedPhrase.objects.filter(setting=setting).count() == 2 and new.in_force
    with pytest.raises(PermissionError):
        old.delete()
