from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from audit.models import AuditEvent
from esafety.permissions import require
from people.models import Council, Setting


def _render_log(request: HttpRequest, scope: Council | Setting, events: QuerySet[AuditEvent]) -> HttpResponse:
    page = Paginator(events.select_related("actor"), 50).get_page(request.GET.get("page"))
    return render(request, "audit/log.html", {"scope": scope, "page": page})


@login_required
def council_log(request: HttpRequest, pk: int) -> HttpResponse:
    council = get_object_or_404(Council, pk=pk)
    require(request, "audit.view_log", council)
    setting_ids = list(council.settings.values_list("pk", flat=True))
    events = AuditEvent.objects.filter(setting_id__in=setting_ids) | AuditEvent.objects.filter(
        setting_id=None
    )
    return _render_log(request, council, events)


@login_required
def setting_log(request: HttpRequest, pk: int) -> HttpResponse:
    setting = get_object_or_404(Setting, pk=pk)
    require(request, "audit.view_log", setting)
    return _render_log(request, setting, AuditEvent.objects.filter(setting_id=setting.pk))
