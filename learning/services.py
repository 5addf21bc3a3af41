"""Writes on the learning platform: pupils' accounts, the usage policy, tasks, comments and
their moderation. Views and the API call these and nothing else writes."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from learning import pupil_accounts, selectors
from learning.aup import broken_rule
from learning.models import (
    COMMENT_MAX_CHARS,
    Alert,
    AllowedPhrase,
    Comment,
    CommentReport,
    ModerationEvent,
    PolicyAcceptance,
    ScreeningPolicy,
    ScreeningPolicyChange,
    Task,
    UsagePolicy,
)
from learning.pupil_accounts import ClassList, Slip
from learning.screening import screen_for
from learning.templatetags.learning_tags import category_label
from people.models import Group, Setting, User
from people.services import create_pupil
from screening import REASON_SUPPORT
from screening.lexicon import CATEGORIES
from screening.policy import Policy

# --- pupils' accounts -------------------------------------------------------------------------


def taken_usernames(stems: set[str]) -> set[str]:
    query = Q()
    for stem in stems:
        query |= Q(username__startswith=stem)
    return set(User.objects.filter(query).values_list("username", flat=True)) if stems else set()


@transaction.atomic
def import_pupils(*, group: Group, class_list: ClassList) -> list[Slip]:
    """Make an account for every pupil on the list, or none at all if the list has a problem."""
    if not class_list.ok:
        raise ValidationError(class_list.errors or ["The class list has no pupils in it."])
    stems = {pupil_accounts.username_stem(p.first_name, p.last_name) for p in class_list.pupils}
    taken = taken_usernames(stems)
    slips = []
    for name in class_list.pupils:
        username = pupil_accounts.choose_username(name.first_name, name.last_name, taken)
        password = pupil_accounts.memorable_password()
        create_pupil(
            username=username,
            first_name=name.first_name,
            last_name=name.last_name,
            group=group,
            password=password,
        )
        slips.append(Slip(f"{name.first_name} {name.last_name}", group.name, username, password))
    return slips


@transaction.atomic
def reset_password(pupil: User) -> Slip:
    password = pupil_accounts.memorable_password()
    pupil.set_password(password)
    pupil.save(update_fields=["password"])
    return Slip(pupil.get_full_name(), pupil.group.name if pupil.group else "", pupil.username, password)


@transaction.atomic
def set_account_active(pupil: User, *, active: bool) -> None:
    pupil.is_active = active
    pupil.save(update_fields=["is_active"])


@transaction.atomic
def move_pupil(pupil: User, to_group: Group) -> None:
    if to_group.setting_id != pupil.setting_id:
        raise ValidationError("A pupil can only move to a class in the same school or setting.")
    pupil.group = to_group
    pupil.save(update_fields=["group"])


# --- the Acceptable Usage Policy ----------------------------------------------------------------


@transaction.atomic
def publish_usage_policy(*, setting: Setting, title: str, summary: str, body: str, by: User) -> UsagePolicy:
    """A new version: every pupil of the setting must agree to it again."""
    Setting.objects.select_for_update().filter(pk=setting.pk).first()
    latest = UsagePolicy.objects.filter(setting=setting).aggregate(v=Max("version"))["v"] or 0
    return UsagePolicy.objects.create(
        setting=setting, version=latest + 1, title=title, summary=summary, body=body, published_by=by
    )


@transaction.atomic
def accept_usage_policy(*, pupil: User, policy: UsagePolicy) -> PolicyAcceptance:
    if policy.setting_id != pupil.setting_id:
        raise ValidationError("This policy belongs to another school or setting.")
    acceptance, _ = PolicyAcceptance.objects.get_or_create(policy=policy, pupil=pupil)
    return acceptance


# --- tasks ------------------------------------------------------------------------------------


@transaction.atomic
def create_task(
    *,
    group: Group,
    by: User,
    title: str,
    instructions: str,
    opens_at: datetime,
    closes_at: datetime,
    comments_enabled: bool = True,
    premoderated: bool = False,
    links_allowed: bool = False,
) -> Task:
    if closes_at <= opens_at:
        raise ValidationError("The task must close after it opens.")
    return Task.objects.create(
        group=group,
        created_by=by,
        title=title,
        instructions=instructions,
        opens_at=opens_at,
        closes_at=closes_at,
        comments_enabled=comments_enabled,
        premoderated=premoderated,
        links_allowed=links_allowed,
    )


# --- comments ---------------------------------------------------------------------------------

POSTED = "Your comment is on the page for your class to read."
WAITING_PREMODERATED = "Thank you. Your teacher reads every comment on this task before the class sees it."
WAITING_HELD = "Thank you. A teacher will look at your comment before anyone else sees it."


def clean_comment_text(text: str) -> str:
    """Plain text only: control characters dropped, the length checked."""
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C").strip()
    if not text:
        raise ValidationError("Write your comment before you send it.")
    if len(text) > COMMENT_MAX_CHARS:
        raise ValidationError(f"Your comment is too long. Use {COMMENT_MAX_CHARS} letters or fewer.")
    return text


@dataclass
class PostOutcome:
    comment: Comment
    posted: bool  # other pupils can see it now
    message: str  # what the pupil is told, in children's words
    rule: str = ""  # the rule a blocked comment broke


def status_for(verdict_action: str, task: Task) -> tuple[str, str]:
    if verdict_action == "block":
        return Comment.Status.BLOCKED, ""
    if verdict_action == "hold":
        return Comment.Status.HELD, Comment.HeldBecause.SCREENING
    if task.premoderated:
        return Comment.Status.HELD, Comment.HeldBecause.PREMODERATION
    return Comment.Status.PUBLISHED, ""


@transaction.atomic
def post_comment(*, task: Task, author: User, text: str) -> PostOutcome:
    """Screen a pupil's comment before anyone else sees it, keep it with its verdict, and alert
    the safeguarding leads when the engine asks for it, whatever happens to the comment."""
    text = clean_comment_text(text)
    verdict = screen_for(task.group.setting, text)
    status, held_because = status_for(verdict.action, task)
    comment = Comment.objects.create(
        task=task,
        author=author,
        text=text,
        status=status,
        held_because=held_because,
        verdict=verdict.to_dict(),
        screened_action=verdict.action,
        flagged=bool(verdict.categories),
        private="personal_info" in verdict.categories or "grooming" in verdict.categories,
    )
    if verdict.alert:
        raise_alert(comment)
    return outcome_for(comment, verdict.reason)


def outcome_for(comment: Comment, reason: str) -> PostOutcome:
    if comment.status == Comment.Status.BLOCKED:
        rule = broken_rule(comment.categories)
        message = f"Your comment was not posted. It breaks our rule “{rule}”. {reason}"
        return PostOutcome(comment, False, message, rule)
    if comment.status == Comment.Status.HELD:
        return PostOutcome(comment, False, waiting_message(comment, reason))
    return PostOutcome(comment, True, POSTED)


def waiting_message(comment: Comment, reason: str) -> str:
    """What a pupil whose comment waits for a teacher is told: a pupil who seems to be having a
    hard time (a disclosure, self-harm) hears that a trusted adult will read it and help."""
    if comment.held_because == Comment.HeldBecause.PREMODERATION:
        return WAITING_PREMODERATED
    if reason == REASON_SUPPORT:
        return f"Thank you. {REASON_SUPPORT}"
    return WAITING_HELD


def raise_alert(comment: Comment) -> Alert:
    from learning.tasks import notify_safeguarding_leads

    alert = Alert.objects.create(
        setting=comment.task.group.setting,
        comment=comment,
        categories=sorted(comment.categories),
    )
    transaction.on_commit(lambda: notify_safeguarding_leads.delay(alert.pk))
    return alert


@transaction.atomic
def report_comment(*, comment: Comment, by: User, note: str = "") -> CommentReport:
    return CommentReport.objects.create(comment=comment, reported_by=by, note=note.strip()[:500])


def close_reports(comment: Comment, by: User) -> None:
    now = timezone.now()
    for report in comment.reports.filter(closed_at__isnull=True):
        report.closed_by, report.closed_at = by, now
        report.save(update_fields=["closed_by", "closed_at"])


def moderate(comment: Comment, *, action: str, by: User, status: str, reason: str = "", **extra: Any):
    comment.status = status
    comment.moderated_by, comment.moderated_at = by, timezone.now()
    comment.save(update_fields=["status", "moderated_by", "moderated_at", "false_positive"])
    close_reports(comment, by)
    return ModerationEvent.objects.create(comment=comment, action=action, by=by, reason=reason, **extra)


def reason_required(reason: str, what: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(f"Say why you {what}.")
    return reason


@transaction.atomic
def approve_comment(
    *, comment: Comment, by: User, false_positive: bool = False, reason: str = ""
) -> ModerationEvent:
    """Show a held (or reported) comment to the class; a screening mistake is marked as such."""
    if comment.status not in (Comment.Status.HELD, Comment.Status.PUBLISHED):
        raise ValidationError("Only a comment waiting for a teacher, or a reported one, can be approved.")
    if false_positive:
        if comment.screened_action == "allow":
            raise ValidationError("Screening did not hold this comment, so it cannot be a false positive.")
        reason = reason_required(reason, "think screening was wrong")
        comment.false_positive = True
    return moderate(
        comment,
        action=ModerationEvent.Action.APPROVE,
        by=by,
        status=Comment.Status.PUBLISHED,
        reason=reason.strip(),
        false_positive=false_positive,
    )


@transaction.atomic
def remove_comment(*, comment: Comment, by: User, reason: str) -> ModerationEvent:
    """Hide a comment from pupils. It is kept, with who removed it, when and why."""
    reason = reason_required(reason, "are removing it")
    if comment.status == Comment.Status.REMOVED:
        raise ValidationError("This comment has already been removed.")
    return moderate(
        comment, action=ModerationEvent.Action.REMOVE, by=by, status=Comment.Status.REMOVED, reason=reason
    )


@transaction.atomic
def restore_comment(*, comment: Comment, by: User, reason: str = "") -> ModerationEvent:
    if comment.status != Comment.Status.REMOVED:
        raise ValidationError("Only a removed comment can be restored.")
    return moderate(
        comment, action=ModerationEvent.Action.RESTORE, by=by, status=Comment.Status.PUBLISHED, reason=reason
    )


def evidence_context(comment: Comment) -> dict[str, Any]:
    """What an investigator needs to understand the comment: where, when, what came before."""
    task = comment.task
    earlier = task.comments.filter(created_at__lte=comment.created_at).exclude(pk=comment.pk)
    return {
        "comment_id": comment.pk,
        "comment_time": comment.created_at.isoformat(),
        "author_username": comment.author.username,
        "task_title": task.title,
        "task_id": task.pk,
        "class": task.group.name,
        "status": comment.status,
        "verdict": comment.verdict,
        "reports": [
            {"at": r.reported_at.isoformat(), "note": r.note, "by": r.reported_by.username}
            for r in comment.reports.select_related("reported_by")
        ],
        "earlier_comments": [
            {"id": c.pk, "at": c.created_at.isoformat(), "author": c.author.username, "text": c.text}
            for c in earlier.select_related("author").order_by("-created_at")[:10]
        ],
    }


@transaction.atomic
def escalate_comment(*, comment: Comment, by: User, reason: str):
    """Open a cyber-bullying incident with the comment and its context captured as evidence."""
    from incidents.services import create_incident_from_comment

    reason = reason_required(reason, "are escalating it")
    incident = create_incident_from_comment(
        comment_text=comment.text,
        context=evidence_context(comment),
        pupil=comment.author,
        setting=comment.task.group.setting,
        escalated_by=by,
        reason=reason,
    )
    ModerationEvent.objects.create(
        comment=comment,
        action=ModerationEvent.Action.ESCALATE,
        by=by,
        reason=reason,
        incident_ref=incident_reference(incident),
    )
    return incident


def incident_reference(incident: Any) -> str:
    return str(getattr(incident, "reference", "") or incident.pk)


@transaction.atomic
def open_concern_from_alert(*, alert: Alert, by: User, reason: str):
    incident = escalate_comment(comment=alert.comment, by=by, reason=reason)
    alert.incident_ref = incident_reference(incident)
    alert.save(update_fields=["incident_ref"])
    return incident


@transaction.atomic
def close_alert(*, alert: Alert, by: User, outcome: str) -> Alert:
    if not alert.is_open:
        raise ValidationError("This alert is already closed.")
    alert.outcome = reason_required(outcome, "are closing it")
    alert.closed_by, alert.closed_at = by, timezone.now()
    alert.save(update_fields=["outcome", "closed_by", "closed_at"])
    return alert


def moderate_by_action(
    action: str, *, comment: Comment, by: User, reason: str = "", false_positive: bool = False
):
    """One teacher's decision by name, as the moderation page and the API receive it."""
    if action == "approve":
        return approve_comment(comment=comment, by=by, false_positive=false_positive, reason=reason)
    if action == "remove":
        return remove_comment(comment=comment, by=by, reason=reason)
    if action == "restore":
        return restore_comment(comment=comment, by=by, reason=reason)
    if action == "escalate":
        try:
            return escalate_comment(comment=comment, by=by, reason=reason)
        except ModuleNotFoundError as missing:
            raise ValidationError("Incidents cannot be opened here yet.") from missing
    raise ValidationError(f"Unknown moderation action {action!r}.")


# --- tuning screening -------------------------------------------------------------------------


@transaction.atomic
def add_allowed_phrase(
    *, setting: Setting, phrase: str, reason: str, by: User, from_comment: Comment | None = None
) -> AllowedPhrase:
    phrase = " ".join((phrase or "").split())
    if not phrase:
        raise ValidationError("Type the word or phrase to allow.")
    reason = reason_required(reason, "want to allow it")
    if from_comment is not None and from_comment.task.group.setting_id != setting.pk:
        raise ValidationError("That comment belongs to another school or setting.")
    if selectors.allowed_phrases_in_force(setting).filter(phrase__iexact=phrase).exists():
        raise ValidationError("That phrase is already allowed.")
    return AllowedPhrase.objects.create(
        setting=setting, phrase=phrase, reason=reason, added_by=by, from_comment=from_comment
    )


@transaction.atomic
def retire_allowed_phrase(*, phrase: AllowedPhrase, by: User, reason: str) -> AllowedPhrase:
    """Screening stops allowing the phrase; who allowed it, and who retired it and why, stay."""
    phrase = AllowedPhrase.objects.select_for_update().get(pk=phrase.pk)
    if phrase.retired_at is not None:
        raise ValidationError("That phrase has already been retired.")
    phrase.retired_reason = reason_required(reason, "are retiring it")[:300]
    phrase.retired_by = by
    phrase.retired_at = timezone.now()
    phrase.save(update_fields=["retired_reason", "retired_by", "retired_at"])
    return phrase


Lines = Mapping[str, Mapping[str, float | None]]
NEVER_BLOCKED = "these comments are never blocked, so a teacher always sees a pupil asking for help."


def line_label(category: str) -> str:
    return category_label(category).capitalize()


def out_of_range(value: float | None) -> bool:
    return value is None or not math.isfinite(value) or not 0 <= value <= 1


def line_errors(lines: list[selectors.ScreeningLine]) -> dict[str, str]:
    """What is wrong with a full set of lines, by field ("<category>_hold", "<category>_block").

    A setting may only tighten the engine's defaults: lower a line, never raise one."""
    errors: dict[str, str] = {}
    for line in lines:
        label, hold_field, block_field = (
            line_label(line.category),
            f"{line.category}_hold",
            f"{line.category}_block",
        )
        if out_of_range(line.hold):
            errors[hold_field] = f"{label}: the hold line must be a number from 0 to 1."
        elif line.hold > line.default_hold:
            errors[hold_field] = (
                f"{label}: the hold line can only be made stricter. Enter {line.default_hold} or lower."
            )
        if line.default_block is None:
            if line.block is not None:
                errors[block_field] = f"{label}: {NEVER_BLOCKED}"
        elif out_of_range(line.block):
            errors[block_field] = f"{label}: the block line must be a number from 0 to 1."
        elif line.block > line.default_block:
            errors[block_field] = (
                f"{label}: the block line can only be made stricter. Enter {line.default_block} or lower."
            )
        elif hold_field not in errors and line.hold > line.block:
            errors[hold_field] = f"{label}: the hold line cannot be above the block line ({line.block})."
    return errors


def with_changes(lines: list[selectors.ScreeningLine], changes: Lines) -> list[selectors.ScreeningLine]:
    unknown = sorted(set(changes) - {line.category for line in lines})
    if unknown:
        raise ValidationError(f"Unknown category {unknown[0]!r}: use one of {', '.join(CATEGORIES)}.")
    return [
        replace(
            line,
            **{
                key: value
                for key, value in changes.get(line.category, {}).items()
                if key in ("hold", "block")
            },
        )
        for line in lines
    ]


@transaction.atomic
def set_screening_lines(*, setting: Setting, lines: Lines, by: User, reason: str) -> ScreeningPolicyChange:
    """Change some of the setting's lines (categories not named keep theirs) and keep the history."""
    reason = reason_required(reason, "are changing the lines")[:500]
    policy, _ = ScreeningPolicy.objects.select_for_update().get_or_create(setting=setting)
    wanted = with_changes(selectors.screening_lines(setting), lines)
    errors = line_errors(wanted)
    if errors:
        raise ValidationError(errors)
    after = {line.category: {"hold": line.hold, "block": line.block} for line in wanted if line.tightened}
    if after == policy.tighten:
        raise ValidationError("These are the lines already in force: nothing has changed.")
    Policy.primary().tightened(**after)  # the engine's own check has the last word
    change = ScreeningPolicyChange.objects.create(
        setting=setting, before=policy.tighten, after=after, reason=reason, changed_by=by
    )
    policy.tighten = after
    policy.save(update_fields=["tighten"])
    return change
