import csv

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from audit.services import record_export
from dashboards import selectors
from dashboards.figures import Figure, Scope, build, figures_for
from dashboards.forms import FilterForm
from esafety.charts import bar_chart
from esafety.permissions import require
from people.models import Council, Setting


def scope_from(request: HttpRequest, council: Council, setting: Setting | None) -> tuple[FilterForm, Scope]:
    form = FilterForm(request.GET or None, council=None if setting else council)
    start, end = selectors.default_period()
    only = None
    if form.is_bound and form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        only = form.cleaned_data.get("setting")
    if setting is not None:
        return form, selectors.setting_scope(setting, start, end)
    return form, selectors.council_scope(council, start, end, only)


def render_dashboard(
    request: HttpRequest, title: str, caption: str, form: FilterForm, scope: Scope, csv_url: str
) -> HttpResponse:
    figures = figures_for(scope)
    charts = [
        (
            f,
            bar_chart(
                f"chart-{f.key}", f.title, f.series.points, unit=f.series.unit, maximum=f.series.maximum
            ),
        )
        for f in figures
    ]
    return render(
        request,
        "dashboards/dashboard.html",
        {
            "title": title,
            "caption": caption,
            "form": form,
            "scope": scope,
            "charts": charts,
            "csv_url": csv_url,
            "query": request.GET.urlencode(),
        },
    )


@login_required
def setting_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    setting = get_object_or_404(Setting.objects.select_related("council"), pk=pk)
    require(request, "dashboards.view_setting", setting)
    form, scope = scope_from(request, setting.council, setting)
    return render_dashboard(
        request,
        f"Dashboard for {setting}",
        str(setting.council),
        form,
        scope,
        f"/dashboards/settings/{setting.pk}/",
    )


@login_required
def council_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    council = get_object_or_404(Council, pk=pk)
    require(request, "dashboards.view_council", council)
    form, scope = scope_from(request, council, None)
    return render_dashboard(
        request,
        f"Dashboard for {council}",
        "Every setting",
        form,
        scope,
        f"/dashboards/councils/{council.pk}/",
    )


def csv_response(figure: Figure, scope: Scope) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{figure.key}-{scope.start}-{scope.end}.csv"'
    writer = csv.writer(response)
    writer.writerow(figure.series.headers)
    for row in figure.series.rows:
        writer.writerow([safe_cell(value) for value in row])
    return response


def safe_cell(value: object) -> object:
    """Spreadsheets run text cells starting with these characters as formulas."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return f"'{value}"
    return value


@login_required
def setting_csv(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    setting = get_object_or_404(Setting.objects.select_related("council"), pk=pk)
    require(request, "dashboards.view_setting", setting)
    _, scope = scope_from(request, setting.council, setting)
    return figure_csv(key, scope, setting)


@login_required
def council_csv(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    council = get_object_or_404(Council, pk=pk)
    require(request, "dashboards.view_council", council)
    _, scope = scope_from(request, council, None)
    return figure_csv(key, scope, council)


def figure_csv(key: str, scope: Scope, about: Setting | Council) -> HttpResponse:
    figure = build(key, scope)
    if figure is None:
        raise Http404
    record_export(about, what=f"dashboard figure {key}", start=str(scope.start), end=str(scope.end))
    return csv_response(figure, scope)
