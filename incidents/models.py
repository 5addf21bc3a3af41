"""Cyber-bullying incidents, their investigation, and allegations against staff.

Nothing here is deleted: evidence links, notes, status changes and referrals are only ever
added. A record that reaches its retention date goes to a review list for a person to decide.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from esafety import models as esafety_models
from people.models import Setting


class NeverDeleted(esafety_models.NeverDeleted):
    kept_records = "Case records"

    class Meta:
        abstract = True


class Incident(NeverDeleted):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        REPORTED = "reported", "Reported"
        TRIAGE = "triage", "Triage"
        INVESTIGATING = "investigating", "Investigating"
        OUTCOME = "outcome", "Outcome recorded"
        CLOSED = "closed", "Closed"

    class Channel(models.TextChoices):
        TEXT = "text", "Text or instant message"
        SOCIAL = "social", "Social network"
        EMAIL = "email", "E-mail"
        LEARNING_PLATFORM = "learning_platform", "Learning platform"
        GAMING = "gaming", "Online gaming"
        OTHER = "other", "Other"

    class Target(models.TextChoices):
        SELF = "self", "Me"
        COLLEAGUE = "colleague", "A colleague"
        PUPIL = "pupil", "A pupil or child"
        OTHER = "other", "Someone else"

    class SupportKind(models.TextChoices):
        MANAGER = "manager", "Manager"
        COLLEAGUE = "colleague", "Colleague"
        UNION = "union", "Trade-union representative"

    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="incidents")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True)
    occurred_from = models.DateTimeField(null=True, blank=True)
    occurred_to = models.DateTimeField(null=True, blank=True)
    channel = models.CharField(max_length=24, choices=Channel.choices, blank=True)
    message_content = models.TextField(blank=True)
    sender_identity = models.CharField(max_length=500, blank=True)
    page_url = models.URLField(max_length=2000, blank=True)
    target = models.CharField(max_length=16, choices=Target.choices, blank=True)
    target_description = models.CharField(max_length=300, blank=True)
    pupil = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    child_date_of_birth = models.DateField(null=True, blank=True)
    alleges_staff_harm = models.BooleanField(default=False)
    accused_staff = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    investigator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    support_person_name = models.CharField(max_length=200, blank=True)
    support_person_kind = models.CharField(max_length=16, choices=SupportKind.choices, blank=True)
    outcome = models.TextField(blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    retention_review_on = models.DateField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["-submitted_at", "-created_at"]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"INC-{self.pk:06d}" if self.pk else "INC-new"

    @property
    def case_type(self) -> str:
        if self.alleges_staff_harm:
            return "allegation_against_staff"
        if self.target == self.Target.PUPIL or self.pupil_id:
            return "child_protection"
        return "staff_complaint"


class StatusChange(NeverDeleted):
    incident = models.ForeignKey(Incident, on_delete=models.PROTECT, related_name="status_changes")
    from_status = models.CharField(max_length=16, choices=Incident.Status.choices)
    to_status = models.CharField(max_length=16, choices=Incident.Status.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField()
    reason = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"{self.incident}: {self.from_status} → {self.to_status}"

    @property
    def setting_id(self) -> int:
        return self.incident.setting_id


class CaseNote(NeverDeleted):
    incident = models.ForeignKey(Incident, on_delete=models.PROTECT, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()
    written_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Note on {self.incident}"

    @property
    def audit_setting_id(self) -> int:
        return self.incident.setting_id


class CaseAction(NeverDeleted):
    incident = models.ForeignKey(Incident, on_delete=models.PROTECT, related_name="actions")
    description = models.CharField(max_length=500)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    due_on = models.DateField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["due_on", "pk"]

    def __str__(self) -> str:
        return self.description

    @property
    def audit_setting_id(self) -> int:
        return self.incident.setting_id


class EvidenceItem(NeverDeleted):
    """A link from a case to a vault log entry; the evidence itself lives in the vault."""

    class Kind(models.TextChoices):
        FILE = "file", "Evidence file"
        STATEMENT = "statement", "Submitted statement"
        COMMENT = "comment", "Learning-platform comment"

    incident = models.ForeignKey(Incident, on_delete=models.PROTECT, related_name="evidence")
    log_entry = models.ForeignKey("vault.LogEntryRow", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    original_name = models.CharField(max_length=255, blank=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    added_at = models.DateTimeField()

    class Meta:
        ordering = ["added_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["incident", "log_entry"], name="evidence_once_per_incident")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.incident}"

    @property
    def audit_setting_id(self) -> int:
        return self.incident.setting_id


class CaseExport(NeverDeleted):
    class Variant(models.TextChoices):
        POLICE = "police", "Police or court"
        LADO = "lado", "LADO"
        PROVIDER = "provider", "Service provider (no child's details)"

    incident = models.ForeignKey(Incident, on_delete=models.PROTECT, related_name="exports")
    variant = models.CharField(max_length=16, choices=Variant.choices)
    made_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    made_at = models.DateTimeField()
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    tree_size = models.PositiveBigIntegerField()

    def __str__(self) -> str:
        return f"{self.get_variant_display()} export of {self.incident}"

    @property
    def audit_setting_id(self) -> int:
        return self.incident.setting_id


class AllegationCase(NeverDeleted):
    """An allegation that a member of staff harmed or may have harmed a child."""

    class Source(models.TextChoices):
        INCIDENT = "incident", "Incident report"
        LOW_LEVEL_CONCERN = "low_level_concern", "Low-level concerns register"
        LEARNING_PLATFORM = "learning_platform", "Learning platform"
        OTHER = "other", "Other"

    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="allegations")
    incident = models.OneToOneField(
        Incident, on_delete=models.PROTECT, null=True, blank=True, related_name="allegation"
    )
    about_staff = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    summary = models.TextField()
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    source = models.CharField(max_length=24, choices=Source.choices)
    opened_at = models.DateTimeField()
    referral_due_at = models.DateTimeField()
    referred_at = models.DateTimeField(null=True, blank=True)
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    referral_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    lado_reference = models.CharField(max_length=100, blank=True)
    lado_officer = models.CharField(max_length=200, blank=True)
    advice = models.TextField(blank=True)
    accused_date_of_birth = models.DateField(null=True, blank=True)
    retention_review_on = models.DateField(null=True, blank=True, db_index=True)
    granted_users = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="AllegationAccess",
        through_fields=("allegation", "user"),
        related_name="+",
        blank=True,
    )

    class Meta:
        ordering = ["-opened_at"]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"ALG-{self.pk:06d}" if self.pk else "ALG-new"


class AllegationAccess(NeverDeleted):
    """Someone outside the three roles (e.g. a line manager) let in by the DSL, with the reason."""

    allegation = models.ForeignKey(AllegationCase, on_delete=models.PROTECT, related_name="accesses")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    granted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    granted_at = models.DateTimeField()
    reason = models.TextField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["allegation", "user"], name="allegation_access_once")]

    def __str__(self) -> str:
        return f"{self.user} may see {self.allegation}"

    @property
    def audit_setting_id(self) -> int:
        return self.allegation.setting_id


class Alert(NeverDeleted):
    """An in-app message to a person, e.g. the DSL about a LADO deadline."""

    class Kind(models.TextChoices):
        LADO_DUE_SOON = "lado_due_soon", "LADO referral due soon"
        LADO_OVERDUE = "lado_overdue", "LADO referral overdue"

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    allegation = models.ForeignKey(AllegationCase, on_delete=models.PROTECT, related_name="alerts")
    kind = models.CharField(max_length=24, choices=Kind.choices)
    message = models.CharField(max_length=500)
    created_at = models.DateTimeField()
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "allegation", "kind"], name="alert_once_per_kind")
        ]

    def __str__(self) -> str:
        return self.message

    @property
    def audit_setting_id(self) -> int:
        return self.allegation.setting_id


class RetentionDecision(NeverDeleted):
    """A person's decision on a record that reached its retention date."""

    class Decision(models.TextChoices):
        KEEP = "keep", "Keep and review again later"
        DISPOSE = "dispose", "Approve for disposal by the records officer"

    incident = models.ForeignKey(
        Incident, on_delete=models.PROTECT, null=True, blank=True, related_name="retention_decisions"
    )
    allegation = models.ForeignKey(
        AllegationCase, on_delete=models.PROTECT, null=True, blank=True, related_name="retention_decisions"
    )
    decision = models.CharField(max_length=16, choices=Decision.choices)
    next_review_on = models.DateField(null=True, blank=True)
    reason = models.TextField()
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.get_decision_display()
