"""Database side of the evidence vault: objects, Merkle log nodes, log entries, checkpoints.

Every table here is append-only. The querysets refuse bulk updates and deletes and the models
refuse to save over an existing row, so no code path (the admin included) can change or remove
evidence; only someone with direct database access could, and `verify_vault` would notice.
"""

from __future__ import annotations

from django.db import models

from esafety.models import AppendOnly


class AppendOnlyModel(AppendOnly):
    kept_records = "Vault records"

    class Meta:
        abstract = True


class StoredObject(AppendOnlyModel):
    """One encrypted blob, named by the SHA-256 of its plaintext; stored once however often sent."""

    sha256 = models.CharField(max_length=64, unique=True)
    size = models.PositiveBigIntegerField()
    media_type = models.CharField(max_length=100)
    storage_name = models.CharField(max_length=255, unique=True)
    stored_at = models.DateTimeField()

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.sha256[:16]}… ({self.media_type}, {self.size} bytes)"


class LogNode(AppendOnlyModel):
    """Hash of a complete Merkle subtree: level 0 is a leaf, (level, index) never changes."""

    level = models.PositiveSmallIntegerField()
    index = models.PositiveBigIntegerField()
    hash = models.BinaryField(max_length=32)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["level", "index"], name="vault_lognode_unique")]

    def __str__(self) -> str:
        return f"node ({self.level}, {self.index})"


class LogEntryRow(AppendOnlyModel):
    """The canonical JSON entry behind leaf `index`: what a case's evidence export carries."""

    index = models.PositiveBigIntegerField(unique=True)
    entry = models.TextField()
    stored_object = models.ForeignKey(StoredObject, on_delete=models.PROTECT, related_name="log_entries")
    case_ref = models.CharField(max_length=64, db_index=True)

    class Meta:
        ordering = ["index"]

    def __str__(self) -> str:
        return f"log entry {self.index} ({self.case_ref})"


class LogLock(models.Model):
    """A single row locked for update while appending, so appends never race."""

    appends = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return "vault log lock"


class Checkpoint(AppendOnlyModel):
    """A signed tree head (C2SP signed note) the platform published."""

    tree_size = models.PositiveBigIntegerField()
    root_hash = models.CharField(max_length=64)
    note = models.TextField()
    signed_at = models.DateTimeField()

    class Meta:
        ordering = ["tree_size", "pk"]
        get_latest_by = ["tree_size", "pk"]

    def __str__(self) -> str:
        return f"checkpoint at size {self.tree_size}"
