"""Mobile phones in a setting: outings, the register of devices allowed to take images of
children, observations of phone use, and the confidential register of low-level concerns."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from people.models import Setting

USER = settings.AUTH_USER_MODEL


class Device(models.Model):
    """A device of the setting authorised to take images of children. Personal devices never are."""

    class Kind(models.TextChoices):
        PHONE = "phone", "Mobile phone"
        TABLET = "tablet", "Tablet"
        CAMERA = "camera", "Camera"

    class Owner(models.TextChoices):
        SETTING = "setting", "Owned by the setting"
        PERSONAL = "personal", "Personal (belongs to a member of staff)"

    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="devices")
    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    owner = models.CharField(max_length=16, choices=Owner.choices, default=Owner.SETTING)
    phone_number = models.CharField(max_length=32, blank=True)
    identifier = models.CharField(max_length=64, blank=True, help_text="Serial number or asset tag.")
    registered_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    registered_at = models.DateTimeField()
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(USER, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    withdrawn_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(owner="setting"), name="device_register_holds_setting_devices_only"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.phone_number})" if self.phone_number else self.name


class Outing(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Being planned"
        READY = "ready", "Ready"
        CANCELLED = "cancelled", "Cancelled"

    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="outings")
    date = models.DateField()
    destination = models.CharField(max_length=200)
    staff = models.ManyToManyField(USER, related_name="outings", blank=True)
    children_count = models.PositiveSmallIntegerField("Number of children")
    phone = models.ForeignKey(Device, on_delete=models.PROTECT, null=True, blank=True, related_name="outings")
    phone_number = models.CharField(max_length=32, blank=True)
    contact_numbers_taken = models.BooleanField(default=False)
    contact_numbers_where = models.CharField(max_length=200, blank=True)
    personal_numbers_safeguard = models.TextField(blank=True)
    risk_assessment = models.TextField(blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    ready_by = models.ForeignKey(USER, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    ready_at = models.DateTimeField(null=True, blank=True)
    cancelled_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-date"]
        constraints = [
            # The database itself refuses a ready outing without the phone and contact numbers.
            models.CheckConstraint(
                condition=~Q(status="ready")
                | (
                    Q(phone__isnull=False, contact_numbers_taken=True)
                    & ~Q(phone_number="")
                    & ~Q(personal_numbers_safeguard="")
                ),
                name="ready_outing_has_phone_and_contacts",
            )
        ]

    def __str__(self) -> str:
        return f"{self.destination} on {self.date:%d %b %Y}"


class Observation(models.Model):
    """What someone saw of mobile phone use in the setting, and the setting manager's response."""

    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="phone_observations")
    observed_at = models.DateTimeField()
    observer_name = models.CharField(max_length=120)
    observer_organisation = models.CharField(max_length=120, blank=True)
    recorded_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField()
    what = models.TextField()
    affected_supervision = models.BooleanField()
    action_taken = models.TextField(blank=True)
    about_staff = models.ForeignKey(USER, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    response = models.TextField(blank=True)
    responded_by = models.ForeignKey(USER, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-observed_at"]

    def __str__(self) -> str:
        return f"Observation {self.pk} in {self.setting}"


class LowLevelConcern(models.Model):
    """Confidential: seen by the setting manager and the DSL only."""

    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="low_level_concerns")
    about_staff = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    observation = models.ForeignKey(
        Observation, on_delete=models.PROTECT, null=True, blank=True, related_name="concerns"
    )
    summary = models.TextField()
    occurred_on = models.DateField()
    recorded_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField()
    escalated_at = models.DateTimeField(null=True, blank=True)
    escalated_by = models.ForeignKey(USER, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    # The allegation case opened in the incidents app (kept as an id so this app stands alone).
    allegation_case_id = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-occurred_on", "-recorded_at"]

    def __str__(self) -> str:
        return f"Low-level concern {self.pk}"
