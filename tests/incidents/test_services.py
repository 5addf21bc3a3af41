"""Incident writes: drafts, submission, evidence, the workflow, allegations and alerts."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from incidents import services
from incidents.models import Alert, AllegationCase, EvidenceItem, Incident, StatusChange
from people.roles import Role
from tests import factories
from tests.incidents.factories import report
from tests.vault.files import EXECUTABLE
from vault import services as vault
from vault.entries import parse_entry
from vault.integrity import verify_vault
from vault.models import LogEntryRow, StoredObject

pytestmark = pytest.mark.django_db
Status = Incident.Status


@pytest.fixture
def reporter(setting):
    return factories.staff(Role.TEACHER, setting)


def test_a_draft_is_saved_and_finished_later(reporter, dsl, django_capture_on_commit_callbacks) -> None:
    draft = services.save_draft(reporter=reporter, setting=reporter.setting, fields={"channel": "gaming"})
    assert draft.status == Status.DRAFT and draft.submitted_at is None
    with pytest.raises(ValidationError) as refused:
        services.submit_report(draft, by=reporter)
    assert set(refused.value.message_dict) == {"occurred_from", "message_content", "target"}
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT and not LogEntryRow.objects.exists()
    services.save_draft(
        reporter=reporter,
        setting=reporter.setting,
        incident=draft,
        fields={
            "occurred_from": timezone.now() - timedelta(hours=2),
            "message_content": "threats",
            "target": "self",
        },
    )
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        submitted = services.submit_report(draft, by=reporter)
    assert submitted.status == Status.REPORTED and submitted.submitted_at >= before
    statement = submitted.evidence.get(kind=EvidenceItem.Kind.STATEMENT)
    assert b'"message_content": "threats"' in vault.open_object(statement.log_entry.stored_object)
    assert parse_entry(statement.log_entry.entry).case_ref == submitted.reference
    assert StatusChange.objects.get(incident=submitted).to_status == Status.REPORTED
    assert mail.outbox and dsl.email in mail.outbox[0].to and "threats" not in mail.outbox[0].body


def test_a_submitted_report_cannot_be_edited_or_submitted_twice(reporter) -> None:
    incident = report(reporter)
    with pytest.raises(ValidationError):
        services.save_draft(
            reporter=reporter, setting=reporter.setting, incident=incident, fields={"channel": "email"}
        )
    with pytest.raises(ValidationError):
        services.submit_report(incident, by=reporter)


def test_a_renamed_executable_is_refused_with_a_clear_message(reporter) -> None:
    draft = services.save_draft(reporter=reporter, setting=reporter.setting, fields={})
    with pytest.raises(ValidationError, match="Windows program"):
        services.add_evidence(draft, data=EXECUTABLE, filename="screenshot.png", by=reporter)
    assert not EvidenceItem.objects.exists() and not StoredObject.objects.exists()


def test_a_crash_while_submitting_leaves_the_draft_untouched(reporter, monkeypatch) -> None:
    draft = report(
        reporter,
        submit=False,
        alleges_staff_harm=True,
        accused_staff=factories.staff(Role.TEACHER, reporter.setting),
    )
    monkeypatch.setattr(vault, "_append_to_log", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        services.submit_report(draft, by=reporter)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT and draft.submitted_at is None
    assert not StatusChange.objects.exists() and not AllegationCase.objects.exists()
    assert draft.evidence.count() == 1
    report_ = verify_vault()
    assert report_.ok and len(report_.unreferenced_blobs) == 1


def test_a_crash_while_escalating_a_comment_leaves_no_incident(a_pupil, teacher, monkeypatch) -> None:
    monkeypatch.setattr(vault, "_append_to_log", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        services.create_incident_from_comment(
            comment_text="nobody likes you",
            context={},
            pupil=a_pupil,
            setting=a_pupil.setting,
            escalated_by=teacher,
            reason="unkind",
        )
    assert not Incident.objects.exists() and not LogEntryRow.objects.exists()


def test_create_incident_from_comment(a_pupil, teacher) -> None:
    context = {
        "task_title": "Our trip to the zoo",
        "comment_time": "2026-03-02T10:15:00+00:00",
        "author_username": "ben.c",
        "class": "Class 4 Oak",
        "verdict": {"label": "bullying", "score": 0.93},
    }
    incident = services.create_incident_from_comment(
        comment_text="nobody likes you",
        context=context,
        pupil=a_pupil,
        setting=a_pupil.setting,
        escalated_by=teacher,
        reason="Unkind comment aimed at a classmate",
    )
    assert incident.status == Status.REPORTED and incident.channel == Incident.Channel.LEARNING_PLATFORM
    assert incident.occurred_from.isoformat() == "2026-03-02T10:15:00+00:00"
    assert incident.pupil == a_pupil and "ben.c" in incident.sender_identity
    item = incident.evidence.get()
    assert item.kind == EvidenceItem.Kind.COMMENT
    content = vault.open_object(item.log_entry.stored_object).decode()
    assert '"task_title": "Our trip to the zoo"' in content and '"score": 0.93' in content
    assert incident.retention_review_on is not None


def test_workflow_moves_need_an_investigator_and_an_outcome(reporter, setting) -> None:
    hr = factories.staff(Role.HR_INVESTIGATOR, setting, council_wide=True)
    manager = factories.staff(Role.LINE_MANAGER, setting)
    incident = report(reporter)
    services.move_case(incident, Status.TRIAGE, by=hr)
    with pytest.raises(ValidationError, match="Assign an investigator"):
        services.move_case(incident, Status.INVESTIGATING, by=hr)
    with pytest.raises(ValidationError, match="line manager or an HR"):
        services.assign_investigator(incident, reporter, by=hr)
    services.assign_investigator(incident, manager, by=hr)
    services.record_support_person(incident, name="Pat Union", kind="union", by=hr)
    services.move_case(incident, Status.INVESTIGATING, by=hr)
    with pytest.raises(ValidationError, match="Enter the outcome"):
        services.move_case(incident, Status.OUTCOME, by=manager)
    services.move_case(incident, Status.OUTCOME, by=manager, outcome="Account blocked; apology")
    with pytest.raises(ValidationError, match="cannot move there"):
        services.move_case(incident, Status.TRIAGE, by=hr)
    closed = services.move_case(incident, Status.CLOSED, by=hr)
    assert closed.closed_at and closed.retention_review_on == date(
        closed.closed_at.year + 6, closed.closed_at.month, closed.closed_at.day
    )
    assert [c.to_status for c in closed.status_changes.order_by("at")] == [
        "reported",
        "triage",
        "investigating",
        "outcome",
        "closed",
    ]
    assert closed.support_person_kind == "union"


def test_an_allegation_report_opens_a_case_with_the_lado_clock(
    reporter, setting, dsl, django_capture_on_commit_callbacks
) -> None:
    accused = factories.staff(Role.TEACHER, setting)
    with django_capture_on_commit_callbacks(execute=True):
        incident = report(reporter, alleges_staff_harm=True, accused_staff=accused, target="pupil")
    allegation = incident.allegation
    assert allegation.about_staff == accused and allegation.source == "incident"
    assert allegation.referral_due_at > allegation.opened_at
    assert any("LADO" in message.body and dsl.email in message.to for message in mail.outbox)
    assert all(accused.email not in message.to for message in mail.outbox)


def test_open_allegation_refuses_a_pupil_and_an_unknown_source(setting, dsl, a_pupil) -> None:
    with pytest.raises(ValidationError):
        services.open_allegation(
            setting=setting, about_staff=a_pupil, summary="x", raised_by=dsl, source="incident"
        )
    staff = factories.staff(Role.TEACHER, setting)
    with pytest.raises(ValidationError):
        services.open_allegation(
            setting=setting, about_staff=staff, summary="x", raised_by=dsl, source="gossip"
        )


def test_lado_alerts_are_raised_once_when_due_soon_and_when_overdue(setting, dsl) -> None:
    staff = factories.staff(Role.TEACHER, setting)
    allegation = services.open_allegation(
        setting=setting,
        about_staff=staff,
        summary="Shared a pupil's photo",
        raised_by=dsl,
        source="low_level_concern",
    )
    mail.outbox.clear()
    assert services.raise_lado_alerts(allegation.opened_at) == 0
    soon = allegation.referral_due_at - timedelta(hours=1)
    assert services.raise_lado_alerts(soon) == 1
    assert services.raise_lado_alerts(soon) == 0
    assert services.raise_lado_alerts(allegation.referral_due_at + timedelta(minutes=1)) == 1
    kinds = set(Alert.objects.filter(recipient=dsl).values_list("kind", flat=True))
    assert kinds == {Alert.Kind.LADO_DUE_SOON, Alert.Kind.LADO_OVERDUE}
    assert len(mail.outbox) == 2 and "overdue" in mail.outbox[1].body


def test_a_recorded_referral_stops_the_alerts(setting, dsl) -> None:
    staff = factories.staff(Role.TEACHER, setting)
    allegation = services.open_allegation(
        setting=setting, about_staff=staff, summary="x", raised_by=dsl, source="other"
    )
    services.record_referral(
        allegation,
        by=dsl,
        referred_by=dsl,
        referred_at=timezone.now(),
        reference="FRT-123",
        officer="J. Officer",
        advice="Strategy discussion tomorrow",
    )
    with pytest.raises(ValidationError):
        services.record_referral(
            allegation,
            by=dsl,
            referred_by=dsl,
            referred_at=timezone.now(),
            reference="again",
            officer="",
            advice="",
        )
    assert services.raise_lado_alerts(allegation.referral_due_at + timedelta(days=2)) == 0


def test_the_accused_can_never_be_granted_access(setting, dsl) -> None:
    staff = factories.staff(Role.TEACHER, setting)
    allegation = services.open_allegation(
        setting=setting, about_staff=staff, summary="x", raised_by=dsl, source="other"
    )
    with pytest.raises(ValidationError):
        services.grant_allegation_access(allegation, staff, by=dsl, reason="asked")
    manager = factories.staff(Role.LINE_MANAGER, setting)
    with pytest.raises(ValidationError):
        services.grant_allegation_access(allegation, manager, by=dsl, reason=" ")
    assert services.grant_allegation_access(allegation, manager, by=dsl, reason="Needs to arrange cover").pk


def test_retention_decision_moves_the_review_date(reporter, dsl) -> None:
    incident = report(reporter)
    with pytest.raises(ValidationError):
        services.decide_retention(incident=incident, decision="keep", reason="x", next_review_on=None, by=dsl)
    later = timezone.localdate() + timedelta(days=365)
    services.decide_retention(
        incident=incident, decision="keep", reason="Police still interested", next_review_on=later, by=dsl
    )
    incident.refresh_from_db()
    assert incident.retention_review_on == later
    with pytest.raises(PermissionError):
        incident.delete()


def test_the_command_raises_the_same_alerts_on_demand(setting, dsl, capsys) -> None:
    from django.core.management import call_command

    staff = factories.staff(Role.TEACHER, setting)
    allegation = services.open_allegation(
        setting=setting, about_staff=staff, summary="x", raised_by=dsl, source="other"
    )
    AllegationCase.objects.filter(pk=allegation.pk).update(
        referral_due_at=timezone.now() - timedelta(minutes=5)
    )
    call_command("check_lado_clocks")
    assert "1 new alert(s) raised." in capsys.readouterr().out
    assert Alert.objects.get().kind == Alert.Kind.LADO_OVERDUE


def test_the_periodic_task_is_scheduled(settings) -> None:
    from incidents.tasks import check_lado_clocks

    schedule = settings.CELERY_BEAT_SCHEDULE["incidents-lado-clocks"]
    assert schedule["task"] == check_lado_clocks.name
