from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from esafety.admin_site import RuleModelAdmin, administered_council_ids, site
from people.models import Group, Setting, User


@admin.register(Setting, site=site)
class SettingAdmin(RuleModelAdmin):
    list_display = ["name", "kind", "council"]
    view_rule = change_rule = "people.manage_staff"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Setting]:
        return super().get_queryset(request).filter(council_id__in=administered_council_ids(request.user))


@admin.register(Group, site=site)
class GroupAdmin(RuleModelAdmin):
    list_display = ["name", "setting"]
    view_rule = change_rule = "people.manage_staff"

    def view_target(self, obj: Group) -> Any:
        return obj.setting

    change_target = view_target

    def get_queryset(self, request: HttpRequest) -> QuerySet[Group]:
        return (
            super()
            .get_queryset(request)
            .filter(setting__council_id__in=administered_council_ids(request.user))
        )


@admin.register(User, site=site)
class PersonAdmin(RuleModelAdmin):
    list_display = ["username", "first_name", "last_name", "setting", "is_active"]
    fields = ["username", "first_name", "last_name", "email", "setting", "line_manager", "group", "is_active"]
    readonly_fields = ["username"]
    view_rule = "people.view_person"
    change_rule = "people.manage_staff"

    def change_target(self, obj: User) -> Any:
        return obj.setting

    def get_queryset(self, request: HttpRequest) -> QuerySet[User]:
        return (
            super()
            .get_queryset(request)
            .filter(setting__council_id__in=administered_council_ids(request.user))
        )
