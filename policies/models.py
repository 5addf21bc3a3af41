"""Council policies, their versions, and who acknowledged which version when."""

from __future__ import annotations

from django.conf import settings as django_settings
from django.core.validators import FileExtensionValidator
from django.db import models

from esafety.models import AppendOnly
from people.models import Council, Setting
from people.roles import Role


class Policy(models.Model):
    """A policy of one council. With no settings chosen it applies council-wide; with no roles
    chosen it applies to every member of staff in scope."""

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="policies")
    title = models.CharField(max_length=200)
    settings = models.ManyToManyField(
        Setting,
        blank=True,
        related_name="policies",
        help_text="Leave empty to apply the policy across the whole council.",
    )
    roles = models.JSONField(
        default=list,
        blank=True,
        help_text="Role names the policy applies to. Leave empty for every member of staff.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        django_settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        django_settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    withdrawn_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "policies"
        constraints = [
            models.UniqueConstraint(fields=["council", "title"], name="policy_title_unique_in_council")
        ]

    def __str__(self) -> str:
        return self.title

    def role_labels(self) -> list[str]:
        return labels_of(self.roles)


def labels_of(roles: list[str]) -> list[str]:
    return [Role(r).label for r in roles if r in Role.values]


class PolicyVersion(models.Model):
    class Kind(models.TextChoices):
        MAJOR = "major", "Major: everyone must acknowledge it again"
        MINOR = "minor", "Minor: earlier acknowledgements still count"

    policy = models.ForeignKey(Policy, on_delete=models.PROTECT, related_name="versions")
    major = models.PositiveIntegerField()
    minor = models.PositiveIntegerField()
    kind = models.CharField(max_length=8, choices=Kind.choices)
    body_markdown = models.TextField(blank=True)
    pdf = models.FileField(
        upload_to="policies/%Y/",
        blank=True,
        validators=[FileExtensionValidator(["pdf"])],
    )
    change_summary = models.TextField()
    published_at = models.DateTimeField()
    published_by = models.ForeignKey(
        django_settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["policy", "-major", "-minor"]
        constraints = [
            models.UniqueConstraint(fields=["policy", "major", "minor"], name="policy_version_unique"),
            models.CheckConstraint(
                condition=~models.Q(body_markdown="") | ~models.Q(pdf=""),
                name="policy_version_has_content",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.policy.title} {self.label}"

    @property
    def label(self) -> str:
        return f"version {self.major}.{self.minor}"


class Acknowledgement(models.Model):
    """One person's acknowledgement of one version. Never edited, never deleted."""

    user = models.ForeignKey(
        django_settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="acknowledgements"
    )
    version = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="acknowledgements")
    acknowledged_at = models.DateTimeField()
    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-acknowledged_at"]
        constraints = [models.UniqueConstraint(fields=["user", "version"], name="acknowledgement_unique")]

    def __str__(self) -> str:
        return f"{self.user} acknowledged {self.version}"


class Reminder(models.Model):
    """An e-mail reminder sent to one person, so the schedule never nags twice in a row."""

    user = models.ForeignKey(django_settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    sent_at = models.DateTimeField()
    versions = models.ManyToManyField(PolicyVersion, related_name="+")
    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return f"Reminder to {self.user} on {self.sent_at:%d %b %Y}"


class ScopeChange(AppendOnly):
    """One change to the settings and roles a policy applies to. Never edited, never deleted.

    The settings are kept as ids so the history stays exact even if a setting is renamed, and so
    the grace period of someone brought into scope can be counted from the change.
    """

    kept_records = "Scope changes"

    policy = models.ForeignKey(Policy, on_delete=models.PROTECT, related_name="scope_changes")
    changed_at = models.DateTimeField()
    changed_by = models.ForeignKey(
        django_settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    settings_before = models.JSONField(default=list, blank=True)
    settings_after = models.JSONField(default=list, blank=True)
    roles_before = models.JSONField(default=list, blank=True)
    roles_after = models.JSONField(default=list, blank=True)
    reason = models.TextField()

    class Meta:
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"Scope of {self.policy} changed on {self.changed_at:%d %b %Y}"

    def roles_before_labels(self) -> list[str]:
        return labels_of(self.roles_before)

    def roles_after_labels(self) -> list[str]:
        return labels_of(self.roles_after)
