"""The pupil learning platform: the Acceptable Usage Policy, tasks, screened comments,
moderation and safeguarding alerts."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from people.models import Group, Setting

COMMENT_MAX_CHARS = 1000


class UsagePolicy(models.Model):
    """One version of a setting's pupil Acceptable Usage Policy. The highest version is current."""

    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="usage_policies")
    version = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    summary = models.TextField(help_text="A few short sentences a teacher can read aloud.")
    body = models.TextField()
    published_at = models.DateTimeField(default=timezone.now)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["setting", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["setting", "version"], name="usage_policy_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.title} (version {self.version})"


class PolicyAcceptance(models.Model):
    """A pupil agreed to one version of the policy."""

    policy = models.ForeignKey(UsagePolicy, on_delete=models.PROTECT, related_name="acceptances")
    pupil = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    accepted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["policy", "pupil"], name="policy_acceptance_once")]

    def __str__(self) -> str:
        return f"{self.pupil} agreed to version {self.policy.version}"

    @property
    def audit_setting_id(self) -> int:
        return self.policy.setting_id


class Task(models.Model):
    group = models.ForeignKey(Group, on_delete=models.PROTECT, related_name="tasks")
    title = models.CharField(max_length=200)
    instructions = models.TextField()
    opens_at = models.DateTimeField()
    closes_at = models.DateTimeField()
    comments_enabled = models.BooleanField(default=True)
    premoderated = models.BooleanField(default=False)
    links_allowed = models.BooleanField(default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-opens_at", "title"]

    def __str__(self) -> str:
        return self.title

    @property
    def audit_setting_id(self) -> int:
        return self.group.setting_id

    @property
    def setting(self) -> Setting:
        return self.group.setting

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def accepts_comments(self, now=None) -> bool:
        return self.comments_enabled and self.is_open(now)


class Comment(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = "published", "Shown to the class"
        HELD = "held", "Waiting for a teacher"
        BLOCKED = "blocked", "Not posted"
        REMOVED = "removed", "Removed by a teacher"

    class HeldBecause(models.TextChoices):
        SCREENING = "screening", "Screening held it"
        PREMODERATION = "premoderation", "The task is pre-moderated"

    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    status = models.CharField(max_length=16, choices=Status.choices)
    held_because = models.CharField(max_length=16, choices=HeldBecause.choices, blank=True)
    # The engine's verdict as given (action, categories with scores and spans, severity, reason).
    verdict = models.JSONField()
    screened_action = models.CharField(max_length=8)
    flagged = models.BooleanField(default=False, help_text="Screening found something in it.")
    # Personal information (a phone number, an address, "meet me") is never shown to other pupils.
    private = models.BooleanField(default=False)
    false_positive = models.BooleanField(default=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    moderated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["task", "status"])]

    def __str__(self) -> str:
        return f"Comment {self.pk} on {self.task}"

    @property
    def audit_setting_id(self) -> int:
        return self.task.group.setting_id

    @property
    def categories(self) -> dict:
        return self.verdict.get("categories", {})


class ModerationEvent(models.Model):
    """What a teacher or lead did to a comment, kept for good: removing never deletes."""

    class Action(models.TextChoices):
        APPROVE = "approve", "Approved"
        REMOVE = "remove", "Removed"
        RESTORE = "restore", "Restored"
        ESCALATE = "escalate", "Escalated to an incident"

    comment = models.ForeignKey(Comment, on_delete=models.PROTECT, related_name="events")
    action = models.CharField(max_length=16, choices=Action.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(default=timezone.now)
    reason = models.TextField(blank=True)
    false_positive = models.BooleanField(default=False)
    incident_ref = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.by}"

    @property
    def audit_setting_id(self) -> int:
        return self.comment.task.group.setting_id


class CommentReport(models.Model):
    """A pupil told a teacher that a comment upset them."""

    comment = models.ForeignKey(Comment, on_delete=models.PROTECT, related_name="reports")
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reported_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=500, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-reported_at"]

    def __str__(self) -> str:
        return f"Report on comment {self.comment_id}"

    @property
    def audit_setting_id(self) -> int:
        return self.comment.task.group.setting_id


class Alert(models.Model):
    """Screening found self-harm, grooming or a threat: the setting's leads are told at once."""

    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="learning_alerts")
    comment = models.OneToOneField(Comment, on_delete=models.PROTECT, related_name="alert")
    categories = models.JSONField()
    raised_at = models.DateTimeField(default=timezone.now, db_index=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    outcome = models.TextField(blank=True)
    incident_ref = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-raised_at"]

    def __str__(self) -> str:
        return f"Alert {self.pk}: {', '.join(self.categories)}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class ScreeningPolicy(models.Model):
    """A setting's tightened screening lines in force, e.g. {"profanity": {"hold": 0.3}}.

    Every change is also kept as a ScreeningPolicyChange, so the history is never overwritten."""

    setting = models.OneToOneField(Setting, on_delete=models.PROTECT, related_name="screening_policy")
    tighten = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return f"Screening lines for {self.setting}"


class ScreeningPolicyChange(models.Model):
    """Who changed a setting's screening lines, when, why, and from what to what."""

    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="screening_policy_changes")
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    reason = models.CharField(max_length=500)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"Screening lines for {self.setting} changed by {self.changed_by}"

    def delete(self, *args, **kwargs):
        raise PermissionError("The history of screening lines is never deleted")


class AllowedPhrase(models.Model):
    """An innocent word or phrase screening should let through in this setting, and why."""

    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="allowed_phrases")
    phrase = models.CharField(max_length=100)
    reason = models.CharField(max_length=300)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    added_at = models.DateTimeField(default=timezone.now)
    from_comment = models.ForeignKey(
        Comment, on_delete=models.PROTECT, null=True, blank=True, related_name="allowed_phrases"
    )
    # Retiring stops screening allowing the phrase; the record of who allowed it stays.
    retired_at = models.DateTimeField(null=True, blank=True)
    retired_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    retired_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["phrase", "-added_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["setting", "phrase"],
                condition=models.Q(retired_at__isnull=True),
                name="allowed_phrase_unique_in_force",
            )
        ]

    def __str__(self) -> str:
        return self.phrase

    @property
    def in_force(self) -> bool:
        return self.retired_at is None

    def delete(self, *args, **kwargs):
        raise PermissionError("Allowed phrases are retired, never deleted")
