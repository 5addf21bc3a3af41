"""Writes: publishing policies and versions, acknowledging them, sending reminders."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from people.models import Council, Setting, User
from people.roles import Role
from policies import selectors
from policies.models import Acknowledgement, Policy, PolicyVersion, Reminder, ScopeChange

logger = logging.getLogger(__name__)

MAX_PDF_BYTES = 10 * 1024 * 1024


def check_pdf(upload: UploadedFile | None) -> None:
    if upload is None:
        return
    if upload.size > MAX_PDF_BYTES:
        raise ValidationError({"pdf": "The PDF must be smaller than 10 MB."})
    head = upload.read(5)
    upload.seek(0)
    if head != b"%PDF-":
        raise ValidationError({"pdf": "The file must be a PDF."})


def check_content(body_markdown: str, pdf: UploadedFile | None) -> None:
    if not body_markdown.strip() and pdf is None:
        raise ValidationError({"body_markdown": "Write the policy in Markdown or upload it as a PDF."})
    check_pdf(pdf)


def check_roles(roles: list[str]) -> None:
    unknown = set(roles) - set(Role.values) or set(roles) & {Role.PUPIL}
    if unknown:
        raise ValidationError({"roles": "Choose staff roles only."})


def check_settings(council: Council, settings_in_scope: list[Setting] | tuple) -> None:
    if any(s.council_id != council.pk for s in settings_in_scope):
        raise ValidationError({"settings": "Choose settings of this council."})


@transaction.atomic
def publish_policy(
    *,
    council: Council,
    title: str,
    change_summary: str,
    published_by: User | None,
    body_markdown: str = "",
    pdf: UploadedFile | None = None,
    settings_in_scope: list[Setting] | tuple = (),
    roles: list[str] | tuple = (),
) -> Policy:
    """A new policy with its first (major) version."""
    check_settings(council, settings_in_scope)
    check_roles(list(roles))
    policy = Policy(council=council, title=title.strip(), roles=sorted(set(roles)), created_by=published_by)
    policy.full_clean()
    policy.save()
    policy.settings.set(settings_in_scope)
    publish_version(
        policy=policy,
        kind=PolicyVersion.Kind.MAJOR,
        change_summary=change_summary,
        published_by=published_by,
        body_markdown=body_markdown,
        pdf=pdf,
    )
    return policy


@transaction.atomic
def publish_version(
    *,
    policy: Policy,
    kind: str,
    change_summary: str,
    published_by: User | None,
    body_markdown: str = "",
    pdf: UploadedFile | None = None,
    published_at: datetime | None = None,
) -> PolicyVersion:
    """A major version asks everyone to acknowledge again; a minor one does not."""
    check_content(body_markdown, pdf)
    if kind not in PolicyVersion.Kind.values:
        raise ValidationError({"kind": "Choose major or minor."})
    policy = Policy.objects.select_for_update().get(pk=policy.pk)
    newest = policy.versions.aggregate(major=Max("major"))["major"]
    if newest is None:
        major, minor = 1, 0
    elif kind == PolicyVersion.Kind.MAJOR:
        major, minor = newest + 1, 0
    else:
        major = newest
        minor = policy.versions.filter(major=newest).aggregate(m=Max("minor"))["m"] + 1
    if newest is None and kind != PolicyVersion.Kind.MAJOR:
        raise ValidationError({"kind": "The first version of a policy is a major version."})
    version = PolicyVersion(
        policy=policy,
        major=major,
        minor=minor,
        kind=kind,
        body_markdown=body_markdown,
        change_summary=change_summary.strip(),
        published_at=published_at or timezone.now(),
        published_by=published_by,
    )
    if pdf is not None:
        version.pdf = pdf
    version.full_clean()
    version.save()
    return version


@transaction.atomic
def withdraw_policy(policy: Policy, *, by: User, reason: str) -> Policy:
    """Policies are never deleted: a withdrawn one stops applying and keeps its history."""
    if not reason.strip():
        raise ValidationError({"reason": "Say why the policy is withdrawn."})
    policy.withdrawn_at = timezone.now()
    policy.withdrawn_by = by
    policy.withdrawn_reason = reason.strip()
    policy.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawn_reason"])
    return policy


@transaction.atomic
def change_scope(
    policy: Policy,
    *,
    by: User,
    settings_in_scope: list[Setting] | tuple,
    roles: list[str] | tuple,
    reason: str,
) -> ScopeChange:
    """Change who a published policy applies to, keeping the before and after as history.

    People brought into scope get the full grace period from now (see selectors.outstanding_for);
    people taken out stop being asked, and their past acknowledgements stay.
    """
    if not reason.strip():
        raise ValidationError({"reason": "Say why the policy's scope is changing."})
    check_settings(policy.council, settings_in_scope)
    check_roles(list(roles))
    policy = Policy.objects.select_for_update().get(pk=policy.pk)
    if policy.withdrawn_at is not None:
        raise ValidationError("This policy is withdrawn: it no longer applies to anyone.")
    before = sorted(policy.settings.values_list("pk", flat=True))
    after = sorted({s.pk for s in settings_in_scope})
    roles_after = sorted(set(roles))
    if before == after and sorted(policy.roles) == roles_after:
        raise ValidationError("This is the policy's scope already: choose different settings or roles.")
    change = ScopeChange.objects.create(
        policy=policy,
        changed_at=timezone.now(),
        changed_by=by,
        settings_before=before,
        settings_after=after,
        roles_before=policy.roles,
        roles_after=roles_after,
        reason=reason.strip(),
    )
    policy.roles = roles_after
    policy.save(update_fields=["roles"])
    policy.settings.set(after)
    return change


@transaction.atomic
def acknowledge(user: User, version: PolicyVersion) -> Acknowledgement:
    if not selectors.applies_to(version.policy, user) or not selectors.is_staff_member(user):
        raise ValidationError("This policy does not apply to you.")
    if version != selectors.current_version(version.policy):
        raise ValidationError("A newer version of this policy has been published: read that one.")
    acknowledgement, _ = Acknowledgement.objects.get_or_create(
        user=user,
        version=version,
        defaults={"acknowledged_at": timezone.now(), "setting": user.setting},
    )
    return acknowledgement


def reminder_interval() -> timedelta:
    return timedelta(days=settings.POLICY_REMINDER_INTERVAL_DAYS)


def people_due_a_reminder(now: datetime | None = None) -> list[tuple[User, list[selectors.Outstanding]]]:
    now = now or timezone.now()
    recently_reminded = set(
        Reminder.objects.filter(sent_at__gt=now - reminder_interval()).values_list("user_id", flat=True)
    )
    candidates = (
        User.objects.filter(is_active=True, roles__isnull=False)
        .exclude(email="")
        .exclude(roles__role=Role.PUPIL)
        .exclude(pk__in=recently_reminded)
        .select_related("setting")
        .distinct()
    )
    due = []
    for person in candidates:
        outstanding = selectors.outstanding_for(person)
        if outstanding:
            due.append((person, outstanding))
    return due


def reminder_text(person: User, outstanding: list[selectors.Outstanding]) -> str:
    lines = [f"Hello {person.first_name or person.username},", ""]
    lines.append("Please read and acknowledge these policies in eSafety:")
    for item in outstanding:
        lines.append(f"- {item.policy.title} ({item.version.label}), by {item.due_at:%d %B %Y}")
    lines += ["", "Until you do, eSafety will show a reminder on every page, and after the date shown"]
    lines.append("you will not be able to use anything else until you have acknowledged them.")
    return "\n".join(lines)


def send_reminders(now: datetime | None = None) -> int:
    """E-mail each person with outstanding policies once per reminder interval; returns how many."""
    sent = 0
    for person, outstanding in people_due_a_reminder(now):
        try:
            with transaction.atomic():
                reminder = Reminder.objects.create(
                    user=person, sent_at=timezone.now(), setting=person.setting
                )
                reminder.versions.set([o.version for o in outstanding])
                send_mail(
                    "Policies for you to acknowledge",
                    reminder_text(person, outstanding),
                    None,
                    [person.email],
                )
        except OSError:
            # The next run tries again: nothing was recorded for this person.
            logger.exception("Could not send a policy reminder to user %s", person.pk)
            continue
        sent += 1
    return sent
