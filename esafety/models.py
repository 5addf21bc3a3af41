"""Abstract bases for records the code of practice says must be kept.

Both refuse deletion through the model and through a queryset (bulk deletes, the admin's
"delete selected"); append-only records also refuse any change once written.
"""

from __future__ import annotations

from django.db import models


class NeverDeletedQuerySet(models.QuerySet):
    def delete(self):
        raise PermissionError(f"{self.model.kept_records} are never deleted")


class NeverDeleted(models.Model):
    kept_records = "Records"  # how refusals name these records

    objects = NeverDeletedQuerySet.as_manager()

    class Meta:
        abstract = True

    def delete(self, *args, **kwargs):
        raise PermissionError(f"{self.kept_records} are never deleted")


class AppendOnlyQuerySet(NeverDeletedQuerySet):
    def update(self, **kwargs):
        raise PermissionError(f"{self.model.kept_records} are never changed")


class AppendOnly(NeverDeleted):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not self._state.adding:
            raise PermissionError(f"{self.kept_records} are never changed")
        super().save(*args, **kwargs)
