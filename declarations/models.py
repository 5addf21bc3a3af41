"""Contacts with service users that staff declare to their line manager, and the yearly
attestation that their social-network privacy settings keep personal information private."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from people.models import Setting


class Declaration(models.Model):
    class Kind(models.TextChoices):
        REQUEST_RECEIVED = "request_received", "I received a friend or contact request"
        REQUEST_DECLINED = "request_declined", "I received a request and declined it"
        ACCEPTED_THEN_REMOVED = "accepted_removed", "I accepted a request by mistake and have removed them"
        SIGNIFICANT_CONVERSATION = (
            "significant_conversation",
            "A significant conversation or activity took place",
        )
        OTHER = "other", "Another kind of contact"

    class Medium(models.TextChoices):
        SOCIAL_NETWORK = "social_network", "Social network"
        MESSAGING = "messaging", "Messaging app or text message"
        EMAIL = "email", "E-mail"
        GAMING = "gaming", "Online game or forum"
        OTHER = "other", "Another electronic medium"

    class Relationship(models.TextChoices):
        CURRENT = "current", "A current service user"
        FORMER = "former", "A former service user"

    declarant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="declarations"
    )
    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="declarations")
    line_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    kind = models.CharField(max_length=32, choices=Kind.choices)
    medium = models.CharField(max_length=32, choices=Medium.choices)
    relationship = models.CharField(max_length=16, choices=Relationship.choices)
    who = models.CharField(max_length=120)
    contact_on = models.DateField()
    resolved_on = models.DateField(null=True, blank=True)
    what_happened = models.TextField()
    what_i_did = models.TextField()
    filed_at = models.DateTimeField()
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    manager_action = models.TextField(blank=True)

    class Meta:
        ordering = ["-filed_at"]

    def __str__(self) -> str:
        return f"Declaration {self.pk} by {self.declarant}"

    @property
    def is_acknowledged(self) -> bool:
        return self.acknowledged_at is not None


class PrivacyAttestation(models.Model):
    """A yearly statement, item by item, that personal information on social networks is restricted."""

    CHECKLIST = {
        "profile_restricted": "My profiles are visible only to people I have accepted",
        "contact_details_hidden": "My phone number, e-mail and home address are hidden from the public",
        "photos_restricted": "My photos and the posts I am tagged in are not public",
        "friends_list_hidden": "My list of friends or contacts is not public",
        "search_limited": "Search engines and strangers cannot find my profile through my details",
    }

    employee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="attestations"
    )
    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="+")
    line_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    attested_at = models.DateTimeField()
    checklist = models.JSONField(default=dict)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-attested_at"]

    def __str__(self) -> str:
        return f"Privacy attestation by {self.employee} on {self.attested_at:%d %b %Y}"
