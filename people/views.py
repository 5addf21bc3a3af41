from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from audit.services import record_view
from esafety.permissions import require
from people import selectors
from people.models import Group, Setting, User


@login_required
def setting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    setting = get_object_or_404(Setting.objects.select_related("council"), pk=pk)
    require(request, "people.view_setting", setting)
    return render(
        request,
        "people/setting_detail.html",
        {
            "setting": setting,
            "staff": selectors.staff_in(setting),
            "groups": selectors.groups_in(setting),
        },
    )


@login_required
def group_detail(request: HttpRequest, pk: int) -> HttpResponse:
    group = get_object_or_404(Group.objects.select_related("setting"), pk=pk)
    require(request, "people.view_group", group)
    return render(
        request,
        "people/group_detail.html",
        {"group": group, "pupils": selectors.pupils_in(group), "teachers": group.teachers.all()},
    )


@login_required
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(User.objects.select_related("setting", "group", "line_manager"), pk=pk)
    require(request, "people.view_person", person)
    if person.pk != request.user.pk:
        record_view(person)
    return render(request, "people/person_detail.html", {"person": person})
