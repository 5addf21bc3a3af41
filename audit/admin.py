from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from audit.models import AuditEvent
from esafety.admin_site import RuleModelAdmin, administered_council_ids, site
from people.models import Setting


@admin.register(AuditEvent, site=site)
class AuditEventAdmin(RuleModelAdmin):
    """Read-only: nobody, however privileged, changes or removes an audit row here."""

    list_display = ["seq", "at", "actor_label", "action", "object_type", "object_id", "ip_address"]
    list_filter = ["action"]
    view_rule = "audit.view_log"

    def view_target(self, obj: AuditEvent) -> Setting | None:
        return Setting.objects.filter(pk=obj.setting_id).first()

    def has_change_permission(self, request: HttpRequest, obj: AuditEvent | None = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[AuditEvent]:
        councils = administered_council_ids(request.user)
        return (
            super()
            .get_queryset(request)
            .filter(setting_id__in=Setting.objects.filter(council_id__in=councils).values("pk"))
        )
