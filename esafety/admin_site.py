"""The admin site answers to the same rule set as the pages and the API.

Only council administrators who have passed the second factor get in, and each model admin
asks `can()` about the object in question instead of Django's per-model permissions.
"""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from esafety.permissions import can


class RuleAdminSite(admin.AdminSite):
    site_header = "eSafety administration"
    site_title = "eSafety administration"

    def has_permission(self, request: HttpRequest) -> bool:
        user = request.user
        return (
            user.is_active
            and user.is_authenticated
            and user.is_verified()
            and any(can(user, "people.view_council", a.council) for a in user.role_assignments)
        )


class RuleModelAdmin(admin.ModelAdmin):
    """Subclasses name the rule for looking and the rule for changing, and what each is asked about."""

    view_rule = ""
    change_rule = ""

    def view_target(self, obj: Any) -> Any:
        return obj

    def change_target(self, obj: Any) -> Any:
        return obj

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self.admin_site.has_permission(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is None:
            return self.has_module_permission(request)
        return can(request.user, self.view_rule, self.view_target(obj))

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is None:
            return self.has_module_permission(request)
        return can(request.user, self.change_rule, self.change_target(obj))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


def administered_council_ids(user: Any) -> list[int]:
    return [a.council_id for a in user.role_assignments if can(user, "people.view_council", a.council)]


site = RuleAdminSite(name="admin")
